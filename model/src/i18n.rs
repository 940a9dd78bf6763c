//! Languages: every text of the dataset exists in English, Japanese and Korean, side by side
//! in the data files, and each language's page is pre-rendered with its own. This module
//! finds every translatable text generically, for the completeness test.

#[cfg(feature = "load")]
pub use build::*;

#[cfg(feature = "load")]
mod build {
    use serde_json::Value;

    use crate::model::{Dataset, Lang};

    /// Every translatable string of the dataset, found generically in its JSON form so no
    /// field can be forgotten: a `Text` is an object with `en` and `original`; a citation is
    /// an object with `quote`. Calls `f(path, object)` for each.
    fn walk(value: &Value, path: &mut String, f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>)) {
        match value {
            Value::Object(map) => {
                if map.contains_key("original") || map.contains_key("quote") {
                    f(path, map);
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

    /// Where a language is missing: one `path (lang)` line per gap, for the completeness test.
    pub fn missing(data: &Dataset) -> Vec<String> {
        let mut out = Vec::new();
        let json = serde_json::to_value(data).expect("plain data serialises");
        walk(&json, &mut String::new(), &mut |path, map| {
            for lang in [Lang::Ja, Lang::Ko] {
                if !matches!(map.get(lang.tag()), Some(Value::String(_))) {
                    out.push(format!("{path} ({})", lang.tag()));
                }
            }
        });
        // A record's title is published in one language; it needs its meaning in the others.
        for (i, r) in data.records.iter().enumerate() {
            for lang in [Lang::Ja, Lang::Ko] {
                if lang != r.title_lang && r.title_translated.in_lang(lang).is_none() {
                    out.push(format!("records[{i}].title_translated ({})", lang.tag()));
                }
            }
        }
        out
    }
}
