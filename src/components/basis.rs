//! What a text rests on when it is not (only) a passage of the reports: an editors' note or
//! named public records. Shown beside the text, in words, so a reader can tell the reports'
//! facts from the editors' notes and from facts taken from other records.
//!
//! A public record is written the same way at every use, from its one entry in
//! `data/records.toml`: who issued or reported it, its title as published (in its own
//! language, with what it means in the page's), its date, where it was carried, and then what
//! the text takes from it.

use leptos::prelude::*;
use model::{BasisKind, PublicRecord, RecordUse, TextBasis};

use crate::components::words::Words;
use crate::DATA;
use browser::use_page;

#[component]
pub fn Basis(basis: &'static TextBasis) -> impl IntoView {
    let here = use_page();
    let kind = match basis.kind {
        BasisKind::EditorsNote => here.s.basis_editors_note,
        BasisKind::PublicRecord => here.s.basis_public_record,
    };
    view! {
        <p class="basis">
            <span class="basis-kind">{kind} {here.s.colon}</span>
            {basis.record.as_ref().map(|note| view! { <Words text=here.t(note) /> })}
            {basis
                .records
                .iter()
                .enumerate()
                .map(|(i, used)| {
                    view! {
                        {(i > 0).then_some(" ")}
                        <Record used=used />
                    }
                })
                .collect_view()}
        </p>
    }
}

/// One public record, and what the text takes from it.
#[component]
fn Record(used: &'static RecordUse) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    // Validation refuses a basis naming a record records.toml does not hold.
    let record: &'static PublicRecord = DATA.record(&used.id).expect("validated: every record named exists");
    let [open, close] = s.record_title_marks;
    let [gloss_open, gloss_close] = s.record_gloss_marks;
    // The title keeps its own language; a reader of another gets what it means.
    let title_lang = (record.title_lang != here.lang).then(|| record.title_lang.tag());
    view! {
        <span class="record">
            <Words text=here.t(&record.by) />
            {s.list_separator}
            <cite>{open} <span lang=title_lang>{record.title.as_ref()}</span> {close}</cite>
            {record
                .title_for(here.lang)
                .map(|gloss| {
                    view! {
                        {gloss_open}
                        <Words text=gloss />
                        {gloss_close}
                    }
                })}
            {s.list_separator}
            <time datetime=record.date.iso()>{record.date.display(here.lang)}</time>
            {record
                .carried_by
                .as_ref()
                .map(|outlet| {
                    view! {
                        {s.list_separator}
                        {s.record_carried_by.replace("{outlet}", here.t(outlet))}
                    }
                })}
            {match &used.note {
                Some(note) => {
                    view! {
                        {s.record_note}
                        <Words text=here.t(note) />
                    }
                        .into_any()
                }
                None => s.record_end.into_any(),
            }}
        </span>
    }
}
