//! The start: takes over the pre-rendered page that `<html lang>` and `<html data-embed>`
//! name. Its islands first, then the behaviours that follow the URL, and in an embed the
//! messages to the host page.
//!
//! Nothing here runs while a page is pre-rendered: the pre-renderer draws the page, and
//! these functions touch only the browser's page, after it has been drawn.

use leptos::prelude::*;
use model::nav::{Card, Place};
use model::Lang;

use crate::nav::Nav;
use crate::pages::{ids, SitePage};

/// Takes over the pre-rendered page that `<html lang>` and `<html data-embed>` name: its
/// islands, then the behaviours that follow the URL, and in an embed the messages to the
/// host page.
pub fn start() {
    let root = document().document_element();
    let marker = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name));
    let lang = marker("lang").and_then(|tag| Lang::from_tag(&tag)).unwrap_or(Lang::En);
    let page = SitePage::from_markers(lang, marker("data-embed").as_deref());
    // Owns the page's state and its effects for as long as the page is open.
    let owner = Owner::new();
    let nav = owner.with(|| Nav::new(page));
    // The page's fixed facts, its edition read from the page itself.
    let here = crate::PageContext::new(page, crate::page_context::Edition::of_page());
    // The browser's own task queue (Leptos' executor starts with the first island).
    wasm_bindgen_futures::spawn_local(async move {
        crate::islands::take_over(nav, here, owner.clone()).await;
        owner.with(|| {
            nav.follow_url();
            if page.is_embed() {
                // The page's start script speaks to the host until `live` (below): in the same
                // task, so that the host never hears both, nor neither.
                crate::host::start(nav);
            }
            open_events_at_place(nav);
            close_citations_with_escape();
            keep_place_after_settings(nav);
            if let Some(root) = document().document_element() {
                // The controls were kept invisible until they work (see the stylesheet).
                let _ = root.class_list().add_1("live");
            }
        });
        std::mem::forget(owner);
    });
}

/// A link to a timeline event opens it, as the reader would have to otherwise.
fn open_events_at_place(nav: Nav) {
    use wasm_bindgen::JsCast;
    Effect::new(move |_| {
        if let Place::Card(Card::Event, id) = nav.place.get() {
            let details = document()
                .get_element_by_id(&ids::event(&id))
                .and_then(|card| card.query_selector("details").ok().flatten())
                .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            if let Some(details) = details {
                details.set_open(true);
            }
        }
    });
}

/// Escape closes the citation that holds the focus and returns the focus to its marker, so
/// a keyboard reader keeps their place. (Opening and closing otherwise is the browser's own
/// `<details>`; one listener serves every citation on the page.)
fn close_citations_with_escape() {
    use wasm_bindgen::JsCast;
    let _ = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let open = document()
            .active_element()
            .and_then(|el| {
                el.closest(&format!("details.{}[open]", ids::CITATION_CLASS))
                    .ok()
                    .flatten()
            })
            .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
        if let Some(details) = open {
            ev.prevent_default();
            details.set_open(false);
            if let Some(marker) = details.query_selector("summary").ok().flatten() {
                let _ = marker.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
}

/// The page was first shown in its default state; a link with settings (`?by=party`) changes
/// parts of it once the URL is read. The browser had already scrolled to the fragment, so
/// bring it back into view after that change.
fn keep_place_after_settings(nav: Nav) {
    let changed = nav.settings.with_untracked(|(s, _)| *s != Default::default());
    let hash = nav.hash();
    if !changed || hash.len() < 2 {
        return;
    }
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&hash[1..]) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
