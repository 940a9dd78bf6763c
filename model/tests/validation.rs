//! Validation refuses bad data, and says exactly where the problem is.
//!
//! `fixtures/minimal/` is a tiny valid dataset (its report, `sources/mini.txt`, is made up).
//! Each folder under `fixtures/bad/` holds only the file(s) that differ from it, laid over
//! the minimal dataset, and breaks exactly one rule. Each test checks that loading fails,
//! with a single error naming the file, the entry, the field and the kind of problem.
#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use model::error::{report, DataError};
use model::load::DataDir;
use model::share;
use model::BasisKind;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn minimal() -> DataDir {
    DataDir {
        dir: fixtures().join("minimal"),
        overlay: None,
        shown_as: "data".into(),
    }
}

/// Loads the minimal dataset with `bad/<name>` laid over it and returns its one error.
fn the_error(name: &str) -> DataError {
    let overlay = fixtures().join("bad").join(name);
    assert!(overlay.is_dir(), "missing fixture {}", overlay.display());
    let dir = DataDir {
        dir: fixtures().join("minimal"),
        overlay: Some(overlay),
        shown_as: "data".into(),
    };
    match dir.load_valid() {
        Ok(_) => panic!("the fixture bad/{name} loaded without errors"),
        Err(errors) => {
            assert_eq!(
                errors.len(),
                1,
                "bad/{name} should fail for exactly one reason:\n{}",
                report(&errors)
            );
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
    assert!(
        e.message.contains(kind),
        "expected the message to contain {kind:?}, in: {e}"
    );
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
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "actors[1]",
        "unknown actor id \"mayor\"",
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    let e = the_error("duplicate-id");
    assert_error(&e, "data/actors.toml", "ministry", "id", "duplicate id");
}

#[test]
fn a_statement_without_citation_is_refused() {
    let e = the_error("statement-without-citation");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "summary.citations",
        "needs at least one citation, or a `basis`",
    );
}

#[test]
fn a_quote_that_is_not_verbatim_is_refused() {
    let e = the_error("quote-not-verbatim");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "summary.citations[0].quote",
        "quote not found verbatim",
    );
    assert!(
        e.message.contains("paragraph 1"),
        "the message names the paragraph: {e}"
    );
}

#[test]
fn an_impossible_date_is_refused() {
    let e = the_error("impossible-date");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "date.from",
        "day 30 does not exist in 2021-02",
    );
    assert!(
        e.message.starts_with("line 14, column 8:"),
        "the message gives the line and column: {e}"
    );
}

#[test]
fn a_range_that_ends_before_it_starts_is_refused() {
    let e = the_error("impossible-range");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "date.to",
        "the range ends (2020-03) before or when it starts (2021-03-01)",
    );
}

#[test]
fn an_inferred_date_without_how_is_refused() {
    let e = the_error("inferred-date-without-how");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "date.how",
        "must say how it was inferred",
    );
}

#[test]
fn an_issue_missing_a_party_position_is_refused() {
    let e = the_error("issue-missing-position");
    assert_error(
        &e,
        "data/issues.toml",
        "bridge",
        "positions",
        "missing the position of party \"residents\"",
    );
}

#[test]
fn an_empty_text_is_refused() {
    let e = the_error("empty-text");
    assert_error(&e, "data/glossary.toml", "old-bridge", "term.en", "empty text");
}

#[test]
fn an_unknown_field_is_refused() {
    let e = the_error("unknown-field");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "titel",
        "unknown field `titel`",
    );
    assert!(
        e.message.contains("`title`"),
        "the message lists the fields that are allowed: {e}"
    );
}

#[test]
fn a_file_that_is_not_toml_is_refused_with_its_line_and_column() {
    let e = the_error("unclosed-string");
    assert_error(&e, "data/timeline.toml", "(file)", "(file)", "line 10, column ");
}

#[test]
fn an_uncovered_paragraph_is_refused() {
    let e = the_error("uncovered-paragraph");
    assert_error(
        &e,
        "data/sources.toml",
        "mini",
        "unused",
        "paragraph 3 is neither cited nor listed as unused",
    );
}

#[test]
fn a_silent_position_with_text_is_refused() {
    let e = the_error("silent-position-with-text");
    assert_error(
        &e,
        "data/issues.toml",
        "bridge",
        "positions[1]",
        "sources_do_not_say = true cannot have text",
    );
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
    assert_eq!(
        river.definition.basis.as_ref().map(|b| b.kind),
        Some(BasisKind::EditorsNote)
    );
    let wording = &river.wordings[0];
    assert_eq!(wording.basis.kind, BasisKind::PublicRecord);
    let record = data
        .record(&wording.basis.records[0].id)
        .expect("the record is in records.toml");
    assert_eq!(
        (&*record.by.en, record.date.iso()),
        ("The made-up city council", "2021-03-02".to_string())
    );
}

