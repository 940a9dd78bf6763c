//! Pieces every section uses: cited claims, party labels, section frames.

pub mod citation;
pub mod party;
pub mod section;
