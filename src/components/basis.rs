//! What a text rests on when it is not (only) a passage of the reports: an editors' note or a
//! named public record. Shown beside the text, in words, so a reader can tell the reports'
//! facts from the editors' notes and from facts taken from other records.

use dispute_model::{BasisKind, TextBasis};
use leptos::prelude::*;

use explainer::use_nav;

#[component]
pub fn Basis(basis: &'static TextBasis) -> impl IntoView {
    let nav = use_nav();
    let kind = match basis.kind {
        BasisKind::EditorsNote => nav.s.basis_editors_note,
        BasisKind::PublicRecord => nav.s.basis_public_record,
    };
    view! {
        <p class="basis">
            <span class="basis-kind">{kind} ":"</span> " " {nav.t(&basis.record)}
        </p>
    }
}
