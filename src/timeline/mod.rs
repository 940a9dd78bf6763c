//! Timeline: events from 1910 to 2023, grouped by period, filterable by actor. Each event
//! opens to show its summary and sources; inferred dates say so in words.

mod event;

use leptos::prelude::*;
use model::nav::Section;

use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::DATA;
use browser::pages::ids;
use browser::use_page;
use browser::{Island, Wrapper};
use event::EventCard;

#[component]
pub fn Timeline() -> impl IntoView {
    let here = use_page();
    view! {
        <SectionFrame section=Section::Timeline>
            {Island::TimelineFilter
                .wrap(Wrapper {
                    class: Some("controls needs-app"),
                    ..Wrapper::default()
                })} // Every event is in the page; the filter only hides the others.
            {DATA
                .periods
                .iter()
                .map(|period| {
                    view! {
                        <div class="period" id=ids::period(&period.id)>
                            <h3>
                                <Words text=here.t(&period.name) />
                            </h3>
                            <ol class="events">
                                {DATA
                                    .events
                                    .iter()
                                    .filter(|e| e.period == period.id)
                                    .map(|e| view! { <EventCard event=e /> })
                                    .collect_view()}
                            </ol>
                        </div>
                    }
                })
                .collect_view()}
        </SectionFrame>
    }
}
