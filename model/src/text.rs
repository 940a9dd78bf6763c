//! Text as the reader sees it: in each language, with what it rests on when the reports do
//! not back it. The other data types are built from these.

use std::borrow::Cow;

use crate::derive::{data, data_enum};

/// A string that is owned when parsed and borrowed when baked (the site's dataset, the wasm's
/// skeleton: `model::bake`).
pub type Str = Cow<'static, str>;
/// A list that is owned when parsed and borrowed when baked.
pub type List<T> = Cow<'static, [T]>;

data_enum! {
    /// A language the explainer can be read in.
    #[derive(Default)]
    pub enum Lang { #[default]
    En, Ja, Ko }

    /// What a text that the reports do not back rests on instead.
    pub enum BasisKind {
        /// The editors' own note: a translation choice, a reading of words, a summary of
        /// usage. `record` says what the note rests on.
        EditorsNote,
        /// Public records outside the two reports, named in `records` by their entries in
        /// `data/records.toml` (who issued or reported each, its title, its date).
        PublicRecord,
    }
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ko];

    /// The language for a BCP 47 tag such as `ja` or `ko-KR`, by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The reader's first preferred language that the explainer offers, else English.
    /// `preferences` is `navigator.languages`, most preferred first.
    pub fn pick<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// The BCP 47 tag used in `lang` attributes and URLs.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
        }
    }
}

data! {
    /// Reader-visible text in each language. English is required; Japanese and Korean are
    /// added by translators without any schema change.
    pub struct Text {
        pub en: Str,
        #[cfg_attr(feature = "load", serde(default))]
        pub ja: Option<Str>,
        #[cfg_attr(feature = "load", serde(default))]
        pub ko: Option<Str>,
        /// The language this text was written in; every other language is a translation
        /// by the editors. English unless stated.
        #[cfg_attr(feature = "load", serde(default))]
        pub original: Lang,
    }

    /// What a text rests on when it is not (only) a passage of the reports. The app shows
    /// it beside the text, so a reader can tell the reports' facts from the editors' notes
    /// and from facts taken from public records.
    pub struct TextBasis {
        pub kind: BasisKind,
        /// For an editors' note: what the note rests on. (A public record is named in
        /// `records` instead.)
        #[cfg_attr(feature = "load", serde(default))]
        pub record: Option<Text>,
        /// For a public record: the records the text rests on, by their `id` in `records`,
        /// each with what in it the text relies on.
        #[cfg_attr(feature = "load", serde(default))]
        pub records: List<RecordUse>,
    }

    /// A text's mention of a public record: which one, and what in it the text relies on.
    pub struct RecordUse {
        /// The `id` of an entry in `records` (`data/records.toml`).
        pub id: Str,
        /// What the record says that the text relies on.
        #[cfg_attr(feature = "load", serde(default))]
        pub note: Option<Text>,
    }
}

impl Text {
    /// The text in `lang`, falling back to English until a translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        self.in_lang(lang).unwrap_or(&self.en)
    }

    /// The text in `lang` if that language has it.
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Ja => self.ja.as_deref(),
            Lang::Ko => self.ko.as_deref(),
        }
    }

    /// Whether the text shown in `lang` is a translation rather than the original wording.
    pub fn is_translation(&self, lang: Lang) -> bool {
        lang != self.original
    }
}
