//! Who's who: everyone the reports name, grouped by country, with titles as given.

use leptos::prelude::*;
use model::nav::{Card, Section};
use model::{Actor, Country, Lang};

use crate::components::basis::Basis;
use crate::components::citation::Cite;
use crate::components::place_link::Permalink;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::DATA;
use browser::use_page;

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
    let s = use_page().s;
    view! {
        <SectionFrame section=Section::People>
            {(0..3)
                .map(|g| {
                    view! {
                        <div class="people-group">
                            <h3>{s.countries[g]}</h3>
                            <ul class="grid people">
                                {DATA
                                    .actors
                                    .iter()
                                    .filter(|a| group(a) == g)
                                    .map(|a| view! { <Person actor=a /> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })
                .collect_view()}
        </SectionFrame>
    }
}

#[component]
fn Person(actor: &'static Actor) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    let anchor = Card::Actor.anchor(&actor.id);
    let parent = actor.part_of.as_deref().and_then(|p| DATA.actor(p));
    view! {
        <li id=anchor.clone() class="card person">
            <h4>
                <Words text=here.t(&actor.name) />
            </h4>
            <OtherForms actor=actor />
            // A form of the name the reports do not give, with the record it comes from.
            {actor.name_basis.as_ref().map(|b| view! { <Basis basis=b /> })}
            {actor
                .title
                .as_ref()
                .map(|t| {
                    view! {
                        <p class="title">
                            <Words text=here.t(t) />
                        </p>
                    }
                })}
            {parent
                .map(|p| {
                    view! {
                        <p class="part-of">
                            {s.part_of} " " <a href=format!("#{}", Card::Actor.anchor(&p.id))>{here.t(&p.name)}</a>
                        </p>
                    }
                })}
            <div class="person-links">
                <Cite citations=&actor.citations />
                " "
                <Permalink anchor=anchor.clone() />
            </div>
        </li>
    }
}

/// The actor's name as the other two languages write it, each marked with its language,
/// so a reader can search for the name in any press.
#[component]
fn OtherForms(actor: &'static Actor) -> impl IntoView {
    let here = use_page();
    let forms: Vec<_> = Lang::ALL
        .into_iter()
        .filter(|l| *l != here.lang)
        .filter_map(|l| actor.name.in_lang(l).map(|name| (l, name)))
        .filter(|(_, name)| *name != here.t(&actor.name))
        .collect();
    (!forms.is_empty()).then(|| {
        view! {
            <p class="other-forms">
                {here.s.other_forms} {here.s.colon}
                {forms
                    .into_iter()
                    .enumerate()
                    .map(|(i, (l, name))| {
                        view! {
                            {(i > 0).then_some(" · ")}
                            <span lang=l.tag()>{name}</span>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}
