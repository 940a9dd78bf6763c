//! What an edition carries, as the publish step (`scripts/publish.mjs`) needs it: the edition,
//! every edition's note, and digests of its content — of the whole, of each section and of
//! each card — computed from the validated dataset, never from the pages. Two builds of the
//! same data give the same digests whatever their code, so publishing an edition again after
//! a fix to the code is recognised as the same edition, and a build bringing other words under
//! a published date is not.
//!
//! A digest is the SHA-256, in hex, of the compact JSON of what the part shows from the data:
//! a card its entry, a section its collections, each with the public records its texts name
//! (the page prints a record beside the text that rests on it). The interface strings and the
//! code are not content.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::model::{Dataset, Edition};
use crate::page::{Card, Section};
use crate::text::Lang;
use crate::walk;

/// The file a build writes beside its pages, and the publish step reads.
pub const FILE: &str = "edition.json";

/// `edition.json`: the edition this data is, every edition with its note, and the digests.
pub fn json(data: &Dataset) -> Value {
    let whole = walk::json(data);
    let records = records_by_id(&whole);
    let part = |values: &[&Value]| digest_with_records(values, &records);
    let meta = &whole["meta"];
    let sections: Map<String, Value> = Section::ALL
        .into_iter()
        .map(|section| {
            let shown: Vec<&Value> = match section {
                Section::Overview => vec![
                    &meta["title"],
                    &meta["summary"],
                    &meta["as_of"],
                    &meta["as_of_citations"],
                ],
                Section::Timeline => vec![&whole["periods"], &whole["events"], &whole["actors"]],
                Section::Positions => vec![&whole["issues"], &whole["parties"]],
                Section::Foundation => vec![&whole["foundation"], &whole["parties"]],
                Section::Gaps => vec![&whole["gaps"], &whole["parties"], &meta["as_of"]],
                Section::People => vec![&whole["actors"], &whole["parties"]],
                Section::Glossary => vec![&whole["glossary"]],
                Section::Sources => vec![
                    &whole["sources"],
                    &meta["method"],
                    &meta["licence"],
                    &meta["source_terms"],
                    &meta["corrections"],
                ],
            };
            (section.id().to_string(), Value::String(part(&shown)))
        })
        .collect();
    let mut cards = Map::new();
    for card in Card::ALL {
        let entries = match card {
            Card::Event => &whole["events"],
            Card::Issue => &whole["issues"],
            Card::Gap => &whole["gaps"],
            Card::Term => &whole["glossary"],
            Card::Actor => &whole["actors"],
            Card::Source => &whole["sources"],
            Card::Variant => &whole["foundation"]["variants"],
        };
        for entry in entries.as_array().into_iter().flatten() {
            if let Some(id) = entry["id"].as_str() {
                cards.insert(card.anchor(id), Value::String(part(&[entry])));
            }
        }
    }
    json!({
        "edition": data.edition.iso(),
        "kind": data.current_edition().map(kind_name),
        "as_of": data.meta.as_of.iso(),
        "content": digest(&whole),
        "editions": data.editions.iter().map(edition).collect::<Vec<_>>(),
        "sections": sections,
        "cards": cards,
    })
}

fn kind_name(e: &Edition) -> Value {
    serde_json::to_value(e.kind).expect("a plain enum serialises")
}

fn edition(e: &Edition) -> Value {
    let note: Map<String, Value> = Lang::ALL
        .into_iter()
        .filter_map(|lang| Some((lang.tag().to_string(), Value::String(e.note.in_lang(lang)?.to_string()))))
        .collect();
    json!({ "date": e.date.iso(), "kind": kind_name(e), "note": note })
}

/// The SHA-256 of `value`'s compact JSON, in hex.
fn digest(value: &Value) -> String {
    let bytes = serde_json::to_vec(value).expect("JSON serialises");
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The digest of `values` together with every public record their texts name.
fn digest_with_records(values: &[&Value], records: &BTreeMap<String, Value>) -> String {
    let mut named = BTreeSet::new();
    for v in values {
        record_ids(v, &mut named);
    }
    let named: Vec<&Value> = named.iter().filter_map(|id| records.get(id)).collect();
    digest(&json!({ "shown": values, "records": named }))
}

fn records_by_id(whole: &Value) -> BTreeMap<String, Value> {
    whole["records"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r["id"].as_str()?.to_string(), r.clone())))
        .collect()
}

/// The ids of the records a basis names anywhere inside `v` (`records = [{ id = … }]`).
fn record_ids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(uses)) = map.get("records") {
                out.extend(uses.iter().filter_map(|u| u["id"].as_str().map(str::to_string)));
            }
            map.values().for_each(|x| record_ids(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| record_ids(x, out)),
        _ => {}
    }
}
