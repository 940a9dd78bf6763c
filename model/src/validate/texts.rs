//! What any text of the data may hold, whatever field it is in: no more characters than its
//! kind needs, and no character a reader cannot see that changes what they read.
//!
//! The checks walk the dataset generically (in its JSON form, with `walk`, as `i18n` does),
//! so every string is covered, including fields added later, and each problem is located the
//! way the other rules locate theirs: the file, the entry's id (the outermost entry on the
//! path that has one) and the field inside it.

use serde_json::Value;

use crate::error::DataError;
use crate::model::Dataset;
use crate::walk::{self, Node, Step};

/// The kinds of text, by how long one may be. Each bound is several times the longest text
/// of its kind in the data when they were set (a title 209 characters, a statement 705, a
/// note 886): room for any real edit, while a pasted page, or a megabyte that would swell
/// every page, is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A name, a title, a label or a term: what a heading, a button or a diagram box shows.
    Title,
    /// A sentence or short paragraph the page shows as the explainer's own text: a
    /// statement, a position, a question, how a date was inferred, a quote.
    Statement,
    /// An editors' note: the record a basis names, why a paragraph is left out, the method
    /// note, the terms of reuse, a correction.
    Note,
}

impl Kind {
    /// The most characters (Unicode scalar values) a text of this kind may have.
    pub const fn max_chars(self) -> usize {
        match self {
            Kind::Title => 400,
            Kind::Statement => 2_000,
            Kind::Note => 4_000,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Title => "a title or name",
            Kind::Statement => "a statement",
            Kind::Note => "a note",
        }
    }

    /// The kind of the text at a field of this name, if the name decides it.
    fn of_field(name: &str) -> Option<Kind> {
        match name {
            "title" | "name" | "short" | "label" | "term" | "by" | "words" => Some(Kind::Title),
            "record" | "reason" | "method" | "licence" | "source_terms" | "corrections" => Some(Kind::Note),
            _ => None,
        }
    }
}

/// The data file each top-level collection of the dataset is read from (see `load::FILES`).
const FILES: [(&str, &str); 12] = [
    ("meta", "meta.toml"),
    ("sources", "sources.toml"),
    ("actors", "actors.toml"),
    ("parties", "actors.toml"),
    ("periods", "timeline.toml"),
    ("events", "timeline.toml"),
    ("issues", "issues.toml"),
    ("foundation", "foundation.toml"),
    ("gaps", "gaps.toml"),
    ("glossary", "glossary.toml"),
    ("edition", "editions.toml"),
    ("editions", "editions.toml"),
];

/// Why `c` may not be in a text, if it may not: characters that are invisible on the page
/// but change what a reader sees or copies. Bidirectional controls reorder the text around
/// them (U+202E shows "txet" for "text"), zero-width and other format characters hide inside
/// words (a search or a copied quote then fails to match), and line separators break lines
/// where the text shows none. Control characters proper (C0, C1) are refused by the
/// validation of each text already.
pub fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => {
            "a bidirectional control character, which reorders the text around it"
        }
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' => "a zero-width character",
        '\u{00AD}' => "a soft hyphen",
        '\u{2028}' | '\u{2029}' => "a line or paragraph separator",
        '\u{206A}'..='\u{206F}'
        | '\u{0600}'..='\u{0605}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}' => "an invisible formatting character",
        _ => return None,
    })
}

/// Every problem with the texts of `data`; `shown_as` prefixes file names in messages.
pub fn check(data: &Dataset, shown_as: &str) -> Vec<DataError> {
    let mut errors = Vec::new();
    let json = walk::json(data);
    for node in walk::nodes(&json) {
        if let Value::String(text) = node.value {
            check_text(text, &node, shown_as, &mut errors);
        }
    }
    errors
}

/// The kind of text at a path inside a collection: decided by the nearest field name that
/// decides one (`title.en` is a title, `corrections[0].text.en` a note), else a statement.
fn kind(path: &[Step]) -> Kind {
    path.iter()
        .rev()
        .find_map(|s| if let Step::Key(k) = s { Kind::of_field(k) } else { None })
        .unwrap_or(Kind::Statement)
}

/// An error at `node`: the file of its collection, the entry (or `(file)` for an item
/// without an id) and the field inside it.
fn fail(node: &Node, shown_as: &str, message: String, errors: &mut Vec<DataError>) {
    let key = node.collection();
    let file = FILES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| format!("{key}.toml"), |(_, f)| f.to_string());
    errors.push(DataError {
        file: format!("{shown_as}/{file}"),
        entry: node.named().unwrap_or("(file)").to_string(),
        field: node.field(),
        message,
    });
}

fn check_text(text: &str, node: &Node, shown_as: &str, errors: &mut Vec<DataError>) {
    // From below the collection's key: a collection is not a field (`records` would make
    // every text of a record a note).
    let kind = kind(&node.path[1..]);
    let chars = text.chars().count();
    if chars > kind.max_chars() {
        fail(
            node,
            shown_as,
            format!(
                "text has {chars} characters; {} may have at most {}",
                kind.name(),
                kind.max_chars()
            ),
            errors,
        );
    }
    if let Some((c, what)) = text.chars().find_map(|c| invisible(c).map(|what| (c, what))) {
        let position = text.chars().take_while(|&x| x != c).count() + 1;
        fail(
            node,
            shown_as,
            format!(
                "text holds U+{:04X}, {what} that a reader cannot see (character {position}); remove it",
                c as u32
            ),
            errors,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_stay_well_above_the_longest_texts_of_their_kind() {
        // The longest texts when the bounds were set; the data test checks today's.
        assert!(Kind::Title.max_chars() >= 209 * 3 / 2);
        assert!(Kind::Statement.max_chars() >= 705 * 2);
        assert!(Kind::Note.max_chars() >= 886 * 4);
    }

    #[test]
    fn invisible_characters_are_named_and_visible_ones_pass() {
        assert!(invisible('\u{202E}').unwrap().contains("bidirectional"));
        assert!(invisible('\u{2067}').unwrap().contains("bidirectional"));
        assert!(invisible('\u{200B}').unwrap().contains("zero-width"));
        assert!(invisible('\u{FEFF}').is_some());
        assert!(invisible('\u{E0041}').is_some());
        for c in [
            'a',
            'あ',
            '한',
            '「',
            '—',
            '…',
            ' ',
            '\u{3000}',
            '\u{FE0F}',
            '\u{E0100}',
        ] {
            assert_eq!(invisible(c), None, "{c:?}");
        }
    }

    #[test]
    fn the_kind_comes_from_the_nearest_field_that_names_one() {
        let kind_at = |keys: &[&str]| kind(&keys.iter().map(|k| Step::Key(k)).collect::<Vec<_>>());
        assert_eq!(kind_at(&["title", "en"]), Kind::Title);
        assert_eq!(kind_at(&["summary", "text", "en"]), Kind::Statement);
        assert_eq!(kind_at(&["meta", "corrections", "text", "en"]), Kind::Note);
        assert_eq!(kind_at(&["dates_basis", "record", "ja"]), Kind::Note);
        assert_eq!(kind_at(&["date", "how", "en"]), Kind::Statement);
    }
}
