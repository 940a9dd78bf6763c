//! The table of contents: an island (see `crate::islands`) that marks where the reader is.

use leptos::prelude::*;
use model::nav::Section;

use crate::{use_nav, use_page};

/// The table of contents, marking the section the reader's link points into.
#[component]
pub fn ContentsList() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    view! {
        <ol>
            {Section::ALL
                .into_iter()
                .map(|section| {
                    let current = move || (nav.place.get().section() == Some(section)).then_some("location");
                    view! {
                        <li>
                            <a href=format!("#{}", section.id()) aria-current=current>
                                {here.s.section(section)}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
