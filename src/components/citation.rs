//! A claim and the passages that back it. Every sentence of the dispute the reader sees
//! goes through [`Claim`], so every one of them can be checked against its source.
//!
//! A citation is a native `<details>`: it opens with a click, a tap, Enter or Space before
//! the wasm has loaded and where scripts never run, and prints open. The app adds only
//! Escape to close it again.

use leptos::prelude::*;
use model::{Citation, Statement, Text, TextBasis};

use model::nav::{Card, Section};

use crate::components::basis::Basis;
use crate::components::place_link::PlaceLink;
use crate::components::words::Words;
use crate::DATA;
use browser::pages::ids;
use browser::use_page;

/// A sentence with a marker that opens its source passages.
#[component]
pub fn Claim(
    /// The sentence, in every language the dataset has.
    text: &'static Text,
    /// The passages of the reports that back the sentence.
    citations: &'static [Citation],
    /// What the sentence rests on beyond (or instead of) the reports, if anything.
    #[prop(default = None)]
    basis: Option<&'static TextBasis>,
) -> impl IntoView {
    let here = use_page();
    let words = here.t(text);
    view! {
        <div class="claim">
            <p>
                <Words text=words />
            </p>
            " "
            <Cite citations=citations />
            <GlossaryLinks text=words />
            {basis.map(|b| view! { <Basis basis=b /> })}
        </div>
    }
}

/// A statement of the dataset: its sentence, its citations and its basis.
#[component]
pub fn StatementClaim(statement: &'static Statement) -> impl IntoView {
    view! { <Claim text=&statement.text citations=&statement.citations basis=statement.basis.as_ref() /> }
}
/// Links to the glossary entries of contested terms a translated text uses, so a reader
/// can see how each side words them: one labelled line under the text ("用語集を参照：強制労働、
/// 戦時労働"), never run into the sentence or the basis note. English texts quote the reports'
/// own words and need no such pointer; a glossary entry does not point at itself.
#[component]
fn GlossaryLinks(text: &'static str) -> impl IntoView {
    let here = use_page();
    let own = use_context::<OwnTerm>().map(|t| t.0);
    let terms: Vec<_> = DATA
        .glossary
        .iter()
        .filter(|_| here.lang != model::Lang::En)
        .filter(|term| term.contested && own != Some(term.id.as_ref()) && text.contains(here.t(&term.term)))
        .collect();
    (!terms.is_empty()).then(|| {
        view! {
            <p class="glossary-links">
                {here.s.see_glossary} {here.s.colon}
                {terms
                    .into_iter()
                    .enumerate()
                    .map(|(i, term)| {
                        view! {
                            {(i > 0).then_some(here.s.list_separator)}
                            <PlaceLink section=Section::Glossary anchor=Card::Term.anchor(&term.id)>
                                <Words text=here.t(&term.term) />
                            </PlaceLink>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// The glossary entry a text belongs to, provided by the glossary for its cards' claims.
#[derive(Clone, Copy)]
pub struct OwnTerm(pub &'static str);

/// The marker and its panel of quotes, for statements whose text is laid out elsewhere.
/// A native `<details>`: the browser opens and closes it, before the wasm has loaded and
/// where scripts never run; `browser::start`'s `close_citations_with_escape` adds Escape.
#[component]
pub fn Cite(
    /// The passages to show; nothing is rendered when there are none.
    citations: &'static [Citation],
) -> impl IntoView {
    let s = use_page().s;
    let label = if citations.len() == 1 {
        s.show_source
    } else {
        s.show_sources
    };
    let count = (citations.len() > 1).then_some(citations.len());
    (!citations.is_empty()).then(move || {
        view! {
            <details class=ids::CITATION_CLASS>
                <summary class="cite-toggle">
                    <span aria-hidden="true">"¶ "</span>
                    {label}
                    {count
                        .map(|n| {
                            view! {
                                " "
                                <span class="cite-count">{n}</span>
                            }
                        })}
                </summary>
                <div class="cite-panel">{citations.iter().map(|c| view! { <Quote citation=c /> }).collect_view()}</div>
            </details>
        }
    })
}

/// One verbatim passage with where it comes from. Quotes are always the reports' English,
/// whatever the page's language; on a translated page the editors' translation stands
/// beside the quote, labelled as theirs and never set as a quotation. The report is named in
/// short, with the paragraph, and linked to its entry under Sources & method, where its full
/// description stands once (a page quotes the reports some four hundred times).
#[component]
fn Quote(citation: &'static Citation) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    let report = DATA
        .source(&citation.source)
        .map(|src| here.t(&src.short))
        .unwrap_or_default();
    let n = citation.paragraph.to_string();
    let shown = s.quote_ref.replace("{report}", report).replace("{n}", &n);
    let spoken = s.quote_ref_spoken.replace("{report}", report).replace("{n}", &n);
    let label = (spoken != shown).then_some(spoken);
    let anchor = Card::Source.anchor(&citation.source);
    view! {
        <p class="quote">
            <q lang="en">{citation.quote.as_ref()}</q>
            {here
                .quote_translation(citation)
                .map(|tr| {
                    view! {
                        <span class="quote-translation">
                            <span class="label">{s.editors_translation} {s.colon}</span>
                            {tr}
                        </span>
                    }
                })}
            <span class="quote-source">
                <a
                    href=here.href_to(Section::Sources, &anchor)
                    target=here.target_for(Section::Sources)
                    aria-label=label
                >
                    {shown}
                </a>
            </span>
        </p>
    }
}
