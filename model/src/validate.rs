//! Every rule the data must satisfy before it ships. Validation collects every problem
//! rather than stopping at the first, so an editor can fix a file in one pass.

use std::collections::HashSet;

use crate::date::{Basis, EventDate, Precision};
use crate::error::DataError;
use crate::model::*;
use crate::share::{self, Quote, QuotedShare, MAX_QUOTED_SHARE};
use crate::source_text::{paragraph, quote_is_verbatim, word_count, SourceTexts, MAX_QUOTE_WORDS};

pub mod editions;
pub mod texts;

/// What one run of the validation found.
pub struct Checked {
    /// Every problem, in the order the checks met them; empty when the data may ship.
    pub errors: Vec<DataError>,
    /// How much of each report the dataset's quotes cover together, in the order of
    /// `sources` (see [`crate::share`]). Validation fails above [`MAX_QUOTED_SHARE`] percent;
    /// the publisher prints these on every build.
    pub shares: Vec<QuotedShare>,
}

/// Checks `data` against the reports in `texts`; `shown_as` prefixes file names in messages.
pub fn validate(data: &Dataset, texts: &SourceTexts, shown_as: &str) -> Checked {
    let mut v = Validator::new(data, texts, shown_as);
    v.run();
    Checked {
        errors: v.errors,
        shares: v.shares,
    }
}

struct Validator<'a> {
    data: &'a Dataset,
    texts: &'a SourceTexts,
    shown_as: &'a str,
    errors: Vec<DataError>,
    /// (source id, paragraph) of every citation seen, for the coverage rule.
    cited: HashSet<(String, u16)>,
    /// Every citation seen, with where it is written, for the quoted-share rule.
    quotes: Vec<Quote>,
    /// What the quotes cover of each report, measured once they have all been seen.
    shares: Vec<QuotedShare>,
}

/// Where the entry being checked lives, threaded through the checks so messages can name it.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'a str,
    entry: &'a str,
}

impl<'a> Validator<'a> {
    fn new(data: &'a Dataset, texts: &'a SourceTexts, shown_as: &'a str) -> Validator<'a> {
        Validator {
            data,
            texts,
            shown_as,
            errors: Vec::new(),
            cited: HashSet::new(),
            quotes: Vec::new(),
            shares: Vec::new(),
        }
    }

    fn fail(&mut self, at: At, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: format!("{}/{}", self.shown_as, at.file),
            entry: at.entry.to_string(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn run(&mut self) {
        let d = self.data;
        self.meta();
        self.unique_ids("sources.toml", "sources", d.sources.iter().map(|s| &*s.id));
        self.unique_ids("actors.toml", "actors", d.actors.iter().map(|a| &*a.id));
        self.unique_ids("actors.toml", "parties", d.parties.iter().map(|p| &*p.id));
        self.unique_ids("timeline.toml", "periods", d.periods.iter().map(|p| &*p.id));
        self.unique_ids("timeline.toml", "events", d.events.iter().map(|e| &*e.id));
        self.unique_ids("issues.toml", "issues", d.issues.iter().map(|i| &*i.id));
        self.unique_ids("foundation.toml", "nodes", d.foundation.nodes.iter().map(|n| &*n.id));
        self.unique_ids(
            "foundation.toml",
            "variants",
            d.foundation.variants.iter().map(|v| &*v.id),
        );
        self.unique_ids("gaps.toml", "gaps", d.gaps.iter().map(|g| &*g.id));
        self.unique_ids("glossary.toml", "glossary", d.glossary.iter().map(|t| &*t.id));
        self.unique_ids("records.toml", "records", d.records.iter().map(|r| &*r.id));
        self.sources();
        self.actors();
        self.timeline();
        self.issues();
        self.foundation();
        self.gaps();
        self.glossary();
        self.records();
        // What any text may hold (lengths, invisible characters), field by field: texts.rs.
        self.errors.extend(texts::check(self.data, self.shown_as));
        // Dated publications of the whole, newest first, and the log's corrections in them.
        self.errors.extend(editions::check(self.data, self.shown_as));
        self.coverage();
        self.quoted_share();
    }

    fn unique_ids<'i>(&mut self, file: &str, collection: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let at = At { file, entry: id };
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.fail(
                    at,
                    "id",
                    format!("ids in {collection} are lowercase ASCII letters, digits and hyphens, and not empty"),
                );
            }
            if !seen.insert(id) {
                self.fail(
                    at,
                    "id",
                    format!("duplicate id: another entry in {collection} already uses \"{id}\""),
                );
            }
        }
    }

