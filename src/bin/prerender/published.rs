//! The files beside the pages that other software reads: an oEmbed file for every page and
//! embed (so WordPress, Ghost and other editors turn a pasted link into the embed),
//! `sitemap.xml` with each language's page and its alternates, and `robots.txt`.

use dispute_model::Lang;
use explainer::site::{SitePage, View};
use explainer::strings::strings;
use serde_json::json;

use crate::address::Address;
use crate::escape;
use crate::head::{title, ShareImages};

/// Where the oEmbed file of `page` is, relative to the site root: beside the page
/// (`ja/oembed.json`, `ja/embed/oembed.json`, `ja/embed/timeline.oembed.json`).
pub fn oembed_path(page: SitePage) -> String {
    let address = page.address();
    match address.strip_suffix(".html") {
        Some(file) => format!("{file}.oembed.json"),
        None => format!("{address}oembed.json"),
    }
}

/// A frame wide enough for an article's column, and the height it starts at where the host
/// does not size it (WordPress and our embed script do).
const OEMBED_WIDTH: u32 = 640;
fn oembed_height(page: SitePage) -> u32 {
    match page.view {
        View::Embed(Some(_)) => 1600,
        _ => 4000,
    }
}

/// Every file to write, as (path relative to the site root, contents).
pub fn files(address: &Address, share: &ShareImages) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = SitePage::all()
        .into_iter()
        .filter_map(|page| oembed(page, address, share).map(|json| (oembed_path(page), json)))
        .collect();
    if let Some(sitemap) = sitemap(address) {
        out.push(("sitemap.xml".into(), sitemap));
    }
    out.push(("robots.txt".into(), robots(address)));
    out
}

/// The oEmbed response for `page`: a `rich` type whose `html` is a blockquote linking to the
/// page (WordPress loads its resizing script only when there is one) and the embed's
/// iframe. Only with the public address: every URL in it must be absolute.
fn oembed(page: SitePage, address: &Address, share: &ShareImages) -> Option<String> {
    let lang = page.lang;
    let s = strings(lang);
    // A page is embedded whole; an embed, as itself.
    let (shown, embed) = match page.view {
        View::Page => (page, SitePage { lang, view: View::Embed(None) }),
        View::Embed(_) => (SitePage::page(lang), page),
    };
    let title = title(page);
    // A section's embed links to that section of the page.
    let fragment = match embed.view {
        View::Embed(Some(section)) => format!("#{}", section.id()),
        _ => String::new(),
    };
    let page_url = format!("{}{fragment}", address.of(&shown.address())?);
    let embed_url = address.of(&embed.address())?;
    let image = share.of(lang);
    let height = oembed_height(embed);
    let html = format!(
        "<blockquote><a href=\"{}\">{}</a></blockquote><iframe src=\"{}\" title=\"{}\" width=\"{OEMBED_WIDTH}\" height=\"{height}\" frameborder=\"0\"></iframe>",
        escape(&page_url),
        escape(&title),
        escape(&embed_url),
        escape(&title),
    );
    let response = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": s.site_name,
        "provider_url": address.of("")?,
        "width": OEMBED_WIDTH,
        "height": height,
        "html": html,
        "thumbnail_url": address.of(&image.path)?,
        "thumbnail_width": image.width,
        "thumbnail_height": image.height,
        "cache_age": 86400,
    });
    Some(serde_json::to_string_pretty(&response).expect("plain data serialises") + "\n")
}

/// The language pages with their alternates (sitemaps need absolute URLs).
fn sitemap(address: &Address) -> Option<String> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in Lang::ALL {
        xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", escape(&address.of(&SitePage::page(lang).address())?)));
        for other in Lang::ALL {
            let href = escape(&address.of(&SitePage::page(other).address())?);
            xml.push_str(&format!("    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>\n", other.tag()));
        }
        let default = escape(&address.of(&SitePage::page(Lang::En).address())?);
        xml.push_str(&format!("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{default}\"/>\n  </url>\n"));
    }
    xml.push_str("</urlset>\n");
    Some(xml)
}

/// Everything may be crawled (the embeds say `noindex` themselves, which a crawler can only
/// read if it may fetch them). Crawlers read this file only at a site's root.
fn robots(address: &Address) -> String {
    let mut txt = String::from("# The wartime labor explainer. Crawlers read robots.txt only at the root of a site.\nUser-agent: *\nAllow: /\n");
    if let Some(sitemap) = address.of("sitemap.xml") {
        txt.push_str(&format!("Sitemap: {sitemap}\n"));
    }
    txt
}

#[cfg(test)]
mod tests {
    use super::*;
    use dispute_model::nav::Section;

    #[test]
    fn oembed_files_sit_beside_their_pages() {
        assert_eq!(oembed_path(SitePage::page(Lang::En)), "oembed.json");
        assert_eq!(oembed_path(SitePage::page(Lang::Ja)), "ja/oembed.json");
        assert_eq!(oembed_path(SitePage { lang: Lang::Ko, view: View::Embed(None) }), "ko/embed/oembed.json");
        assert_eq!(oembed_path(SitePage { lang: Lang::En, view: View::Embed(Some(Section::Gaps)) }), "embed/gaps.oembed.json");
    }
}
