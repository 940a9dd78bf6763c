//! The proposed foundation: who would pay whom under each side's version, drawn as a
//! diagram and told again as text, with what changes from Seoul's proposal.

mod diagram;

use dispute_model::nav::{Card, Place, Section};
use dispute_model::variants::{compare, dropped, Change};
use dispute_model::{FlowKind, Variant};
use leptos::prelude::*;

use crate::components::citation::{Cite, StatementClaim};
use crate::components::party::PartyName;
use crate::components::section::SectionFrame;
use crate::islands::Island;
use crate::site::ids;
use crate::strings::Strings;
use crate::{use_nav, DATA};
use diagram::Diagram;

/// The variant every other is compared with: the first in the data (Seoul's proposal).
fn baseline() -> &'static Variant {
    &DATA.foundation.variants[0]
}

/// A stable class name for an arrow kind, whatever the page's language.
pub fn kind_class(kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Money => "money",
        FlowKind::Apology => "apology",
        FlowKind::Condition => "condition",
        FlowKind::Request => "request",
    }
}

pub fn kind_word(s: &'static Strings, kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Money => s.kind_money,
        FlowKind::Apology => s.kind_apology,
        FlowKind::Condition => s.kind_condition,
        FlowKind::Request => s.kind_request,
    }
}

#[component]
pub fn Foundation() -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    view! {
        <SectionFrame section=Section::Foundation>
            <div class="summary">
                {DATA.foundation.summary.iter().map(|st| view! { <StatementClaim statement=st/> }).collect_view()}
            </div>
            <div class="controls needs-app" role="group" aria-label=s.variant_label data-island=Island::Variants.name()>
                <VariantSwitch/>
            </div>
            // Every variant is in the page, so a reader without scripts can read them all one
            // after the other; with the app, the one chosen is shown (see the stylesheet).
            {DATA.foundation.variants.iter().map(|v| view! { <VariantView variant=v/> }).collect_view()}
            <h3>{s.boxes_heading}</h3>
            <dl class="boxes">
                {DATA
                    .foundation
                    .nodes
                    .iter()
                    .map(|n| view! {
                        <dt>{nav.t(&n.label)}</dt>
                        <dd><StatementClaim statement=&n.about/></dd>
                    })
                    .collect_view()}
            </dl>
        </SectionFrame>
    }
}

/// The variant switch: an island (see `crate::islands`) that keeps the choice in the URL
/// (`?variant=tokyo-condition`) and marks the chosen variant `current`, which shows it.
#[component]
pub fn VariantSwitch() -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    // The variant the settings name, else the one a link points to (`#variant-…`), else
    // Seoul's proposal.
    let chosen = Memo::new(move |_| {
        let linked = nav.place.with(|p| match p {
            Place::Card(Card::Variant, id) => Some(id.clone()),
            _ => None,
        });
        let wanted = nav.settings.with(|(st, _)| st.variant.clone()).or(linked);
        wanted
            .and_then(|id| DATA.foundation.variants.iter().find(|v| v.id == id))
            .unwrap_or_else(baseline)
            .id
            .as_ref()
    });
    Effect::new(move |_| {
        let chosen = chosen.get();
        for v in DATA.foundation.variants.iter() {
            if let Some(el) = document().get_element_by_id(&ids::variant(&v.id)) {
                let _ = el.class_list().toggle_with_force("current", v.id == chosen);
            }
        }
    });
    view! {
        <span class="controls-label" aria-hidden="true">{s.variant_label} ": "</span>
        {DATA
            .foundation
            .variants
            .iter()
            .map(|v| {
                let id = v.id.as_ref();
                view! {
                    <button
                        type="button"
                        aria-pressed=move || if chosen.get() == id { "true" } else { "false" }
                        on:click=move |_| nav.change(|st| st.variant = Some(id.to_string()))
                    >
                        {nav.t(&v.name)}
                    </button>
                }
            })
            .collect_view()}
    }
}

/// One variant: who holds it, the diagram, and the same arrows as a list (the diagram's
/// text alternative), each marked as new or shared with Seoul's proposal.
#[component]
fn VariantView(variant: &'static Variant) -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    let is_baseline = variant.id == baseline().id;
    let flows = compare(variant, baseline());
    let gone = dropped(variant, baseline());
    let node_name = move |id: &str| DATA.node(id).map(|n| nav.t(&n.label)).unwrap_or_default();
    let id = ids::variant(&variant.id);
    let arrows_heading = format!("{id}-arrows");
    let arrows_list = format!("{id}-arrows-list");
    // Shown until the reader chooses another: the first variant, Seoul's proposal.
    let class = if is_baseline { "variant current" } else { "variant" };
    view! {
        <div class=class id=id.clone()>
            <h3>{nav.t(&variant.name)}</h3>
            <p class="held-by">
                {s.held_by} ": " {DATA.party(&variant.held_by).map(|p| view! { <PartyName party=p/> })}
            </p>
            <StatementClaim statement=&variant.summary/>
            <Diagram variant=variant described_by=arrows_list.clone()/>
            <h4 id=arrows_heading.clone()>{s.arrows_heading}</h4>
            <ol class="flows" aria-labelledby=arrows_heading id=arrows_list>
                {flows
                    .into_iter()
                    .map(|(f, change)| {
                        let mark = (!is_baseline).then(|| match change {
                            Change::Added => view! { <span class="badge added">{s.new_here}</span> },
                            Change::Same => view! { <span class="badge same">{s.same_as_seoul}</span> },
                        });
                        view! {
                            <li class=format!("flow flow-{}", kind_class(f.kind))>
                                <span class="flow-ends">
                                    <span aria-hidden="true">{node_name(&f.from)} " → " {node_name(&f.to)}</span>
                                    <span class="visually-hidden">
                                        {s.flow_read.replace("{from}", node_name(&f.from)).replace("{to}", node_name(&f.to))}
                                    </span>
                                </span>
                                " (" {kind_word(s, f.kind)} "): " {nav.t(&f.label)} " " {mark} " "
                                <Cite citations=&f.citations/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(!gone.is_empty()).then(|| view! {
                <p class="dropped">
                    <strong>{s.not_in_this}</strong> " "
                    {gone
                        .iter()
                        .map(|f| format!("{} → {} ({})", node_name(&f.from), node_name(&f.to), nav.t(&f.label)))
                        .collect::<Vec<_>>()
                        .join("; ")}
                </p>
            })}
        </div>
    }
}