    /// Text must say something and must not hold control characters (they separate the
    /// entries of the translation tables, and a reader cannot see them anyway).
    fn words(&mut self, at: At, field: &str, t: &str) {
        if t.trim().is_empty() {
            self.fail(at, field, "empty text");
        } else if t.chars().any(|c| c.is_control() && c != '\n') {
            self.fail(at, field, "text holds a control character");
        }
    }

    fn text(&mut self, at: At, field: &str, text: &Text) {
        let langs = [
            ("en", Some(&text.en)),
            ("ja", text.ja.as_ref()),
            ("ko", text.ko.as_ref()),
        ];
        for (lang, t) in langs {
            if let Some(t) = t {
                self.words(at, &format!("{field}.{lang}"), t);
            }
        }
        let original_present = match text.original {
            Lang::En => true,
            Lang::Ja => text.ja.is_some(),
            Lang::Ko => text.ko.is_some(),
        };
        if !original_present {
            self.fail(at, format!("{field}.original"), "the original language has no text");
        }
    }

    fn citations(&mut self, at: At, field: &str, citations: &[Citation], required: bool) {
        let list = if field.is_empty() {
            "citations".to_string()
        } else {
            format!("{field}.citations")
        };
        if required && citations.is_empty() {
            self.fail(at, &list, "a statement needs at least one citation");
        }
        for (i, c) in citations.iter().enumerate() {
            let f = format!("{list}[{i}]");
            let Some(paragraphs) = self.texts.get(&*c.source) else {
                self.fail(at, format!("{f}.source"), format!("unknown source id \"{}\"", c.source));
                continue;
            };
            let n = paragraphs.len();
            let Some(paragraph) = paragraph(paragraphs, c.paragraph) else {
                self.fail(
                    at,
                    format!("{f}.paragraph"),
                    format!("source \"{}\" has paragraphs 1–{n}, not {}", c.source, c.paragraph),
                );
                continue;
            };
            self.cited.insert((c.source.to_string(), c.paragraph));
            self.quotes.push(Quote {
                at: format!("{}/{} \"{}\" {f}", self.shown_as, at.file, at.entry),
                source: c.source.to_string(),
                paragraph: c.paragraph,
                quote: c.quote.to_string(),
            });
            for (lang, t) in [("ja", &c.ja), ("ko", &c.ko)] {
                if let Some(t) = t {
                    self.words(at, &format!("{f}.{lang}"), t);
                }
            }
            if c.quote.trim().is_empty() {
                self.fail(at, format!("{f}.quote"), "empty quote");
            } else if !quote_is_verbatim(&c.quote, paragraph) {
                self.fail(
                    at,
                    format!("{f}.quote"),
                    format!(
                        "quote not found verbatim in source \"{}\" paragraph {}: \"{}\"",
                        c.source, c.paragraph, c.quote
                    ),
                );
            } else if word_count(&c.quote) > MAX_QUOTE_WORDS {
                self.fail(
                    at,
                    format!("{f}.quote"),
                    format!(
                        "quote has {} words; cite at most {MAX_QUOTE_WORDS}",
                        word_count(&c.quote)
                    ),
                );
            }
        }
    }

    /// A statement rests on the reports (citations), on a stated basis, or on both: a text
    /// the reports do not back must say what it rests on.
    fn statement(&mut self, at: At, field: &str, s: &Statement) {
        self.text(at, &format!("{field}.text"), &s.text);
        if s.citations.is_empty() && s.basis.is_none() {
            self.fail(
                at,
                format!("{field}.citations"),
                "a statement needs at least one citation, or a `basis` (an editors' note or a public record) when the reports do not back it",
            );
        }
        self.citations(at, field, &s.citations, false);
        if let Some(b) = &s.basis {
            self.basis(at, &format!("{field}.basis"), b);
        }
    }

