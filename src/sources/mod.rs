//! Sources & method: the two reports, how the explainer cites them, its "as of" date and
//! the corrections log.

use dispute_model::nav::{Card, Section, CORRECTIONS_ID};
use leptos::either::Either;
use leptos::prelude::*;

use crate::components::basis::Basis;
use crate::components::citation::Cite;
use crate::components::section::SectionFrame;
use crate::DATA;
use explainer::use_nav;

#[component]
pub fn Sources() -> impl IntoView {
    let nav = use_nav();
    let (s, lang) = (nav.s, nav.lang);
    let meta = &DATA.meta;
    view! {
        <SectionFrame section=Section::Sources>
            {DATA
                .sources
                .iter()
                .map(|src| view! {
                    <article class="source card" id=Card::Source.anchor(&src.id) aria-labelledby=format!("source-{}-title", src.id)>
                        <h3 id=format!("source-{}-title", src.id)>{nav.t(&src.title)}</h3>
                        // What the title says of the report (its photo credit, say), in its words.
                        <Cite citations=&src.citations/>
                        <dl>
                            <dt>{s.covers}</dt>
                            <dd>{nav.t(&src.covers)}</dd>
                            <dt>{s.dates}</dt>
                            <dd>
                                <p>{nav.t(&src.dates)}</p>
                                {src.dates_basis.as_ref().map(|b| view! { <Basis basis=b/> })}
                            </dd>
                            <dt>{s.unused}</dt>
                            <dd>
                                <ul>
                                    {src.unused.iter().map(|u| view! {
                                        <li>{s.paragraph} " " {u.paragraph} ": " {nav.t(&u.reason)}</li>
                                    }).collect_view()}
                                </ul>
                            </dd>
                        </dl>
                    </article>
                })
                .collect_view()}
            <h3>{s.method}</h3>
            {meta.method.iter().map(|m| view! { <p>{nav.t(&m)}</p> }).collect_view()}
            <div class="as-of-line">
                {s.as_of} " " <time datetime=meta.as_of.iso()>{meta.as_of.display(lang)}</time> " "
                <Cite citations=&meta.as_of_citations/>
            </div>
            <h3 id=CORRECTIONS_ID>{s.corrections}</h3>
            {if meta.corrections.is_empty() {
                Either::Left(view! { <p>{s.no_corrections}</p> })
            } else {
                Either::Right(view! {
                    <ul class="corrections">
                        {meta.corrections.iter().map(|c| view! {
                            <li><time datetime=c.date.iso()>{c.date.display(lang)}</time> ": " {nav.t(&c.text)}</li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <h3>{s.reuse}</h3>
            <p>{nav.t(&meta.licence)}</p>
            <p>{nav.t(&meta.source_terms)}</p>
            <p>
                <a href=nav.page.file("data/dispute.json") target=nav.target_for_file()>{s.dataset_link}</a>
                " (" <a href=nav.page.file("data/dispute.schema.json") target=nav.target_for_file()>"JSON Schema"</a> ")"
            </p>
        </SectionFrame>
    }
}
