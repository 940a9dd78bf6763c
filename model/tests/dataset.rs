//! The real dataset in `data/`: it loads and validates, every quote is in its report, every
//! paragraph of both reports is accounted for, and the explainer's required content exists.
//!
//! Run with `cargo test -p model`.
#![cfg(feature = "load")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use model::error::report;
use model::load::project_data_dir;
use model::share::{self, Quote, MAX_QUOTED_SHARE};
use model::source_text::SourceTexts;
use model::source_text::{paragraphs, quote_is_verbatim, word_count, MAX_QUOTE_WORDS};
use model::{Basis, BasisKind, Dataset, FlowKind, Lang, Mark, Precision, Ymd};
use serde_json::Value;

/// The records a public-record basis names, from records.toml.
fn records_of<'d>(data: &'d Dataset, basis: &model::TextBasis) -> Vec<&'d model::PublicRecord> {
    basis
        .records
        .iter()
        .map(|u| data.record(&u.id).unwrap_or_else(|| panic!("no record {}", u.id)))
        .collect()
}

fn load() -> (Dataset, SourceTexts) {
    match project_data_dir().load_valid() {
        Ok(v) => (v.data, v.texts),
        Err(errors) => panic!("{}", report(&errors)),
    }
}

/// One citation found anywhere in the dataset, with the entry it belongs to.
struct Found {
    /// `collection/id`, e.g. `events/public-hearing`, or `meta` / `foundation`.
    entry: String,
    source: String,
    paragraph: usize,
    quote: String,
    /// The editors' translations.
    ja: Option<String>,
    ko: Option<String>,
}

/// Every citation in the dataset, found by walking its JSON form, so that no collection or
/// field can be missed by a hand-written list (this check does not rely on `validate`).
fn all_citations(data: &Dataset) -> Vec<Found> {
    fn walk(v: &Value, entry: &str, out: &mut Vec<Found>) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::String(s)), Some(Value::Number(p)), Some(Value::String(q))) =
                    (map.get("source"), map.get("paragraph"), map.get("quote"))
                {
                    out.push(Found {
                        entry: entry.to_string(),
                        source: s.clone(),
                        paragraph: p.as_u64().unwrap() as usize,
                        quote: q.clone(),
                        ja: map.get("ja").and_then(Value::as_str).map(str::to_string),
                        ko: map.get("ko").and_then(Value::as_str).map(str::to_string),
                    });
                }
                let collection = entry.split('/').next().unwrap_or(entry);
                let entry = match map.get("id") {
                    Some(Value::String(id)) => format!("{collection}/{id}"),
                    _ => entry.to_string(),
                };
                for child in map.values() {
                    walk(child, &entry, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, entry, out)),
            _ => {}
        }
    }
    let json = serde_json::to_value(data).unwrap();
    let mut out = Vec::new();
    for (collection, v) in json.as_object().unwrap() {
        walk(v, collection, &mut out);
    }
    out
}

/// The reports, read straight from `data/sources/` and cut into paragraphs.
fn reports(data: &Dataset) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sources");
    data.sources
        .iter()
        .map(|s| {
            let text = std::fs::read_to_string(dir.join(&*s.file)).unwrap();
            (s.id.to_string(), paragraphs(&text))
        })
        .collect()
}

#[test]
fn the_project_data_loads_with_no_errors() {
    let (data, texts) = load();
    assert_eq!(data.sources.len(), 2);
    assert_eq!(texts.len(), 2);
}

