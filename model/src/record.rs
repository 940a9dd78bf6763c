//! Public records outside the two reports that texts rest on, named once in
//! `data/records.toml` so that every mention of a record reads the same way: who issued or
//! reported it, its title as published, its date, and where it was carried.
//!
//! A text names a record by its id ([`crate::text::RecordUse`]), with a note saying what in the record it
//! relies on; the page writes the record out in full at every use, in the reader's language.

use crate::date::Ymd;
use crate::derive::data;
use crate::text::{Lang, Str, Text};

data! {
    /// A record the editors have seen: a press release, a briefing, a news report, a
    /// judgment, a statute, a treaty. Everything a reader needs to find it.
    pub struct PublicRecord {
        /// How texts name it (`records = [{ id = "…" }]`).
        pub id: Str,
        /// Who issued it (a government, a court, a legislature, a party) or reported it (a
        /// news agency, a newspaper, a broadcaster).
        pub by: Text,
        /// Its title as published, in the language it was published in.
        pub title: Str,
        /// The language `title` is written in.
        pub title_lang: Lang,
        /// The title in each of the explainer's other languages, for readers of those: every
        /// language but `title_lang`.
        #[cfg_attr(feature = "load", serde(default))]
        pub title_translated: Translations,
        /// The day it was issued, published or signed.
        pub date: Ymd,
        /// Where a report was carried when the editors saw it in another outlet than its
        /// author's (a wire story in a newspaper).
        #[cfg_attr(feature = "load", serde(default))]
        pub carried_by: Option<Text>,
    }

    /// A string in some of the explainer's languages (the translations of a title).
    #[derive(Default)]
    pub struct Translations {
        #[cfg_attr(feature = "load", serde(default))]
        pub en: Option<Str>,
        #[cfg_attr(feature = "load", serde(default))]
        pub ja: Option<Str>,
        #[cfg_attr(feature = "load", serde(default))]
        pub ko: Option<Str>,
    }
}

impl Translations {
    /// The string in `lang`, if it has one.
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Ja => self.ja.as_deref(),
            Lang::Ko => self.ko.as_deref(),
        }
    }
}

impl PublicRecord {
    /// What the title means for a reader of `lang`: none where the title is in `lang`, else
    /// its translation, falling back to English until a translation exists (as `Text` does).
    pub fn title_for(&self, lang: Lang) -> Option<&str> {
        (lang != self.title_lang)
            .then(|| {
                self.title_translated
                    .in_lang(lang)
                    .or(self.title_translated.en.as_deref())
            })
            .flatten()
    }
}
