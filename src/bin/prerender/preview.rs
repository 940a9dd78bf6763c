//! The preview's way to render (`prerender <site folder> --preview <dataset JSON>`, which
//! `scripts/preview.mjs` runs on every edit of the data): the data files are read and
//! validated now, with the model's loading code (`$DISPUTE_DATA_DIR`, else `data/`), and put
//! in place of the dataset and skeleton baked into this program (`model::baked`), so an
//! edited text reaches the pages without compiling anything.
//!
//! The pages must still suit the wasm in the folder, which carries the skeleton of the data
//! it was built from: `<dataset JSON>` is that data as its build published it (the build's
//! `data/dispute.json`). When the edited data's skeleton differs (an event added, a name the
//! islands show changed), nothing is written: the wasm must be built again.

use std::path::Path;

use model::{error, load, Dataset, Skeleton};

/// Why the preview renders nothing.
pub enum Refusal {
    /// The data does not load or validate: the report, one located problem a line.
    Data(String),
    /// The data's skeleton is not the wasm's: what changed.
    SkeletonChanged(String),
    /// The wasm's dataset could not be read.
    Other(String),
}

/// The exit status for [`Refusal::SkeletonChanged`], which the preview script reads.
pub const SKELETON_CHANGED: u8 = 3;

/// Loads and validates the data files and puts them in place of the baked dataset and
/// skeleton, if their skeleton is that of `wasm_dataset` (the dataset the folder's wasm was
/// built from). Call before anything reads `site::DATA` or `browser::SKELETON`.
pub fn use_data_files(wasm_dataset: &Path) -> Result<(), Refusal> {
    let valid = load::build_data_dir()
        .load_valid()
        .map_err(|errors| Refusal::Data(error::report(&errors)))?;
    let text = std::fs::read_to_string(wasm_dataset)
        .map_err(|e| Refusal::Other(format!("cannot read {}: {e}", wasm_dataset.display())))?;
    let built: Dataset = serde_json::from_str(&text)
        .map_err(|e| Refusal::Other(format!("{} is not a published dataset: {e}", wasm_dataset.display())))?;
    let skeleton = Skeleton::from(&valid.data);
    let wasm = Skeleton::from(&built);
    if wasm != skeleton {
        // Named by part where one is listed below; a part added later is still compared.
        let mut changed = changes(&wasm, &skeleton);
        if changed.is_empty() {
            changed.push("the skeleton");
        }
        return Err(Refusal::SkeletonChanged(changed.join(", ")));
    }
    // Both are replaced once, here, before any page is rendered.
    let replaced = site::DATA.replace(valid.data).is_ok() && browser::SKELETON.replace(skeleton).is_ok();
    assert!(replaced, "the data is put in place once, before any page is rendered");
    Ok(())
}

/// What differs between the wasm's skeleton and the data's, in an editor's words.
fn changes(wasm: &Skeleton, data: &Skeleton) -> Vec<&'static str> {
    [
        (wasm.title != data.title, "the title"),
        (wasm.timeline_actors != data.timeline_actors, "the timeline's actors"),
        (wasm.periods != data.periods, "the timeline's periods"),
        (wasm.events != data.events, "the timeline's events"),
        (wasm.variants != data.variants, "the foundation's variants"),
        (wasm.cards != data.cards, "the ids of the cards"),
    ]
    .into_iter()
    .filter_map(|(changed, what)| changed.then_some(what))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::changes;
    use model::Skeleton;

    #[test]
    fn the_published_dataset_gives_back_the_skeleton_it_was_built_with() {
        // The preview compares the edited data with the wasm's dataset as its build published
        // it (`data/dispute.json`): the published JSON must read back as the same dataset.
        let data = &*site::DATA;
        let json = serde_json::to_string_pretty(data).unwrap();
        let read: model::Dataset = serde_json::from_str(&json).unwrap();
        assert_eq!(&read, data);
        assert!(changes(&Skeleton::from(&read), &Skeleton::from(data)).is_empty());
    }

    #[test]
    fn a_new_event_is_a_change_of_the_skeleton() {
        let data = &*site::DATA;
        let mut edited = data.clone();
        let mut events = edited.events.to_vec();
        let mut event = events[0].clone();
        event.id = "event-added-by-an-editor".into();
        events.push(event);
        edited.events = events.into();
        let changed = changes(&Skeleton::from(data), &Skeleton::from(&edited));
        assert!(changed.contains(&"the timeline's events"), "{changed:?}");
    }
}