#[test]
fn every_quote_is_verbatim_in_its_paragraph() {
    let (data, _) = load();
    let reports = reports(&data);
    let citations = all_citations(&data);
    assert!(
        citations.len() > 100,
        "expected the whole dataset's citations, found {}",
        citations.len()
    );
    let mut wrong = Vec::new();
    for c in &citations {
        let paragraph = reports.get(&c.source).and_then(|p| p.get(c.paragraph.wrapping_sub(1)));
        match paragraph {
            None => wrong.push(format!("{}: {} has no paragraph {}", c.entry, c.source, c.paragraph)),
            Some(p) if !quote_is_verbatim(&c.quote, p) => wrong.push(format!(
                "{}: not in {} ¶{}: {:?}",
                c.entry, c.source, c.paragraph, c.quote
            )),
            Some(_) => {}
        }
    }
    assert!(
        wrong.is_empty(),
        "{} quote(s) not verbatim:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_quote_is_short() {
    let (data, _) = load();
    let long: Vec<String> = all_citations(&data)
        .into_iter()
        .filter(|c| word_count(&c.quote) > MAX_QUOTE_WORDS)
        .map(|c| format!("{} ({} words): {}", c.entry, word_count(&c.quote), c.quote))
        .collect();
    assert!(
        long.is_empty(),
        "quotes over {MAX_QUOTE_WORDS} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn every_paragraph_of_both_reports_is_cited_or_excused() {
    let (data, _) = load();
    let reports = reports(&data);
    let mut cited_by: BTreeMap<(String, usize), BTreeSet<String>> = BTreeMap::new();
    for c in all_citations(&data) {
        cited_by.entry((c.source, c.paragraph)).or_default().insert(c.entry);
    }
    let mut table = String::new();
    let mut problems = Vec::new();
    for s in data.sources.iter() {
        table.push_str(&format!("\n{} ({})\n", s.id, s.file));
        for n in 1..=reports[&*s.id].len() {
            let by = cited_by.get(&(s.id.to_string(), n));
            let unused = s.unused.iter().find(|u| u.paragraph as usize == n);
            let line = match (by, unused) {
                (Some(by), None) => format!("cited by: {}", by.iter().cloned().collect::<Vec<_>>().join(", ")),
                (None, Some(u)) => format!("unused: {}", u.reason.en),
                (Some(_), Some(_)) => {
                    problems.push(format!("{} ¶{n} is both cited and listed as unused", s.id));
                    "CITED AND UNUSED".into()
                }
                (None, None) => {
                    problems.push(format!("{} ¶{n} is neither cited nor listed as unused", s.id));
                    "UNCOVERED".into()
                }
            };
            table.push_str(&format!("  ¶{n:>2}  {line}\n"));
        }
    }
    println!("{table}");
    assert!(problems.is_empty(), "{}\n{table}", problems.join("\n"));
}

#[test]
fn the_four_parties_come_in_order_with_distinct_marks() {
    let (data, _) = load();
    let ids: Vec<&str> = data.parties.iter().map(|p| &*p.id).collect();
    assert_eq!(ids, ["tokyo", "seoul", "plaintiffs", "firms"]);
    let marks: Vec<Mark> = data.parties.iter().map(|p| p.mark).collect();
    assert_eq!(marks, [Mark::Circle, Mark::Square, Mark::Triangle, Mark::Diamond]);
    assert_eq!(data.party("firms").unwrap().actors.to_vec(), ["mhi", "nippon-steel"]);
}

#[test]
fn the_named_actors_exist_with_the_reports_titles() {
    let (data, _) = load();
    for id in [
        "japan-government",
        "kishida",
        "hayashi",
        "japan-foreign-ministry",
        "funakoshi",
        "korea-government",
        "yoon",
        "moon",
        "park",
        "korea-foreign-ministry",
        "seo",
        "plaintiffs",
        "mhi",
        "nippon-steel",
        "supreme-court",
        "lower-courts",
        "murayama",
        "united-states",
        "north-korea",
    ] {
        assert!(data.actor(id).is_some(), "missing actor {id}");
    }
    let title = |id: &str| data.actor(id).unwrap().title.as_ref().unwrap().en.to_string();
    assert_eq!(
        title("funakoshi"),
        "head of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau"
    );
    assert_eq!(
        title("seo"),
        "director general of the South Korean Foreign Ministry's Asia and Pacific Affairs Bureau"
    );
}

#[test]
fn every_issue_and_gap_has_exactly_one_position_per_party() {
    let (data, _) = load();
    let parties: Vec<&str> = data.parties.iter().map(|p| &*p.id).collect();
    let lists = data
        .issues
        .iter()
        .map(|i| (format!("issue {}", i.id), &i.positions))
        .chain(data.gaps.iter().map(|g| (format!("gap {}", g.id), &g.stances)));
    for (what, positions) in lists {
        let ids: Vec<&str> = positions.iter().map(|p| &*p.party).collect();
        assert_eq!(ids, parties, "{what}: one position per party, in the parties' order");
        for p in positions.iter() {
            if p.sources_do_not_say {
                assert!(
                    p.text.is_none() && p.citations.is_empty(),
                    "{what}/{}: silent but has text",
                    p.party
                );
            } else {
                assert!(
                    p.text.is_some() && !p.citations.is_empty(),
                    "{what}/{}: needs text and citations",
                    p.party
                );
            }
        }
    }
}

#[test]
fn the_core_issues_exist() {
    let (data, _) = load();
    for id in [
        "settled-1965",
        "who-pays",
        "apology",
        "firms-contribution",
        "liquidation",
        "plaintiffs-consent",
    ] {
        assert!(data.issue(id).is_some(), "missing issue {id}");
    }
    // The reports never state Seoul's view of the 1965 agreement, nor quote the firms on it.
    let settled = data.issue("settled-1965").unwrap();
    let seoul = settled.positions.iter().find(|p| p.party == "seoul").unwrap();
    assert!(seoul.sources_do_not_say);
}

#[test]
fn every_gap_points_to_an_issue_and_the_core_gaps_exist() {
    let (data, _) = load();
    for id in ["apology", "firms-contribution", "plaintiffs-consent"] {
        let gap = data
            .gaps
            .iter()
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("missing gap {id}"));
        assert!(data.issue(&gap.issue).is_some());
    }
}

#[test]
fn the_foundation_has_the_three_variants() {
    let (data, _) = load();
    let variants: Vec<(&str, &str)> = data.foundation.variants.iter().map(|v| (&*v.id, &*v.held_by)).collect();
    assert_eq!(
        variants,
        [
            ("seoul-proposal", "seoul"),
            ("tokyo-condition", "tokyo"),
            ("plaintiffs-demand", "plaintiffs")
        ]
    );
    let flow = |variant: &str, from: &str, to: &str, kind: FlowKind| {
        let v = data.foundation.variants.iter().find(|v| v.id == variant).unwrap();
        assert!(
            v.flows.iter().any(|f| f.from == from && f.to == to && f.kind == kind),
            "{variant}: missing {kind:?} arrow {from} → {to}"
        );
    };
    flow("seoul-proposal", "foundation", "plaintiffs", FlowKind::Money);
    flow("tokyo-condition", "japanese-firms", "foundation", FlowKind::Money);
    flow("tokyo-condition", "foundation", "plaintiffs", FlowKind::Money);
    // The report puts Tokyo's condition on "the South Korean side", not on Seoul's government.
    flow("tokyo-condition", "tokyo", "south-korean-side", FlowKind::Condition);
    assert!(data
        .node("south-korean-side")
        .is_some_and(|n| n.label.en.contains("South Korean side")));
    // The second report has Seoul seeking a response from Japan, not demanding it.
    flow("seoul-proposal", "seoul", "firms", FlowKind::Request);
    // It is Tokyo that is considering allowing donations, not the firms that are considering
    // them: the box says who, in every language.
    let firms = data.node("japanese-firms").unwrap();
    assert!(firms.label.en.contains("Tokyo considering"), "{}", firms.label.en);
    assert!(
        firms.label.ja.as_deref().unwrap().contains("日本政府が"),
        "{:?}",
        firms.label.ja
    );
    assert!(
        firms.label.ko.as_deref().unwrap().contains("일본 정부가"),
        "{:?}",
        firms.label.ko
    );
    flow("plaintiffs-demand", "firms", "plaintiffs", FlowKind::Money);
    flow("plaintiffs-demand", "tokyo", "plaintiffs", FlowKind::Apology);
    // The reports do not say who funds the foundation: only Tokyo's reported condition pays into it.
    for v in data.foundation.variants.iter().filter(|v| v.id != "tokyo-condition") {
        assert!(
            !v.flows.iter().any(|f| f.to == "foundation"),
            "{}: nothing in the reports pays into the foundation",
            v.id
        );
    }
}

#[test]
fn the_timeline_contains_the_listed_events_with_their_dates() {
    let (data, _) = load();
    let expected: [(&str, Precision, &str, Option<&str>, Basis); 13] = [
        ("colonial-rule", Precision::Range, "1910", Some("1945"), Basis::Stated),
        ("agreement-1965", Precision::Year, "1965", None, Basis::Stated),
        ("murayama-statement", Precision::Year, "1995", None, Basis::Stated),
        ("supreme-court-rulings", Precision::Year, "2018", None, Basis::Stated),
        (
            "liquidation-orders",
            Precision::Range,
            "2018",
            Some("2023-01"),
            Basis::Inferred,
        ),
        (
            "north-korea-missile-tests",
            Precision::Year,
            "2022",
            None,
            Basis::Inferred,
        ),
        ("yoon-takes-office", Precision::Month, "2022-05", None, Basis::Inferred),
        ("cambodia-meeting", Precision::Month, "2022-11", None, Basis::Inferred),
        (
            "tokyo-talks",
            Precision::Range,
            "2022-11",
            Some("2023-01"),
            Basis::Inferred,
        ),
        ("public-hearing", Precision::Day, "2023-01-12", None, Basis::Inferred),
        (
            "tokyo-considers-donations",
            Precision::Day,
            "2023-01-12",
            None,
            Basis::Inferred,
        ),
        ("phone-call", Precision::Day, "2023-01-13", None, Basis::Inferred),
        // The text does not date the meeting: the photo caption and "Monday" do, together.
        ("seoul-meeting", Precision::Day, "2023-01-30", None, Basis::Inferred),
    ];
    for (id, precision, from, to, basis) in expected {
        let e = data
            .events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("missing event {id}"));
        assert_eq!(e.date.precision, precision, "{id}");
        assert_eq!(e.date.from, Ymd::parse(from).unwrap(), "{id}");
        assert_eq!(e.date.to, to.map(|t| Ymd::parse(t).unwrap()), "{id}");
        assert_eq!(e.date.basis, basis, "{id}");
    }
    // The meeting of 30 January 2023 is the latest event, and the explainer's "as of" date.
    assert_eq!(data.events.last().unwrap().id, "seoul-meeting");
    assert_eq!(data.meta.as_of, Ymd::parse("2023-01-30").unwrap());
}

