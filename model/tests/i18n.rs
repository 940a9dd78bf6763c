//! Completeness of the three languages: every text of the dataset and every interface
//! string exists in English, Japanese and Korean.

use dispute_model::{i18n, load, ActorKind, Lang};

// The interface strings live in the app crate; they are plain data, so the test includes
// the module directly instead of building the app (and Leptos) for the host.
#[allow(dead_code, unused_imports)]
#[path = "../../src/strings/mod.rs"]
mod strings;

fn data() -> dispute_model::Dataset {
    load::project_data_dir().load_valid().map_err(|e| load::report(&e)).unwrap().0
}

#[test]
fn every_data_text_and_quote_has_japanese_and_korean() {
    let missing = i18n::missing(&data());
    assert!(missing.is_empty(), "{} texts lack a language:\n{}", missing.len(), missing.join("\n"));
}

/// Every string of a `Strings`, in field order.
fn fields(s: &strings::Strings) -> Vec<&'static str> {
    let mut out = Vec::new();
    s.each(&mut |w| out.push(w));
    out
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'))
}

#[test]
fn every_interface_string_is_translated() {
    let en = fields(strings::strings(Lang::En));
    assert!(en.len() > 40, "every field is listed ({} found)", en.len());
    for lang in [Lang::Ja, Lang::Ko] {
        let tr = fields(strings::strings(lang));
        assert_eq!(en.len(), tr.len());
        let untranslated: Vec<_> = en
            .iter()
            .zip(&tr)
            .filter(|(e, t)| !e.is_empty() && !has_cjk(t) && e.chars().any(|c| c.is_alphabetic()))
            .map(|(e, t)| format!("{e:?} → {t:?}"))
            .collect();
        assert!(untranslated.is_empty(), "{} strings untranslated in {}:\n{}", untranslated.len(), lang.tag(), untranslated.join("\n"));
    }
}

#[test]
fn people_have_names_in_each_script() {
    let data = data();
    for a in data.actors.iter().filter(|a| a.kind == ActorKind::Person) {
        let ja = a.name.ja.as_deref().unwrap_or("");
        let ko = a.name.ko.as_deref().unwrap_or("");
        assert!(has_cjk(ja), "{}: Japanese name {ja:?} is not in Japanese script", a.id);
        assert!(ko.chars().any(|c| ('\u{ac00}'..='\u{d7af}').contains(&c)), "{}: Korean name {ko:?} is not in Hangul", a.id);
    }
}

#[test]
fn contested_terms_give_each_sides_own_wording() {
    let data = data();
    for t in data.glossary.iter().filter(|t| t.contested) {
        for lang in [Lang::Ja, Lang::Ko] {
            assert!(t.wordings.iter().any(|w| w.lang == lang), "{}: no wording in {}", t.id, lang.tag());
        }
    }
}

#[test]
fn one_english_text_has_one_translation_per_language() {
    // The same English words translated two ways would read as two different things to a
    // Japanese or Korean reader; a translator picks one and keeps to it.
    fn walk(v: &serde_json::Value, seen: &mut std::collections::BTreeMap<(String, &'static str), String>, clashes: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                let english = if map.contains_key("original") { map.get("en") } else { map.get("quote") };
                if let Some(serde_json::Value::String(en)) = english {
                    for lang in ["ja", "ko"] {
                        if let Some(serde_json::Value::String(tr)) = map.get(lang) {
                            match seen.get(&(en.clone(), lang)) {
                                Some(other) if other != tr => clashes.push(format!("{en:?} ({lang}): {other:?} / {tr:?}")),
                                _ => {
                                    seen.insert((en.clone(), lang), tr.clone());
                                }
                            }
                        }
                    }
                }
                map.values().for_each(|x| walk(x, seen, clashes));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| walk(x, seen, clashes)),
            _ => {}
        }
    }
    let mut clashes = Vec::new();
    walk(&serde_json::to_value(data()).unwrap(), &mut Default::default(), &mut clashes);
    assert!(clashes.is_empty(), "texts with two translations:\n{}", clashes.join("\n"));
}

/// Every kind of ground a text of the dataset rests on (`public_record`, `editors_note`).
fn basis_kinds(data: &dispute_model::Dataset) -> std::collections::BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(serde_json::Value::String(kind)), Some(_)) = (map.get("kind"), map.get("record")) {
                    out.insert(kind.clone());
                }
                map.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Default::default();
    walk(&serde_json::to_value(data).unwrap(), &mut out);
    out
}

/// How the sources' titles describe a report: the words between the title's last opening
/// parenthesis (the one that closes the title; a Japanese name's reading may come earlier)
/// and the first clause break, e.g. "English-language news report".
fn report_description(title: &str) -> &str {
    let start = title.rfind(['(', '（']).expect("a source's title says what kind of report it is, in parentheses");
    let rest = &title[start..];
    let rest = &rest[rest.chars().next().unwrap().len_utf8()..];
    rest.split([';', '。', '.', ')', '）']).next().unwrap().trim()
}

#[test]
fn the_footer_says_what_statements_rest_on_as_the_method_note_does() {
    // The footer is the one-line version of the method note's first paragraph. Both name
    // every kind of ground the dataset's texts rest on, with the label the page prints beside
    // such a text, and both describe the reports as the sources' own titles do; so a footer
    // that claims every statement comes from the reports, or calls them something they are
    // not known to be ("wire reports"), fails here.
    let data = data();
    let kinds = basis_kinds(&data);
    assert_eq!(kinds.len(), 2, "texts rest on public records and on editors' notes: {kinds:?}");
    for lang in Lang::ALL {
        let s = strings::strings(lang);
        let footer = s.footer.to_lowercase();
        let method = data.meta.method[0].get(lang).to_lowercase();
        for kind in &kinds {
            let label = match kind.as_str() {
                "public_record" => s.basis_public_record,
                "editors_note" => s.basis_editors_note,
                other => panic!("a basis kind the page has no label for: {other}"),
            }
            .to_lowercase();
            assert!(footer.contains(&label), "{}: the footer {:?} does not name {label:?}", lang.tag(), s.footer);
            assert!(method.contains(&label), "{}: the method note does not name {label:?}", lang.tag());
        }
        for source in data.sources.iter() {
            let described = report_description(source.title.get(lang)).to_lowercase();
            assert!(!described.is_empty(), "{}: {} has no description", lang.tag(), source.id);
            assert!(footer.contains(&described), "{}: the footer {:?} does not describe the reports as {described:?}", lang.tag(), s.footer);
            let whole_method: String = data.meta.method.iter().map(|t| t.get(lang).to_lowercase()).collect();
            assert!(whole_method.contains(&described), "{}: the method note does not describe the reports as {described:?}", lang.tag());
        }
    }
}
