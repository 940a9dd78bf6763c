//! Links to places of the explainer that work on every page: within the page when it shows
//! the place, else to the explainer's own page (see `Nav::href_to`).

use dispute_model::nav::Section;
use leptos::prelude::*;

use explainer::use_nav;

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
    let nav = use_nav();
    view! {
        <a href=nav.href_to(section, &anchor) target=nav.target_for(section) class=(!class.is_empty()).then_some(class)>
            {children()}
        </a>
    }
}
