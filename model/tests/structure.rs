//! The real dataset in `data/`, checked for its integrity: it loads and validates, its
//! entries have the shape the explainer is built on (the four parties, an issue's positions,
//! the foundation's variants, the timeline), its references resolve (every report paragraph
//! is cited or excused, every gap has its issue, every record is named by a text), and every
//! date and wording says what it rests on.
//!
//! The split from `editorial.rs`: these are the data's integrity, which holds whatever the
//! editors write, and a failure here means the data is broken; `editorial.rs` holds an
//! editor's rules about how the texts quote, word and balance what they say. Helpers both
//! use are in `common/mod.rs`.
//!
//! Run with `cargo test -p model --test structure`.
#![cfg(feature = "load")]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{all_citations, load, records_of, reports};
use model::walk;
use model::{Basis, BasisKind, Dataset, FlowKind, Mark, Precision, Ymd};
use serde_json::Value;

#[test]
fn the_project_data_loads_with_no_errors() {
    let (data, texts) = load();
    assert_eq!(data.sources.len(), 2);
    assert_eq!(texts.len(), 2);
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

/// Every public-record basis of the dataset, with where it is, found in its JSON form so that
/// none is missed.
fn record_uses(data: &Dataset) -> Vec<(String, String)> {
    let json = walk::json(data);
    let mut out = Vec::new();
    // Not the records themselves (records.toml), only the texts that name them.
    for node in walk::nodes(&json).filter(|n| n.collection() != "records") {
        let Some(map) = node.object() else { continue };
        if let (Some("public_record"), Some(Value::Array(records))) =
            (map.get("kind").and_then(Value::as_str), map.get("records"))
        {
            for r in records {
                out.push((node.path_text(), r["id"].as_str().unwrap().to_string()));
            }
        }
    }
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
        named_by(&format!("events[{e}].date.how_basis"))
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
