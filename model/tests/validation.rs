//! Validation refuses bad data, and says exactly where the problem is.
//!
//! `fixtures/minimal/` is a tiny valid dataset (its report, `sources/mini.txt`, is made up).
//! Each folder under `fixtures/bad/` holds only the file(s) that differ from it, laid over
//! the minimal dataset, and breaks exactly one rule. Each test checks that loading fails,
//! with a single error naming the file, the entry, the field and the kind of problem.
#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use dispute_model::error::{report, DataError};
use dispute_model::load::DataDir;
use dispute_model::share;
use dispute_model::BasisKind;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn minimal() -> DataDir {
    DataDir { dir: fixtures().join("minimal"), overlay: None, shown_as: "data".into() }
}

/// Loads the minimal dataset with `bad/<name>` laid over it and returns its one error.
fn the_error(name: &str) -> DataError {
    let overlay = fixtures().join("bad").join(name);
    assert!(overlay.is_dir(), "missing fixture {}", overlay.display());
    let dir = DataDir { dir: fixtures().join("minimal"), overlay: Some(overlay), shown_as: "data".into() };
    match dir.load_valid() {
        Ok(_) => panic!("the fixture bad/{name} loaded without errors"),
        Err(errors) => {
            assert_eq!(errors.len(), 1, "bad/{name} should fail for exactly one reason:\n{}", report(&errors));
            errors.into_iter().next().unwrap()
        }
    }
}

/// Asserts where the error points and what kind it is.
#[track_caller]
fn assert_error(e: &DataError, file: &str, entry: &str, field: &str, kind: &str) {
    assert_eq!(e.file, file, "file, in: {e}");
    assert_eq!(e.entry, entry, "entry, in: {e}");
    assert_eq!(e.field, field, "field, in: {e}");
    assert!(e.message.contains(kind), "expected the message to contain {kind:?}, in: {e}");
    // The one-line form shown in the build output carries all of it.
    let shown = e.to_string();
    for part in [file, entry, field] {
        assert!(shown.contains(part), "{part:?} missing from the shown error: {shown}");
    }
}

#[test]
fn the_minimal_fixture_is_valid() {
    if let Err(errors) = minimal().load_valid() {
        panic!("{}", report(&errors));
    }
}

#[test]
fn an_unknown_actor_reference_is_refused() {
    let e = the_error("unknown-reference");
    assert_error(&e, "data/timeline.toml", "announcement", "actors[1]", "unknown actor id \"mayor\"");
}

#[test]
fn a_duplicate_id_is_refused() {
    let e = the_error("duplicate-id");
    assert_error(&e, "data/actors.toml", "ministry", "id", "duplicate id");
}

#[test]
fn a_statement_without_citation_is_refused() {
    let e = the_error("statement-without-citation");
    assert_error(&e, "data/timeline.toml", "announcement", "summary.citations", "needs at least one citation, or a `basis`");
}

#[test]
fn a_quote_that_is_not_verbatim_is_refused() {
    let e = the_error("quote-not-verbatim");
    assert_error(&e, "data/timeline.toml", "announcement", "summary.citations[0].quote", "quote not found verbatim");
    assert!(e.message.contains("paragraph 1"), "the message names the paragraph: {e}");
}

#[test]
fn an_impossible_date_is_refused() {
    let e = the_error("impossible-date");
    assert_error(&e, "data/timeline.toml", "announcement", "date.from", "day 30 does not exist in 2021-02");
    assert!(e.message.starts_with("line 14, column 8:"), "the message gives the line and column: {e}");
}

#[test]
fn a_range_that_ends_before_it_starts_is_refused() {
    let e = the_error("impossible-range");
    assert_error(&e, "data/timeline.toml", "announcement", "date.to", "the range ends (2020-03) before or when it starts (2021-03-01)");
}

#[test]
fn an_inferred_date_without_how_is_refused() {
    let e = the_error("inferred-date-without-how");
    assert_error(&e, "data/timeline.toml", "announcement", "date.how", "must say how it was inferred");
}

