//! The reader's place and settings, read from and written to the URL: what the reader
//! changes. What never changes on a page (which page, its language, its strings) is its
//! `PageContext`.
//!
//! The URL is the single source of truth: `url` mirrors `location` and everything else is
//! derived from it. Links change the fragment natively; settings are written with
//! `history.pushState`, so back and forward step through them too.
//!
//! The page is pre-rendered at build time, where there is no URL, and the wasm must take it
//! over exactly as rendered. So `url` starts empty on both sides (the page's default state)
//! and [`Nav::follow_url`] reads the real URL only once the wasm has taken over. The
//! functions that touch the browser compile natively too but run only in effects and event
//! handlers, which never run at build time.

use leptos::ev;
use leptos::prelude::*;
use model::nav::{IgnoredParameters, Place, Settings};
use model::Lang;

use crate::pages::SitePage;
use crate::SKELETON;

/// Where the reader is on the page and with which settings. `Copy`, so islands take it by
/// value.
#[derive(Clone, Copy)]
pub struct Nav {
    /// `(search, hash)` of the current URL; empty until the wasm has taken the page over.
    url: RwSignal<(String, String)>,
    pub place: Memo<Place>,
    pub settings: Memo<(Settings, IgnoredParameters)>,
    /// The page the reader is on, for links to the same place on another page.
    pub(crate) page: SitePage,
}

fn read_url() -> (String, String) {
    let loc = window().location();
    (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default())
}

/// The reader's preferred language among those offered (`navigator.languages`), else English.
pub fn browser_lang() -> Lang {
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Lang::pick(languages.iter().map(String::as_str))
}

impl Nav {
    /// The navigation state of `page`, in the page's default state until
    /// [`Nav::follow_url`] is called.
    pub fn new(page: SitePage) -> Nav {
        let url = RwSignal::new((String::new(), String::new()));
        let place = Memo::new(move |_| url.with(|(_, hash)| Place::parse(hash, &SKELETON)));
        let settings = Memo::new(move |_| url.with(|(search, _)| Settings::parse(search, &SKELETON)));
        Nav {
            url,
            place,
            settings,
            page,
        }
    }
}

/// Creates the navigation state of `page` and provides it as context.
pub fn provide_nav(page: SitePage) -> Nav {
    let nav = Nav::new(page);
    provide_context(nav);
    nav
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

impl Nav {
    /// From now on, mirror the browser's URL: read it once, then follow links to fragments
    /// and back/forward. Called by the wasm right after it has taken the page over, never
    /// while rendering, so the first state is the pre-rendered one.
    pub fn follow_url(&self) {
        let url = self.url;
        url.set(read_url());
        // Both events mean "the URL changed under us": a link to a fragment, or back/forward.
        let _ = window_event_listener(ev::hashchange, move |_| url.set(read_url()));
        let _ = window_event_listener(ev::popstate, move |_| url.set(read_url()));
    }

    /// Reads the URL again after the page changed it without an event (`replaceState`).
    pub fn reread_url(&self) {
        self.url.set(read_url());
    }

    /// The current settings (without the list of ignored parameters).
    pub fn get(&self) -> Settings {
        self.settings.with(|(s, _)| s.clone())
    }

    /// The current fragment, `#` included, or an empty string.
    pub fn hash(&self) -> String {
        self.url.with(|(_, h)| h.clone())
    }

    /// The query and fragment for the current place with changed settings. Never empty: an
    /// empty query is written `?`, which still replaces the old one.
    pub fn href_with(&self, change: impl FnOnce(&mut Settings)) -> String {
        let mut next = self.get();
        change(&mut next);
        let query = next.to_query();
        let query = if query.is_empty() { "?".to_string() } else { query };
        format!("{query}{}", self.hash())
    }

    /// The same place and settings on the page of another language. An explicit choice of
    /// English stays in the link (`?lang=en`), so the English page never offers another
    /// language to a reader who just chose English.
    pub fn href_in(&self, lang: Lang) -> String {
        let mut next = self.get();
        next.lang = (lang == Lang::En).then_some(Lang::En);
        let other = SitePage { lang, ..self.page };
        format!("{}{}{}", self.page.link_to(other), next.to_query(), self.hash())
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
