//! The explainer's pages, written at build time. Data flows one way: `data/*.toml` →
//! validated and baked (`build.rs`) → [`DATA`] → the section views, which only render it →
//! the pre-renderer (`src/bin/prerender/`), which writes every page as static HTML.
//!
//! This crate runs natively only. What the browser runs is the `browser` crate
//! (`browser/`): its islands are drawn here inside their wrappers (`Island::wrap`) and taken
//! over there; the sections depend on the islands, never the reverse.

// The embed page's section views are deeply nested types; laying them out needs more than
// rustc's default query depth (see `embed::section_view`).
#![recursion_limit = "256"]

// The baked dataset spells its strings `alloc::borrow::Cow::Borrowed(..)`.
extern crate alloc;

mod app;
mod components;
pub mod editions;
mod embed;
mod foundation;
mod gaps;
mod glossary;
mod overview;
mod people;
mod positions;
mod sources;
mod timeline;

pub use app::App;

use model::baked::Baked;
use model::Dataset;

/// The dispute dataset, whole and in every language, validated and turned into Rust values
/// at build time (see `build.rs`). The pre-renderer's preview puts the data it read and
/// validated at run time in its place (`model::baked`), so an edited text needs no compiling.
pub static DATA: Baked<Dataset> = Baked::new(include!(concat!(env!("OUT_DIR"), "/dataset.rs")));