#[test]
fn an_issue_missing_a_party_position_is_refused() {
    let e = the_error("issue-missing-position");
    assert_error(&e, "data/issues.toml", "bridge", "positions", "missing the position of party \"residents\"");
}

#[test]
fn an_empty_text_is_refused() {
    let e = the_error("empty-text");
    assert_error(&e, "data/glossary.toml", "old-bridge", "term.en", "empty text");
}

#[test]
fn an_unknown_field_is_refused() {
    let e = the_error("unknown-field");
    assert_error(&e, "data/timeline.toml", "announcement", "titel.en", "unknown field `titel`");
    assert!(e.message.contains("`title`"), "the message lists the fields that are allowed: {e}");
}

#[test]
fn an_uncovered_paragraph_is_refused() {
    let e = the_error("uncovered-paragraph");
    assert_error(&e, "data/sources.toml", "mini", "unused", "paragraph 3 is neither cited nor listed as unused");
}

#[test]
fn a_silent_position_with_text_is_refused() {
    let e = the_error("silent-position-with-text");
    assert_error(&e, "data/issues.toml", "bridge", "positions[1]", "sources_do_not_say = true cannot have text");
}

#[test]
fn a_statement_may_rest_on_a_named_basis_instead_of_citations() {
    let dir = DataDir {
        dir: fixtures().join("minimal"),
        overlay: Some(fixtures().join("good/statement-with-basis")),
        shown_as: "data".into(),
    };
    let data = dir.load_valid().unwrap_or_else(|e| panic!("{}", report(&e))).data;
    let river = data.glossary.iter().find(|t| t.id == "river").unwrap();
    assert!(river.definition.citations.is_empty());
    assert_eq!(river.definition.basis.as_ref().map(|b| b.kind), Some(BasisKind::EditorsNote));
    let wording = &river.wordings[0];
    assert_eq!(wording.basis.kind, BasisKind::PublicRecord);
}

#[test]
fn quotes_that_together_cover_most_of_a_report_are_refused() {
    let e = the_error("quoted-share-too-high");
    assert_error(&e, "data/sources.toml", "mini", "file", "the quotes together cover 69.7 % of the report's words (53 of 76)");
    assert!(e.message.contains("at most 60 %"), "the message gives the limit: {e}");
    assert!(
        e.message.contains(r#"data/glossary.toml "old-bridge" definition.citations[1] (24 words)"#),
        "the message names the longest quote first: {e}"
    );
}

#[test]
fn the_quoted_share_of_the_minimal_report_is_measured_in_words() {
    let shares = minimal().load_valid().unwrap_or_else(|e| panic!("{}", report(&e))).shares;
    assert_eq!(shares.len(), 1);
    assert_eq!((shares[0].source.as_str(), shares[0].quoted, shares[0].words), ("mini", 29, 76));
    assert_eq!(share::summary(&shares), "quoted share: mini 38.2 %");
}

#[test]
fn a_wording_without_a_basis_is_refused() {
    let e = the_error("wording-without-basis");
    assert_error(&e, "data/glossary.toml", "old-bridge", "wordings[0].basis", "missing field `basis`");
}

#[test]
fn a_stated_date_cannot_rest_on_another_record() {
    let e = the_error("how-basis-on-stated-date");
    assert_error(&e, "data/timeline.toml", "announcement", "date.how_basis", "only an inferred date names another record");
}

#[test]
fn every_bad_fixture_has_a_test() {
    // A fixture folder without a test would silently test nothing.
    let tested = [
        "unknown-reference",
        "duplicate-id",
        "statement-without-citation",
        "quote-not-verbatim",
        "impossible-date",
        "impossible-range",
        "inferred-date-without-how",
        "issue-missing-position",
        "empty-text",
        "unknown-field",
        "uncovered-paragraph",
        "silent-position-with-text",
        "quoted-share-too-high",
        "wording-without-basis",
        "how-basis-on-stated-date",
    ];
    let mut found: Vec<String> = std::fs::read_dir(fixtures().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut tested: Vec<String> = tested.iter().map(|s| s.to_string()).collect();
    tested.sort();
    assert_eq!(found, tested);
}
