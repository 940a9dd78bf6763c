//! The embed: the explainer, one section of it, or the explainer at a glance, for an iframe
//! in someone else's article. A compact header (title, "as of" date, a link to the full
//! explainer) instead of the masthead, no language bar, no contents; citations and controls
//! as on the page. Written at build time like the page (`src/bin/prerender/`); in the browser
//! the same islands are taken over, and the page's start script, then `browser::host`,
//! tell the host page how tall the embed is.

use leptos::prelude::*;
use model::nav::{Section, MAIN_ID};

use crate::components::as_of::AsOf;
use crate::components::words::Words;

use crate::components::place_link::PlaceLink;
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};
use browser::pages::{ids, SitePage, View};
use browser::{use_page, PageContext};
use browser::{Island, Wrapper};

/// One section's view. Rendered at build time only (the wasm never draws a section), so the
/// views can be told apart at run time without cost.
fn section_view(section: Section) -> AnyView {
    match section {
        Section::Overview => view! { <overview::Overview /> }.into_any(),
        Section::Timeline => view! { <timeline::Timeline /> }.into_any(),
        Section::Positions => view! { <positions::Positions /> }.into_any(),
        Section::Foundation => view! { <foundation::Foundation /> }.into_any(),
        Section::Gaps => view! { <gaps::Gaps /> }.into_any(),
        Section::People => view! { <people::People /> }.into_any(),
        Section::Glossary => view! { <glossary::Glossary /> }.into_any(),
        Section::Sources => view! { <sources::Sources /> }.into_any(),
    }
}

#[component]
pub fn EmbedPage(here: PageContext) -> impl IntoView {
    let s = here.s;
    let lang = here.lang;
    let full = SitePage::page(lang);
    // The full explainer, at the embedded section; links out of an embed open a new tab.
    let full_href = match here.page.view {
        View::Embed(Some(section)) => format!("{}#{}", here.page.link_to(full), section.id()),
        _ => here.page.link_to(full),
    };
    view! {
        <a class=ids::SKIP_LINK_CLASS href=format!("#{MAIN_ID}")>
            {s.skip_link}
        </a>
        <header class="embed-header">
            <p class="kicker">{s.kicker}</p>
            <h1>
                <a href=full_href.clone() target="_blank">
                    <Words text=here.t(&DATA.meta.title) />
                </a>
            </h1>
            <AsOf />
        </header>
        <main id=MAIN_ID tabindex="-1">
            {Island::Notices
                .wrap(Wrapper {
                    class: Some("notices"),
                    ..Wrapper::default()
                })}
            {match here.page.view {
                View::Compact => view! { <Compact /> }.into_any(),
                View::Embed(Some(section)) => section_view(section),
                _ => Section::ALL.into_iter().map(section_view).collect_view().into_any(),
            }}
        </main>
        <footer class="embed-footer">
            <p>
                <a href=full_href target="_blank">
                    {s.embed_full}
                </a>
            </p>
            <p>{s.footer}</p>
        </footer>
    }
}

/// The compact embed's content: what a reader of an article wants beside it, and short
/// enough for a host that caps the frame's height (WordPress: 1000 px) even on a phone. The
/// overview is folded (its seven cited paragraphs alone are some 1,500 px tall in an
/// article's column, and 2,900 px on a phone) and opens in place; the sections, each with
/// its one-line introduction, are links into the explainer, in a new tab.
#[component]
fn Compact() -> impl IntoView {
    let here = use_page();
    let s = here.s;
    view! {
        <details class="compact-overview" id=Section::Overview.id()>
            <summary>
                <h2>{s.section(Section::Overview)}</h2>
            </summary>
            <overview::Summary />
        </details>
        <nav class="compact-sections" aria-labelledby="compact-sections">
            <h2 id="compact-sections">{s.contents}</h2>
            <ul>
                {Section::ALL[1..]
                    .iter()
                    .map(|&section| {
                        view! {
                            <li>
                                <PlaceLink section=section anchor=section.id()>
                                    {s.section(section)}
                                </PlaceLink>
                                " "
                                <span>{s.section_intro(section)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
