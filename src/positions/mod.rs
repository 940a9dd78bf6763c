//! Positions: every party's position on every question in dispute, arranged by issue or by
//! party. On narrow screens the grid becomes a stack of cards; it never scrolls sideways.

mod position;
pub use position::{Finding, PositionCard};

use leptos::either::Either;
use leptos::prelude::*;
use model::nav::{Card, Section};
use model::Position;

use browser::pages::ids;
use browser::{Island, Wrapper};

use crate::components::citation::StatementClaim;
use crate::components::party::PartyName;
use crate::components::place_link::Permalink;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::DATA;
use browser::use_page;

#[component]
pub fn Positions() -> impl IntoView {
    view! {
        <SectionFrame section=Section::Positions>
            {Island::Arrangement
                .wrap(Wrapper {
                    class: Some("controls needs-app"),
                    role: Some("group"),
                    label: Some(use_page().s.view_label),
                })} // Both arrangements are in the page; the switch shows one. Without scripts, the
            // arrangement by issue is the one shown.
            <div id=ids::POSITIONS_BY_ISSUE>
                <ByIssue />
            </div> <div id=ids::POSITIONS_BY_PARTY hidden>
                <ByParty />
            </div>
        </SectionFrame>
    }
}

/// One card per question, with each party's position side by side.
#[component]
fn ByIssue() -> impl IntoView {
    let here = use_page();
    let s = here.s;
    DATA.issues
        .iter()
        .map(|issue| {
            let anchor = Card::Issue.anchor(&issue.id);
            view! {
                <article id=anchor.clone() class="issue card" aria-labelledby=format!("{anchor}-title")>
                    <h3 id=format!("{anchor}-title")>{here.t(&issue.title)}</h3>
                    <p class="question">
                        <Words text=here.t(&issue.question) />
                    </p>
                    {(!issue.background.is_empty())
                        .then(|| {
                            view! {
                                <div class="background">
                                    <h4>{s.background}</h4>
                                    {issue
                                        .background
                                        .iter()
                                        .map(|b| view! { <StatementClaim statement=b /> })
                                        .collect_view()}
                                </div>
                            }
                        })}
                    <PartyPositions positions=&issue.positions />
                    <p>
                        <Permalink anchor=anchor.clone() />
                    </p>
                </article>
            }
        })
        .collect_view()
}

/// Each party's position side by side (stacked on narrow screens), under the party's name.
/// `nested` puts the names one heading level deeper, under a heading of their own.
#[component]
pub fn PartyPositions(positions: &'static [Position], #[prop(optional)] nested: bool) -> impl IntoView {
    view! {
        <ul class="grid positions-grid">
            {positions
                .iter()
                .filter_map(|p| DATA.party(&p.party).map(|party| (p, party)))
                .map(|(p, party)| {
                    let name = view! { <PartyName party=party /> };
                    view! {
                        <li class=format!(
                            "position party-{}",
                            party.id,
                        )>
                            {if nested {
                                Either::Left(view! { <h5>{name}</h5> })
                            } else {
                                Either::Right(view! { <h4>{name}</h4> })
                            }} <PositionCard position=p />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// One card per party, with its position on each question.
#[component]
fn ByParty() -> impl IntoView {
    let here = use_page();
    DATA.parties
        .iter()
        .map(|party| {
            view! {
                <article
                    class=format!("party-card card party-{}", party.id)
                    aria-labelledby=format!("party-{}-title", party.id)
                >
                    <h3 id=format!("party-{}-title", party.id)>
                        <PartyName party=party />
                    </h3>
                    // The full name under the short one, where they differ ("Tokyo", then "The
                    // Japanese government"); in Japanese and Korean they are the same words.
                    {(here.t(&party.name) != here.t(&party.short))
                        .then(|| {
                            view! {
                                <p class="full-name">
                                    <Words text=here.t(&party.name) />
                                </p>
                            }
                        })}
                    <ul class="grid positions-grid">
                        {DATA
                            .issues
                            .iter()
                            .filter_map(|issue| {
                                issue.positions.iter().find(|p| p.party == party.id).map(|p| (issue, p))
                            })
                            .map(|(issue, p)| {
                                view! {
                                    <li class="position">
                                        <h4>
                                            <a href=format!(
                                                "#{}",
                                                Card::Issue.anchor(&issue.id),
                                            )>{here.t(&issue.title)}</a>
                                        </h4>
                                        <PositionCard position=p />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </article>
            }
        })
        .collect_view()
}
