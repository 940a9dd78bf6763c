//! Every interface word the reader sees: the struct below lists them, and `en.rs`,
//! `ja.rs` and `ko.rs` give them in each language. A missing field is a compile error, so
//! no language can lack a string. The dispute's own texts are in `data/`.

use dispute_model::Lang;

mod en;
mod ja;
mod ko;

/// Each language's name in that language, for the switcher.
pub const LANGUAGE_NAMES: [(Lang, &str); 3] = [(Lang::En, "English"), (Lang::Ja, "日本語"), (Lang::Ko, "한국어")];

/// The interface strings of one language.
// Debug lets the native completeness test list every field; unused in the app, so the
// release build drops it.
#[derive(Debug)]
pub struct Strings {
    pub skip_link: &'static str,
    pub kicker: &'static str,
    pub contents: &'static str,
    pub as_of: &'static str,
    pub sections: [&'static str; 8],
    pub section_intros: [&'static str; 8],
    pub show_source: &'static str,
    pub show_sources: &'static str,
    pub hide_source: &'static str,
    pub paragraph: &'static str,
    pub quote_from: &'static str,
    pub date_inferred: &'static str,
    pub date_stated: &'static str,
    pub how_inferred: &'static str,
    pub involved: &'static str,
    pub link_to_this: &'static str,
    pub filter_label: &'static str,
    pub filter_all: &'static str,
    pub showing_events: &'static str,
    pub of: &'static str,
    pub no_events: &'static str,
    pub view_label: &'static str,
    pub by_issue: &'static str,
    pub by_party: &'static str,
    pub sources_silent: &'static str,
    pub background: &'static str,
    pub variant_label: &'static str,
    pub held_by: &'static str,
    pub diagram_label: &'static str,
    pub arrows_heading: &'static str,
    pub boxes_heading: &'static str,
    pub new_here: &'static str,
    pub same_as_seoul: &'static str,
    pub not_in_this: &'static str,
    pub dropped_here: &'static str,
    pub new_short: &'static str,
    pub dropped_short: &'static str,
    pub compared_with: &'static str,
    pub kind_money: &'static str,
    pub kind_apology: &'static str,
    pub kind_demand: &'static str,
    pub stances: &'static str,
    pub closes_if: &'static str,
    pub status: &'static str,
    pub related_issue: &'static str,
    pub part_of: &'static str,
    pub usage_heading: &'static str,
    pub contested: &'static str,
    pub covers: &'static str,
    pub dates: &'static str,
    pub unused: &'static str,
    pub method: &'static str,
    pub corrections: &'static str,
    pub no_corrections: &'static str,
    pub dataset_link: &'static str,
    pub unknown_place: &'static str,
    pub unknown_setting: &'static str,
    pub back_to_top: &'static str,
    pub countries: [&'static str; 3],
    pub footer: &'static str,
    /// Label of the language switcher.
    pub language: &'static str,
    /// Shown while a language's texts are being fetched.
    pub loading: &'static str,
    /// Shown when a language's texts could not be fetched (offline, say).
    pub load_failed: &'static str,
    /// Marks the editors' translation shown beside an English quotation.
    pub editors_translation: &'static str,
    /// Says, on a translated page, that the texts are the editors' translations and the
    /// quotations stay in the reports' English.
    pub translated_page: &'static str,
    /// Introduces a name's forms in the other languages (Who's who).
    pub other_forms: &'static str,
    /// Heading of a glossary term's wordings in each side's own language.
    pub wordings_heading: &'static str,
    /// Says where those wordings come from.
    pub wordings_note: &'static str,
    /// Link from a text to the glossary entry of a contested term it uses.
    pub see_glossary: &'static str,
}

/// The strings for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::EN,
        Lang::Ja => &ja::JA,
        Lang::Ko => &ko::KO,
    }
}
