//! The islands: the few parts of a page the wasm takes over. Everything else stays the static
//! HTML the pre-renderer wrote, and none of its code or words travel in the wasm.
//!
//! Each island is a Leptos component rendered in two places: at build time inside its
//! wrapper element, which carries `data-island="<name>"`, and in the browser, where
//! [`take_over`] finds every such wrapper and takes over its content with the very same
//! component (`leptos::mount::hydrate_from`). The sections write the wrappers with
//! [`Island::wrap`], so an island's name and its component cannot be paired wrongly.
//!
//! Islands change the static page around them only through the attributes the page was
//! rendered with for that purpose: `hidden` on timeline events and periods, `hidden` on the
//! two arrangements of the positions, the class `current` on the foundation's variants. Each
//! element is found by the id the static view gave it, named by one function in
//! `crate::pages::ids`, so the two sides cannot drift apart.
//!
//! This folder depends on nothing of the sections; the sections depend on it.

mod arrangement;
mod contents;
pub mod embed_dialog;
mod language_offer;
mod languages;
mod notices;
mod timeline_filter;
mod variants;

pub use arrangement::ArrangementSwitch;
pub use contents::ContentsList;
pub use embed_dialog::EmbedDialog;
pub use language_offer::LanguageOffer;
pub use languages::LanguageLinks;
pub use notices::Notices;
pub use timeline_filter::TimelineFilter;
pub use variants::VariantSwitch;

use leptos::prelude::*;

/// Declares the islands once, in the order the wasm takes them over: from this one list come
/// the enum, the wrapper the static page writes and the takeover in the browser. Adding an
/// island is one line here (and its component).
macro_rules! islands {
    ($($(#[$doc:meta])* $island:ident = $name:literal => $component:ident,)*) => {
        /// The islands, by the name their wrapper carries in `data-island`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Island {
            $($(#[$doc])* $island,)*
        }

        impl Island {
            pub const ALL: &'static [Island] = &[$(Island::$island,)*];

            /// The value of the wrapper's `data-island` attribute.
            pub fn name(self) -> &'static str {
                match self {
                    $(Island::$island => $name,)*
                }
            }

            /// The island's content, as the static page writes it inside its wrapper. Built
            /// natively only (the wasm takes the content over, it never draws it), so the
            /// erased view type costs the wasm nothing.
            fn content(self) -> AnyView {
                match self {
                    $(Island::$island => view! { <$component/> }.into_any(),)*
                }
            }
        }

        /// Takes over every copy of every island on the page, each with the page's
        /// navigation state in context, one island per task: the browser may paint and
        /// answer the reader between them.
        pub async fn take_over(nav: crate::Nav, here: crate::PageContext, owner: Owner) {
            $(
                // Before each island, the first too: the task that compiled and started the
                // wasm has done enough (on a slow phone it is the page's longest).
                gloo_timers::future::TimeoutFuture::new(0).await;
                owner.with(|| take(Island::$island, nav, here, || view! { <$component/> }));
            )*
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    };
}

islands! {
    /// The language switcher's links, which keep the reader's place and settings.
    Languages = "languages" => LanguageLinks,
    /// The table of contents, which marks the section the reader went to.
    Contents = "contents" => ContentsList,
    /// Notices about links that name nothing on the page.
    Notices = "notices" => Notices,
    /// The timeline's filter by actor.
    TimelineFilter = "timeline-filter" => TimelineFilter,
    /// The positions' "by issue / by party" switch.
    Arrangement = "arrangement" => ArrangementSwitch,
    /// The foundation's variant switch.
    Variants = "variants" => VariantSwitch,
    /// The English page's offer of the reader's own language.
    LanguageOffer = "language-offer" => LanguageOffer,
    /// The embed code dialog, opened by the page's "Embed" buttons.
    EmbedDialog = "embed-dialog" => EmbedDialog,
}

/// The attributes of an island's wrapper besides `data-island`. Every field is optional:
/// an attribute that is `None` is not written.
#[derive(Clone, Copy, Default)]
pub struct Wrapper {
    pub class: Option<&'static str>,
    pub role: Option<&'static str>,
    pub label: Option<&'static str>,
}

impl Island {
    /// The island in its wrapper, as the static page writes it: a `<nav>` for the islands
    /// that are the page's navigation (the language switcher, the contents), else a `<div>`.
    /// (Leptos writes `class=""` for a missing class, so a wrapper without one is a branch
    /// of its own.)
    pub fn wrap(self, w: Wrapper) -> impl IntoView {
        use leptos::either::EitherOf3;
        let content = self.content();
        match (self, w.class) {
            (Island::Languages | Island::Contents, _) => EitherOf3::A(view! {
                <nav class=w.class role=w.role aria-label=w.label data-island=self.name()>
                    {content}
                </nav>
            }),
            (_, Some(class)) => EitherOf3::B(view! {
                <div class=class role=w.role aria-label=w.label data-island=self.name()>
                    {content}
                </div>
            }),
            (_, None) => EitherOf3::C(view! {
                <div role=w.role aria-label=w.label data-island=self.name()>
                    {content}
                </div>
            }),
        }
    }
}

/// Takes over every wrapper of `island` on the page with `view`.
fn take<N: IntoView + 'static>(island: Island, nav: crate::Nav, here: crate::PageContext, view: fn() -> N) {
    use wasm_bindgen::JsCast;
    let selector = format!("[data-island=\"{}\"]", island.name());
    let Ok(wrappers) = document().query_selector_all(&selector) else {
        return;
    };
    for i in 0..wrappers.length() {
        let Some(wrapper) = wrappers.item(i) else { continue };
        let wrapper: web_sys::HtmlElement = wrapper.unchecked_into();
        hydrate(wrapper, nav, here, view);
    }
}

/// Takes over one wrapper's content. Only the wasm build (feature `hydrate`) can: natively
/// the page is being written, not taken over, so there is nothing to do.
#[cfg(feature = "hydrate")]
fn hydrate<N: IntoView + 'static>(
    wrapper: web_sys::HtmlElement,
    nav: crate::Nav,
    here: crate::PageContext,
    view: fn() -> N,
) {
    leptos::mount::hydrate_from(wrapper, move || {
        provide_context(here);
        provide_context(nav);
        view()
    })
    .forget();
}
#[cfg(not(feature = "hydrate"))]
fn hydrate<N: IntoView + 'static>(_: web_sys::HtmlElement, _: crate::Nav, _: crate::PageContext, _: fn() -> N) {}