    /// An editors' note says what it rests on; a public record names the records, each an
    /// entry of `records.toml`, so that every record reads the same way wherever it is used.
    fn basis(&mut self, at: At, field: &str, b: &TextBasis) {
        match (b.kind, &b.record, b.records.is_empty()) {
            (BasisKind::EditorsNote, Some(record), true) => self.text(at, &format!("{field}.record"), record),
            (BasisKind::EditorsNote, None, _) => self.fail(at, format!("{field}.record"), "an editors' note says what it rests on in `record`"),
            (BasisKind::EditorsNote, Some(_), false) => self.fail(
                at,
                format!("{field}.records"),
                "an editors' note names no records; a text that rests on a record has kind = \"public_record\"",
            ),
            (BasisKind::PublicRecord, Some(_), _) => self.fail(
                at,
                format!("{field}.record"),
                "a public record is named in `records`, by its entry in records.toml (who issued or reported it, its title, its date), not described in `record`",
            ),
            (BasisKind::PublicRecord, None, true) => {
                self.fail(at, format!("{field}.records"), "a public record basis names at least one record of records.toml")
            }
            (BasisKind::PublicRecord, None, false) => {}
        }
        let data = self.data;
        for (i, r) in b.records.iter().enumerate() {
            let f = format!("{field}.records[{i}]");
            self.reference(at, &format!("{f}.id"), &r.id, "record", data.record(&r.id).is_some());
            if let Some(note) = &r.note {
                self.text(at, &format!("{f}.note"), note);
            }
        }
    }

    /// Every record says who issued or reported it and its date (the parser already refuses
    /// a record without `by` or `date`), its title as published, what that title means in
    /// English (the one language every text has; the other translations are checked with the
    /// rest, see `crate::i18n`), and the day it bears.
    fn records(&mut self) {
        for r in self.data.records.iter() {
            let at = At {
                file: "records.toml",
                entry: &r.id,
            };
            self.text(at, "by", &r.by);
            self.words(at, "title", &r.title);
            for lang in Lang::ALL {
                let field = format!("title_translated.{}", lang.tag());
                match (lang == r.title_lang, r.title_translated.in_lang(lang)) {
                    (true, Some(_)) => self.fail(
                        at,
                        field,
                        format!(
                            "the title is published in {}; it needs no translation into it",
                            lang.tag()
                        ),
                    ),
                    (false, None) if lang == Lang::En => self.fail(
                        at,
                        field,
                        format!("the title is in {}: say what it means in English", r.title_lang.tag()),
                    ),
                    (false, Some(t)) => self.words(at, &field, t),
                    _ => {}
                }
            }
            if r.date.precision() != Precision::Day {
                self.fail(
                    at,
                    "date",
                    "a record's date is the day it was issued or published: YYYY-MM-DD",
                );
            }
            if let Some(c) = &r.carried_by {
                self.text(at, "carried_by", c);
            }
        }
    }

    /// A finding either says something, with citations, or says explicitly that the
    /// sources are silent — never both, never neither.
    fn finding(&mut self, at: At, field: &str, text: Option<&Text>, citations: &[Citation], silent: bool) {
        match (silent, text) {
            (true, None) if citations.is_empty() => {}
            (true, _) => self.fail(at, field, "sources_do_not_say = true cannot have text or citations"),
            (false, None) => self.fail(at, format!("{field}.text"), "needs text, or sources_do_not_say = true"),
            (false, Some(t)) => {
                self.text(at, &format!("{field}.text"), t);
                self.citations(at, field, citations, true);
            }
        }
    }

    fn reference(&mut self, at: At, field: &str, id: &str, what: &str, exists: bool) {
        if !exists {
            self.fail(at, field, format!("unknown {what} id \"{id}\""));
        }
    }

