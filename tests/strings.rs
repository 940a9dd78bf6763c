//! The interface strings (`browser::strings`): every one exists in English, Japanese and
//! Korean, and the footer and the page's description say what the method note says, in one
//! line.

use browser::strings::{script_strings, strings, Strings};
use model::{Dataset, Lang};
use site::DATA;

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'))
}

/// Every string of a language, in field order: its `Strings`, then the plain scripts' words.
fn fields(s: &Strings, lang: Lang) -> Vec<&'static str> {
    let mut out = Vec::new();
    s.each(&mut |w| out.push(w));
    script_strings(lang).each(&mut |w| out.push(w));
    out
}

#[test]
fn every_interface_string_is_translated() {
    let en = fields(strings(Lang::En), Lang::En);
    assert!(en.len() > 40, "every field is listed ({} found)", en.len());
    for lang in [Lang::Ja, Lang::Ko] {
        let tr = fields(strings(lang), lang);
        assert_eq!(en.len(), tr.len());
        let untranslated: Vec<_> = en
            .iter()
            .zip(&tr)
            .filter(|(e, t)| !e.is_empty() && !has_cjk(t) && e.chars().any(|c| c.is_alphabetic()))
            .map(|(e, t)| format!("{e:?} → {t:?}"))
            .collect();
        assert!(
            untranslated.is_empty(),
            "{} strings untranslated in {}:\n{}",
            untranslated.len(),
            lang.tag(),
            untranslated.join("\n")
        );
    }
}

/// Every kind of ground a text of the dataset rests on (`public_record`, `editors_note`).
fn basis_kinds(data: &Dataset) -> std::collections::BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let (Some(serde_json::Value::String(kind)), true) = (
                    map.get("kind"),
                    map.contains_key("record") || map.contains_key("records"),
                ) {
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
    let start = title
        .rfind(['(', '（'])
        .expect("a source's title says what kind of report it is, in parentheses");
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
    let data = &DATA;
    let kinds = basis_kinds(data);
    assert_eq!(
        kinds.len(),
        2,
        "texts rest on public records and on editors' notes: {kinds:?}"
    );
    for lang in Lang::ALL {
        let s = strings(lang);
        // The page's description (search results, link previews, oEmbed, share cards) says
        // it in one line too.
        let lines = [("footer", s.footer), ("description", s.description)];
        let method = data.meta.method[0].get(lang).to_lowercase();
        for kind in &kinds {
            let label = match kind.as_str() {
                "public_record" => s.basis_public_record,
                "editors_note" => s.basis_editors_note,
                other => panic!("a basis kind the page has no label for: {other}"),
            }
            .to_lowercase();
            for (name, line) in lines {
                assert!(
                    line.to_lowercase().contains(&label),
                    "{}: the {name} {line:?} does not name {label:?}",
                    lang.tag()
                );
            }
            assert!(
                method.contains(&label),
                "{}: the method note does not name {label:?}",
                lang.tag()
            );
        }
        for source in data.sources.iter() {
            let described = report_description(source.title.get(lang)).to_lowercase();
            assert!(
                !described.is_empty(),
                "{}: {} has no description",
                lang.tag(),
                source.id
            );
            for (name, line) in lines {
                assert!(
                    line.to_lowercase().contains(&described),
                    "{}: the {name} {line:?} does not describe the reports as {described:?}",
                    lang.tag()
                );
            }
            let whole_method: String = data.meta.method.iter().map(|t| t.get(lang).to_lowercase()).collect();
            assert!(
                whole_method.contains(&described),
                "{}: the method note does not describe the reports as {described:?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn the_install_manifest_describes_the_page_as_its_description_does() {
    // An installed app shows the manifest's description (app stores, the install prompt,
    // the launcher); it is the English description, then what the app offers besides.
    let manifest: serde_json::Value = serde_json::from_str(include_str!("../public/manifest.webmanifest"))
        .expect("public/manifest.webmanifest is JSON");
    let described = manifest["description"]
        .as_str()
        .expect("the manifest has a description");
    let description = strings(Lang::En).description;
    assert!(
        described.starts_with(description),
        "the manifest's description {described:?} does not begin with the page's description {description:?}"
    );
}

/// The `{name}` placeholders of a template, in order of first use.
fn placeholders(template: &str) -> std::collections::BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn the_citation_and_feed_templates_name_the_same_parts_in_every_language() {
    let en = strings(Lang::En);
    for lang in [Lang::Ja, Lang::Ko] {
        let tr = strings(lang);
        for (name, e, t) in [
            ("citation", en.citation, tr.citation),
            ("feed_entry", en.feed_entry, tr.feed_entry),
            ("edition", en.edition, tr.edition),
            (
                "since_heading",
                script_strings(Lang::En).since_heading,
                script_strings(lang).since_heading,
            ),
        ] {
            assert_eq!(placeholders(e), placeholders(t), "{name} in {}", lang.tag());
        }
    }
    assert_eq!(
        placeholders(en.citation).into_iter().collect::<Vec<_>>(),
        ["date", "publisher", "title"]
    );
}