#[test]
fn events_come_in_date_order() {
    let (data, _) = load();
    let dates: Vec<Ymd> = data.events.iter().map(|e| e.date.from).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn every_inferred_date_says_how() {
    let (data, _) = load();
    for e in data.events.iter().filter(|e| e.date.basis == Basis::Inferred) {
        let how = e
            .date
            .how
            .as_ref()
            .unwrap_or_else(|| panic!("{}: inferred date without `how`", e.id));
        assert!(
            how.en.split_whitespace().count() >= 8,
            "{}: `how` should explain the inference",
            e.id
        );
    }
}

#[test]
fn contested_terms_show_both_wordings() {
    let (data, _) = load();
    let term = |id: &str| {
        data.glossary
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("missing term {id}"))
    };
    for id in ["wartime-labor", "forced-labor"] {
        let t = term(id);
        assert!(t.contested && t.usage.len() >= 2, "{id}");
    }
    for id in [
        "completely-and-finally",
        "sincere-response",
        "early-settlement",
        "public-hearing",
        "liquidation",
        "the-1965-agreement",
        "murayama-statement",
    ] {
        term(id);
    }
    let words: Vec<&str> = term("the-1965-agreement").usage.iter().map(|u| &*u.words.en).collect();
    assert_eq!(
        words,
        ["a 1965 bilateral agreement", "a bilateral treaty signed in 1965"]
    );
}