#[test]
fn quotes_that_together_cover_most_of_a_report_are_refused() {
    let e = the_error("quoted-share-too-high");
    assert_error(
        &e,
        "data/sources.toml",
        "mini",
        "file",
        "the quotes together cover 69.7 % of the report's words (53 of 76)",
    );
    assert!(e.message.contains("at most 60 %"), "the message gives the limit: {e}");
    assert!(
        e.message
            .contains(r#"data/glossary.toml "old-bridge" definition.citations[1] (24 words)"#),
        "the message names the longest quote first: {e}"
    );
}

#[test]
fn the_quoted_share_of_the_minimal_report_is_measured_in_words() {
    let shares = minimal()
        .load_valid()
        .unwrap_or_else(|e| panic!("{}", report(&e)))
        .shares;
    assert_eq!(shares.len(), 1);
    assert_eq!(
        (shares[0].source.as_str(), shares[0].quoted, shares[0].words),
        ("mini", 29, 76)
    );
    assert_eq!(share::summary(&shares), "quoted share: mini 38.2 %");
}

#[test]
fn a_wording_without_a_basis_is_refused() {
    let e = the_error("wording-without-basis");
    assert_error(
        &e,
        "data/glossary.toml",
        "old-bridge",
        "wordings[0].basis",
        "missing field `basis`",
    );
}

#[test]
fn a_stated_date_cannot_rest_on_another_record() {
    let e = the_error("how-basis-on-stated-date");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "date.how_basis",
        "only an inferred date names another record",
    );
}

#[test]
fn a_public_record_that_does_not_say_who_issued_it_is_refused() {
    let e = the_error("record-without-issuer");
    assert_error(&e, "data/records.toml", "council-minutes", "by", "missing field `by`");
}

#[test]
fn a_public_record_without_its_date_is_refused() {
    let e = the_error("record-without-date");
    assert_error(
        &e,
        "data/records.toml",
        "council-minutes",
        "date",
        "missing field `date`",
    );
}

#[test]
fn a_record_title_a_reader_cannot_read_is_refused() {
    let e = the_error("untranslated-record-title");
    assert_error(
        &e,
        "data/records.toml",
        "council-minutes",
        "title_translated.en",
        "say what it means in English",
    );
}

#[test]
fn a_basis_naming_a_record_that_is_not_in_records_is_refused() {
    let e = the_error("unknown-record");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "date.how_basis.records[0].id",
        "unknown record id \"city-calendar-2021\"",
    );
}

#[test]
fn a_public_record_described_in_free_text_is_refused() {
    // A record written out by hand in each text would read differently in each: it is named
    // once in records.toml, with who issued it and its date.
    let e = the_error("record-described-in-text");
    assert_error(
        &e,
        "data/glossary.toml",
        "old-bridge",
        "wordings[0].basis.record",
        "is named in `records`",
    );
}

#[test]
fn a_report_outside_the_sources_folder_is_refused() {
    let e = the_error("report-outside-sources");
    assert_error(&e, "data/sources.toml", "mini", "file", "is not a file name");
    // Nor any other way out: an absolute path, a folder, a name hidden in a folder.
    for file in [
        "/etc/hostname",
        "../../../../etc/hostname",
        "sub/mini.txt",
        "..",
        "./mini.txt",
        "..\\mini.txt",
    ] {
        let errors = with_sources_file(file)
            .err()
            .unwrap_or_else(|| panic!("{file} was read"));
        assert_eq!(errors.len(), 1, "{file}: {}", report(&errors));
        assert_error(&errors[0], "data/sources.toml", "mini", "file", "data/sources/");
    }
}