    fn meta(&mut self) {
        let m = &self.data.meta;
        let at = At {
            file: "meta.toml",
            entry: "meta",
        };
        self.text(at, "title", &m.title);
        if m.summary.is_empty() {
            self.fail(at, "summary", "the overview needs at least one sentence");
        }
        for (i, s) in m.summary.iter().enumerate() {
            self.statement(at, &format!("summary[{i}]"), s);
        }
        self.citations(at, "as_of", &m.as_of_citations, true);
        if m.as_of.precision() != Precision::Day {
            self.fail(at, "as_of", "the \"as of\" date must be a full date, YYYY-MM-DD");
        }
        for (i, t) in m.method.iter().enumerate() {
            self.text(at, &format!("method[{i}]"), t);
        }
        self.text(at, "licence", &m.licence);
        self.text(at, "source_terms", &m.source_terms);
        for (i, c) in m.corrections.iter().enumerate() {
            self.text(at, &format!("corrections[{i}].text"), &c.text);
        }
        for (i, e) in self.data.editions.iter().enumerate() {
            let date = e.date.iso();
            let at = At {
                file: "editions.toml",
                entry: &date,
            };
            self.text(at, &format!("editions[{i}].note"), &e.note);
        }
    }

    fn sources(&mut self) {
        for s in self.data.sources.iter() {
            let at = At {
                file: "sources.toml",
                entry: &s.id,
            };
            self.text(at, "title", &s.title);
            self.text(at, "short", &s.short);
            self.text(at, "covers", &s.covers);
            self.text(at, "dates", &s.dates);
            if let Some(b) = &s.dates_basis {
                self.basis(at, "dates_basis", b);
            }
            self.citations(at, "", &s.citations, false);
            let n = self.texts.get(&*s.id).map_or(0, Vec::len);
            for (i, u) in s.unused.iter().enumerate() {
                if u.paragraph == 0 || u.paragraph as usize > n {
                    self.fail(
                        at,
                        format!("unused[{i}].paragraph"),
                        format!("the report has paragraphs 1–{n}, not {}", u.paragraph),
                    );
                }
                self.text(at, &format!("unused[{i}].reason"), &u.reason);
            }
        }
    }

    fn actors(&mut self) {
        let d = self.data;
        for a in d.actors.iter() {
            let at = At {
                file: "actors.toml",
                entry: &a.id,
            };
            self.text(at, "name", &a.name);
            if let Some(b) = &a.name_basis {
                self.basis(at, "name_basis", b);
            }
            if let Some(t) = &a.title {
                self.text(at, "title", t);
            }
            if let Some(p) = &a.part_of {
                self.reference(at, "part_of", p, "actor", d.actor(p).is_some());
            }
            self.citations(at, "", &a.citations, true);
        }
        for p in d.parties.iter() {
            let at = At {
                file: "actors.toml",
                entry: &p.id,
            };
            self.text(at, "name", &p.name);
            self.text(at, "short", &p.short);
            if p.actors.is_empty() {
                self.fail(at, "actors", "a party stands for at least one actor");
            }
            for (i, a) in p.actors.iter().enumerate() {
                self.reference(at, &format!("actors[{i}]"), a, "actor", d.actor(a).is_some());
            }
        }
    }

    fn date(&mut self, at: At, d: &EventDate) {
        let as_of = self.data.meta.as_of;
        match (d.precision, d.to) {
            (Precision::Range, None) => self.fail(at, "date.to", "a range needs an end date `to`"),
            (Precision::Range, Some(to)) if to <= d.from => self.fail(
                at,
                "date.to",
                format!(
                    "the range ends ({}) before or when it starts ({})",
                    to.iso(),
                    d.from.iso()
                ),
            ),
            (Precision::Range, Some(_)) => {}
            (_, Some(_)) => self.fail(at, "date.to", "only a date with precision \"range\" has an end date"),
            (p, None) if p != d.from.precision() => self.fail(
                at,
                "date.from",
                format!(
                    "precision is \"{:?}\" but the date \"{}\" is {:?}-precise",
                    p,
                    d.from.iso(),
                    d.from.precision()
                )
                .to_lowercase(),
            ),
            (_, None) => {}
        }
        if d.to.unwrap_or(d.from) > as_of {
            self.fail(
                at,
                "date",
                format!("the date is after the explainer's \"as of\" date {}", as_of.iso()),
            );
        }
        match (d.basis, &d.how) {
            (Basis::Inferred, None) => self.fail(at, "date.how", "an inferred date must say how it was inferred"),
            (_, Some(how)) => self.text(at, "date.how", how),
            _ => {}
        }
        match (d.basis, &d.how_basis) {
            (Basis::Stated, Some(_)) => self.fail(
                at,
                "date.how_basis",
                "a date the report states rests on the report; only an inferred date names another record",
            ),
            (_, Some(b)) => self.basis(at, "date.how_basis", b),
            _ => {}
        }
    }

