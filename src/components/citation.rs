//! A claim and the passages that back it. Every sentence of the dispute the reader sees
//! goes through [`Claim`], so every one of them can be checked against its source.

use std::cell::Cell;

use dispute_model::{Citation, Text};
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use dispute_model::nav::Card;

use crate::{use_nav, DATA};

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A page-unique id for `aria-controls`; components are created once per render, so a
/// counter is enough and avoids deriving ids from content that may repeat.
fn next_id() -> String {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        format!("cite-{id}")
    })
}

/// A sentence with a marker that opens its source passages. The marker is a real button:
/// it opens with a click, a tap, Enter or Space, and Escape closes it again.
#[component]
pub fn Claim(
    /// The sentence, in every language the dataset has.
    text: &'static Text,
    /// The passages of the reports that back the sentence.
    citations: &'static [Citation],
) -> impl IntoView {
    let nav = use_nav();
    let words = nav.t(text);
    view! {
        <div class="claim">
            <p>{words} " " <Cite citations=citations/> <GlossaryLinks text=words/></p>
        </div>
    }
}

/// Links to the glossary entries of contested terms a translated text uses, so a reader
/// can see how each side words them. English texts quote the reports' own words and need
/// no such pointer.
#[component]
fn GlossaryLinks(text: &'static str) -> impl IntoView {
    let nav = use_nav();
    (nav.lang != dispute_model::Lang::En).then(|| {
        DATA.glossary
            .iter()
            .filter(|term| term.contested && text.contains(nav.t(&term.term)))
            .map(|term| view! {
                " "
                <a class="glossary-link" href=format!("#{}", Card::Term.anchor(&term.id))>
                    {nav.s.see_glossary} ": " {nav.t(&term.term)}
                </a>
            })
            .collect_view()
    })
}

/// The marker and its panel of quotes, for statements whose text is laid out elsewhere.
#[component]
pub fn Cite(
    /// The passages to show; nothing is rendered when there are none.
    citations: &'static [Citation],
) -> impl IntoView {
    let s = use_nav().s;
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let id = next_id();
    let close_on_escape = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            // Focus goes back to the marker so a keyboard reader keeps their place.
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let label = if citations.len() == 1 { s.show_source } else { s.show_sources };
    let count = (citations.len() > 1).then(|| citations.len());
    (!citations.is_empty()).then(move || {
        view! {
            <span class="cite" on:keydown=close_on_escape>
                <button
                    type="button"
                    class="cite-toggle"
                    node_ref=button
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span aria-hidden="true">"¶ "</span>
                    {label}
                    {count.map(|n| view! { " " <span class="cite-count">{n}</span> })}
                </button>
                <span class="cite-panel" id=id.clone() role="group" aria-label=label hidden=move || !open.get()>
                    {citations.iter().map(|c| view! { <Quote citation=c/> }).collect_view()}
                </span>
            </span>
        }
    })
}

/// One verbatim passage with where it comes from. Quotes are always the reports' English,
/// whatever the page's language; on a translated page the editors' translation stands
/// beside the quote, labelled as theirs and never set as a quotation.
#[component]
fn Quote(citation: &'static Citation) -> impl IntoView {
    let nav = use_nav();
    let source = DATA.source(&citation.source).map(|src| nav.t(&src.title)).unwrap_or_default();
    view! {
        <span class="quote">
            <q lang="en">{citation.quote.as_ref()}</q>
            {nav.quote_translation(citation).map(|tr| view! {
                <span class="quote-translation">
                    <span class="label">{nav.s.editors_translation} ": "</span>
                    {tr}
                </span>
            })}
            <span class="quote-source">
                {nav.s.quote_from} " " {source} ", " {nav.s.paragraph} " " {citation.paragraph}
            </span>
        </span>
    }
}
