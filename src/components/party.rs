//! How a party is named on the page: a shape and a name, never a color alone.

use dispute_model::{Mark, Party};
use leptos::prelude::*;

use crate::use_nav;

/// The party's shape followed by its short name.
#[component]
pub fn PartyName(party: &'static Party) -> impl IntoView {
    let nav = use_nav();
    view! {
        <span class=format!("party party-{}", party.id)>
            <MarkIcon mark=party.mark/>
            {nav.t(&party.short)}
        </span>
    }
}

/// The party's shape. Decorative: the name beside it carries the meaning.
#[component]
pub fn MarkIcon(mark: Mark) -> impl IntoView {
    let shape = match mark {
        Mark::Circle => view! { <circle cx="6" cy="6" r="5"/> }.into_any(),
        Mark::Square => view! { <rect x="1" y="1" width="10" height="10"/> }.into_any(),
        Mark::Triangle => view! { <polygon points="6,0.5 11.5,11 0.5,11"/> }.into_any(),
        Mark::Diamond => view! { <polygon points="6,0 12,6 6,12 0,6"/> }.into_any(),
    };
    view! {
        <svg class="mark" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            {shape}
        </svg>
    }
}
