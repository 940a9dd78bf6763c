//! The page: skip link, masthead with the language switcher, contents, the sections in
//! reading order, footer.

use dispute_model::nav::{Place, Section, MAIN_ID};
use dispute_model::Lang;
use leptos::prelude::*;

use crate::components::section::index;
use crate::context::{provide_nav, Nav};
use crate::i18n::{Tables, Texts};
use crate::strings::{strings, LANGUAGE_NAMES};
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

#[component]
pub fn App() -> impl IntoView {
    let nav = provide_nav();
    let tables = Tables::new();
    // The whole page is rendered anew when the language changes; the reader's place and
    // settings live in the URL, so they carry over.
    move || {
        let lang = nav.wanted.get();
        let s = strings(lang);
        match tables.texts(lang) {
            Texts::Ready(table) => view! { <Page nav=nav.in_lang(lang, table)/> }.into_any(),
            Texts::Loading => view! { <p class="loading" role="status" lang=lang.tag()>{s.loading}</p> }.into_any(),
            Texts::Failed => view! {
                <div class="notice" role="alert" lang=lang.tag()>
                    <p>{s.load_failed}</p>
                    <p><a href=nav.href_with(|st| st.lang = Some(Lang::En)) hreflang="en" lang="en">"English"</a></p>
                </div>
            }
            .into_any(),
        }
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
            el.scroll_into_view();
        }
    });

    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        <header class="masthead">
            <Languages/>
            <p class="kicker">{s.kicker}</p>
            <h1>{nav.t(&DATA.meta.title)}</h1>
            <p class="as-of">{s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time></p>
            {(!s.translated_page.is_empty()).then(|| view! { <p class="translated-note">{s.translated_page}</p> })}
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

/// The language switcher: real links (they work before the wasm loads), each in its own
/// language, that keep the reader's place and settings.
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
                                <a
                                    href=href
                                    hreflang=lang.tag()
                                    lang=lang.tag()
                                    aria-current=current
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        nav.change(|st| st.lang = Some(lang));
                                    }
                                >
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
