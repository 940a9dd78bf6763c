//! One event of the timeline: a date and a title that open onto the cited summary.

use dispute_model::nav::Card;
use dispute_model::Event;
use leptos::prelude::*;

use crate::components::citation::Claim;
use crate::{use_nav, DATA};

#[component]
pub fn EventCard(event: &'static Event) -> impl IntoView {
    let nav = use_nav();
    let (s, lang) = (nav.s, nav.lang);
    let anchor = Card::Event.anchor(&event.id);
    // Opening follows the URL, so a deep link or the back button opens the right event.
    let open = move || nav.place.with(|p| p.is_card(Card::Event, &event.id));
    let inferred = event.date.is_inferred();
    let actors = event
        .actors
        .iter()
        .filter_map(|id| DATA.actor(id))
        .map(|a| nav.t(&a.name))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li id=anchor.clone() class="event">
            <details open=open>
                <summary>
                    <time datetime=event.date.from.iso()>{event.date.display(lang)}</time>
                    {inferred.then(|| view! { <span class="badge inferred">{s.date_inferred}</span> })}
                    <span class="event-title">{nav.t(&event.title)}</span>
                </summary>
                <div class="event-body">
                    <Claim text=&event.summary.text citations=&event.summary.citations/>
                    {event.date.how.as_ref().map(|how| view! {
                        <p class="how"><strong>{if inferred { s.how_inferred } else { s.date_stated }}</strong> " " {nav.t(&how)}</p>
                    })}
                    <p class="involved"><strong>{s.involved}</strong> " " {actors}</p>
                    <p><a class="permalink" href=format!("#{anchor}")>{s.link_to_this}</a></p>
                </div>
            </details>
        </li>
    }
}
