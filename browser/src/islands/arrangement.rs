//! The positions' "by issue / by party" switch: an island (see `crate::islands`).

use leptos::prelude::*;
use model::nav::By;

use crate::pages::ids;
use crate::{use_nav, use_page};

/// The switch between the two arrangements: an island (see `crate::islands`) that keeps the
/// choice in the URL (`?by=party`) and shows the arrangement chosen.
#[component]
pub fn ArrangementSwitch() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    let s = here.s;
    let by = Memo::new(move |_| nav.settings.with(|(st, _)| st.by));
    Effect::new(move |_| {
        let by = by.get();
        for (id, shown) in [
            (ids::POSITIONS_BY_ISSUE, by == By::Issue),
            (ids::POSITIONS_BY_PARTY, by == By::Party),
        ] {
            if let Some(el) = document().get_element_by_id(id) {
                let _ = el.toggle_attribute_with_force("hidden", !shown);
            }
        }
    });
    let choice = move |value: By, label: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || if by.get() == value { "true" } else { "false" }
                on:click=move |_| nav.change(|st| st.by = value)
            >
                {label}
            </button>
        }
    };
    view! {
        <span class="controls-label" aria-hidden="true">
            {s.view_label}
            {s.colon}
        </span>
        {choice(By::Issue, s.by_issue)}
        {choice(By::Party, s.by_party)}
    }
}
