//! The timeline's filter by actor: an island (see `crate::islands`). It keeps the choice in
//! the URL (`?actor=yoon`) and hides the events, and the periods, that leave the actor out.

use leptos::prelude::*;

use crate::pages::ids;
use crate::{use_nav, use_page, SKELETON};

#[component]
pub fn TimelineFilter() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    let s = here.s;
    let actor = Memo::new(move |_| nav.settings.with(|(st, _)| st.actor.clone()));
    let total = SKELETON.events.len();
    let shown = Memo::new(move |_| {
        actor.with(|a| {
            SKELETON
                .events_with(a.as_deref())
                .iter()
                .map(|e| e.id.as_ref())
                .collect::<Vec<&str>>()
        })
    });
    let count = move || shown.with(Vec::len);

    // The events are the static page's: show and hide them there.
    Effect::new(move |_| {
        shown.with(|shown| {
            let doc = document();
            for period in SKELETON.periods.iter() {
                let mut any = false;
                for event in SKELETON.events.iter().filter(|e| e.period == *period) {
                    let visible = shown.contains(&event.id.as_ref());
                    any |= visible;
                    if let Some(card) = doc.get_element_by_id(&ids::event(&event.id)) {
                        let _ = card.toggle_attribute_with_force("hidden", !visible);
                    }
                }
                if let Some(el) = doc.get_element_by_id(&ids::period(period)) {
                    let _ = el.toggle_attribute_with_force("hidden", !any);
                }
            }
        })
    });

    let on_change = move |ev| {
        let value = event_target_value(&ev);
        nav.change(|st| st.actor = (!value.is_empty()).then_some(value));
    };

    view! {
        <label for="timeline-actor">{s.filter_label}</label>
        <select id="timeline-actor" on:change=on_change prop:value=move || actor.get().unwrap_or_default()>
            <option value="">{s.filter_all}</option>
            {SKELETON
                .timeline_actors
                .iter()
                .map(|a| view! { <option value=a.id.as_ref()>{here.t(&a.name)}</option> })
                .collect_view()}
        </select>
        <p class="count" aria-live="polite">
            {s.showing_events}
            " "
            {count}
            " "
            {s.of}
            " "
            {total}
        </p>
        <p class="no-events" hidden=move || count() != 0>
            {s.no_events}
        </p>
    }
}
