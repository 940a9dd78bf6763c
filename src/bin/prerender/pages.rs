//! What each page is called and where the files about it go, for the head (`head.rs`) and
//! the files beside the pages (`published.rs`) alike.

use browser::pages::{SitePage, View};
use browser::strings::strings;
use site::DATA;

/// The page's title: the explainer's, after the section's name in a section's embed.
pub fn title(page: SitePage) -> String {
    let title = DATA.meta.title.get(page.lang);
    match page.view {
        View::Embed(Some(section)) => format!("{} — {title}", strings(page.lang).section(section)),
        _ => title.to_string(),
    }
}

/// Where the oEmbed file of `page` is, relative to the site root: beside the page
/// (`ja/oembed.json`, `ja/embed/oembed.json`, `ja/embed/timeline.oembed.json`).
pub fn oembed_path(page: SitePage) -> String {
    let address = page.address();
    match address.strip_suffix(".html") {
        Some(file) => format!("{file}.oembed.json"),
        None => format!("{address}oembed.json"),
    }
}

/// Where the oEmbed file pinned to this build's edition is: beside the other
/// (`ja/oembed-edition.json`, `ja/embed/timeline.oembed-edition.json`); its frame is at
/// `editions/<date>/…`.
pub fn pinned_oembed_path(page: SitePage) -> String {
    let path = oembed_path(page);
    format!("{}oembed-edition.json", &path[..path.len() - "oembed.json".len()])
}
