//! The page: skip link, masthead, contents, the sections in reading order, footer.

use dispute_model::nav::{Place, Section, MAIN_ID};
use leptos::prelude::*;

use crate::components::section::index;
use crate::context::provide_nav;
use crate::{foundation, gaps, glossary, overview, people, positions, sources, timeline, DATA};

#[component]
pub fn App() -> impl IntoView {
    let nav = provide_nav();
    let s = nav.s;
    let lang = nav.lang;

    // The browser scrolls to a fragment before the wasm has drawn its target, so after the
    // first render we scroll there ourselves. Later fragment changes scroll natively.
    Effect::new(move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(el) = hash.strip_prefix('#').and_then(|id| document().get_element_by_id(id)) {
            el.scroll_into_view();
        }
    });

    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        <header class="masthead">
            <p class="kicker">{s.kicker}</p>
            <h1>{DATA.meta.title.get(lang)}</h1>
            <p class="as-of">{s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time></p>
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
