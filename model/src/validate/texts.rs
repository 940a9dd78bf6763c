//! What any text of the data may hold, whatever field it is in: no more characters than its
//! kind needs, and no character a reader cannot see that changes what they read.
//!
//! The checks walk the dataset generically (in its JSON form, as `i18n` does), so every
//! string is covered, including fields added later, and each problem is located the way the
//! other rules locate theirs: the file, the entry's id (the outermost entry on the path that
//! has one) and the field inside it.

use serde_json::Value;

use crate::error::DataError;
use crate::model::Dataset;

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
const FILES: [(&str, &str); 10] = [
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
    let Value::Object(collections) = serde_json::to_value(data).expect("plain data serialises") else {
        return errors;
    };
    for (key, value) in &collections {
        let file = FILES
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| format!("{key}.toml"), |(_, f)| f.to_string());
        let mut at = Place {
            file: format!("{shown_as}/{file}"),
            entry: None,
            path: Vec::new(),
        };
        match value {
            // A collection of entries, each named by its id.
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.path.push(Step::Index(i));
                    walk(item, &mut at, &mut errors);
                    at.path.pop();
                }
            }
            // A single table (`meta`, `foundation`), named by its key until an entry inside
            // has an id.
            _ => {
                at.path.push(Step::Key(key.clone()));
                walk(value, &mut at, &mut errors);
            }
        }
    }
    errors
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Where the walk is: the file, the entry found so far (its id, and the length of the path
/// up to it) and the path from the top of the file.
struct Place {
    file: String,
    entry: Option<(String, usize)>,
    path: Vec<Step>,
}

impl Place {
    fn fail(&self, message: String, errors: &mut Vec<DataError>) {
        let (entry, from) = match &self.entry {
            Some((id, len)) => (id.clone(), *len),
            None => match self.path.first() {
                Some(Step::Key(k)) => (k.clone(), 1),
                _ => ("(file)".into(), 0),
            },
        };
        let mut field = String::new();
        for step in &self.path[from..] {
            match step {
                Step::Key(k) => {
                    if !field.is_empty() {
                        field.push('.');
                    }
                    field.push_str(k);
                }
                Step::Index(i) => field.push_str(&format!("[{i}]")),
            }
        }
        errors.push(DataError {
            file: self.file.clone(),
            entry,
            field,
            message,
        });
    }

    /// The kind of text at the current path: decided by the nearest field name that decides
    /// one (`title.en` is a title, `corrections[0].text.en` a note), else a statement.
    fn kind(&self) -> Kind {
        self.path
            .iter()
            .rev()
            .find_map(|s| if let Step::Key(k) = s { Kind::of_field(k) } else { None })
            .unwrap_or(Kind::Statement)
    }
}

fn walk(value: &Value, at: &mut Place, errors: &mut Vec<DataError>) {
    match value {
        Value::String(text) => check_text(text, at, errors),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.path.push(Step::Index(i));
                walk(item, at, errors);
                at.path.pop();
            }
        }
        Value::Object(map) => {
            // The outermost entry with an id names the entry, as in every other message.
            let named = at.entry.is_none() && matches!(at.path.last(), Some(Step::Index(_)));
            if let (true, Some(Value::String(id))) = (named, map.get("id")) {
                at.entry = Some((id.clone(), at.path.len()));
            }
            for (key, item) in map {
                at.path.push(Step::Key(key.clone()));
                walk(item, at, errors);
                at.path.pop();
            }
            if named && at.entry.as_ref().is_some_and(|(_, len)| *len == at.path.len()) {
                at.entry = None;
            }
        }
        _ => {}
    }
}

fn check_text(text: &str, at: &Place, errors: &mut Vec<DataError>) {
    let kind = at.kind();
    let chars = text.chars().count();
    if chars > kind.max_chars() {
        at.fail(
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
        at.fail(
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
        let place = |keys: &[&str]| Place {
            file: String::new(),
            entry: None,
            path: keys.iter().map(|k| Step::Key(k.to_string())).collect(),
        };
        assert_eq!(place(&["title", "en"]).kind(), Kind::Title);
        assert_eq!(place(&["summary", "text", "en"]).kind(), Kind::Statement);
        assert_eq!(place(&["meta", "corrections", "text", "en"]).kind(), Kind::Note);
        assert_eq!(place(&["dates_basis", "record", "ja"]).kind(), Kind::Note);
        assert_eq!(place(&["date", "how", "en"]).kind(), Kind::Statement);
    }
}
