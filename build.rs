//! Turns `data/*.toml` into Rust values at build time, for the pre-renderer: the whole
//! dataset, in every language, as `static` Rust (`OUT_DIR/dataset.rs`). The wasm gets only
//! the dataset's skeleton, baked by `browser/build.rs`; both go through `model::bake`.

fn main() {
    let valid = model::bake::valid_data(".");
    model::bake::write("dataset.rs", &valid.data);
}
