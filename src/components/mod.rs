//! Pieces every section uses: cited claims and their bases, party labels, section frames, and
//! the way a text is set.

pub mod as_of;
pub mod basis;
pub mod citation;
pub mod party;
pub mod place_link;
pub mod section;
pub mod words;
