//! Notices about links that name nothing on the page, or settings that were not understood:
//! an island (see `crate::islands`) at the top of the main content.

use leptos::prelude::*;
use model::nav::{Place, Section};

use crate::pages::View;
use crate::{use_nav, use_page};

/// Tells the reader, in plain words, when their link named something that is not here.
#[component]
pub fn Notices() -> impl IntoView {
    let nav = use_nav();
    let here = use_page();
    let s = here.s;
    // Back to the start of what the page shows: the overview, or an embedded section.
    let (back, back_label) = match here.page.view {
        View::Embed(Some(section)) => (section.id(), s.back_to_start),
        _ => (Section::Overview.id(), s.back_to_top),
    };
    let unknown = move || match nav.place.get() {
        Place::Unknown(name) => Some(view! {
            <div class="notice" role="status">
                <p>{s.unknown_place} " " <code>{name}</code></p>
                <p>
                    <a href=format!("#{back}")>{back_label}</a>
                </p>
            </div>
        }),
        _ => None,
    };
    let ignored = move || {
        nav.settings.with(|(_, ignored)| {
            (!ignored.is_empty()).then(|| {
                let list = ignored
                    .listed
                    .iter()
                    .map(|i| {
                        // A parameter given many times is listed once, with how many times.
                        let times = (i.times > 1).then(|| format!(" ×{}", i.times));
                        view! {
                            <li>
                                <code>{format!("{}={}", i.name, i.value)}</code>
                                {times}
                            </li>
                        }
                    })
                    .collect_view();
                // Past the first few, the rest are only counted (see `IgnoredParameters`).
                let more = (ignored.more > 0)
                    .then(|| view! { <p>{s.more_settings.replace("{n}", &ignored.more.to_string())}</p> });
                view! {
                    <div class="notice" role="status">
                        <p>{s.unknown_setting}</p>
                        <ul>{list}</ul>
                        {more}
                    </div>
                }
            })
        })
    };
    view! {
        {unknown}
        {ignored}
    }
}
