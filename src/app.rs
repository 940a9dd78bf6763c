//! The page: skip link, masthead with the language switcher, contents, the sections in
//! reading order, footer.
//!
//! The page is rendered at build time into static HTML (`src/bin/prerender.rs`). In the
//! browser the wasm takes over only its islands (`crate::islands`): the controls and the
//! parts that follow the URL. Nothing here reads the browser while rendering; the URL and
//! the reader's preferences are read after the takeover.

#[cfg(feature = "hydrate")]
use dispute_model::nav::{Card, Place};
use dispute_model::nav::MAIN_ID;
use dispute_model::Lang;
use leptos::prelude::*;

use crate::context::{provide_nav, Nav};
use crate::frame::{ContentsList, LanguageLinks, LanguageOffer, Notices};
use crate::islands::Island;
#[cfg(feature = "hydrate")]
use crate::site::ids;
use crate::embed::dialog::EmbedDialog;
use crate::embed::EmbedPage;
use crate::site::{SitePage, View};
use leptos::either::Either;
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

/// Takes over the pre-rendered page that `<html lang>` and `<html data-embed>` name: its
/// islands, then the behaviours that follow the URL, and in an embed the messages to the
/// host page.
#[cfg(feature = "hydrate")]
pub fn start() {
    let root = document().document_element();
    let marker = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name));
    let lang = marker("lang").and_then(|tag| Lang::from_tag(&tag)).unwrap_or(Lang::En);
    let page = SitePage::from_markers(lang, marker("data-embed").as_deref());
    // Owns the page's state and its effects for as long as the page is open.
    let owner = Owner::new();
    let nav = owner.with(|| Nav::new(page));
    // The browser's own task queue (Leptos' executor starts with the first island).
    wasm_bindgen_futures::spawn_local(async move {
        crate::islands::hydrate(nav, owner.clone()).await;
        owner.with(|| {
            nav.follow_url();
            if page.is_embed() {
                crate::embed::host::start(nav);
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
#[cfg(feature = "hydrate")]
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
#[cfg(feature = "hydrate")]
fn close_citations_with_escape() {
    use wasm_bindgen::JsCast;
    let _ = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let open = document()
            .active_element()
            .and_then(|el| el.closest("details.cite[open]").ok().flatten())
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
#[cfg(feature = "hydrate")]
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

/// One page of the site in one language: what the pre-renderer writes.
#[component]
pub fn App(page: SitePage) -> impl IntoView {
    let nav = provide_nav(page);
    match page.view {
        View::Page => Either::Left(view! { <Page nav=nav/> }),
        View::Embed(_) => Either::Right(view! { <EmbedPage nav=nav/> }),
    }
}

/// The explainer in one language.
#[component]
fn Page(nav: Nav) -> impl IntoView {
    let s = nav.s;
    let lang = nav.lang;
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        <header class="masthead">
            <nav class="languages" aria-label=s.language data-island=Island::Languages.name()>
                <LanguageLinks/>
            </nav>
            <p class="kicker">{s.kicker}</p>
            <h1>{nav.t(&DATA.meta.title)}</h1>
            <p class="as-of">{s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time></p>
            {(lang != Lang::En).then(|| view! { <p class="translated-note">{s.translated_page}</p> })}
        </header>
        <nav class="contents" aria-label=s.contents data-island=Island::Contents.name()>
            <ContentsList/>
        </nav>
        <main id=MAIN_ID tabindex="-1">
            <div class="notices" data-island=Island::Notices.name()><Notices/></div>
            <overview::Overview/>
            <timeline::Timeline/>
            <positions::Positions/>
            <foundation::Foundation/>
            <gaps::Gaps/>
            <people::People/>
            <glossary::Glossary/>
            <sources::Sources/>
        </main>
        <footer class="site-footer">
            <p>{s.footer}</p>
            <p><a href=nav.page.file("data/dispute.json")>{s.dataset_link}</a></p>
            <p class="needs-app">
                <button type="button" class="embed-open" data-embed-open=crate::embed::dialog::WHOLE>{s.embed_whole_button}</button>
            </p>
        </footer>
        <div data-island=Island::EmbedDialog.name()><EmbedDialog/></div>
        {(lang == Lang::En).then(|| view! {
            <div data-island=Island::LanguageOffer.name()><LanguageOffer/></div>
        })}
    }
}
