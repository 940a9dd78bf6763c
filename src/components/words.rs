//! A text as the page sets it: stretches in another script marked with their language, so
//! they get their own fonts and line breaking, and ranges of years kept on one line
//! (`model::runs`). Always text, never HTML.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use model::runs::{runs, Run};

use browser::use_page;

#[component]
pub fn Words(text: &'static str) -> impl IntoView {
    let lang = use_page().lang;
    runs(text, lang)
        .into_iter()
        .map(|run| match run {
            Run::Plain(t) => EitherOf3::A(t),
            Run::Foreign(l, t) => EitherOf3::B(view! { <span lang=l.tag()>{t}</span> }),
            Run::Unbroken(t) => EitherOf3::C(view! { <span class="nowrap">{t}</span> }),
        })
        .collect_view()
}