#[test]
fn the_quoted_share_counts_every_citation_of_the_dataset() {
    // The validator gathers the quotes it checks; the JSON walk finds them independently.
    let valid = project_data_dir()
        .load_valid()
        .unwrap_or_else(|e| panic!("{}", report(&e)));
    let (data, texts) = (&valid.data, &valid.texts);
    let walked: Vec<Quote> = all_citations(data)
        .into_iter()
        .map(|c| Quote {
            at: c.entry,
            source: c.source,
            paragraph: c.paragraph as u16,
            quote: c.quote,
        })
        .collect();
    let independent = share::measure(texts, data.sources.iter().map(|s| &*s.id), &walked);
    let validated = &valid.shares;
    let counts = |v: &[share::QuotedShare]| {
        v.iter()
            .map(|s| (s.source.clone(), s.quoted, s.words))
            .collect::<Vec<_>>()
    };
    assert_eq!(counts(&independent), counts(validated));
    for s in validated {
        assert!(!s.too_high(), "{s}: above {MAX_QUOTED_SHARE} %");
    }
}

/// Whole numbers written before a percent sign, in order: "53 %" and "53%" both count.
fn percentages(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '%' {
            continue;
        }
        let mut j = i;
        while j > 0 && chars[j - 1] == ' ' {
            j -= 1;
        }
        let digits: String = chars[..j].iter().rev().take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() {
            out.push(digits.chars().rev().collect::<String>().parse().unwrap());
        }
    }
    out
}

