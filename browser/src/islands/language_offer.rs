//! The English page's offer of the reader's own language: an island (see `crate::islands`).

use leptos::prelude::*;
use model::Lang;

use crate::nav::browser_lang;
use crate::strings::LANGUAGE_OFFERS;
use crate::use_nav;

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
                    <a href=move || nav.href_in(lang) hreflang=lang.tag()>
                        {action}
                    </a>
                    <button type="button" on:click=move |_| dismissed.set(true)>
                        {close}
                    </button>
                </div>
            }
        })
    };
    view! { {offer} }
}
