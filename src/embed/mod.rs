//! The embed: the explainer, or one section of it, for an iframe in someone else's article.
//! A compact header (title, "as of" date, a link to the full explainer) instead of the
//! masthead, no language bar, no contents; citations and controls as on the page. Written
//! at build time like the page (`src/bin/prerender/`); in the browser the same islands
//! are taken over, and `explainer::host` tells the host page how tall the embed is.

use dispute_model::nav::{Section, MAIN_ID};
use leptos::prelude::*;

use explainer::Nav;
use explainer::{Island, Wrapper};
use explainer::site::{SitePage, View};
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

/// One section's view. Rendered at build time only (the wasm never draws a section), so the
/// views can be told apart at run time without cost.
fn section_view(section: Section) -> AnyView {
    match section {
        Section::Overview => view! { <overview::Overview/> }.into_any(),
        Section::Timeline => view! { <timeline::Timeline/> }.into_any(),
        Section::Positions => view! { <positions::Positions/> }.into_any(),
        Section::Foundation => view! { <foundation::Foundation/> }.into_any(),
        Section::Gaps => view! { <gaps::Gaps/> }.into_any(),
        Section::People => view! { <people::People/> }.into_any(),
        Section::Glossary => view! { <glossary::Glossary/> }.into_any(),
        Section::Sources => view! { <sources::Sources/> }.into_any(),
    }
}

#[component]
pub fn EmbedPage(nav: Nav) -> impl IntoView {
    let s = nav.s;
    let lang = nav.lang;
    let full = SitePage::page(lang);
    let sections: Vec<Section> = match nav.page.view {
        View::Embed(Some(section)) => vec![section],
        _ => Section::ALL.to_vec(),
    };
    // The full explainer, at the embedded section; links out of an embed open a new tab.
    let full_href = match nav.page.view {
        View::Embed(Some(section)) => format!("{}#{}", nav.page.link_to(full), section.id()),
        _ => nav.page.link_to(full),
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        <header class="embed-header">
            <p class="kicker">{s.kicker}</p>
            <h1><a href=full_href.clone() target="_blank">{nav.t(&DATA.meta.title)}</a></h1>
            <p class="as-of">{s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time></p>
        </header>
        <main id=MAIN_ID tabindex="-1">
            {Island::Notices.wrap(Wrapper { class: Some("notices"), ..Wrapper::default() })}
            {sections.into_iter().map(section_view).collect_view()}
        </main>
        <footer class="embed-footer">
            <p><a href=full_href target="_blank">{s.embed_full}</a></p>
            <p>{s.footer}</p>
        </footer>
    }
}
