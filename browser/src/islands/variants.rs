//! The foundation's variant switch: an island (see `crate::islands`).

use leptos::prelude::*;
use model::nav::{Card, Place};

use crate::pages::ids;
use crate::{use_nav, use_page, SKELETON};

/// The variant switch: an island (see `crate::islands`) that keeps the choice in the URL
/// (`?variant=tokyo-condition`) and marks the chosen variant `current`, which shows it.
#[component]
pub fn VariantSwitch() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    let s = here.s;
    // The variant the settings name, else the one a link points to (`#variant-…`), else
    // Seoul's proposal.
    let chosen = Memo::new(move |_| {
        let linked = nav.place.with(|p| match p {
            Place::Card(Card::Variant, id) => Some(id.clone()),
            _ => None,
        });
        let wanted = nav.settings.with(|(st, _)| st.variant.clone()).or(linked);
        wanted
            .and_then(|id| SKELETON.variants.iter().find(|v| v.id == id))
            // Seoul's proposal: every other is compared with it.
            .unwrap_or_else(|| model::variants::baseline(&SKELETON.variants))
            .id
            .as_ref()
    });
    Effect::new(move |_| {
        let chosen = chosen.get();
        for v in SKELETON.variants.iter() {
            if let Some(el) = document().get_element_by_id(&ids::variant(&v.id)) {
                let _ = el.class_list().toggle_with_force("current", v.id == chosen);
            }
        }
    });
    view! {
        <span class="controls-label" aria-hidden="true">
            {s.variant_label}
            {s.colon}
        </span>
        {SKELETON
            .variants
            .iter()
            .map(|v| {
                let id = v.id.as_ref();
                view! {
                    <button
                        type="button"
                        aria-pressed=move || if chosen.get() == id { "true" } else { "false" }
                        on:click=move |_| nav.change(|st| st.variant = Some(id.to_string()))
                    >
                        {here.t(&v.name)}
                    </button>
                }
            })
            .collect_view()}
    }
}
