//! Languages other than English travel beside the app, not inside it.
//!
//! The wasm carries the dataset in English only. Each other language is a table of
//! (English text → translation) pairs, written at build time to `data/i18n/<lang>.txt` and
//! fetched when a reader picks that language, so a reader pays only for the language they
//! read. Quotes are keyed by the English quote; their translations are the editors'.

use crate::model::Lang;

/// Separates one pair from the next. Neither separator can occur in the data (validation
/// refuses control characters), so no escaping is needed.
pub const RECORD: char = '\u{1e}';
/// Separates the English text from its translation within a pair.
pub const UNIT: char = '\u{1f}';

/// Starts the key of an interface string (the app's labels), so it can never collide with a
/// text of the dataset that happens to have the same English (data texts cannot hold
/// control characters).
pub const UI: char = '\u{2}';

/// The path of a language's table inside the built site.
pub fn table_path(lang: Lang) -> String {
    format!("data/i18n/{}.txt", lang.tag())
}

/// Reads a table written by [`write_table`] back into pairs.
pub fn parse_table(table: &str) -> impl Iterator<Item = (&str, &str)> {
    table.split(RECORD).filter_map(|pair| pair.split_once(UNIT))
}

/// Writes pairs as a table.
pub fn write_table<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (en, tr) in pairs {
        if !out.is_empty() {
            out.push(RECORD);
        }
        out.push_str(en);
        out.push(UNIT);
        out.push_str(tr);
    }
    out
}

#[cfg(feature = "load")]
pub use build::*;

#[cfg(feature = "load")]
mod build {
    use std::collections::BTreeMap;

    use serde_json::Value;

    use crate::model::{Dataset, Lang};

    /// Every translatable string of the dataset, found generically in its JSON form so no
    /// field can be forgotten: a `Text` is an object with `en` and `original`; a citation is
    /// an object with `quote`. Calls `f(path, english, object)` for each.
    fn walk(value: &Value, path: &mut String, f: &mut dyn FnMut(&str, &str, &serde_json::Map<String, Value>)) {
        match value {
            Value::Object(map) => {
                let english = if map.contains_key("original") { map.get("en") } else { map.get("quote") };
                if let Some(Value::String(en)) = english {
                    f(path, en, map);
                }
                for (k, v) in map {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    walk(v, path, f);
                    path.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(v, path, f);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn json(data: &Dataset) -> Value {
        serde_json::to_value(data).expect("plain data serialises")
    }

    /// The (English → `lang`) pairs of the dataset, sorted and without repeats.
    pub fn translations(data: &Dataset, lang: Lang) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        walk(&json(data), &mut String::new(), &mut |_, en, map| {
            if let Some(Value::String(tr)) = map.get(lang.tag()) {
                out.insert(en.to_string(), tr.clone());
            }
        });
        out
    }

    /// Every English text and quote of the dataset, without repeats.
    pub fn english(data: &Dataset) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        walk(&json(data), &mut String::new(), &mut |_, en, _| {
            out.insert(en.to_string());
        });
        out
    }

    /// Where a language is missing: one `path (lang)` line per gap, for the completeness test.
    pub fn missing(data: &Dataset) -> Vec<String> {
        let mut out = Vec::new();
        walk(&json(data), &mut String::new(), &mut |path, _, map| {
            for lang in [Lang::Ja, Lang::Ko] {
                if !matches!(map.get(lang.tag()), Some(Value::String(_))) {
                    out.push(format!("{path} ({})", lang.tag()));
                }
            }
        });
        out
    }

    /// The dataset with every translation removed but the names of actors: what is baked
    /// into the wasm. Names stay in every language because Who's who shows all their forms.
    pub fn english_only(data: &Dataset) -> Dataset {
        fn strip(value: &mut Value) {
            match value {
                Value::Object(map) => {
                    if map.contains_key("original") || map.contains_key("quote") {
                        map.insert("ja".into(), Value::Null);
                        map.insert("ko".into(), Value::Null);
                    }
                    map.values_mut().for_each(strip);
                }
                Value::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut value = json(data);
        strip(&mut value);
        let mut out: Dataset = serde_json::from_value(value).expect("stripping translations keeps the shape");
        for (a, original) in out.actors.to_mut().iter_mut().zip(data.actors.iter()) {
            a.name = original.name.clone();
        }
        out
    }

    /// The table of `lang` for the built site (see [`super::write_table`]): the dataset's
    /// texts, and the interface strings as (English, translation) pairs, keyed with [`UI`].
    /// Fails if one English interface string is given two different translations.
    pub fn table(data: &Dataset, lang: Lang, ui: &[(&str, &str)]) -> Result<String, String> {
        let mut pairs = translations(data, lang);
        for (en, tr) in ui.iter().filter(|(en, _)| !en.is_empty()) {
            let key = format!("{}{en}", super::UI);
            match pairs.get(&key) {
                Some(other) if other != tr => {
                    return Err(format!("the interface string {en:?} has two {} translations: {other:?} and {tr:?}", lang.tag()))
                }
                _ => {
                    pairs.insert(key, tr.to_string());
                }
            }
        }
        Ok(super::write_table(pairs.iter().map(|(en, tr)| (en.as_str(), tr.as_str()))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_round_trip() {
        let table = write_table([("Seoul", "ソウル"), ("a \"quote\"\nover lines", "引用")]);
        let pairs: Vec<_> = parse_table(&table).collect();
        assert_eq!(pairs, [("Seoul", "ソウル"), ("a \"quote\"\nover lines", "引用")]);
        assert_eq!(parse_table("").count(), 0);
    }
}
