//! Writes the validated dataset and its JSON Schema into a folder of the built site:
//! `publish <dir>` → `<dir>/dispute.json`, `<dir>/dispute.schema.json`; and, given a second
//! path, the edition the data is with its digests there (`edition.json` at the site's root,
//! which `scripts/publish.mjs` reads; see `model::edition`).
//! Trunk runs it after each build (see Trunk.toml), so the published file always matches
//! the data baked into the app, and bad data fails the build here too. It prints how much
//! of each report the quotes cover (`quoted share: call-report 51.3 %, …`).

use std::path::PathBuf;
use std::process::ExitCode;

use model::{edition, error, load, share, Dataset};

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: publish <output folder> [<edition file>]");
        return ExitCode::from(2);
    };
    let edition_file = std::env::args_os().nth(2).map(PathBuf::from);
    let data = match load::build_data_dir().load_valid() {
        Ok(valid) => {
            // On every build, so an editor sees the share creep up long before the limit.
            println!("{}", share::summary(&valid.shares));
            valid.data
        }
        Err(errors) => {
            eprintln!("{}", error::report(&errors));
            return ExitCode::FAILURE;
        }
    };
    let schema = schemars::schema_for!(Dataset);
    let written = std::fs::create_dir_all(&out)
        .and_then(|_| std::fs::write(out.join("dispute.json"), to_json(&data)))
        .and_then(|_| std::fs::write(out.join("dispute.schema.json"), to_json(&schema)));
    if let Err(e) = written {
        eprintln!("cannot write to {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    if let Some(file) = edition_file {
        if let Err(e) = std::fs::write(&file, to_json(&edition::json(&data))) {
            eprintln!("cannot write {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain data to a string cannot fail; pretty output is for human readers.
    serde_json::to_string_pretty(value).expect("plain data serialises") + "\n"
}
