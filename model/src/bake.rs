//! What both build scripts do: the site's (`build.rs`, which bakes the whole dataset) and
//! the browser crate's (`browser/build.rs`, which bakes only its skeleton). Loading and
//! validation happen there, on the build machine, so bad data fails the build with the file,
//! entry and field at fault, and the browser never parses data.

use std::path::Path;

use crate::load::{build_data_dir, Valid};

/// The validated data for a build script whose crate is `to_root` from the repository's
/// root (`.` or `..`). Tells cargo to run the script again when the data, the model or
/// `DISPUTE_DATA_DIR` change; on bad data, prints one line per problem (cargo shows a build
/// script's stderr when it fails) and ends the build.
pub fn valid_data(to_root: &str) -> Valid {
    let root = Path::new(to_root);
    println!("cargo:rerun-if-changed={}", root.join("data").display());
    println!("cargo:rerun-if-changed={}", root.join("model/src").display());
    println!("cargo:rerun-if-env-changed=DISPUTE_DATA_DIR");
    // An edited copy elsewhere is watched like data/ (its files, not only its name).
    if let Some(dir) = std::env::var_os("DISPUTE_DATA_DIR") {
        println!("cargo:rerun-if-changed={}", Path::new(&dir).display());
    }
    match build_data_dir().load_valid() {
        Ok(valid) => valid,
        Err(errors) => {
            eprintln!("{}", crate::error::report(&errors));
            std::process::exit(1);
        }
    }
}

/// Writes `value` as Rust (databake) to `OUT_DIR/<file>`, for the crate to `include!`.
pub fn write(file: &str, value: &impl databake::Bake) {
    let tokens = value.bake(&databake::CrateEnv::default());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(file);
    std::fs::write(&out, tokens.to_string()).expect("OUT_DIR is writable");
}
