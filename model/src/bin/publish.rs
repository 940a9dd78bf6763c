//! Writes the validated dataset and its JSON Schema into a folder of the built site:
//! `publish <dir>` → `<dir>/dispute.json`, `<dir>/dispute.schema.json`, and the
//! Japanese and Korean texts the app fetches, `<dir>/i18n/{ja,ko}.txt`.
//! Trunk runs it after each build (see Trunk.toml), so the published file always matches
//! the data baked into the app, and bad data fails the build here too. It prints how much
//! of each report the quotes cover (`quoted share: call-report 51.3 %, …`).

use std::path::PathBuf;
use std::process::ExitCode;

use dispute_model::{i18n, load, share, validate, Dataset, Lang};

// The interface strings are the app's, and plain data: include them rather than depend on
// the app (which would build Leptos for the host).
#[allow(dead_code)]
#[path = "../../../src/strings/mod.rs"]
mod strings;

/// (English, translation) for every interface string of `lang`, in field order.
fn interface(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let (mut en, mut tr) = (Vec::new(), Vec::new());
    strings::EN.each(&mut |s| en.push(s));
    strings::strings(lang).each(&mut |s| tr.push(s));
    en.into_iter().zip(tr).collect()
}

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: publish <output folder>");
        return ExitCode::from(2);
    };
    let data = match load::build_data_dir().load_valid() {
        Ok((data, texts)) => {
            // On every build, so an editor sees the share creep up long before the limit.
            println!("{}", share::summary(&validate::quoted_shares(&data, &texts)));
            data
        }
        Err(errors) => {
            eprintln!("{}", load::report(&errors));
            return ExitCode::FAILURE;
        }
    };
    let schema = schemars::schema_for!(Dataset);
    let mut tables = Vec::new();
    for lang in [Lang::Ja, Lang::Ko] {
        match i18n::table(&data, lang, &interface(lang)) {
            Ok(table) => tables.push((lang, table)),
            Err(e) => {
                eprintln!("src/strings/{}.rs: {e}", lang.tag());
                return ExitCode::FAILURE;
            }
        }
    }
    let written = std::fs::create_dir_all(&out)
        .and_then(|_| std::fs::write(out.join("dispute.json"), to_json(&data)))
        .and_then(|_| std::fs::write(out.join("dispute.schema.json"), to_json(&schema)))
        .and_then(|_| std::fs::create_dir_all(out.join("i18n")))
        .and_then(|_| {
            tables.iter().try_for_each(|(lang, table)| std::fs::write(out.join(format!("i18n/{}.txt", lang.tag())), table))
        });
    if let Err(e) = written {
        eprintln!("cannot write to {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain data to a string cannot fail; pretty output is for human readers.
    serde_json::to_string_pretty(value).expect("plain data serialises") + "\n"
}
