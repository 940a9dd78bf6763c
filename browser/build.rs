//! Bakes the dataset's skeleton into the wasm at build time (`OUT_DIR/skeleton.rs`): every
//! id, the references between them and the names the islands show (`model::Skeleton`), no
//! other words. Loading and validation go through `model::bake`, as for the site's dataset.

fn main() {
    let valid = model::bake::valid_data("..");
    model::bake::write("skeleton.rs", &model::Skeleton::from(&valid.data));
}
