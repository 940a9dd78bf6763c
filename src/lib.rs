//! The explainer app. Data flows one way: `data/*.toml` → validated and baked at build
//! time (`build.rs`) → [`DATA`] → the section views, which only render it.
//!
//! The views render natively at build time into each page's static HTML (feature `ssr`,
//! `src/bin/prerender.rs`); in the browser the wasm takes over only the page's islands
//! (feature `hydrate`, `src/main.rs`, `islands.rs`).

// The embed page's section views are deeply nested types; laying them out needs more than
// rustc's default query depth (they are rendered natively only, see `embed::section_view`).
#![recursion_limit = "256"]

// The baked dataset spells its strings `alloc::borrow::Cow::Borrowed(..)`.
extern crate alloc;

mod app;
mod components;
mod context;
mod embed;
mod foundation;
mod frame;
mod gaps;
mod glossary;
mod islands;
mod overview;
mod people;
mod positions;
pub mod site;
mod sources;
// The model's tests include this module by path; not every item serves the app.
#[allow(dead_code)]
pub mod strings;
mod timeline;

#[cfg(feature = "hydrate")]
pub use app::start;
pub use app::App;
pub use islands::Island;
pub use context::{provide_nav, use_nav, Nav};

use dispute_model::Dataset;

/// The dispute dataset, validated and turned into Rust values at build time: whole in the
/// pre-renderer, its skeleton (ids, dates, names) in the wasm (see `build.rs`).
pub static DATA: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Islands, re-exported for the component tests.
pub use positions::ArrangementSwitch;
pub use timeline::TimelineFilter;
