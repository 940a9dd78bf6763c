//! The islands of the page's frame: the language switcher's links, the table of contents,
//! the notices about unknown links and the English page's offer of another language. Each is
//! the content of a wrapper the static page writes (see `crate::islands`).

use dispute_model::nav::{Place, Section};
use dispute_model::Lang;
use leptos::prelude::*;

use crate::components::section::index;
use crate::context::browser_lang;
use crate::site::View;
use crate::strings::{LANGUAGE_NAMES, LANGUAGE_OFFERS};
use crate::use_nav;

/// The language switcher's links: one per language's page, each in its own language, keeping
/// the reader's place and settings once the app has read them from the URL.
#[component]
pub fn LanguageLinks() -> impl IntoView {
    let nav = use_nav();
    view! {
        <ul>
            {LANGUAGE_NAMES
                .into_iter()
                .map(|(lang, name)| {
                    let href = move || nav.href_in(lang);
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
    }
}

/// The table of contents, marking the section the reader's link points into.
#[component]
pub fn ContentsList() -> impl IntoView {
    let nav = use_nav();
    view! {
        <ol>
            {Section::ALL
                .into_iter()
                .map(|section| {
                    let current = move || (nav.place.get().section() == Some(section)).then_some("location");
                    view! {
                        <li>
                            <a href=format!("#{}", section.id()) aria-current=current>
                                {nav.s.sections[index(section)]}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// Tells the reader, in plain words, when their link named something that is not here.
#[component]
pub fn Notices() -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    // Back to the start of what the page shows: the overview, or an embedded section.
    let (back, back_label) = match nav.page.view {
        View::Embed(Some(section)) => (section.id(), s.back_to_start),
        _ => (Section::Overview.id(), s.back_to_top),
    };
    let unknown = move || match nav.place.get() {
        Place::Unknown(name) => Some(view! {
            <div class="notice" role="status">
                <p>{s.unknown_place} " " <code>{name}</code></p>
                <p><a href=format!("#{back}")>{back_label}</a></p>
            </div>
        }),
        _ => None,
    };
    let ignored = move || {
        nav.settings.with(|(_, ignored)| {
            (!ignored.is_empty()).then(|| {
                let list = ignored
                    .iter()
                    .map(|i| {
                        // A parameter given many times is listed once, with how many times.
                        let times = (i.times > 1).then(|| format!(" ×{}", i.times));
                        view! { <li><code>{format!("{}={}", i.name, i.value)}</code>{times}</li> }
                    })
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

/// Offers a reader whose browser prefers Japanese or Korean the page in that language, in
/// that language. The English page never sends anyone away by itself: a link to it may have
/// been shared on purpose, and an English reader's page must not wait for a redirect. Not
/// shown when the link chose a language explicitly (`?lang=en`).
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let nav = use_nav();
    let dismissed = RwSignal::new(false);
    // The preference is read in the browser only, so the pre-rendered page has no offer.
    let preferred = RwSignal::new(Lang::En);
    Effect::new(move |_| preferred.set(browser_lang()));
    let offer = move || {
        let explicit = nav.settings.with(|(s, _)| s.lang.is_some());
        let lang = preferred.get();
        let (_, message, action, close) = LANGUAGE_OFFERS.into_iter().find(|(l, ..)| *l == lang)?;
        (!explicit && !dismissed.get()).then(|| {
            view! {
                <div class="language-offer" role="region" aria-label=message lang=lang.tag()>
                    <p>{message}</p>
                    <a href=move || nav.href_in(lang) hreflang=lang.tag()>{action}</a>
                    <button type="button" on:click=move |_| dismissed.set(true)>{close}</button>
                </div>
            }
        })
    };
    view! { {offer} }
}