#[cfg(unix)]
#[test]
fn a_report_that_links_out_of_the_sources_folder_is_refused() {
    let dir = scratch("link");
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::os::unix::fs::symlink(fixtures().join("minimal/meta.toml"), dir.join("sources/linked.txt")).unwrap();
    let sources = std::fs::read_to_string(fixtures().join("minimal/sources.toml"))
        .unwrap()
        .replace("\"mini.txt\"", "\"linked.txt\"");
    std::fs::write(dir.join("sources.toml"), sources).unwrap();
    let errors = DataDir {
        dir: fixtures().join("minimal"),
        overlay: Some(dir.clone()),
        shown_as: "data".into(),
    }
    .load_valid()
    .err()
    .unwrap();
    assert_eq!(errors.len(), 1, "{}", report(&errors));
    assert_error(
        &errors[0],
        "data/sources.toml",
        "mini",
        "file",
        "a link to a file outside data/sources/",
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_text_holding_a_bidirectional_override_is_refused() {
    let e = the_error("bidi-override");
    assert_error(&e, "data/timeline.toml", "announcement", "title.en", "U+202E");
    assert!(e.message.contains("bidirectional"), "{e}");
}

#[test]
fn a_zero_width_character_in_a_quote_translation_is_refused() {
    let e = the_error("zero-width-in-quote-translation");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "summary.citations[0].ja",
        "U+200B",
    );
}

#[test]
fn a_title_longer_than_a_title_may_be_is_refused() {
    let e = the_error("title-too-long");
    assert_error(
        &e,
        "data/timeline.toml",
        "announcement",
        "title.en",
        "a title or name may have at most 400",
    );
    // A megabyte in a title, as a careless paste or a hostile edit would put there.
    let meta = std::fs::read_to_string(fixtures().join("minimal/meta.toml")).unwrap();
    let huge = meta.replace("A made-up bridge dispute", &"x".repeat(1 << 20));
    let dir = scratch("huge");
    std::fs::write(dir.join("meta.toml"), huge).unwrap();
    let errors = DataDir {
        dir: fixtures().join("minimal"),
        overlay: Some(dir.clone()),
        shown_as: "data".into(),
    }
    .load_valid()
    .err()
    .unwrap();
    assert_eq!(errors.len(), 1, "{}", report(&errors));
    assert_error(
        &errors[0],
        "data/meta.toml",
        "meta",
        "title.en",
        "text has 1048576 characters",
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn editions_out_of_date_order_are_refused() {
    let e = the_error("editions-out-of-order");
    assert_error(
        &e,
        "data/editions.toml",
        "2021-03-05",
        "editions[1].date",
        "newest first",
    );
}

#[test]
fn an_edition_note_without_one_of_its_languages_is_refused() {
    let e = the_error("edition-note-untranslated");
    assert_error(
        &e,
        "data/editions.toml",
        "2021-03-05",
        "editions[0].note.ko",
        "no ko text",
    );
}

#[test]
fn a_current_edition_that_is_not_the_newest_is_refused() {
    let e = the_error("current-edition-not-newest");
    assert_error(
        &e,
        "data/editions.toml",
        "2021-03-02",
        "current",
        "must be the newest, 2021-03-05",
    );
}

#[test]
fn a_correction_dated_a_day_without_an_edition_is_refused() {
    let e = the_error("correction-without-edition");
    assert_error(
        &e,
        "data/meta.toml",
        "meta",
        "corrections[1].date",
        "no edition is dated 2021-03-04",
    );
}

#[test]
fn the_current_edition_is_the_newest_listed() {
    let data = minimal().load_valid().unwrap_or_else(|e| panic!("{}", report(&e))).data;
    let current = data.current_edition().expect("the current edition is listed");
    assert_eq!(current.date.iso(), "2021-03-05");
    assert_eq!(current.kind, model::EditionKind::Correction);
    assert_eq!(data.editions.last().map(|e| e.kind), Some(model::EditionKind::First));
}

/// A fresh folder for an overlay written by a test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("model-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Loads the minimal dataset with its report's `file` set to `file`.
fn with_sources_file(file: &str) -> Result<(), Vec<DataError>> {
    let dir = scratch(&format!("file-{}", file.len()));
    // Rust's debug form of a string is a valid TOML basic string for these names.
    let toml_string = format!("{file:?}");
    let sources = std::fs::read_to_string(fixtures().join("minimal/sources.toml"))
        .unwrap()
        .replace("\"mini.txt\"", &toml_string);
    std::fs::write(dir.join("sources.toml"), sources).unwrap();
    let result = DataDir {
        dir: fixtures().join("minimal"),
        overlay: Some(dir.clone()),
        shown_as: "data".into(),
    }
    .load_valid()
    .map(|_| ());
    std::fs::remove_dir_all(dir).unwrap();
    result
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
        "unclosed-string",
        "uncovered-paragraph",
        "silent-position-with-text",
        "quoted-share-too-high",
        "wording-without-basis",
        "how-basis-on-stated-date",
        "record-without-issuer",
        "record-without-date",
        "untranslated-record-title",
        "unknown-record",
        "record-described-in-text",
        "report-outside-sources",
        "bidi-override",
        "zero-width-in-quote-translation",
        "title-too-long",
        "editions-out-of-order",
        "edition-note-untranslated",
        "current-edition-not-newest",
        "correction-without-edition",
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
