//! The pages of the built site: the explainer in each language, and its embeds — the
//! explainer at a glance, the whole explainer and each section on its own, for news sites to
//! put in an iframe.
//!
//! ```text
//! index.html                 English            ja/index.html          Japanese
//! embed/compact.html         at a glance        ja/embed/compact.html  …
//! embed/index.html           English, embedded  ja/embed/index.html    …
//! embed/timeline.html        one section        ja/embed/timeline.html …
//! ```
//!
//! Every link between pages is relative, so the same build works at a site root, in a
//! sub-folder of someone else's site and inside an iframe.

use model::nav::Section;
use model::Lang;

/// What a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The explainer as a page of its own: masthead, languages, contents, every section.
    Page,
    /// The explainer for an iframe on someone else's page: a compact header and the whole
    /// explainer (`None`) or one section.
    Embed(Option<Section>),
    /// The explainer at a glance, for an iframe in an article: the compact header, the
    /// overview (folded, to be read in place) and the sections as links into the explainer.
    /// What the explainer's own address embeds (its oEmbed file): short enough for hosts
    /// that cap an embed's height, as WordPress does at 1000 px.
    Compact,
}

/// One page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SitePage {
    pub lang: Lang,
    pub view: View,
}

/// The sections that can be embedded on their own: every one but the last, Sources & method,
/// which travels with the whole explainer.
pub const EMBEDDABLE: [Section; 7] = {
    let [overview, timeline, positions, foundation, gaps, people, glossary, _sources] = Section::ALL;
    [overview, timeline, positions, foundation, gaps, people, glossary]
};

impl SitePage {
    /// The explainer's own page in `lang`.
    pub fn page(lang: Lang) -> SitePage {
        SitePage { lang, view: View::Page }
    }

    /// Every page the pre-renderer writes: each language's page, then its embeds.
    pub fn all() -> Vec<SitePage> {
        let views = [View::Page, View::Compact, View::Embed(None)]
            .into_iter()
            .chain(EMBEDDABLE.into_iter().map(|s| View::Embed(Some(s))));
        views
            .flat_map(|view| Lang::ALL.into_iter().map(move |lang| SitePage { lang, view }))
            .collect()
    }

    /// The folder of the pages in `lang`, relative to the site root: `""`, `"ja/"`, `"ko/"`.
    pub fn dir(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "",
            Lang::Ja => "ja/",
            Lang::Ko => "ko/",
        }
    }

    /// The page's address relative to the site root, as links write it (a folder for an
    /// `index.html`): `ja/`, `embed/`, `ko/embed/timeline.html`.
    pub fn address(self) -> String {
        let dir = SitePage::dir(self.lang);
        match self.view {
            View::Page => dir.to_string(),
            View::Compact => format!("{dir}embed/compact.html"),
            View::Embed(None) => format!("{dir}embed/"),
            View::Embed(Some(section)) => format!("{dir}embed/{}.html", section.id()),
        }
    }

    /// The file the pre-renderer writes, relative to the site root.
    pub fn file_path(self) -> String {
        let address = self.address();
        if address.is_empty() || address.ends_with('/') {
            format!("{address}index.html")
        } else {
            address
        }
    }

    /// The way back from this page to the site root, for links to shared files: `./`,
    /// `../` or `../../`.
    pub fn root(self) -> &'static str {
        match self.file_path().matches('/').count() {
            0 => "./",
            1 => "../",
            _ => "../../",
        }
    }

    /// A site file's URL as written on this page, e.g. `../data/dispute.json`.
    pub fn file(self, path: &str) -> String {
        format!("{}{path}", self.root())
    }

    /// The link from this page to `other`.
    pub fn link_to(self, other: SitePage) -> String {
        let address = other.address();
        if address.is_empty() {
            self.root().to_string()
        } else {
            format!("{}{address}", self.root())
        }
    }

    /// Whether the page holds `section`, so a link to it can stay on the page.
    pub fn shows(self, section: Section) -> bool {
        match self.view {
            View::Page | View::Embed(None) => true,
            View::Embed(Some(s)) => s == section,
            View::Compact => section == Section::Overview,
        }
    }

    pub fn is_embed(self) -> bool {
        matches!(self.view, View::Embed(_) | View::Compact)
    }

    /// The name of the embed, as `<html data-embed>` carries it: a section's id, `compact`,
    /// or `explainer` for the whole.
    pub fn embed_name(self) -> Option<&'static str> {
        match self.view {
            View::Page => None,
            View::Compact => Some(COMPACT),
            View::Embed(None) => Some("explainer"),
            View::Embed(Some(s)) => Some(s.id()),
        }
    }

    /// The height an embed's frame starts at where its host does not size it (a plain iframe,
    /// oEmbed's `html`): about what the view needs at an article's column width, so a reader
    /// rarely has to scroll inside it.
    pub fn starting_height(self) -> u32 {
        match self.view {
            View::Compact => 600,
            View::Embed(Some(Section::Overview | Section::Gaps)) => 1400,
            View::Embed(Some(Section::Timeline | Section::People | Section::Glossary)) => 1600,
            View::Embed(Some(_)) => 1800,
            View::Embed(None) | View::Page => 4000,
        }
    }

    /// The page that `<html lang>` and `<html data-embed>` describe (the wasm's start).
    pub fn from_markers(lang: Lang, embed: Option<&str>) -> SitePage {
        let view = match embed {
            None => View::Page,
            Some(COMPACT) => View::Compact,
            Some(name) => View::Embed(EMBEDDABLE.into_iter().find(|s| s.id() == name)),
        };
        SitePage { lang, view }
    }
}

