//! One event of the timeline: a date and a title that open onto the cited summary.

use leptos::prelude::*;
use model::Event;

use crate::components::basis::Basis;
use crate::components::citation::StatementClaim;
use crate::components::place_link::Permalink;
use crate::components::words::Words;
use crate::DATA;
use browser::pages::ids;
use browser::use_page;

#[component]
pub fn EventCard(event: &'static Event) -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let anchor = ids::event(&event.id);
    let inferred = event.date.is_inferred();
    let actors = event
        .actors
        .iter()
        .filter_map(|id| DATA.actor(id))
        .map(|a| here.t(&a.name))
        .collect::<Vec<_>>()
        .join(s.list_separator);
    view! {
        <li id=anchor.clone() class=ids::EVENT_CLASS>
            // Closed as written; a link to the event opens it (`browser::start`'s `open_events_at_place`).
            <details>
                <summary>
                    // A range keeps each end whole and may break after its mark, so
                    // "November 2022–January 2023" fits a 300 px column.
                    {match event.date.parts(lang) {
                        (from, Some((dash, to))) => {
                            view! {
                                <time class="range" datetime=event.date.from.iso()>
                                    <span class="nowrap">{from}</span>
                                    {dash}
                                    <wbr />
                                    <span class="nowrap">{to}</span>
                                </time>
                            }
                                .into_any()
                        }
                        (from, None) => view! { <time datetime=event.date.from.iso()>{from}</time> }.into_any(),
                    }} {inferred.then(|| view! { <span class="badge inferred">{s.date_inferred}</span> })}
                    <span class="event-title">
                        <Words text=here.t(&event.title) />
                    </span>
                </summary>
                <div class="event-body">
                    <StatementClaim statement=&event.summary />
                    {event
                        .date
                        .how
                        .as_ref()
                        .map(|how| {
                            view! {
                                <p class="how">
                                    <strong>{if inferred { s.how_inferred } else { s.date_stated }}</strong>
                                    " "
                                    <Words text=here.t(how) />
                                </p>
                            }
                        })}
                    {event.date.how_basis.as_ref().map(|b| view! { <Basis basis=b /> })}
                    <p class="involved">
                        <strong>{s.involved}</strong>
                        " "
                        {actors}
                    </p>
                    <p>
                        <Permalink anchor=anchor.clone() />
                    </p>
                </div>
            </details>
        </li>
    }
}
