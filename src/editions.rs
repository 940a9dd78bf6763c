//! What a reader needs to cite the explainer and to follow its editions, in each language:
//! the edition's permanent address, the citation's text, the Atom feed's address and its
//! entries' titles. The Sources & method section shows them (`sources::cite`); the
//! pre-renderer writes the feeds from them (`src/bin/prerender/feed.rs`), so the two never
//! say different things.
//!
//! Both need the site's public address (`SITE_URL`): a citation is copied out of the page,
//! where a relative address means nothing, and the page's own bytes are published again at
//! `editions/<date>/`, where a relative address would point elsewhere; a feed's ids must be
//! absolute. Without the address the citation ends at the edition's date, and no feed is
//! written or linked.

use browser::pages::SitePage;
use browser::strings::strings;
use leptos::prelude::*;
use model::{EditionKind, Lang, Ymd};

use crate::DATA;

/// The site's public address (`SITE_URL`, ending in `/`), if the build has one. The
/// pre-renderer provides it as context; a view rendered without it (a test) has none.
#[derive(Clone, Debug, Default)]
pub struct PublicAddress(pub Option<String>);

impl PublicAddress {
    /// The address given to the views under the current owner, if any.
    pub fn used() -> PublicAddress {
        use_context::<PublicAddress>().unwrap_or_default()
    }

    /// The absolute URL of `path` (relative to the site root), with the address.
    pub fn of(&self, path: &str) -> Option<String> {
        self.0.as_ref().map(|base| format!("{base}{path}"))
    }
}

/// The permanent address of the edition of `date` in `lang`, relative to the site root:
/// `editions/2026-12-03/ja/` (the publish step's folders, `scripts/publish.mjs`).
pub fn edition_path(date: Ymd, lang: Lang) -> String {
    format!("editions/{}/{}", date.iso(), SitePage::dir(lang))
}

/// Where `lang`'s feed is, relative to the site root: `feed.xml`, `ja/feed.xml`.
pub fn feed_path(lang: Lang) -> String {
    format!("{}feed.xml", SitePage::dir(lang))
}

/// The citation of this edition in `lang`, without its address: publisher (the site's name,
/// `og:site_name`), title and edition date.
pub fn citation(lang: Lang) -> String {
    let s = strings(lang);
    s.citation
        .replace("{publisher}", s.site_name)
        .replace("{title}", DATA.meta.title.get(lang))
        .replace("{date}", &DATA.edition.display(lang))
}

/// A feed entry's title: "Edition of 3 December 2026: correction".
pub fn entry_title(date: Ymd, kind: EditionKind, lang: Lang) -> String {
    let s = strings(lang);
    let kind = match kind {
        EditionKind::First => s.edition_kinds[0],
        EditionKind::Update => s.edition_kinds[1],
        EditionKind::Correction => s.edition_kinds[2],
    };
    s.feed_entry
        .replace("{date}", &date.display(lang))
        .replace("{kind}", kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edition_is_addressed_by_its_date_and_language() {
        let date = DATA.editions[0].date;
        assert_eq!(edition_path(date, Lang::En), format!("editions/{}/", date.iso()));
        assert_eq!(edition_path(date, Lang::Ko), format!("editions/{}/ko/", date.iso()));
        assert_eq!(feed_path(Lang::En), "feed.xml");
        assert_eq!(feed_path(Lang::Ja), "ja/feed.xml");
    }

    #[test]
    fn a_citation_names_publisher_title_and_edition_in_each_language() {
        for lang in Lang::ALL {
            let text = citation(lang);
            for part in [
                strings(lang).site_name,
                DATA.meta.title.get(lang),
                &DATA.edition.display(lang),
            ] {
                assert!(text.contains(part), "{part} in {text}");
            }
            assert!(!text.contains('{'), "every placeholder filled: {text}");
        }
    }
}
