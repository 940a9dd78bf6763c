//! How a party is named on the page: a shape and a name, never a color alone.

use leptos::prelude::*;
use model::{Mark, Party};

use crate::components::words::Words;

use browser::use_page;

/// The party's shape followed by its short name.
#[component]
pub fn PartyName(party: &'static Party) -> impl IntoView {
    let here = use_page();
    view! {
        <span class=format!("party party-{}", party.id)>
            <MarkIcon mark=party.mark />
            <Words text=here.t(&party.short) />
        </span>
    }
}

/// The party's shape. Decorative: the name beside it carries the meaning.
#[component]
pub fn MarkIcon(mark: Mark) -> impl IntoView {
    // One path element for every shape keeps a single view type (no type erasure).
    let shape = match mark {
        Mark::Circle => "M6,1 A5,5 0 1 1 5.99,1 Z",
        Mark::Square => "M1,1 H11 V11 H1 Z",
        Mark::Triangle => "M6,0.5 L11.5,11 L0.5,11 Z",
        Mark::Diamond => "M6,0 L12,6 L6,12 L0,6 Z",
    };
    view! {
        <svg class="mark" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d=shape />
        </svg>
    }
}