/// The compact embed's name, in `<html data-embed>`, its file name and the embed dialog.
pub const COMPACT: &str = "compact";

/// Ids of the static page's elements that islands change (see `crate::islands`): both the
/// static views and the islands name them through these functions.
pub mod ids {
    use model::nav::Card;

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

    /// The class of a timeline event's card (`li.event`); the embed reports an event the
    /// reader opens.
    pub const EVENT_CLASS: &str = "event";

    /// The class of a citation's fold (`details.cite`); Escape closes the open one.
    pub const CITATION_CLASS: &str = "cite";

    /// The class of the skip link, whose jump an embed does not report as the reader's move.
    pub const SKIP_LINK_CLASS: &str = "skip-link";

    /// The class of the part of the "as of" line that names the page's edition; its `<time>`
    /// holds the edition's date (`datetime`) and that date as the page writes it. The wasm
    /// reads the page's edition from there (`Edition::of_page`).
    pub const EDITION_CLASS: &str = "edition";

    /// The positions laid out by issue (the default) and by party.
    pub const POSITIONS_BY_ISSUE: &str = "positions-by-issue";
    pub const POSITIONS_BY_PARTY: &str = "positions-by-party";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_know_their_address_file_and_way_back() {
        let ja_timeline = SitePage {
            lang: Lang::Ja,
            view: View::Embed(Some(Section::Timeline)),
        };
        assert_eq!(ja_timeline.address(), "ja/embed/timeline.html");
        assert_eq!(ja_timeline.file_path(), "ja/embed/timeline.html");
        assert_eq!(ja_timeline.root(), "../../");
        assert_eq!(ja_timeline.link_to(SitePage::page(Lang::Ja)), "../../ja/");
        assert_eq!(ja_timeline.link_to(SitePage::page(Lang::En)), "../../");
        let en = SitePage::page(Lang::En);
        assert_eq!(
            (en.address().as_str(), en.file_path().as_str(), en.root()),
            ("", "index.html", "./")
        );
        let whole = SitePage {
            lang: Lang::En,
            view: View::Embed(None),
        };
        assert_eq!((whole.file_path().as_str(), whole.root()), ("embed/index.html", "../"));
        assert_eq!(SitePage::all().len(), 3 * (3 + EMBEDDABLE.len()));
        assert_eq!(SitePage::from_markers(Lang::Ja, Some("timeline")), ja_timeline);
        let ko_compact = SitePage {
            lang: Lang::Ko,
            view: View::Compact,
        };
        assert_eq!(
            (ko_compact.file_path().as_str(), ko_compact.root()),
            ("ko/embed/compact.html", "../../")
        );
        assert_eq!(SitePage::from_markers(Lang::Ko, ko_compact.embed_name()), ko_compact);
        assert!(ko_compact.is_embed() && ko_compact.shows(Section::Overview) && !ko_compact.shows(Section::Timeline));
    }
}
