//! Completeness of the three languages: every text of the dataset exists in English,
//! Japanese and Korean. (The interface strings are checked where they live, in the site's
//! tests: `tests/strings.rs`.)

use std::collections::BTreeMap;

use model::{error, i18n, load, walk, ActorKind, Lang};
use serde_json::Value;

fn data() -> model::Dataset {
    load::project_data_dir()
        .load_valid()
        .map_err(|e| error::report(&e))
        .unwrap()
        .data
}

#[test]
fn every_data_text_and_quote_has_japanese_and_korean() {
    let missing = i18n::missing(&data());
    assert!(
        missing.is_empty(),
        "{} texts lack a language:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'))
}

#[test]
fn people_have_names_in_each_script() {
    let data = data();
    for a in data.actors.iter().filter(|a| a.kind == ActorKind::Person) {
        let ja = a.name.ja.as_deref().unwrap_or("");
        let ko = a.name.ko.as_deref().unwrap_or("");
        assert!(has_cjk(ja), "{}: Japanese name {ja:?} is not in Japanese script", a.id);
        assert!(
            ko.chars().any(|c| ('\u{ac00}'..='\u{d7af}').contains(&c)),
            "{}: Korean name {ko:?} is not in Hangul",
            a.id
        );
    }
}

#[test]
fn contested_terms_give_each_sides_own_wording() {
    let data = data();
    for t in data.glossary.iter().filter(|t| t.contested) {
        for lang in [Lang::Ja, Lang::Ko] {
            assert!(
                t.wordings.iter().any(|w| w.lang == lang),
                "{}: no wording in {}",
                t.id,
                lang.tag()
            );
        }
    }
}

#[test]
fn one_english_text_has_one_translation_per_language() {
    // The same English words translated two ways would read as two different things to a
    // Japanese or Korean reader; a translator picks one and keeps to it.
    let json = walk::json(&data());
    let mut seen: BTreeMap<(String, &'static str), String> = BTreeMap::new();
    let mut clashes = Vec::new();
    for map in walk::nodes(&json).filter_map(|n| n.object()) {
        let english = if map.contains_key("original") {
            map.get("en")
        } else {
            map.get("quote")
        };
        let Some(Value::String(en)) = english else { continue };
        for lang in ["ja", "ko"] {
            if let Some(Value::String(tr)) = map.get(lang) {
                match seen.get(&(en.clone(), lang)) {
                    Some(other) if other != tr => clashes.push(format!("{en:?} ({lang}): {other:?} / {tr:?}")),
                    _ => {
                        seen.insert((en.clone(), lang), tr.clone());
                    }
                }
            }
        }
    }
    assert!(
        clashes.is_empty(),
        "texts with two translations:\n{}",
        clashes.join("\n")
    );
}
