//! Who's who: everyone the reports name, grouped by country, with titles as given.

use dispute_model::nav::{Card, Section};
use dispute_model::{Actor, Country};
use leptos::prelude::*;

use crate::components::citation::Cite;
use crate::components::section::SectionFrame;
use crate::{use_nav, DATA};

/// The groups of Who's who, in order; everything not Japanese or South Korean is "Others".
fn group(a: &Actor) -> usize {
    match a.country {
        Some(Country::Japan) => 0,
        Some(Country::SouthKorea) => 1,
        _ => 2,
    }
}

#[component]
pub fn People() -> impl IntoView {
    let s = use_nav().s;
    view! {
        <SectionFrame section=Section::People>
            {(0..3)
                .map(|g| view! {
                    <div class="people-group">
                        <h3>{s.countries[g]}</h3>
                        <ul class="grid people">
                            {DATA.actors.iter().filter(|a| group(a) == g).map(|a| view! { <Person actor=a/> }).collect_view()}
                        </ul>
                    </div>
                })
                .collect_view()}
        </SectionFrame>
    }
}

#[component]
fn Person(actor: &'static Actor) -> impl IntoView {
    let nav = use_nav();
    let (s, lang) = (nav.s, nav.lang);
    let anchor = Card::Actor.anchor(&actor.id);
    let parent = actor.part_of.as_deref().and_then(|p| DATA.actor(p));
    view! {
        <li id=anchor.clone() class="card person">
            <h4>{actor.name.get(lang)}</h4>
            {actor.title.as_ref().map(|t| view! { <p class="title">{t.get(lang)}</p> })}
            {parent.map(|p| view! {
                <p class="part-of">{s.part_of} " " <a href=format!("#{}", Card::Actor.anchor(&p.id))>{p.name.get(lang)}</a></p>
            })}
            <p><Cite citations=&actor.citations/> " " <a class="permalink" href=format!("#{anchor}")>{s.link_to_this}</a></p>
        </li>
    }
}
