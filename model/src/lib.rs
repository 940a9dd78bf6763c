//! The dispute dataset: its types, and the pure logic the explainer needs that does not
//! touch the DOM.
//!
//! This crate compiles three ways:
//! - with no features, inside the wasm app: only the types and pure helpers;
//! - with `load`, at build time and in native tests: reading `data/*.toml`, validating,
//!   publishing JSON and its schema;
//! - with `bake`, in the app's `build.rs`: writing the validated dataset as Rust values,
//!   so the browser never parses data and never meets a data error.
//!
//! Strings and lists are `Cow<'static, _>`: parsed data owns them, baked data borrows
//! them from the wasm's read-only memory, and both are the same type.

pub mod date;
pub mod i18n;
pub mod model;
pub mod nav;
pub mod source_text;
pub mod text;
pub mod variants;

#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod share;
#[cfg(feature = "load")]
pub mod validate;

pub use date::{Basis, EventDate, Precision, Ymd};
pub use model::*;