    fn timeline(&mut self) {
        let d = self.data;
        for p in d.periods.iter() {
            self.text(
                At {
                    file: "timeline.toml",
                    entry: &p.id,
                },
                "name",
                &p.name,
            );
        }
        for e in d.events.iter() {
            let at = At {
                file: "timeline.toml",
                entry: &e.id,
            };
            self.reference(
                at,
                "period",
                &e.period,
                "period",
                d.periods.iter().any(|p| p.id == e.period),
            );
            self.date(at, &e.date);
            self.text(at, "title", &e.title);
            self.statement(at, "summary", &e.summary);
            for (i, a) in e.actors.iter().enumerate() {
                self.reference(at, &format!("actors[{i}]"), a, "actor", d.actor(a).is_some());
            }
        }
    }

    /// Every party has exactly one position: an issue that skips a party would hide a side.
    fn positions(&mut self, at: At, field: &str, positions: &[Position]) {
        let d = self.data;
        for (i, p) in positions.iter().enumerate() {
            let f = format!("{field}[{i}]");
            self.reference(
                at,
                &format!("{f}.party"),
                &p.party,
                "party",
                d.party(&p.party).is_some(),
            );
            self.finding(at, &f, p.text.as_ref(), &p.citations, p.sources_do_not_say);
        }
        for party in d.parties.iter() {
            match positions.iter().filter(|p| p.party == party.id).count() {
                1 => {}
                0 => self.fail(at, field, format!("missing the position of party \"{}\" (write sources_do_not_say = true if the reports are silent)", party.id)),
                n => self.fail(at, field, format!("party \"{}\" has {n} positions; give exactly one", party.id)),
            }
        }
    }

    fn issues(&mut self) {
        for issue in self.data.issues.iter() {
            let at = At {
                file: "issues.toml",
                entry: &issue.id,
            };
            self.text(at, "title", &issue.title);
            self.text(at, "question", &issue.question);
            for (i, s) in issue.background.iter().enumerate() {
                self.statement(at, &format!("background[{i}]"), s);
            }
            self.positions(at, "positions", &issue.positions);
        }
    }

    fn foundation(&mut self) {
        let d = self.data;
        let f = &d.foundation;
        let at = At {
            file: "foundation.toml",
            entry: "foundation",
        };
        for (i, s) in f.summary.iter().enumerate() {
            self.statement(at, &format!("summary[{i}]"), s);
        }
        for n in f.nodes.iter() {
            let at = At {
                file: "foundation.toml",
                entry: &n.id,
            };
            self.text(at, "label", &n.label);
            self.statement(at, "about", &n.about);
            if n.column > 2 || n.row > 2 {
                self.fail(at, "column", "boxes sit in columns 0–2 and rows 0–2");
            }
            if f.nodes
                .iter()
                .any(|o| o.id != n.id && o.column == n.column && o.row == n.row)
            {
                self.fail(at, "row", "another box already sits in this column and row");
            }
        }
        if f.variants.is_empty() {
            self.fail(at, "variants", "the diagram needs at least one variant");
        }
        for v in f.variants.iter() {
            let at = At {
                file: "foundation.toml",
                entry: &v.id,
            };
            self.text(at, "name", &v.name);
            self.reference(at, "held_by", &v.held_by, "party", d.party(&v.held_by).is_some());
            self.statement(at, "summary", &v.summary);
            if v.flows.is_empty() {
                self.fail(at, "flows", "a variant needs at least one arrow");
            }
            for (i, fl) in v.flows.iter().enumerate() {
                let field = format!("flows[{i}]");
                self.reference(
                    at,
                    &format!("{field}.from"),
                    &fl.from,
                    "node",
                    d.node(&fl.from).is_some(),
                );
                self.reference(at, &format!("{field}.to"), &fl.to, "node", d.node(&fl.to).is_some());
                if fl.from == fl.to {
                    self.fail(at, format!("{field}.to"), "an arrow must join two different boxes");
                }
                self.text(at, &format!("{field}.label"), &fl.label);
                self.citations(at, &field, &fl.citations, true);
            }
        }
    }

