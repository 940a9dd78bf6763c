//! The rules of the editions (`editions.toml`): dated publications of the whole explainer,
//! newest first, each with the editors' note in every language, the current one the newest,
//! and every correction of the log published with an edition of its date.

use crate::date::Precision;
use crate::error::DataError;
use crate::model::{Dataset, EditionKind, Lang};

const FILE: &str = "editions.toml";

/// Every problem with the editions of `data`; `shown_as` prefixes file names in messages.
pub fn check(data: &Dataset, shown_as: &str) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut fail = |file: &str, entry: String, field: String, message: String| {
        errors.push(DataError {
            file: format!("{shown_as}/{file}"),
            entry,
            field,
            message,
        })
    };
    let editions = &data.editions;
    if editions.is_empty() {
        fail(
            FILE,
            "(file)".into(),
            "editions".into(),
            "the data needs at least one edition".into(),
        );
        return errors;
    }
    let mut in_order = true;
    for (i, e) in editions.iter().enumerate() {
        // An edition has no id of its own: its date names it, as its address does.
        let entry = e.date.iso();
        if e.date.precision() != Precision::Day {
            fail(
                FILE,
                entry.clone(),
                format!("editions[{i}].date"),
                "an edition's date is a full date, YYYY-MM-DD".into(),
            );
        }
        if let Some(newer) = i.checked_sub(1).map(|j| &editions[j]) {
            if e.date >= newer.date {
                in_order = false;
                fail(
                    FILE,
                    entry.clone(),
                    format!("editions[{i}].date"),
                    format!(
                        "editions are listed newest first, one per day: {} comes after {} in the file",
                        e.date.iso(),
                        newer.date.iso()
                    ),
                );
            }
        }
    }
    // Which edition is the newest and which the first publication follows from the order;
    // out of order, only the order is reported.
    for (i, e) in editions.iter().enumerate() {
        let entry = e.date.iso();
        let oldest = i + 1 == editions.len();
        match (e.kind, oldest) {
            _ if !in_order => {}
            (EditionKind::First, false) => fail(
                FILE,
                entry.clone(),
                format!("editions[{i}].kind"),
                "only the oldest edition is the first publication; this one is an update or a correction".into(),
            ),
            (EditionKind::Update | EditionKind::Correction, true) => fail(
                FILE,
                entry.clone(),
                format!("editions[{i}].kind"),
                "the oldest edition is the explainer's first publication: kind = \"first\"".into(),
            ),
            _ => {}
        }
        for lang in Lang::ALL {
            let text = match lang {
                Lang::En => Some(&e.note.en),
                Lang::Ja => e.note.ja.as_ref(),
                Lang::Ko => e.note.ko.as_ref(),
            };
            if text.is_none_or(|t| t.trim().is_empty()) {
                fail(
                    FILE,
                    entry.clone(),
                    format!("editions[{i}].note.{}", lang.tag()),
                    format!(
                        "the edition's note has no {} text: every edition's note is written in English, Japanese and Korean",
                        lang.tag()
                    ),
                );
            }
        }
        let corrections = data.meta.corrections.iter().filter(|c| c.date == e.date).count();
        if e.kind == EditionKind::Correction && corrections == 0 {
            fail(
                FILE,
                entry.clone(),
                format!("editions[{i}].kind"),
                format!(
                    "a correction edition has its corrections in the log: meta.toml lists none dated {}",
                    e.date.iso()
                ),
            );
        }
    }
    let newest = editions.iter().map(|e| e.date).max().unwrap_or(editions[0].date);
    if data.edition != newest {
        let listed = editions.iter().any(|e| e.date == data.edition);
        fail(
            FILE,
            data.edition.iso(),
            "current".into(),
            if listed {
                format!(
                    "the current edition must be the newest, {}: a build publishes the newest edition; set current to it",
                    newest.iso()
                )
            } else {
                format!(
                    "the current edition {} is not in editions; the newest is {}",
                    data.edition.iso(),
                    newest.iso()
                )
            },
        );
    }
    for (i, c) in data.meta.corrections.iter().enumerate() {
        if !editions.iter().any(|e| e.date == c.date) {
            fail(
                "meta.toml",
                "meta".into(),
                format!("corrections[{i}].date"),
                format!(
                    "no edition is dated {}: a correction is published with an edition; add one of kind \"correction\" to {FILE}",
                    c.date.iso()
                ),
            );
        }
    }
    errors
}
