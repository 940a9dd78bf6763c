//! The frame every section of the explainer shares: an anchored landmark with a heading.

use leptos::prelude::*;
use model::nav::Section;

use browser::islands::embed_dialog::EmbedOpenButton;
use browser::pages::{View, EMBEDDABLE};
use browser::use_page;

/// A `<section>` whose id is its fragment and whose name is its `<h2>`.
///
/// Typed children: a section is drawn once, at build time (this crate never ships in the
/// wasm), so its view's type need not be erased into `Children`'s boxed closure.
#[component]
pub fn SectionFrame<C: IntoView + 'static>(section: Section, children: TypedChildren<C>) -> impl IntoView {
    let children = children.into_inner();
    let here = use_page();
    let s = here.s;
    // On the explainer's own page, a section that can be embedded offers its embed code.
    let embeddable = here.page.view == View::Page && EMBEDDABLE.contains(&section);
    let name = s.section(section);
    let heading = format!("{}-heading", section.id());
    let labelledby = heading.clone();
    let intro = s.section_intro(section);
    view! {
        <section id=section.id() class=format!("section section-{}", section.id()) aria-labelledby=labelledby>
            <div class="section-head">
                <h2 id=heading>{name}</h2>
                {embeddable
                    .then(|| {
                        view! {
                            <EmbedOpenButton choice=section.id() class="embed-open needs-app">
                                {s.embed_button}
                                <span class="visually-hidden">" " {name}</span>
                            </EmbedOpenButton>
                        }
                    })}
            </div>
            {(!intro.is_empty()).then(|| view! { <p class="intro">{intro}</p> })}
            {children()}
        </section>
    }
}