#[test]
fn the_method_note_states_the_measured_quoted_share() {
    let valid = project_data_dir()
        .load_valid()
        .unwrap_or_else(|e| panic!("{}", report(&e)));
    let data = &valid.data;
    let measured: Vec<u32> = valid.shares.iter().map(|s| s.percent().round() as u32).collect();
    let mut expected = measured.clone();
    expected.push(MAX_QUOTED_SHARE as u32);
    for lang in Lang::ALL {
        let stated: Vec<u32> = data.meta.method.iter().flat_map(|t| percentages(t.get(lang))).collect();
        assert_eq!(
            stated,
            expected,
            "meta.method ({}) must state the measured share of each report, then the limit; \
             `cargo run -p model --bin publish -- /tmp/out` prints the share",
            lang.tag()
        );
    }
}

#[test]
fn dates_from_public_records_name_the_record() {
    let (data, _) = load();
    for id in [
        "public-hearing",
        "phone-call",
        "tokyo-considers-donations",
        "liquidation-orders",
        "tokyo-talks",
    ] {
        let e = data.events.iter().find(|e| e.id == id).unwrap();
        let basis = e
            .date
            .how_basis
            .as_ref()
            .unwrap_or_else(|| panic!("{id}: rests on a public record, which must be named"));
        assert_eq!(basis.kind, BasisKind::PublicRecord, "{id}");
        for r in records_of(&data, basis) {
            assert!(r.date.year >= 2022, "{id}: {} is a record of the time", r.id);
        }
    }
    let call = data.source("call-report").unwrap();
    assert_eq!(call.dates_basis.as_ref().map(|b| b.kind), Some(BasisKind::PublicRecord));
}

#[test]
fn facts_the_standards_review_found_missing_are_quoted() {
    let (data, _) = load();
    let quotes: BTreeSet<String> = all_citations(&data).into_iter().map(|c| c.quote).collect();
    for words in [
        "has worsened bilateral ties",
        "further develop them by resolving the pending issue",
        "a broad range of topics",
        "saw bilateral ties sink to their lowest point in decades",
        "efforts to improve its ties with South Korea",
        "(Kyodo)",
    ] {
        assert!(quotes.contains(words), "no citation quotes {words:?}");
    }
}

#[test]
fn every_wording_names_a_basis() {
    let (data, _) = load();
    for t in data.glossary.iter() {
        for w in t.wordings.iter() {
            let checkable = match w.basis.kind {
                BasisKind::PublicRecord => !w.basis.records.is_empty(),
                BasisKind::EditorsNote => w
                    .basis
                    .record
                    .as_ref()
                    .is_some_and(|r| r.en.split_whitespace().count() >= 6),
            };
            assert!(checkable, "{}: {} needs a basis a reader can check", t.id, w.words);
        }
    }
}

