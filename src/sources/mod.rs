//! Sources & method: the two reports, how the explainer cites them, its "as of" date, the
//! corrections log, and how to reuse, cite and follow it.

use leptos::either::Either;
use leptos::prelude::*;
use model::nav::{Card, Section, CORRECTIONS_ID};

use crate::components::basis::Basis;
use crate::components::citation::Cite;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::editions::{citation, edition_path, feed_path, PublicAddress};
use crate::DATA;
use browser::use_page;

#[component]
pub fn Sources() -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let meta = &DATA.meta;
    view! {
        <SectionFrame section=Section::Sources>
            {DATA
                .sources
                .iter()
                .map(|src| {
                    view! {
                        <article
                            class="source card"
                            id=Card::Source.anchor(&src.id)
                            aria-labelledby=format!("source-{}-title", src.id)
                        >
                            <h3 id=format!("source-{}-title", src.id)>{here.t(&src.title)}</h3>
                            // What the title says of the report (its photo credit, say), in its words.
                            <Cite citations=&src.citations />
                            <dl>
                                <dt>{s.covers}</dt>
                                <dd>
                                    <Words text=here.t(&src.covers) />
                                </dd>
                                <dt>{s.dates}</dt>
                                <dd>
                                    <p>
                                        <Words text=here.t(&src.dates) />
                                    </p>
                                    {src.dates_basis.as_ref().map(|b| view! { <Basis basis=b /> })}
                                </dd>
                                <dt>{s.unused}</dt>
                                <dd>
                                    <Fold count=src.unused.len()>
                                        <ul>
                                            {src
                                                .unused
                                                .iter()
                                                .map(|u| {
                                                    view! {
                                                        <li>
                                                            {s.paragraph} " " {u.paragraph} {s.colon}
                                                            <Words text=here.t(&u.reason) />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </Fold>
                                </dd>
                            </dl>
                        </article>
                    }
                })
                .collect_view()} // The method is there for who looks for it: folded under its heading.
            <details class="fold">
                <summary>
                    <h3>{s.method}</h3>
                </summary>
                {meta
                    .method
                    .iter()
                    .map(|m| {
                        view! {
                            <p>
                                <Words text=here.t(m) />
                            </p>
                        }
                    })
                    .collect_view()}
            </details>
            <div class="as-of-line">
                {s.as_of} " " <time datetime=meta.as_of.iso()>{meta.as_of.display(lang)}</time> " "
                <Cite citations=&meta.as_of_citations />
            </div> <h3>{s.corrections}</h3>
            {if meta.corrections.is_empty() {
                Either::Left(view! { <p id=CORRECTIONS_ID>{s.no_corrections}</p> })
            } else {
                Either::Right(
                    // Folded; the list holds the address's id, so a link to `#corrections` opens
                    // it (the browser opens the <details> around a fragment's target).
                    view! {
                        <Fold count=meta.corrections.len()>
                            <ul class="corrections" id=CORRECTIONS_ID>
                                {meta
                                    .corrections
                                    .iter()
                                    .map(|c| {
                                        view! {
                                            <li>
                                                <time datetime=c.date.iso()>{c.date.display(lang)}</time>
                                                {s.colon}
                                                <Words text=here.t(&c.text) />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </Fold>
                    },
                )
            }} <h3>{s.reuse}</h3> <p>
                <Words text=here.t(&meta.licence) />
            </p> <p>
                <Words text=here.t(&meta.source_terms) />
            </p> <p>
                <a href=here.page.file("data/dispute.json") target=here.target_for_file()>
                    {s.dataset_link}
                </a>
                " ("
                <a href=here.page.file("data/dispute.schema.json") target=here.target_for_file()>
                    "JSON Schema"
                </a>
                ")"
            </p> <CiteAndFollow />
        </SectionFrame>
    }
}

/// The citation of this edition, as plain text a reader selects and copies (no script, so
/// it is there without one), and the link to the language's feed of editions. With the
/// public address only, the citation ends with the edition's permanent address and the feed
/// is linked (see `crate::editions`).
#[component]
fn CiteAndFollow() -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let address = PublicAddress::used();
    let permanent = address.of(&edition_path(DATA.edition, lang));
    let feed = address.of(&feed_path(lang)).map(|href| {
        view! {
            <p>
                <a href=href type="application/atom+xml" target=here.target_for_file()>
                    {s.feed_link}
                </a>
            </p>
        }
    });
    view! {
        <h3>{s.cite_heading}</h3>
        <p class="citation">{citation(lang)} {permanent.map(|url| (" ", url))}</p>
        {feed}
    }
}

/// A long list folded behind "Show all {n}": it opens with a click, a tap or the keyboard,
/// without scripts, and when a link points into it; print shows it open.
#[component]
fn Fold(count: usize, children: Children) -> impl IntoView {
    let s = use_page().s;
    view! {
        <details class="fold">
            <summary>{s.show_all.replace("{n}", &count.to_string())}</summary>
            {children()}
        </details>
    }
}
