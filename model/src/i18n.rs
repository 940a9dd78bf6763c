//! Languages: every text of the dataset exists in English, Japanese and Korean, side by side
//! in the data files, and each language's page is pre-rendered with its own. This module
//! finds every translatable text generically, for the completeness test.

#[cfg(feature = "load")]
pub use build::*;

#[cfg(feature = "load")]
mod build {
    use serde_json::Value;

    use crate::model::{Dataset, Lang};
    use crate::walk;

    /// Where a language is missing: one `path (lang)` line per gap, for the completeness test.
    pub fn missing(data: &Dataset) -> Vec<String> {
        let mut out = Vec::new();
        let json = walk::json(data);
        // Every translatable string, found generically so no field can be forgotten: a
        // `Text` is a table with `en` and `original`; a citation is a table with `quote`.
        for node in walk::nodes(&json) {
            let Some(map) = node
                .object()
                .filter(|m| m.contains_key("original") || m.contains_key("quote"))
            else {
                continue;
            };
            for lang in [Lang::Ja, Lang::Ko] {
                if !matches!(map.get(lang.tag()), Some(Value::String(_))) {
                    out.push(format!("{} ({})", node.path_text(), lang.tag()));
                }
            }
        }
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
