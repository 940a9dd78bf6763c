//! Links to places of the explainer that work on every page: within the page when it shows
//! the place, else to the explainer's own page (see `PageContext::href_to`).

use browser::pages::SitePage;
use leptos::prelude::*;
use model::nav::Section;

use browser::use_page;

/// A link to the element `anchor` in `section`.
#[component]
pub fn PlaceLink(
    section: Section,
    /// The element id the link points to (also its fragment).
    #[prop(into)]
    anchor: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let here = use_page();
    view! {
        <a
            href=here.href_to(section, &anchor)
            target=here.target_for(section)
            class=(!class.is_empty()).then_some(class)
        >
            {children()}
        </a>
    }
}

/// "Link to this": the address of a card, for a reader to keep or share. On the explainer's
/// page it is the card's place on the page; in an embed, the card's place in the whole
/// explainer, in a new tab, since an address inside the frame is not one a reader can share
/// (the article's own address follows the embed's place by itself, see `browser::host`).
#[component]
pub fn Permalink(
    /// The card's element id.
    #[prop(into)]
    anchor: String,
) -> impl IntoView {
    let here = use_page();
    let embed = here.page.is_embed();
    let href = if embed {
        format!("{}#{anchor}", here.page.link_to(SitePage::page(here.lang)))
    } else {
        format!("#{anchor}")
    };
    view! {
        <a class="permalink" href=href target=embed.then_some("_blank")>
            {here.s.link_to_this}
        </a>
    }
}
