//! The gaps: what still divided the sides as of the "as of" date, each side's stance side by
//! side, what would close the gap according to the reports, and where it stood.

use leptos::prelude::*;
use model::nav::{Card, Section};

use crate::components::citation::StatementClaim;
use crate::components::place_link::Permalink;
use crate::components::place_link::PlaceLink;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::positions::{Finding, PartyPositions};
use crate::DATA;
use browser::use_page;

#[component]
pub fn Gaps() -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let as_of = DATA.meta.as_of.display(lang);
    view! {
        <SectionFrame section=Section::Gaps>
            {DATA
                .gaps
                .iter()
                .map(|gap| {
                    let anchor = Card::Gap.anchor(&gap.id);
                    let issue = DATA.issue(&gap.issue);
                    view! {
                        <article id=anchor.clone() class="gap card" aria-labelledby=format!("{anchor}-title")>
                            <h3 id=format!("{anchor}-title")>{here.t(&gap.title)}</h3>
                            <div class="status">
                                <h4>{s.status} " (" {s.as_of.to_lowercase()} " " {as_of.clone()} ")"</h4>
                                <StatementClaim statement=&gap.status />
                            </div>
                            <h4>{s.stances}</h4>
                            <PartyPositions positions=&gap.stances nested=true />
                            <div class="closes-if">
                                <h4>{s.closes_if}</h4>
                                <Finding text=gap.closes_if.text.as_ref() citations=&gap.closes_if.citations />
                            </div>
                            {issue
                                .map(|i| {
                                    view! {
                                        <p class="related">
                                            {s.related_issue} " "
                                            <PlaceLink section=Section::Positions anchor=Card::Issue.anchor(&i.id)>
                                                <Words text=here.t(&i.title) />
                                            </PlaceLink>
                                        </p>
                                    }
                                })}
                            <p>
                                <Permalink anchor=anchor.clone() />
                            </p>
                        </article>
                    }
                })
                .collect_view()}
        </SectionFrame>
    }
}
