//! Bakes the dataset's skeleton into the wasm at build time (`OUT_DIR/skeleton.rs`, written
//! with databake): every id, the references between them and the names the islands show
//! (`model::Skeleton`). Loading and validation happen here, on the build machine, so
//! the browser never parses data and never meets a data error: bad data fails the build with
//! the file, entry and field at fault.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=../data");
    println!("cargo:rerun-if-changed=../model/src");
    println!("cargo:rerun-if-env-changed=DISPUTE_DATA_DIR");
    // An edited copy elsewhere is watched like data/ (its files, not only its name).
    if let Some(dir) = std::env::var_os("DISPUTE_DATA_DIR") {
        println!("cargo:rerun-if-changed={}", Path::new(&dir).display());
    }
    let valid = match model::load::build_data_dir().load_valid() {
        Ok(valid) => valid,
        Err(errors) => {
            // cargo shows a build script's stderr when it fails; one line per problem.
            eprintln!("{}", model::error::report(&errors));
            std::process::exit(1);
        }
    };
    let skeleton = model::Skeleton::from(&valid.data);
    let tokens = databake::Bake::bake(&skeleton, &databake::CrateEnv::default());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("skeleton.rs");
    std::fs::write(&out, tokens.to_string()).expect("OUT_DIR is writable");
}