/// Every reader-visible text of the dataset in `lang`, with its path, except the corrections
/// log (which quotes the wordings it corrected).
fn texts_in(data: &Dataset, lang: Lang) -> Vec<(String, String)> {
    fn walk(v: &Value, path: &str, lang: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => {
                if map.contains_key("original") {
                    if let Some(Value::String(t)) = map.get(lang) {
                        out.push((path.to_string(), t.clone()));
                    }
                }
                for (k, x) in map {
                    if k != "corrections" {
                        walk(x, &format!("{path}.{k}"), lang, out);
                    }
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, x)| walk(x, &format!("{path}[{i}]"), lang, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(data).unwrap(), "", lang.tag(), &mut out);
    out
}

#[test]
fn the_supreme_courts_holding_stands_beside_tokyos_reading_of_1965() {
    // Wherever the overview, the 1965 question, the 2018 rulings and the glossary give
    // Tokyo's reading ("completely and finally"), they also give the court's opposite
    // holding, on the record of the judgment.
    let (data, _) = load();
    let mut places: Vec<(&str, Vec<&model::Statement>)> = vec![
        ("meta.summary", data.meta.summary.iter().collect()),
        (
            "events/supreme-court-rulings",
            vec![
                &data
                    .events
                    .iter()
                    .find(|e| e.id == "supreme-court-rulings")
                    .unwrap()
                    .summary,
            ],
        ),
        (
            "issues/settled-1965",
            data.issue("settled-1965").unwrap().background.iter().collect(),
        ),
    ];
    places.push((
        "glossary/completely-and-finally",
        vec![
            &data
                .glossary
                .iter()
                .find(|t| t.id == "completely-and-finally")
                .unwrap()
                .definition,
        ],
    ));
    // The third standards read found Tokyo's reading alone in two more places.
    places.push((
        "events/agreement-1965",
        vec![&data.events.iter().find(|e| e.id == "agreement-1965").unwrap().summary],
    ));
    places.push((
        "glossary/the-1965-agreement",
        vec![
            &data
                .glossary
                .iter()
                .find(|t| t.id == "the-1965-agreement")
                .unwrap()
                .definition,
        ],
    ));
    for (place, statements) in places {
        let holding = statements.iter().find(|s| s.text.en.contains("were not covered by"));
        let holding =
            holding.unwrap_or_else(|| panic!("{place}: the court's holding on the 1965 agreement is missing"));
        let basis = holding
            .basis
            .as_ref()
            .unwrap_or_else(|| panic!("{place}: the holding names no record"));
        assert_eq!(basis.kind, BasisKind::PublicRecord, "{place}");
        let judgment = records_of(&data, basis)
            .into_iter()
            .find(|r| r.title.contains("2013다61381"));
        assert!(
            judgment.is_some_and(|r| r.date.iso() == "2018-10-30"),
            "{place}: the record is the judgment of 30 October 2018"
        );
    }
    let term = data.glossary.iter().find(|t| t.id == "completely-and-finally").unwrap();
    assert!(
        term.definition.text.en.contains("Article II(1)"),
        "the words are the agreement's own, in both languages"
    );
}

#[test]
fn japanese_and_korean_texts_keep_the_second_standards_reads_wording() {
    let (data, _) = load();
    for (path, text) in texts_in(&data, Lang::Ja) {
        // 外務省 alone is Japan's ministry; the official who spoke in Seoul is South Korean.
        for (i, _) in text.match_indices("外務省当局者") {
            assert!(
                text[..i].ends_with("韓国"),
                "ja {path}: 外務省当局者 without 韓国: {text}"
            );
        }
        assert!(
            !text.contains("外交部"),
            "ja {path}: the Japanese texts call South Korea's ministry 韓国外務省: {text}"
        );
        assert!(
            !text.contains("ソ・ミンジョン") || text.contains("徐旻廷"),
            "ja {path}: Seo Min Jung's name is 徐旻廷（ソ・ミンジョン）: {text}"
        );
    }
    for (path, text) in texts_in(&data, Lang::Ko) {
        // 지지자 means political backers; Korean papers write 원고 측과 지원단체.
        assert!(!text.contains("지지자"), "ko {path}: {text}");
    }
    let seo = data.actor("seo").unwrap();
    assert_eq!(seo.name.ja.as_deref(), Some("徐旻廷（ソ・ミンジョン）"));
    let basis = seo
        .name_basis
        .as_ref()
        .expect("the hanja of Seo Min Jung's name names its record");
    assert_eq!(basis.kind, BasisKind::PublicRecord);
    for id in ["yoon", "park", "moon"] {
        let ja = data.actor(id).unwrap().name.ja.as_deref().unwrap();
        assert!(
            ja.contains('（') && ja.chars().any(|c| ('\u{30a0}'..='\u{30ff}').contains(&c)),
            "{id}: {ja} gives the katakana reading"
        );
    }
}

#[test]
fn murayamas_statement_is_quoted_in_its_own_words_on_its_record() {
    let (data, _) = load();
    let statements = [
        (
            "events/murayama-statement",
            &data
                .events
                .iter()
                .find(|e| e.id == "murayama-statement")
                .unwrap()
                .summary,
        ),
        ("issues/apology", &data.issue("apology").unwrap().background[0]),
        (
            "glossary/murayama-statement",
            &data
                .glossary
                .iter()
                .find(|t| t.id == "murayama-statement")
                .unwrap()
                .definition,
        ),
    ];
    for (place, s) in statements {
        assert!(
            s.text.ja.as_deref().unwrap().contains("「痛切な反省の意」"),
            "{place} (ja)"
        );
        // Korean says it in Korean, as Korean papers do, with the original in brackets.
        let ko = s.text.ko.as_deref().unwrap();
        assert!(
            ko.contains("통절한 반성의 뜻을 표하며 진심으로 사죄하는 마음을 표명"),
            "{place} (ko): {ko}"
        );
        assert!(
            ko.contains("(「痛切な反省の意を表し、心からのお詫びの気持ちを表明いたします」)"),
            "{place} (ko): {ko}"
        );
        assert!(ko.contains("막대한 손해"), "{place} (ko): as in the citation: {ko}");
        let basis = s
            .basis
            .as_ref()
            .unwrap_or_else(|| panic!("{place}: the statement's record is named"));
        assert_eq!(basis.kind, BasisKind::PublicRecord, "{place}");
        assert!(
            records_of(&data, basis).iter().any(|r| r.date.iso() == "1995-08-15"),
            "{place}"
        );
    }
}

/// Every public-record basis of the dataset, with where it is, found in its JSON form so that
/// none is missed.
fn record_uses(data: &Dataset) -> Vec<(String, String)> {
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::String(kind)), Some(Value::Array(records))) = (map.get("kind"), map.get("records"))
                {
                    if kind == "public_record" {
                        for r in records {
                            out.push((path.to_string(), r["id"].as_str().unwrap().to_string()));
                        }
                    }
                }
                for (k, x) in map {
                    if k != "records" || !path.is_empty() {
                        walk(x, &format!("{path}.{k}"), out);
                    }
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, x)| walk(x, &format!("{path}[{i}]"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(data).unwrap(), "", &mut out);
    out
}

#[test]
fn every_record_is_named_by_a_text_and_the_records_the_third_read_asked_for_are_there() {
    let (data, _) = load();
    let uses = record_uses(&data);
    for r in data.records.iter() {
        assert!(
            uses.iter().any(|(_, id)| *id == r.id),
            "records.toml holds {}, which no text names",
            r.id
        );
    }
    let named_by = |path_part: &str| -> Vec<String> {
        uses.iter()
            .filter(|(p, _)| p.contains(path_part))
            .map(|(_, id)| id.clone())
            .collect()
    };
    let event_uses = |id: &str| -> Vec<String> {
        let e = data.events.iter().position(|e| e.id == id).unwrap();
        named_by(&format!(".events[{e}].date.how_basis"))
    };
    // 1. The talks in Tokyo rest on reports that were found, Yonhap's as The Korea Herald carried them.
    assert_eq!(
        event_uses("tokyo-talks"),
        ["ytn-2022-11-25", "yonhap-2022-12-26", "yonhap-2023-01-16"]
    );
    for id in ["yonhap-2022-12-26", "yonhap-2023-01-16"] {
        let r = data.record(id).unwrap();
        assert_eq!(r.by.en, "Yonhap News Agency");
        assert_eq!(r.carried_by.as_ref().map(|c| &*c.en), Some("The Korea Herald"), "{id}");
    }
    // 2. The hearing's co-host and morning session rest on Yonhap of 12 January 2023.
    for id in ["public-hearing", "tokyo-considers-donations"] {
        assert!(event_uses(id).contains(&"yonhap-2023-01-12".to_string()), "{id}");
    }
    let call = data.source("call-report").unwrap();
    assert!(call
        .dates_basis
        .as_ref()
        .unwrap()
        .records
        .iter()
        .any(|u| u.id == "yonhap-2023-01-12"));
    // 15. Seoul's "sincere response" in Korean rests on a record.
    let sincere = data.glossary.iter().find(|t| t.id == "sincere-response").unwrap();
    let wording = sincere.wordings.iter().find(|w| w.words == "성의 있는 호응").unwrap();
    assert_eq!(wording.basis.kind, BasisKind::PublicRecord);
    // 8. The act's own name for the period, and what it does not define.
    let act = data.record("act-10143").unwrap();
    assert!(act
        .title_translated
        .en
        .as_deref()
        .unwrap()
        .contains("during the Period of Resistance against Japan"));
    assert_eq!(act.date.iso(), "2010-03-22");
}

#[test]
fn texts_keep_the_third_standards_reads_wording() {
    let (data, _) = load();
    let event = |id: &str| data.events.iter().find(|e| e.id == id).unwrap();
    // 5. A Korean-speaking official's words, back-translated, never in quotation marks.
    for c in all_citations(&data)
        .iter()
        .filter(|c| c.quote.starts_with("\"The main point of a sincere response"))
    {
        let ko = c.ko.as_deref().unwrap();
        assert!(!ko.contains('“') && !ko.contains('”'), "{}: {ko}", c.entry);
    }
    // 9. The Japanese record says the United States, not Washington.
    let call = event("phone-call").date.how.as_ref().unwrap();
    for lang in Lang::ALL {
        let how = call.get(lang);
        assert!(
            !["Washington", "ワシントン", "워싱턴"].iter().any(|w| how.contains(w)),
            "{}: {how}",
            lang.tag()
        );
    }
    assert!(call.en.contains("In the United States (US Eastern time)"));
    // 10. "senior diplomats" translated as the words say.
    for c in all_citations(&data).iter().filter(|c| c.quote == "senior diplomats") {
        assert_eq!(
            (c.ja.as_deref(), c.ko.as_deref()),
            (Some("高位の外交官"), Some("고위 외교관")),
            "{}",
            c.entry
        );
    }
    // 11. "scant progress" is the report's.
    assert!(event("seoul-meeting").title.en.contains("the second report says"));
    // 12. Katakana readings at first mention.
    let report = data.source("call-report").unwrap();
    for t in [&report.covers, &report.dates] {
        assert!(
            t.ja.as_deref().unwrap().contains("尹錫悦（ユン・ソンニョル）"),
            "{:?}",
            t.ja
        );
    }
    assert!(event("public-hearing")
        .date
        .how
        .as_ref()
        .unwrap()
        .ja
        .as_deref()
        .unwrap()
        .contains("朴振（パク・チン）"));
    // 13. Seoul's wish for a sincere response is the official's account.
    let seoul = data.foundation.variants.iter().find(|v| v.held_by == "seoul").unwrap();
    assert!(seoul
        .summary
        .text
        .en
        .contains("According to a South Korean Foreign Ministry official, Seoul also seeks"));
    // 14. 企業による stands before the words it qualifies, not after the quotation.
    for (path, text) in texts_in(&data, Lang::Ja) {
        assert!(!text.contains("（企業による）"), "ja {path}: {text}");
    }
    // 6. The overview's judgment is the Nippon Steel case's, and 大法院 is tied to 最高裁.
    let overview = &data.meta.summary[1].text;
    assert!(overview
        .en
        .contains("in its judgment of 30 October 2018 in the Nippon Steel case"));
    assert!(overview.ja.as_deref().unwrap().contains("韓国大法院（最高裁）"));
    assert!(event("supreme-court-rulings")
        .summary
        .text
        .ja
        .as_deref()
        .unwrap()
        .starts_with("韓国大法院（最高裁）"));
}
