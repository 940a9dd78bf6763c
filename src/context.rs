//! The reader's place, settings and language, read from and written to the URL.
//! The language is fixed for a page load (see `app::start`); place and settings change.
//!
//! The URL is the single source of truth: `url` mirrors `location` and everything else is
//! derived from it. Links change the fragment natively; settings are written with
//! `history.pushState`, so back and forward step through them too.

use dispute_model::nav::{Ignored, Place, Settings};
use dispute_model::{Citation, Lang, Text};
use leptos::ev;
use leptos::prelude::*;

use crate::i18n::Table;
use crate::strings::{Strings, EN};
use crate::DATA;

/// What every view may read about where the reader is and in which language. `Copy`, so
/// views take it by value. The app provides one per language it renders, so within a
/// rendered page `lang`, `s` and the texts never change.
#[derive(Clone, Copy)]
pub struct Nav {
    /// `(search, hash)` of the current URL.
    url: RwSignal<(String, String)>,
    pub place: Memo<Place>,
    pub settings: Memo<(Settings, Vec<Ignored>)>,
    /// The language of the page being rendered.
    pub lang: Lang,
    pub s: &'static Strings,
    /// The dataset's texts in `lang`; `None` for English, which is baked into the app.
    table: Option<&'static Table>,
}

fn read_url() -> (String, String) {
    let loc = window().location();
    (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default())
}

/// The reader's preferred language among those offered (`navigator.languages`), else English.
pub fn browser_lang() -> Lang {
    let languages: Vec<String> = window().navigator().languages().iter().filter_map(|l| l.as_string()).collect();
    Lang::pick(languages.iter().map(String::as_str))
}

/// Creates the navigation state and keeps it in step with the browser's URL.
pub fn provide_nav() -> Nav {
    let url = RwSignal::new(read_url());
    // Both events mean "the URL changed under us": a link to a fragment, or back/forward.
    let _ = window_event_listener(ev::hashchange, move |_| url.set(read_url()));
    let _ = window_event_listener(ev::popstate, move |_| url.set(read_url()));
    let place = Memo::new(move |_| url.with(|(_, hash)| Place::parse(hash, &DATA)));
    let settings = Memo::new(move |_| url.with(|(search, _)| Settings::parse(search, &DATA)));
    let nav = Nav { url, place, settings, lang: Lang::En, s: &EN, table: None };
    provide_context(nav);
    nav
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

impl Nav {
    /// The same navigation state for a page rendered in `lang` with its texts; provided as
    /// the context, replacing the English one.
    pub fn in_lang(self, lang: Lang, table: Option<&'static Table>) -> Nav {
        let s: &'static Strings = match table {
            // Built once per page load; leaked because the page keeps it to the end.
            Some(t) => Box::leak(Box::new(EN.map(&|en| t.get_ui(en).unwrap_or(en)))),
            None => &EN,
        };
        let nav = Nav { lang, s, table, ..self };
        provide_context(nav);
        nav
    }

    /// A text of the dataset in the page's language.
    pub fn t(&self, text: &'static Text) -> &'static str {
        // Names of people and bodies are baked in every language (Who's who shows them
        // all); every other text comes from the language's table.
        if let Some(own) = text.in_lang(self.lang) {
            return own;
        }
        self.table.and_then(|t| t.get(&text.en)).unwrap_or(&text.en)
    }

    /// The editors' translation of a quote into the page's language, if not English.
    pub fn quote_translation(&self, citation: &'static Citation) -> Option<&'static str> {
        self.table.and_then(|t| t.get(&citation.quote))
    }

    /// The current settings (without the list of ignored parameters).
    pub fn get(&self) -> Settings {
        self.settings.with(|(s, _)| s.clone())
    }

    /// The URL (query and fragment) for the current place with changed settings.
    pub fn href_with(&self, change: impl FnOnce(&mut Settings)) -> String {
        let mut next = self.get();
        change(&mut next);
        let query = next.to_query();
        let hash = self.url.with(|(_, h)| h.clone());
        // An empty query must still replace the old one, so fall back to the bare path.
        if query.is_empty() {
            let path = window().location().pathname().unwrap_or_default();
            format!("{path}{hash}")
        } else {
            format!("{query}{hash}")
        }
    }

    /// Applies a change to the settings as a new history entry, keeping the fragment.
    pub fn change(&self, change: impl FnOnce(&mut Settings)) {
        let target = untrack(|| self.href_with(change));
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
        }
        self.url.set(read_url());
    }
}
