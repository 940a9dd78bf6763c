//! The reader's place and settings, read from and written to the URL.
//!
//! The URL is the single source of truth: `url` mirrors `location` and everything else is
//! derived from it. Links change the fragment natively; settings are written with
//! `history.pushState`, so back and forward step through them too.

use dispute_model::nav::{Ignored, Place, Settings};
use dispute_model::Lang;
use leptos::ev;
use leptos::prelude::*;

use crate::strings::{strings, Strings};
use crate::DATA;

/// What every view may read about where the reader is. `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct Nav {
    /// `(search, hash)` of the current URL.
    url: RwSignal<(String, String)>,
    pub place: Memo<Place>,
    pub settings: Memo<(Settings, Vec<Ignored>)>,
    pub lang: Lang,
    pub s: &'static Strings,
}

fn read_url() -> (String, String) {
    let loc = window().location();
    (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default())
}

/// Creates the navigation state and keeps it in step with the browser's URL.
pub fn provide_nav() -> Nav {
    let url = RwSignal::new(read_url());
    // Both events mean "the URL changed under us": a link to a fragment, or back/forward.
    let _ = window_event_listener(ev::hashchange, move |_| url.set(read_url()));
    let _ = window_event_listener(ev::popstate, move |_| url.set(read_url()));
    let place = Memo::new(move |_| url.with(|(_, hash)| Place::parse(hash, &DATA)));
    let settings = Memo::new(move |_| url.with(|(search, _)| Settings::parse(search, &DATA)));
    let lang = Lang::En;
    let nav = Nav { url, place, settings, lang, s: strings(lang) };
    provide_context(nav);
    nav
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

impl Nav {
    /// The current settings (without the list of ignored parameters).
    pub fn get(&self) -> Settings {
        self.settings.with(|(s, _)| s.clone())
    }

    /// Applies a change to the settings as a new history entry, keeping the fragment.
    pub fn change(&self, change: impl FnOnce(&mut Settings)) {
        let mut next = self.get();
        change(&mut next);
        let query = next.to_query();
        let hash = self.url.with_untracked(|(_, h)| h.clone());
        // An empty query must still replace the old one, so fall back to the bare path.
        let target = if query.is_empty() {
            let path = window().location().pathname().unwrap_or_default();
            format!("{path}{hash}")
        } else {
            format!("{query}{hash}")
        };
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
        }
        self.url.set(read_url());
    }
}
