//! The page: skip link, masthead with the language switcher, contents, the sections in
//! reading order, footer.
//!
//! The page is rendered at build time into static HTML (`src/bin/prerender/`). In the
//! browser the wasm takes over only its islands (the `browser` crate): the controls and
//! the parts that follow the URL. Nothing here reads the browser while rendering; the URL
//! and the reader's preferences are read after the takeover.

use browser::islands::embed_dialog::{self, EmbedOpenButton};
use browser::pages::{ids, SitePage, View};
use browser::{provide_nav, provide_page, Edition, Island, PageContext, Wrapper};
use leptos::either::Either;
use leptos::prelude::*;
use model::nav::MAIN_ID;
use model::Lang;

use crate::components::as_of::AsOf;
use crate::components::words::Words;

use crate::embed::EmbedPage;
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

/// One page of the site in one language: what the pre-renderer writes.
#[component]
pub fn App(page: SitePage) -> impl IntoView {
    // The page's fixed facts for every view; the reader's state for the islands, drawn here
    // in their first state (the wasm takes them over with their own).
    // The data's edition as the page names it. Leaked: two short texts per page, for the
    // pre-renderer's one run.
    let edition = Edition {
        date: DATA.edition.iso().leak(),
        shown: DATA.edition.display(page.lang).leak(),
    };
    let here = provide_page(page, edition);
    provide_nav(page);
    match page.view {
        View::Page => Either::Left(view! { <Page here=here /> }),
        View::Embed(_) | View::Compact => Either::Right(view! { <EmbedPage here=here /> }),
    }
}

/// The explainer in one language.
#[component]
fn Page(here: PageContext) -> impl IntoView {
    let s = here.s;
    let lang = here.lang;
    view! {
        <a class=ids::SKIP_LINK_CLASS href=format!("#{MAIN_ID}")>
            {s.skip_link}
        </a>
        <header class="masthead">
            {Island::Languages
                .wrap(Wrapper {
                    class: Some("languages"),
                    label: Some(s.language),
                    ..Wrapper::default()
                })} <p class="kicker">{s.kicker}</p> <h1>
                <Words text=here.t(&DATA.meta.title) />
            </h1> <AsOf /> {(lang != Lang::En).then(|| view! { <p class="translated-note">{s.translated_page}</p> })}
        </header>
        {Island::Contents
            .wrap(Wrapper {
                class: Some("contents"),
                label: Some(s.contents),
                ..Wrapper::default()
            })}
        <main id=MAIN_ID tabindex="-1">
            {Island::Notices
                .wrap(Wrapper {
                    class: Some("notices"),
                    ..Wrapper::default()
                })}
            <overview::Overview />
            <timeline::Timeline />
            <positions::Positions />
            <foundation::Foundation />
            <gaps::Gaps />
            <people::People />
            <glossary::Glossary />
            <sources::Sources />
        </main>
        <footer class="site-footer">
            <p>{s.footer}</p>
            <p>
                <a href=here.page.file("data/dispute.json")>{s.dataset_link}</a>
            </p>
            <p class="needs-app">
                <EmbedOpenButton choice=embed_dialog::WHOLE class="embed-open">
                    {s.embed_whole_button}
                </EmbedOpenButton>
            </p>
        </footer>
        {Island::EmbedDialog.wrap(Wrapper::default())}
        {(lang == Lang::En).then(|| Island::LanguageOffer.wrap(Wrapper::default()))}
    }
}