    fn gaps(&mut self) {
        let d = self.data;
        for g in d.gaps.iter() {
            let at = At {
                file: "gaps.toml",
                entry: &g.id,
            };
            self.text(at, "title", &g.title);
            self.reference(at, "issue", &g.issue, "issue", d.issue(&g.issue).is_some());
            self.positions(at, "stances", &g.stances);
            let c = &g.closes_if;
            self.finding(at, "closes_if", c.text.as_ref(), &c.citations, c.sources_do_not_say);
            self.statement(at, "status", &g.status);
        }
    }

    fn glossary(&mut self) {
        let d = self.data;
        for t in d.glossary.iter() {
            let at = At {
                file: "glossary.toml",
                entry: &t.id,
            };
            self.text(at, "term", &t.term);
            self.statement(at, "definition", &t.definition);
            if t.contested && t.usage.len() < 2 {
                self.fail(
                    at,
                    "usage",
                    "a contested term shows at least two usages, one per wording",
                );
            }
            for (i, w) in t.wordings.iter().enumerate() {
                let f = format!("wordings[{i}]");
                self.text(at, &format!("{f}.by"), &w.by);
                self.words(at, &format!("{f}.words"), &w.words);
                self.text(at, &format!("{f}.implies"), &w.implies);
                self.basis(at, &format!("{f}.basis"), &w.basis);
            }
            for (i, u) in t.usage.iter().enumerate() {
                let f = format!("usage[{i}]");
                self.reference(
                    at,
                    &format!("{f}.by"),
                    &u.by,
                    "actor, party or source",
                    d.name_of(&u.by).is_some(),
                );
                self.text(at, &format!("{f}.words"), &u.words);
                self.statement(at, &format!("{f}.note"), &u.note);
            }
        }
    }

    /// Every paragraph of every report is cited somewhere or excused with a reason, so
    /// nothing a report says is silently left out of the explainer.
    fn coverage(&mut self) {
        for s in self.data.sources.iter() {
            let Some(paragraphs) = self.texts.get(&*s.id) else {
                continue;
            };
            for n in 1..=paragraphs.len() as u16 {
                let cited = self.cited.contains(&(s.id.to_string(), n));
                let excused = s.unused.iter().any(|u| u.paragraph == n);
                let at = At {
                    file: "sources.toml",
                    entry: &s.id,
                };
                if !cited && !excused {
                    self.fail(
                        at,
                        "unused",
                        format!("paragraph {n} is neither cited nor listed as unused with a reason"),
                    );
                } else if cited && excused {
                    self.fail(
                        at,
                        "unused",
                        format!("paragraph {n} is cited, so it cannot also be listed as unused"),
                    );
                }
            }
        }
    }

    /// The quotes together must not reproduce a report: at most [`MAX_QUOTED_SHARE`] percent
    /// of its words may be covered by any quote. Runs last, once every quote has been seen.
    fn quoted_share(&mut self) {
        let shares = share::measure(self.texts, self.data.sources.iter().map(|s| &*s.id), &self.quotes);
        for s in shares.iter().filter(|s| s.too_high()) {
            let longest: Vec<String> = s.longest.iter().map(|(at, n)| format!("{at} ({n} words)")).collect();
            let message = format!(
                "the quotes together cover {:.1} % of the report's words ({} of {}); at most {MAX_QUOTED_SHARE} % may be quoted. Quote only the words each statement needs; the longest quotes are: {}",
                s.percent(),
                s.quoted,
                s.words,
                longest.join("; "),
            );
            self.fail(
                At {
                    file: "sources.toml",
                    entry: &s.source,
                },
                "file",
                message,
            );
        }
        self.shares = shares;
    }
}
