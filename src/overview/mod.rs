//! Overview: the dispute in a few cited sentences, the date it is current to, and a way
//! into each section.

use leptos::prelude::*;
use model::nav::Section;

use crate::components::citation::{Cite, StatementClaim};
use crate::components::place_link::PlaceLink;
use crate::components::section::SectionFrame;
use crate::DATA;
use browser::use_page;

#[component]
pub fn Overview() -> impl IntoView {
    let here = use_page();
    let s = here.s;
    view! {
        <SectionFrame section=Section::Overview>
            <Summary />
            <ul class="entry-points">
                {Section::ALL[1..]
                    .iter()
                    .map(|&section| {
                        view! {
                            <li>
                                <PlaceLink section=section anchor=section.id()>
                                    {s.section(section)}
                                </PlaceLink>
                                <span>{s.section_intro(section)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </SectionFrame>
    }
}

/// The cited sentences and the date they are current to: the overview's text, which the
/// compact embed (`crate::embed`) carries too.
#[component]
pub fn Summary() -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let meta = &DATA.meta;
    view! {
        <div class="summary">
            {meta.summary.iter().map(|st| view! { <StatementClaim statement=st /> }).collect_view()}
        </div>
        // A <div>, not a <p>: a citation is a <details>, which a paragraph cannot hold.
        <div class="as-of-line">
            <strong>{s.as_of} " " <time datetime=meta.as_of.iso()>{meta.as_of.display(lang)}</time></strong>
            " "
            <Cite citations=&meta.as_of_citations />
        </div>
    }
}
