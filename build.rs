//! Turns `data/*.toml` into Rust values at build time.
//!
//! Loading and validation happen here, on the build machine, so the browser never parses
//! data and never meets a data error: bad data fails the build with the file, entry and
//! field at fault. The dataset is written as `static` Rust (`OUT_DIR/dataset.rs`) with
//! databake.
//!
//! Two builds read it, and each gets what it needs:
//! - the pre-renderer (feature `ssr`, native) gets the whole dataset in every language, and
//!   writes every word of it into the pages;
//! - the wasm (feature `hydrate`) gets its skeleton: every id, date and reference, the title
//!   and the names of actors and variants in every language (its islands show them), and no
//!   other words — the pages already hold them, and the wasm only takes over the islands
//!   (see `src/islands.rs`).

use std::path::Path;

use serde_json::Value;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=model/src");
    println!("cargo:rerun-if-env-changed=DISPUTE_DATA_DIR");
    let data = match dispute_model::load::build_data_dir().load_valid() {
        Ok((data, _)) => data,
        Err(errors) => {
            // cargo shows a build script's stderr when it fails; one line per problem.
            eprintln!("{}", dispute_model::load::report(&errors));
            std::process::exit(1);
        }
    };
    let data = if std::env::var_os("CARGO_FEATURE_SSR").is_some() { data } else { skeleton(&data) };
    let env = databake::CrateEnv::default();
    let tokens = databake::Bake::bake(&data, &env);
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(&out, tokens.to_string()).expect("OUT_DIR is writable");
}

/// The texts the wasm's islands show, by their path in the dataset (`[]` for any index): the
/// timeline filter's actors, the variant switch's variants, the embed dialog's title.
const KEPT: [&str; 3] = ["actors[].name", "foundation.variants[].name", "meta.title"];

/// The dataset without its words: every text emptied but [`KEPT`], every citation dropped.
fn skeleton(data: &dispute_model::Dataset) -> dispute_model::Dataset {
    fn strip(value: &mut Value, path: &str) {
        match value {
            // A text: an object with `en` and `original`.
            Value::Object(map) if map.contains_key("original") => {
                if !KEPT.contains(&path) {
                    map.insert("en".into(), Value::String(String::new()));
                    map.insert("ja".into(), Value::Null);
                    map.insert("ko".into(), Value::Null);
                }
            }
            Value::Object(map) => {
                for (key, child) in map.iter_mut() {
                    if key.ends_with("citations") {
                        *child = Value::Array(Vec::new());
                    } else {
                        let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                        strip(child, &child_path);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| strip(item, &format!("{path}[]"))),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(data).expect("plain data serialises");
    strip(&mut value, "");
    serde_json::from_value(value).expect("emptying texts keeps the dataset's shape")
}
