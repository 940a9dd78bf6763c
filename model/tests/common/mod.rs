//! What the tests of the real data share (`structure.rs` and `editorial.rs`): loading the
//! data, reading the reports, finding every citation and the records a basis names.
// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use model::error::report;
use model::load::project_data_dir;
use model::source_text::paragraphs;
use model::source_text::SourceTexts;
use model::walk;
use model::Dataset;
use serde_json::Value;

/// The records a public-record basis names, from records.toml.
pub fn records_of<'d>(data: &'d Dataset, basis: &model::TextBasis) -> Vec<&'d model::PublicRecord> {
    basis
        .records
        .iter()
        .map(|u| data.record(&u.id).unwrap_or_else(|| panic!("no record {}", u.id)))
        .collect()
}

/// The project's data, loaded and validated, with its reports.
pub fn load() -> (Dataset, SourceTexts) {
    match project_data_dir().load_valid() {
        Ok(v) => (v.data, v.texts),
        Err(errors) => panic!("{}", report(&errors)),
    }
}

/// One citation found anywhere in the dataset, with the entry it belongs to.
pub struct Found {
    /// `collection/id`, e.g. `events/public-hearing`, or `meta` / `foundation`.
    pub entry: String,
    pub source: String,
    pub paragraph: usize,
    pub quote: String,
    /// The editors' translations.
    pub ja: Option<String>,
    pub ko: Option<String>,
}

/// Every citation in the dataset, found by walking its JSON form, so that no collection or
/// field can be missed by a hand-written list (this check does not rely on `validate`).
pub fn all_citations(data: &Dataset) -> Vec<Found> {
    let json = walk::json(data);
    walk::nodes(&json)
        .filter_map(|node| {
            let map = node.object()?;
            let (Some(Value::String(s)), Some(Value::Number(p)), Some(Value::String(q))) =
                (map.get("source"), map.get("paragraph"), map.get("quote"))
            else {
                return None;
            };
            let collection = node.collection();
            Some(Found {
                entry: node
                    .entry()
                    .map_or_else(|| collection.to_string(), |id| format!("{collection}/{id}")),
                source: s.clone(),
                paragraph: p.as_u64().unwrap() as usize,
                quote: q.clone(),
                ja: map.get("ja").and_then(Value::as_str).map(str::to_string),
                ko: map.get("ko").and_then(Value::as_str).map(str::to_string),
            })
        })
        .collect()
}

/// The reports, read straight from `data/sources/` and cut into paragraphs.
pub fn reports(data: &Dataset) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sources");
    data.sources
        .iter()
        .map(|s| {
            let text = std::fs::read_to_string(dir.join(&*s.file)).unwrap();
            (s.id.to_string(), paragraphs(&text))
        })
        .collect()
}
