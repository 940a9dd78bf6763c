//! The islands: the few parts of a page the wasm takes over. Everything else stays the static
//! HTML the pre-renderer wrote, and none of its code or words travel in the wasm.
//!
//! Each island is a Leptos component rendered in two places: at build time inside its
//! wrapper element, which carries `data-island="<name>"`, and in the browser, where
//! [`hydrate`] finds that wrapper and takes over its content with the very same component
//! (`leptos::mount::hydrate_from`). The wrappers are written by the static page
//! (`<nav class="languages" data-island="languages">`), so an island's view is exactly the
//! wrapper's content.
//!
//! Islands change the static page around them only through the attributes the page was
//! rendered with for that purpose: `hidden` on timeline events and periods, `hidden` on the
//! two arrangements of the positions, the class `current` on the foundation's variants. Each
//! element is found by the id the static view gave it, named by one function in
//! `crate::site::ids`, so the two sides cannot drift apart.

/// The islands, by the name their wrapper carries in `data-island`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The language switcher's links, which keep the reader's place and settings.
    Languages,
    /// The table of contents, which marks the section the reader went to.
    Contents,
    /// Notices about links that name nothing on the page.
    Notices,
    /// The timeline's filter by actor.
    TimelineFilter,
    /// The positions' "by issue / by party" switch.
    Arrangement,
    /// The foundation's variant switch.
    Variants,
    /// The English page's offer of the reader's own language.
    LanguageOffer,
    /// The embed code dialog, opened by the page's "Embed" buttons.
    EmbedDialog,
}

impl Island {
    pub const ALL: [Island; 8] = [
        Island::Languages,
        Island::Contents,
        Island::Notices,
        Island::TimelineFilter,
        Island::Arrangement,
        Island::Variants,
        Island::LanguageOffer,
        Island::EmbedDialog,
    ];

    /// The value of the wrapper's `data-island` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Island::Languages => "languages",
            Island::Contents => "contents",
            Island::Notices => "notices",
            Island::TimelineFilter => "timeline-filter",
            Island::Arrangement => "arrangement",
            Island::Variants => "variants",
            Island::LanguageOffer => "language-offer",
            Island::EmbedDialog => "embed-dialog",
        }
    }
}

/// Takes over every island on the page, each with the page's navigation state in context,
/// one island per task: the browser may paint and answer the reader between them.
#[cfg(feature = "hydrate")]
pub async fn hydrate(nav: crate::Nav, owner: leptos::prelude::Owner) {
    use crate::embed::dialog::EmbedDialog;
    use crate::foundation::VariantSwitch;
    use crate::frame::{ContentsList, LanguageLinks, LanguageOffer, Notices};
    use crate::positions::ArrangementSwitch;
    use crate::timeline::TimelineFilter;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    fn take<N: IntoView + 'static>(island: Island, nav: crate::Nav, view: fn() -> N) {
        let selector = format!("[data-island=\"{}\"]", island.name());
        let Some(wrapper) = document().query_selector(&selector).ok().flatten() else { return };
        let wrapper: web_sys::HtmlElement = wrapper.unchecked_into();
        leptos::mount::hydrate_from(wrapper, move || {
            provide_context(nav);
            view()
        })
        .forget();
    }

    for island in Island::ALL {
        // Before each island, the first too: the task that compiled and started the wasm has
        // done enough (on a slow phone it is the page's longest).
        gloo_timers::future::TimeoutFuture::new(0).await;
        owner.with(|| match island {
            Island::Languages => take(island, nav, || view! { <LanguageLinks/> }),
            Island::Contents => take(island, nav, || view! { <ContentsList/> }),
            Island::Notices => take(island, nav, || view! { <Notices/> }),
            Island::TimelineFilter => take(island, nav, || view! { <TimelineFilter/> }),
            Island::Arrangement => take(island, nav, || view! { <ArrangementSwitch/> }),
            Island::Variants => take(island, nav, || view! { <VariantSwitch/> }),
            Island::LanguageOffer => take(island, nav, || view! { <LanguageOffer/> }),
            Island::EmbedDialog => take(island, nav, || view! { <EmbedDialog/> }),
        });
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
}
