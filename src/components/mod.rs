//! Pieces every section uses: cited claims and their bases, party labels, section frames.

pub mod basis;
pub mod citation;
pub mod party;
pub mod place_link;
pub mod section;
