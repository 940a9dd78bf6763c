//! The pages of the built site: one folder per language, the English at the root.
//!
//! ```text
//! index.html      English
//! ja/index.html   Japanese
//! ko/index.html   Korean
//! ```
//!
//! Every link between pages is relative, so the same build works at a site root, in a
//! sub-folder of someone else's site and inside an iframe.

use dispute_model::Lang;

/// One page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SitePage {
    pub lang: Lang,
}

impl SitePage {
    /// The folder of the page in `lang`, relative to the site root: `""`, `"ja/"`, `"ko/"`.
    pub fn dir(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "",
            Lang::Ja => "ja/",
            Lang::Ko => "ko/",
        }
    }

    /// The way back from this page to the site root, for links to shared files.
    pub fn root(self) -> &'static str {
        match self.lang {
            Lang::En => "./",
            Lang::Ja | Lang::Ko => "../",
        }
    }

    /// A site file's URL as written on this page, e.g. `../data/dispute.json`.
    pub fn file(self, path: &str) -> String {
        format!("{}{path}", self.root())
    }
}

/// Ids of the static page's elements that islands change (see `crate::islands`): both the
/// static views and the islands name them through these functions.
pub mod ids {
    use dispute_model::nav::Card;

    /// A timeline event's card, also its fragment.
    pub fn event(id: &str) -> String {
        Card::Event.anchor(id)
    }

    /// A period of the timeline, hidden when the filter leaves none of its events.
    pub fn period(id: &str) -> String {
        format!("period-{id}")
    }

    /// One variant of the foundation, also its fragment.
    pub fn variant(id: &str) -> String {
        Card::Variant.anchor(id)
    }

    /// The positions laid out by issue (the default) and by party.
    pub const POSITIONS_BY_ISSUE: &str = "positions-by-issue";
    pub const POSITIONS_BY_PARTY: &str = "positions-by-party";
}
