//! Every interface word the reader sees: the struct below lists them, and `en.rs`,
//! `ja.rs` and `ko.rs` give them in each language. A missing field is a compile error, so
//! no language can lack a string. The dispute's own texts are in `data/`.
//!
//! Every string of `Strings` is in the wasm (about 2 KB brotli for the three languages):
//! islands speak the page's language with nothing fetched. `ScriptStrings` are the words only
//! a plain script shows (`public/since.js`), never an island: the wasm names none of them, so
//! none of their bytes ship in it. The build writes both into the site as data
//! (`languages.json`), for the plain scripts and the tests that need them.

use model::nav::Section;
use model::Lang;

mod en;
mod ja;
mod ko;

/// Each language's name in that language, for the switcher.
pub const LANGUAGE_NAMES: [(Lang, &str); 3] = [(Lang::En, "English"), (Lang::Ja, "日本語"), (Lang::Ko, "한국어")];

/// One interface string, or a fixed list of them (section names).
pub trait Words {
    /// Calls `f` on each string, in order.
    fn each(&self, f: &mut dyn FnMut(&'static str));
    /// Whether this is a list of strings rather than one.
    fn is_list(&self) -> bool;
}

impl Words for &'static str {
    fn each(&self, f: &mut dyn FnMut(&'static str)) {
        f(self)
    }
    fn is_list(&self) -> bool {
        false
    }
}

impl<const N: usize> Words for [&'static str; N] {
    fn each(&self, f: &mut dyn FnMut(&'static str)) {
        self.iter().for_each(|s| f(s))
    }
    fn is_list(&self) -> bool {
        true
    }
}

/// Declares `Strings` with its fields listed once, and with `each` over all of them, so no
/// field can be left out of the completeness test.
macro_rules! strings {
    ($(#[$what:meta])* $name:ident { $($(#[$doc:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$what])*
        pub struct $name {
            $($(#[$doc])* pub $field: $ty,)*
        }

        impl $name {
            /// Calls `f` on every string, in field order.
            pub fn each(&self, f: &mut dyn FnMut(&'static str)) {
                $(Words::each(&self.$field, f);)*
            }

            /// Calls `f` on every field, by its name, in field order (the pre-renderer writes
            /// them into the site as data for the plain scripts).
            pub fn named(&self, f: &mut dyn FnMut(&'static str, &dyn Words)) {
                $(f(stringify!($field), &self.$field);)*
            }
        }
    };
}

strings! {
    /// The interface strings of one language.
    Strings {
    /// The explainer's name as a site, for link previews and oEmbed (`og:site_name`,
    /// `provider_name`).
    site_name: &'static str,
    /// The page's summary for search engines and link previews (`<meta name="description">`).
    description: &'static str,
    skip_link: &'static str,
    kicker: &'static str,
    contents: &'static str,
    as_of: &'static str,
    /// After the "as of" date, the date of the edition the page is (the day it was
    /// published), `{date}` standing for it: " (edition of 3 December 2026)". The "as of"
    /// date says how far the story goes; this one, which version of the explainer it is.
    edition: &'static str,
    sections: [&'static str; 8],
    section_intros: [&'static str; 8],
    show_source: &'static str,
    show_sources: &'static str,
    paragraph: &'static str,
    /// Beside a quote, its report in short and its paragraph, linked to the report's entry
    /// under Sources & method: `{report}` and `{n}` stand for the two ("Second report, ¶ 1").
    quote_ref: &'static str,
    /// The same as a screen reader should say it, where the mark would be read as a symbol
    /// ("Second report, paragraph 1"); equal to `quote_ref` where nothing differs.
    quote_ref_spoken: &'static str,
    /// Between the items of a list in running text: ", " in English and Korean, "、" in
    /// Japanese.
    list_separator: &'static str,
    /// After a label ("Editors' note: "): ": " in English and Korean, the full-width "："
    /// in Japanese, so every label on a page uses one width of colon.
    colon: &'static str,
    date_inferred: &'static str,
    date_stated: &'static str,
    how_inferred: &'static str,
    involved: &'static str,
    link_to_this: &'static str,
    filter_label: &'static str,
    filter_all: &'static str,
    showing_events: &'static str,
    of: &'static str,
    no_events: &'static str,
    view_label: &'static str,
    by_issue: &'static str,
    by_party: &'static str,
    sources_silent: &'static str,
    background: &'static str,
    variant_label: &'static str,
    held_by: &'static str,
    diagram_label: &'static str,
    /// How an arrow of the text list is read out, where the eye sees "A → B": `{from}` and
    /// `{to}` stand for the two boxes ("A to B", "AからBへ").
    flow_read: &'static str,
    arrows_heading: &'static str,
    boxes_heading: &'static str,
    new_here: &'static str,
    same_as_seoul: &'static str,
    not_in_this: &'static str,
    dropped_here: &'static str,
    new_short: &'static str,
    dropped_short: &'static str,
    kind_money: &'static str,
    kind_apology: &'static str,
    kind_condition: &'static str,
    kind_request: &'static str,
    stances: &'static str,
    closes_if: &'static str,
    status: &'static str,
    related_issue: &'static str,
    part_of: &'static str,
    usage_heading: &'static str,
    contested: &'static str,
    covers: &'static str,
    dates: &'static str,
    unused: &'static str,
    /// The marker of a folded list under Sources & method: `{n}` stands for its length.
    show_all: &'static str,
    method: &'static str,
    /// Heading of the terms of reuse under Sources & method.
    reuse: &'static str,
    corrections: &'static str,
    no_corrections: &'static str,
    dataset_link: &'static str,
    // Cite and follow, under Sources & method (`site::sources`) and in the feeds the
    // pre-renderer writes (`feed.xml`).
    /// Heading of the citation.
    cite_heading: &'static str,
    /// The citation without its address: `{publisher}` (`site_name`), `{title}` and `{date}`
    /// (the edition's) stand for the three. The edition's permanent address follows it.
    citation: &'static str,
    /// The link to the language's Atom feed of editions (also its title in the page's head).
    feed_link: &'static str,
    /// A feed entry's title: `{date}` the edition's, `{kind}` one of `edition_kinds`.
    feed_entry: &'static str,
    /// What an edition brought, as `model::EditionKind` orders them: the first publication,
    /// an update, a correction.
    edition_kinds: [&'static str; 3],
    /// A correction edition's link to the corrections log.
    feed_corrections: &'static str,
    unknown_place: &'static str,
    unknown_setting: &'static str,
    /// After the first ten ignored settings, how many more there were: `{n}` is the number.
    more_settings: &'static str,
    back_to_top: &'static str,
    /// The same, in an embed of one section: back to its start.
    back_to_start: &'static str,
    countries: [&'static str; 3],
    /// An embed's link to the explainer's own page.
    embed_full: &'static str,
    footer: &'static str,
    /// Label of the language switcher.
    language: &'static str,
    /// Marks the editors' translation shown beside an English quotation.
    editors_translation: &'static str,
    /// Says, on a translated page, that the texts are the editors' translations and the
    /// quotations stay in the reports' English.
    translated_page: &'static str,
    /// Introduces a name's forms in the other languages (Who's who).
    other_forms: &'static str,
    /// Heading of a glossary term's wordings in each side's own language.
    wordings_heading: &'static str,
    /// Says where those wordings come from.
    wordings_note: &'static str,
    /// Labels what a text rests on when it is not the reports (see `components::basis`).
    basis_editors_note: &'static str,
    basis_public_record: &'static str,
    // How a public record is written, the same way wherever a text rests on it
    // (`components::basis`): who issued or reported it, its title, what the title means, its
    // date, where it was carried, then what the text takes from it.
    /// The marks around a record's title (“…” / 「…」).
    record_title_marks: [&'static str; 2],
    /// Around what a title in another language means (" (…)" / "（…）").
    record_gloss_marks: [&'static str; 2],
    /// Where a report was carried: `{outlet}` stands for the outlet.
    record_carried_by: &'static str,
    /// Between a record and the note on what the text takes from it.
    record_note: &'static str,
    /// Ends a record that has no note.
    record_end: &'static str,
    // The embed code dialog (`crate::islands::embed_dialog`).
    /// The button beside a section that opens the embed code dialog (the section's name follows, for screen readers).
    embed_button: &'static str,
    embed_whole_button: &'static str,
    embed_title: &'static str,
    embed_section: &'static str,
    /// The choice of the compact embed (`View::Compact`).
    embed_compact: &'static str,
    embed_whole: &'static str,
    embed_theme: &'static str,
    embed_theme_auto: &'static str,
    embed_theme_light: &'static str,
    embed_theme_dark: &'static str,
    embed_script: &'static str,
    embed_script_note: &'static str,
    embed_iframe: &'static str,
    embed_iframe_note: &'static str,
    embed_amp: &'static str,
    embed_amp_note: &'static str,
    /// The link to paste into WordPress or Ghost (they find the embed by oEmbed), and what
    /// each link gives there.
    embed_link: &'static str,
    embed_link_note: &'static str,
    embed_copy: &'static str,
    embed_copied: &'static str,
    embed_close: &'static str,
    embed_read_more: &'static str,
    /// The dialog's choice between the latest edition (the default) and the page's own,
    /// pinned at its permanent address; `{date}` stands for the edition's date.
    embed_edition: &'static str,
    embed_latest: &'static str,
    embed_pinned: &'static str,
    /// What the link for WordPress and Ghost is when the edition is pinned (they embed the
    /// latest from any address; see README, Embedding).
    embed_link_pinned_note: &'static str,
    /// The line a pinned page or embed shows when a newer edition exists (`public/edition.js`
    /// reads them from the start script's tag): `{date}` stands for the page's edition.
    edition_newer: &'static str,
    edition_see_latest: &'static str,
    /// Link from a text to the glossary entry of a contested term it uses.
    see_glossary: &'static str,
    /// The offline worker's notice that a newer build is waiting, and its button.
    update_available: &'static str,
    update_reload: &'static str,
    }
}

strings! {
    /// The words of one language that only the plain scripts show, never an island; they
    /// reach the scripts through `languages.json` (the wasm never names them, so they are not
    /// in it).
    ScriptStrings {
    /// What changed since the edition a returning reader last saw (`public/since.js`): the
    /// list's heading, `{date}` standing for that edition's date; the mark on a changed card
    /// and on a new one; the button that forgets what the browser keeps.
    since_heading: &'static str,
    since_changed: &'static str,
    since_new: &'static str,
    since_forget: &'static str,
    }
}

pub use en::EN;

/// What the English page offers a reader whose browser prefers another language, in that
/// language: (language, message, link text, close button). Apart from the tables above
/// because the English page shows them in another language than its own.
pub const LANGUAGE_OFFERS: [(Lang, &str, &str, &str); 2] = [
    (Lang::Ja, "この解説は日本語でも読めます。", "日本語で読む", "閉じる"),
    (
        Lang::Ko,
        "이 해설은 한국어로도 읽을 수 있습니다.",
        "한국어로 읽기",
        "닫기",
    ),
];

impl Strings {
    /// The name of `section`, as its heading and the contents give it.
    pub fn section(&self, section: Section) -> &'static str {
        self.sections[section.index()]
    }

    /// The introduction under `section`'s heading ("" for none).
    pub fn section_intro(&self, section: Section) -> &'static str {
        self.section_intros[section.index()]
    }
}

/// The plain scripts' words for `lang` (see `ScriptStrings`), for `languages.json`.
pub fn script_strings(lang: Lang) -> &'static ScriptStrings {
    match lang {
        Lang::En => &en::SCRIPT_EN,
        Lang::Ja => &ja::SCRIPT_JA,
        Lang::Ko => &ko::SCRIPT_KO,
    }
}

/// The strings for `lang`, as written in `en.rs`, `ja.rs` and `ko.rs`. All three are in the
/// wasm (about 2 KB compressed): its islands speak the page's language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::EN,
        Lang::Ja => &ja::JA,
        Lang::Ko => &ko::KO,
    }
}
