//! The explainer app. Data flows one way: `data/*.toml` → validated and baked at build
//! time (`build.rs`) → [`DATA`] → the section views, which only render it.

// The baked dataset spells its strings `alloc::borrow::Cow::Borrowed(..)`.
extern crate alloc;

mod app;
mod components;
mod context;
mod foundation;
mod gaps;
mod glossary;
mod i18n;
mod overview;
mod people;
mod positions;
mod sources;
// `ja.rs`, `ko.rs` and `strings()` serve the publisher and the tests; the app reads
// Japanese and Korean from the fetched tables, so they are dead code here and not shipped.
#[allow(dead_code)]
mod strings;
mod timeline;

pub use app::{start, App};
pub use context::{provide_nav, use_nav, Nav};

use dispute_model::Dataset;

/// The dispute dataset, validated and turned into Rust values at build time.
pub static DATA: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Re-exported for the component tests.
pub use components::citation::Cite;
