//! The dispute dataset: its types, and the pure logic the explainer needs that does not
//! touch the DOM.
//!
//! This crate compiles three ways:
//! - with default features (`load`), at build time and in native tests: reading
//!   `data/*.toml`, validating, publishing JSON and its schema;
//! - without them, inside the wasm app (`default-features = false`): only the types and
//!   pure helpers;
//! - with `bake`, in the build scripts: writing the validated dataset, or its skeleton, as
//!   Rust values, so the browser never parses data and never meets a data error.
//!
//! Strings and lists are `Cow<'static, _>`: parsed data owns them, baked data borrows
//! them from the wasm's read-only memory, and both are the same type.
//!
//! Modules depend on each other in one direction only: `derive` and `text` under `date`,
//! `date` under `record` (the public records texts name), both under `model`, `model` under the rest; `page` under `skeleton` under `nav`; reading (`load`) above validation
//! (`validate`), which measures with `share`, reports with `error` and, like `i18n`, walks
//! the data's JSON with `walk`; `edition` (what the publish step compares) walks it too, and
//! names the parts of the page by `page`. `baked` (a baked value that a native program may
//! replace with one read at run time: the editors' preview) depends on none of them.

pub mod baked;
pub mod date;
mod derive;
pub mod i18n;
pub mod model;
pub mod nav;
pub mod page;
pub mod record;
pub mod runs;
pub mod skeleton;
pub mod source_text;
pub mod text;
pub mod variants;
pub mod wrap;

#[cfg(all(feature = "load", feature = "bake"))]
pub mod bake;
#[cfg(feature = "load")]
pub mod edition;
#[cfg(feature = "load")]
pub mod error;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod share;
#[cfg(feature = "load")]
pub mod validate;
#[cfg(feature = "load")]
pub mod walk;

pub use date::{Basis, EventDate, Precision, Ymd};
// Baked values name their types from the crate root.
pub use model::*;
pub use page::Card;
pub use record::{PublicRecord, Translations};
pub use skeleton::{CardIds, EventLinks, Named, Skeleton};
