//! The language switcher: an island (see `crate::islands`) in the page's masthead.

use leptos::prelude::*;

use crate::strings::LANGUAGE_NAMES;
use crate::{use_nav, use_page};

/// The language switcher's links: one per language's page, each in its own language, keeping
/// the reader's place and settings once the app has read them from the URL.
#[component]
pub fn LanguageLinks() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    view! {
        <ul>
            {LANGUAGE_NAMES
                .into_iter()
                .map(|(lang, name)| {
                    let href = move || nav.href_in(lang);
                    let current = (lang == here.lang).then_some("true");
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
