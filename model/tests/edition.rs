//! `edition.json`: what the publish step compares. The digests follow the content, not its
//! order in memory, and a change of one card's text changes that card and its section only.
#![cfg(feature = "load")]

use std::path::Path;

use model::edition;
use model::error::report;
use model::load::DataDir;
use model::Dataset;

fn minimal() -> Dataset {
    DataDir::new(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
        "data",
    )
    .load_valid()
    .unwrap_or_else(|e| panic!("{}", report(&e)))
    .data
}

#[test]
fn edition_json_names_the_edition_and_every_note_in_three_languages() {
    let json = edition::json(&minimal());
    assert_eq!(json["edition"], "2021-03-05");
    assert_eq!(json["kind"], "correction");
    assert_eq!(json["as_of"], "2021-03-01");
    let editions = json["editions"].as_array().unwrap();
    let dates: Vec<_> = editions.iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2021-03-05", "2021-03-02"], "newest first");
    for e in editions {
        for lang in ["en", "ja", "ko"] {
            assert!(
                e["note"][lang].as_str().is_some_and(|t| !t.is_empty()),
                "{e} has no {lang} note"
            );
        }
    }
    assert_eq!(json["content"].as_str().unwrap().len(), 64, "a SHA-256 in hex");
    let sections = json["sections"].as_object().unwrap();
    assert_eq!(sections.len(), 8, "every section: {sections:?}");
    assert!(json["cards"]["event-announcement"].is_string(), "{}", json["cards"]);
}

#[test]
fn the_same_data_gives_the_same_digests() {
    assert_eq!(edition::json(&minimal()), edition::json(&minimal()));
}

#[test]
fn a_changed_card_changes_its_digest_its_sections_and_the_content_only() {
    let before = edition::json(&minimal());
    let mut data = minimal();
    let mut events = data.events.to_vec();
    events[0].title.en = format!("{} (changed)", events[0].title.en).into();
    data.events = events.into();
    let after = edition::json(&data);
    assert_ne!(before["content"], after["content"]);
    let changed = |part: &str| -> Vec<String> {
        let (b, a) = (before[part].as_object().unwrap(), after[part].as_object().unwrap());
        assert_eq!(b.len(), a.len());
        b.iter()
            .filter(|(k, v)| a[k.as_str()] != **v)
            .map(|(k, _)| k.clone())
            .collect()
    };
    assert_eq!(changed("cards"), ["event-announcement"]);
    assert_eq!(changed("sections"), ["timeline"]);
}
