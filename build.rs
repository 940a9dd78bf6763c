//! Turns `data/*.toml` into Rust values at build time, for the pre-renderer.
//!
//! Loading and validation happen here, on the build machine, so bad data fails the build
//! with the file, entry and field at fault. The whole dataset, in every language, is written
//! as `static` Rust (`OUT_DIR/dataset.rs`) with databake. (The wasm gets only the dataset's
//! skeleton, baked by `browser/build.rs`.)

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=model/src");
    println!("cargo:rerun-if-env-changed=DISPUTE_DATA_DIR");
    // An edited copy elsewhere is watched like data/ (its files, not only its name).
    if let Some(dir) = std::env::var_os("DISPUTE_DATA_DIR") {
        println!("cargo:rerun-if-changed={}", Path::new(&dir).display());
    }
    let data = match model::load::build_data_dir().load_valid() {
        Ok(valid) => valid.data,
        Err(errors) => {
            // cargo shows a build script's stderr when it fails; one line per problem.
            eprintln!("{}", model::error::report(&errors));
            std::process::exit(1);
        }
    };
    let tokens = databake::Bake::bake(&data, &databake::CrateEnv::default());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(&out, tokens.to_string()).expect("OUT_DIR is writable");
}
