//! Timeline: events from 1910 to 2023, grouped by period, filterable by actor. Each event
//! opens to show its summary and sources; inferred dates say so in words.

mod event;

use dispute_model::nav::Section;
use leptos::prelude::*;

use crate::components::section::SectionFrame;
use crate::{use_nav, DATA};
use event::EventCard;

#[component]
pub fn Timeline() -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    let actor = Memo::new(move |_| nav.settings.with(|(st, _)| st.actor.clone()));
    let total = DATA.events.len();
    let shown = move || actor.with(|a| DATA.events_with(a.as_deref()).len());

    let on_change = move |ev| {
        let value = event_target_value(&ev);
        nav.change(|st| st.actor = (!value.is_empty()).then_some(value));
    };

    view! {
        <SectionFrame section=Section::Timeline>
            <div class="controls">
                <label for="timeline-actor">{s.filter_label}</label>
                <select id="timeline-actor" on:change=on_change prop:value=move || actor.get().unwrap_or_default()>
                    <option value="">{s.filter_all}</option>
                    {DATA
                        .timeline_actors()
                        .map(|a| view! { <option value=a.id.as_ref()>{nav.t(&a.name)}</option> })
                        .collect_view()}
                </select>
                <p class="count" aria-live="polite">
                    {s.showing_events} " " {shown} " " {s.of} " " {total}
                </p>
            </div>
            {move || (shown() == 0).then(|| view! { <p>{s.no_events}</p> })}
            {DATA
                .periods
                .iter()
                .map(|period| {
                    let events = move || {
                        let events: Vec<_> = actor.with(|a| {
                            DATA.events_with(a.as_deref()).into_iter().filter(|e| e.period == period.id).collect()
                        });
                        events.into_iter().map(|e| view! { <EventCard event=e/> }).collect_view()
                    };
                    let empty = move || actor.with(|a| !DATA.events_with(a.as_deref()).iter().any(|e| e.period == period.id));
                    view! {
                        <div class="period" hidden=empty>
                            <h3>{nav.t(&period.name)}</h3>
                            <ol class="events">{events}</ol>
                        </div>
                    }
                })
                .collect_view()}
        </SectionFrame>
    }
}
