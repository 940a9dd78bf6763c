//! The proposed foundation: who would pay whom under each side's version, drawn as a
//! diagram and told again as text, with what changes from Seoul's proposal.

mod arrows;
mod diagram;

use browser::pages::ids;
use browser::{use_page, Island, Wrapper};
use leptos::prelude::*;
use model::nav::Section;
use model::variants::{compare, dropped, Change};
use model::Variant;

use crate::components::citation::{Cite, StatementClaim};
use crate::components::party::PartyName;
use crate::components::section::SectionFrame;
use crate::components::words::Words;
use crate::DATA;
use arrows::{baseline, kind_class, kind_word};
use diagram::Diagram;

#[component]
pub fn Foundation() -> impl IntoView {
    let here = use_page();
    let s = here.s;
    view! {
        <SectionFrame section=Section::Foundation>
            <div class="summary">
                {DATA.foundation.summary.iter().map(|st| view! { <StatementClaim statement=st /> }).collect_view()}
            </div>
            {Island::Variants
                .wrap(Wrapper {
                    class: Some("controls needs-app"),
                    role: Some("group"),
                    label: Some(s.variant_label),
                })}
            // Every variant is in the page, so a reader without scripts can read them all one
            // after the other; with the app, the one chosen is shown (see the stylesheet).
            {DATA.foundation.variants.iter().map(|v| view! { <VariantView variant=v /> }).collect_view()}
            <h3>{s.boxes_heading}</h3>
            <dl class="boxes">
                {DATA
                    .foundation
                    .nodes
                    .iter()
                    .map(|n| {
                        view! {
                            <dt>
                                <Words text=here.t(&n.label) />
                            </dt>
                            <dd>
                                <StatementClaim statement=&n.about />
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </SectionFrame>
    }
}

/// One variant: who holds it, the diagram, and the same arrows as a list (the diagram's
/// text alternative), each marked as new or shared with Seoul's proposal.
#[component]
fn VariantView(variant: &'static Variant) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    let is_baseline = variant.id == baseline().id;
    let flows = compare(variant, baseline());
    let gone = dropped(variant, baseline());
    let node_name = move |id: &str| DATA.node(id).map(|n| here.t(&n.label)).unwrap_or_default();
    let id = ids::variant(&variant.id);
    let arrows_heading = format!("{id}-arrows");
    let arrows_list = format!("{id}-arrows-list");
    // Shown until the reader chooses another: the first variant, Seoul's proposal.
    let class = if is_baseline { "variant current" } else { "variant" };
    view! {
        <div class=class id=id.clone()>
            <h3>
                <Words text=here.t(&variant.name) />
            </h3>
            <p class="held-by">
                {s.held_by} {s.colon} {DATA.party(&variant.held_by).map(|p| view! { <PartyName party=p /> })}
            </p>
            <StatementClaim statement=&variant.summary />
            <Diagram variant=variant described_by=arrows_list.clone() />
            <h4 id=arrows_heading.clone()>{s.arrows_heading}</h4>
            <ol class="flows" aria-labelledby=arrows_heading id=arrows_list>
                {flows
                    .into_iter()
                    .map(|(f, change)| {
                        let mark = (!is_baseline)
                            .then(|| match change {
                                Change::Added => view! { <span class="badge added">{s.new_here}</span> },
                                Change::Same => view! { <span class="badge same">{s.same_as_seoul}</span> },
                            });
                        view! {
                            <li class=format!("flow flow-{}", kind_class(f.kind))>
                                <span class="flow-ends">
                                    <span aria-hidden="true">{node_name(&f.from)} " → " {node_name(&f.to)}</span>
                                    <span class="visually-hidden">
                                        {s
                                            .flow_read
                                            .replace("{from}", node_name(&f.from))
                                            .replace("{to}", node_name(&f.to))}
                                    </span>
                                </span>
                                " ("
                                {kind_word(s, f.kind)}
                                "): "
                                <Words text=here.t(&f.label) />
                                " "
                                {mark}
                                " "
                                <Cite citations=&f.citations />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(!gone.is_empty())
                .then(|| {
                    view! {
                        <p class="dropped">
                            <strong>{s.not_in_this}</strong>
                            " "
                            {gone
                                .iter()
                                .map(|f| {
                                    format!("{} → {} ({})", node_name(&f.from), node_name(&f.to), here.t(&f.label))
                                })
                                .collect::<Vec<_>>()
                                .join("; ")}
                        </p>
                    }
                })}
        </div>
    }
}
