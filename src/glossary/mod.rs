//! Glossary: terms that matter, and for contested ones the words each side uses.

use dispute_model::nav::{Card, Section};
use leptos::prelude::*;

use crate::components::basis::Basis;
use crate::components::citation::StatementClaim;
use crate::components::section::SectionFrame;
use crate::DATA;
use explainer::use_nav;

#[component]
pub fn Glossary() -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    view! {
        <SectionFrame section=Section::Glossary>
            <dl class="glossary">
                {DATA
                    .glossary
                    .iter()
                    .map(|t| {
                        let anchor = Card::Term.anchor(&t.id);
                        view! {
                            <div id=anchor.clone() class="term card">
                                <dt>
                                    <dfn>{nav.t(&t.term)}</dfn>
                                    {t.contested.then(|| view! { " " <span class="badge contested">{s.contested}</span> })}
                                </dt>
                                <dd>
                                    <StatementClaim statement=&t.definition/>
                                    {(!t.usage.is_empty()).then(|| view! {
                                        <h3 class="usage-heading">{s.usage_heading}</h3>
                                        <ul class="usage">
                                            {t.usage.iter().map(|u| view! {
                                                <li>
                                                    <p>
                                                        <strong>{DATA.name_of(&u.by).map(|n| nav.t(&n))}</strong> ": "
                                                        <span class="words">{nav.t(&u.words)}</span>
                                                    </p>
                                                    <StatementClaim statement=&u.note/>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                    {(!t.wordings.is_empty()).then(|| view! {
                                        <h3 class="usage-heading">{s.wordings_heading}</h3>
                                        <p class="wordings-note">{s.wordings_note}</p>
                                        <ul class="wordings">
                                            {t.wordings.iter().map(|w| view! {
                                                <li>
                                                    <p>
                                                        <strong>{nav.t(&w.by)}</strong> ": "
                                                        <span class="words" lang=w.lang.tag()>{w.words.as_ref()}</span>
                                                        " — " {nav.t(&w.implies)}
                                                    </p>
                                                    <Basis basis=&w.basis/>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                    <p><a class="permalink" href=format!("#{anchor}")>{s.link_to_this}</a></p>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </SectionFrame>
    }
}
