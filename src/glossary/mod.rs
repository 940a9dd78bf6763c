//! Glossary: terms that matter, and for contested ones the words each side uses.

use leptos::prelude::*;
use model::nav::{Card, Section};

use crate::components::basis::Basis;
use crate::components::citation::{OwnTerm, StatementClaim};
use crate::components::place_link::Permalink;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::DATA;
use browser::use_page;
use model::Term;

#[component]
pub fn Glossary() -> impl IntoView {
    view! {
        <SectionFrame section=Section::Glossary>
            <dl class="glossary">{DATA.glossary.iter().map(|t| view! { <TermCard t=t /> }).collect_view()}</dl>
        </SectionFrame>
    }
}

/// One term: its definition, who uses which words, and the wordings of records. Its claims
/// know the term they belong to, so none links to the card it is in.
#[component]
fn TermCard(t: &'static Term) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    provide_context(OwnTerm(t.id.as_ref()));
    let anchor = Card::Term.anchor(&t.id);
    view! {
        <div id=anchor.clone() class="term card">
            <dt>
                <dfn>
                    <Words text=here.t(&t.term) />
                </dfn>
                {t
                    .contested
                    .then(|| {
                        view! {
                            " "
                            <span class="badge contested">{s.contested}</span>
                        }
                    })}
            </dt>
            <dd>
                <StatementClaim statement=&t.definition />
                {(!t.usage.is_empty())
                    .then(|| {
                        view! {
                            <h3 class="usage-heading">{s.usage_heading}</h3>
                            <ul class="usage">
                                {t
                                    .usage
                                    .iter()
                                    .map(|u| {
                                        view! {
                                            <li>
                                                <p>
                                                    <strong>{DATA.name_of(&u.by).map(|n| here.t(n))}</strong>
                                                    {s.colon}
                                                    <span class="words">
                                                        <Words text=here.t(&u.words) />
                                                    </span>
                                                </p>
                                                <StatementClaim statement=&u.note />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                {(!t.wordings.is_empty())
                    .then(|| {
                        view! {
                            <h3 class="usage-heading">{s.wordings_heading}</h3>
                            <p class="wordings-note">{s.wordings_note}</p>
                            <ul class="wordings">
                                {t
                                    .wordings
                                    .iter()
                                    .map(|w| {
                                        view! {
                                            <li>
                                                <p>
                                                    <strong>
                                                        <Words text=here.t(&w.by) />
                                                    </strong>
                                                    {s.colon}
                                                    <span class="words" lang=w.lang.tag()>
                                                        {w.words.as_ref()}
                                                    </span>
                                                    " — "
                                                    <Words text=here.t(&w.implies) />
                                                </p>
                                                <Basis basis=&w.basis />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                <p>
                    <Permalink anchor=anchor.clone() />
                </p>
            </dd>
        </div>
    }
}
