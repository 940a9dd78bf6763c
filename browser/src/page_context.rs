//! What a view may know about the page it is drawn on: which page, in which language, with
//! which interface strings. Fixed for the page's whole life, so it is a plain value, not
//! reactive state: the static sections read only this, and the islands read it beside the
//! reader's state (`Nav`, which holds only what the reader changes).

use leptos::prelude::*;
use model::nav::Section;
use model::{Citation, Lang, Text};

use crate::pages::SitePage;
use crate::strings::{strings, Strings};

/// The page being drawn. `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct PageContext {
    /// The page: its language and where it sits in the site.
    pub page: SitePage,
    /// The page's language (the same as `page.lang`, named for the views that need only it).
    pub lang: Lang,
    /// The interface strings in the page's language.
    pub s: &'static Strings,
    /// The edition the page is.
    pub edition: Edition,
}

/// An edition, as a page names it: its date (`YYYY-MM-DD`) and that date as the page's
/// language writes it. The pre-renderer takes it from the data; the wasm reads it from the
/// page it takes over (`of_page`), so a new edition changes nothing in the wasm: the date is
/// no part of the skeleton, and starting an edition needs no new wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edition {
    pub date: &'static str,
    pub shown: &'static str,
}

impl Edition {
    /// The edition the page in the browser names in its "as of" line (`AsOf`: the `<time>` of
    /// the part classed `ids::EDITION_CLASS`). Read once, at the start; its two short texts
    /// live as long as the page.
    pub fn of_page() -> Edition {
        let time = document()
            .query_selector(&format!(".{} time", crate::pages::ids::EDITION_CLASS))
            .ok()
            .flatten();
        let date = time
            .as_ref()
            .and_then(|t| t.get_attribute("datetime"))
            .unwrap_or_default();
        let shown = time.and_then(|t| t.text_content()).unwrap_or_default();
        Edition {
            date: date.leak(),
            shown: shown.leak(),
        }
    }
}

impl PageContext {
    pub fn new(page: SitePage, edition: Edition) -> PageContext {
        PageContext {
            page,
            lang: page.lang,
            s: strings(page.lang),
            edition,
        }
    }

    /// A text of the dataset in the page's language. (Every text is translated: a native
    /// test of the model refuses a missing translation.)
    pub fn t(&self, text: &'static Text) -> &'static str {
        text.get(self.lang)
    }

    /// The editors' translation of a quote into the page's language, if not English.
    pub fn quote_translation(&self, citation: &'static Citation) -> Option<&'static str> {
        match self.lang {
            Lang::En => None,
            Lang::Ja => citation.ja.as_deref(),
            Lang::Ko => citation.ko.as_deref(),
        }
    }

    /// A link to the element `anchor` of `section`: on this page when it shows the section,
    /// else on the explainer's own page in this language (an embed shows only part of it).
    pub fn href_to(&self, section: Section, anchor: &str) -> String {
        if self.page.shows(section) {
            format!("#{anchor}")
        } else {
            format!("{}#{anchor}", self.page.link_to(SitePage::page(self.lang)))
        }
    }

    /// Where a link that leaves the page opens: a new tab from an embed, so the reader keeps
    /// the article the embed sits in.
    pub fn target_for(&self, section: Section) -> Option<&'static str> {
        (!self.page.shows(section)).then_some("_blank")
    }

    /// Where a link to a file of the site (the dataset) opens: a new tab from an embed, as
    /// every link that leaves it does, rather than in the embed's frame.
    pub fn target_for_file(&self) -> Option<&'static str> {
        self.page.is_embed().then_some("_blank")
    }
}

/// Provides `page`'s context to the views drawn under the current owner, and returns it.
pub fn provide_page(page: SitePage, edition: Edition) -> PageContext {
    let here = PageContext::new(page, edition);
    provide_context(here);
    here
}

/// The page being drawn (provided by the page's root view, and by the start to each island).
pub fn use_page() -> PageContext {
    expect_context::<PageContext>()
}
