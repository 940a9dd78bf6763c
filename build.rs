//! Turns `data/*.toml` into Rust values at build time (English; see `dispute_model::i18n`).
//!
//! Loading and validation happen here, on the build machine, so the browser never parses
//! data and never meets a data error: bad data fails the build with the file, entry and
//! field at fault. The dataset is written as `static` Rust (`OUT_DIR/dataset.rs`) with
//! databake, so it costs the wasm only its bytes.

use std::path::Path;

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
    let env = databake::CrateEnv::default();
    // English only: other languages are fetched as tables when a reader picks them.
    let english = dispute_model::i18n::english_only(&data);
    let tokens = databake::Bake::bake(&english, &env);
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(&out, tokens.to_string()).expect("OUT_DIR is writable");
}
