//! The page: skip link, masthead with the language switcher, contents, the sections in
//! reading order, footer.

use dispute_model::nav::{Place, Section, MAIN_ID};
use dispute_model::Lang;
use leptos::prelude::*;

use crate::components::section::index;
use crate::context::{browser_lang, provide_nav, Nav};
use crate::i18n::{fetch_table, Table};
use crate::strings::{EN, LANGUAGE_NAMES};
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

/// Starts the explainer in the language the URL asks for, else the reader's browser
/// preference. English is baked into the app; another language's texts are fetched first.
///
/// Changing language is a real navigation (a link with `?lang=`), so each page load renders
/// in exactly one language and the view tree is built once, never rebuilt in place: that
/// keeps Leptos' rebuild code for the whole page out of the wasm (~20 KB brotli measured).
pub fn start() {
    let search = window().location().search().unwrap_or_default();
    let (settings, _) = dispute_model::nav::Settings::parse(&search, &DATA);
    let lang = settings.lang.unwrap_or_else(browser_lang);
    if lang == Lang::En {
        leptos::mount::mount_to_body(|| view! { <App lang=Lang::En table=None/> });
        return;
    }
    // Until the table arrives only English strings exist in the app; these two notices
    // are short and say so in English too.
    let s = &EN;
    let Some(body) = document().body() else { return };
    let loading = leptos::mount::mount_to(body, move || view! { <p class="loading" role="status" lang=lang.tag()>{s.loading}</p> });
    leptos::task::spawn_local(async move {
        let table = fetch_table(lang).await;
        drop(loading);
        match table {
            Some(table) => leptos::mount::mount_to_body(move || view! { <App lang=lang table=Some(table)/> }),
            None => leptos::mount::mount_to_body(move || view! { <LoadFailed lang=lang/> }),
        }
    });
}

/// The explainer in one language, with that language's texts (`None` for English).
#[component]
pub fn App(lang: Lang, table: Option<&'static Table>) -> impl IntoView {
    let nav = provide_nav().in_lang(lang, table);
    view! { <Page nav=nav/> }
}

/// Shown when a language's texts could not be fetched: say so, and offer English.
#[component]
fn LoadFailed(lang: Lang) -> impl IntoView {
    let nav = provide_nav();
    let s = &EN;
    view! {
        <div class="notice loading" role="alert" lang=lang.tag()>
            <p>{s.load_failed}</p>
            <p><a href=nav.href_with(|st| st.lang = Some(Lang::En)) hreflang="en" lang="en">"English"</a></p>
        </div>
    }
}

/// The explainer in one language.
#[component]
fn Page(nav: Nav) -> impl IntoView {
    provide_context(nav);
    let s = nav.s;
    let lang = nav.lang;

    // The outside world follows the page: the document's language and title, and, since
    // the browser scrolled to the fragment before this page existed, the scroll position.
    Effect::new(move |_| {
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        doc.set_title(nav.t(&DATA.meta.title));
        let hash = window().location().hash().unwrap_or_default();
        if let Some(el) = hash.strip_prefix('#').and_then(|id| doc.get_element_by_id(id)) {
            // A jump, as a browser does for a fragment on load; the stylesheet's smooth
            // scrolling is for moves within the page.
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });

    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        <header class="masthead">
            <Languages/>
            <p class="kicker">{s.kicker}</p>
            <h1>{nav.t(&DATA.meta.title)}</h1>
            <p class="as-of">{s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time></p>
            {(lang != Lang::En).then(|| view! { <p class="translated-note">{s.translated_page}</p> })}
        </header>
        <nav class="contents" aria-label=s.contents>
            <ol>
                {Section::ALL
                    .into_iter()
                    .map(|section| {
                        let current = move || {
                            (nav.place.get().section() == Some(section)).then_some("location")
                        };
                        view! {
                            <li>
                                <a href=format!("#{}", section.id()) aria-current=current>
                                    {s.sections[index(section)]}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
        <main id=MAIN_ID tabindex="-1">
            <Notices/>
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
            <p><a href="data/dispute.json">{s.dataset_link}</a></p>
        </footer>
    }
}

/// The language switcher: real links, each in its own language, that keep the reader's
/// place and settings (they are all in the URL) and load the page in the new language.
#[component]
fn Languages() -> impl IntoView {
    let nav = crate::use_nav();
    view! {
        <nav class="languages" aria-label=nav.s.language>
            <ul>
                {LANGUAGE_NAMES
                    .into_iter()
                    .map(|(lang, name)| {
                        let href = move || nav.href_with(|st| st.lang = Some(lang));
                        let current = (lang == nav.lang).then_some("true");
                        view! {
                            <li>
                                <a href=href hreflang=lang.tag() lang=lang.tag() aria-current=current>
                                    {name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Tells the reader, in plain words, when their link named something that is not here.
#[component]
fn Notices() -> impl IntoView {
    let nav = crate::use_nav();
    let s = nav.s;
    let unknown = move || match nav.place.get() {
        Place::Unknown(name) => Some(view! {
            <div class="notice" role="status">
                <p>{s.unknown_place} " " <code>{name}</code></p>
                <p><a href=format!("#{}", Section::Overview.id())>{s.back_to_top}</a></p>
            </div>
        }),
        _ => None,
    };
    let ignored = move || {
        nav.settings.with(|(_, ignored)| {
            (!ignored.is_empty()).then(|| {
                let list = ignored
                    .iter()
                    .map(|i| view! { <li><code>{format!("{}={}", i.name, i.value)}</code></li> })
                    .collect_view();
                view! {
                    <div class="notice" role="status">
                        <p>{s.unknown_setting}</p>
                        <ul>{list}</ul>
                    </div>
                }
            })
        })
    };
    view! { {unknown} {ignored} }
}
