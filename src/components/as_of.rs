//! The line under a page's or an embed's title: the date the story is current to ("as of",
//! which does not change with a new edition) and the date of the edition the reader has in
//! front of them.

use leptos::prelude::*;

use crate::DATA;
use browser::pages::ids;
use browser::use_page;

/// "As of 30 January 2023 (edition of 3 December 2026)", in the page's language. The edition is
/// the page's (`PageContext::edition`, from the data), which the wasm reads back from this line.
#[component]
pub fn AsOf() -> impl IntoView {
    let here = use_page();
    let (s, lang) = (here.s, here.lang);
    let (before, after) = s.edition.split_once("{date}").unwrap_or((s.edition, ""));
    view! {
        <p class="as-of">
            {s.as_of} " " <time datetime=DATA.meta.as_of.iso()>{DATA.meta.as_of.display(lang)}</time>
            <span class=ids::EDITION_CLASS>
                {before} <time datetime=here.edition.date>{here.edition.shown}</time> {after}
            </span>
        </p>
    }
}
