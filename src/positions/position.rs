//! A party's position, or a plain statement that the reports are silent on it.

use leptos::either::Either;
use leptos::prelude::*;
use model::{Citation, Position, Text};

use crate::components::citation::Claim;
use browser::use_page;

#[component]
pub fn PositionCard(position: &'static Position) -> impl IntoView {
    view! { <Finding text=position.text.as_ref() citations=&position.citations /> }
}

/// What the reports say, or "The sources do not say." — validation guarantees that a
/// missing text means the reports are silent, never that an editor forgot.
#[component]
pub fn Finding(text: Option<&'static Text>, citations: &'static [Citation]) -> impl IntoView {
    let s = use_page().s;
    match text {
        Some(text) => Either::Left(view! { <Claim text=text citations=citations /> }),
        None => Either::Right(view! { <p class="silent">{s.sources_silent}</p> }),
    }
}
