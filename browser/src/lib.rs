//! What ships to the browser: the islands that take over the pre-rendered page's controls,
//! the reader's place and settings (`Nav`), the start that takes the page over, the embed's
//! conversation with its host, the interface strings and the pages' addresses.
//!
//! Built twice: natively, as a dependency of the site (`site`, the crate at the
//! repository's root), whose pre-renderer writes every page with these same components; and
//! to wasm (feature `hydrate`, `src/main.rs`), which takes the pages over. The wasm is built
//! from this crate alone, and this crate knows the dataset only by its skeleton
//! ([`SKELETON`]), so no text of the dataset can reach the wasm by accident.

// The baked skeleton spells its strings `alloc::borrow::Cow::Borrowed(..)`.
extern crate alloc;

pub mod host;
pub mod html;
pub mod islands;
mod nav;
mod page_context;
pub mod pages;
pub mod start;
pub mod strings;

pub use islands::{ArrangementSwitch, Island, TimelineFilter, Wrapper};
pub use nav::{provide_nav, use_nav, Nav};
pub use page_context::{provide_page, use_page, Edition, PageContext};
pub use start::start;

use model::Skeleton;

/// The dataset's skeleton, validated and baked at build time (see `build.rs`): ids, the
/// references between them, and the names the islands show.
#[cfg(target_arch = "wasm32")]
pub static SKELETON: Skeleton = include!(concat!(env!("OUT_DIR"), "/skeleton.rs"));

/// The dataset's skeleton, validated and baked at build time (see `build.rs`): ids, the
/// references between them, and the names the islands show. Natively the pre-renderer's
/// preview puts the skeleton of the data it read at run time in its place
/// (`model::baked`), so the islands it draws name what the page's text does.
#[cfg(not(target_arch = "wasm32"))]
pub static SKELETON: model::baked::Baked<Skeleton> =
    model::baked::Baked::new(include!(concat!(env!("OUT_DIR"), "/skeleton.rs")));
