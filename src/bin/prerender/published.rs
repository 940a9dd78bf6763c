//! The files beside the pages that other software reads: an oEmbed file for every page and
//! embed (so WordPress, Ghost and other editors turn a pasted link into the embed),
//! `sitemap.xml` with each language's page and its alternates, `robots.txt`, `_headers` (the
//! headers every file should be sent with, in the format static hosts read; the local server
//! and `scripts/headers.mjs` read it too) and `languages.json` (each language's page and
//! interface strings, for the plain scripts and the tests, which would otherwise copy them).

use browser::pages::{SitePage, View};
use browser::strings::{script_strings, strings, Words, LANGUAGE_NAMES};
use model::{Lang, Ymd};
use serde_json::json;
use site::DATA;

use browser::html::escape;

use crate::address::Address;
use crate::pages::{oembed_path, pinned_oembed_path, title};
use crate::share::ShareImages;

/// The width oEmbed requires as a number: an article's column. The iframe itself says
/// `width="100%"`, which WordPress keeps: a static file cannot answer a consumer's
/// `maxwidth`, and a fixed width made a phone's article scroll sideways. Its height is where
/// the host does not size it (WordPress and our embed script do):
/// `SitePage::starting_height`, as in the embed code.
const OEMBED_WIDTH: u32 = 640;

/// Every file to write, as (path relative to the site root, contents). `policy` is the
/// build's Content Security Policy, which every page states.
pub fn files(address: &Address, share: &ShareImages, policy: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = SitePage::all()
        .into_iter()
        .flat_map(|page| {
            [
                oembed(page, address, share, None).map(|json| (oembed_path(page), json)),
                oembed(page, address, share, Some(DATA.edition)).map(|json| (pinned_oembed_path(page), json)),
            ]
        })
        .flatten()
        .collect();
    if let Some(sitemap) = sitemap(address) {
        out.push(("sitemap.xml".into(), sitemap));
    }
    out.push(("robots.txt".into(), robots(address)));
    out.push(("_headers".into(), headers(policy)));
    out.push(("languages.json".into(), languages()));
    out
}

/// The headers every file of the site is sent with besides its Content Security Policy: an
/// iframe sandboxed without `allow-same-origin` (WordPress's) has an opaque origin, so its
/// module script, wasm and stylesheet are cross-origin requests and need CORS; and no file
/// may be sniffed as another type. Deliberately absent: `X-Frame-Options` and the policy's
/// `frame-ancestors`, since the explainer is meant to be embedded in other sites' pages.
const HEADERS: [(&str, &str); 2] = [
    ("Access-Control-Allow-Origin", "*"),
    ("X-Content-Type-Options", "nosniff"),
];

/// `_headers`, in the format of Netlify and Cloudflare Pages: every file gets the pages'
/// policy (a script or an image is not governed by it, so one policy serves the whole build).
fn headers(policy: &str) -> String {
    let mut out = String::from(
        "# The headers every file of this build should be sent with (written by the pre-renderer).\n\
         # Hosts that read `_headers` apply them as they are; on others, copy them into the host's\n\
         # configuration. The policy's hashes change when the pages' start script or stylesheet do.\n/*\n",
    );
    out.push_str(&format!("  Content-Security-Policy: {policy}\n"));
    for (name, value) in HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out
}

/// `languages.json`: every language with its page (relative to the site root) and every
/// interface string, by the field names of `browser::strings::Strings` and `ScriptStrings`.
fn languages() -> String {
    let languages: Vec<_> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut fields = serde_json::Map::new();
            let mut field = |name: &'static str, words: &dyn Words| {
                let mut all = Vec::new();
                words.each(&mut |w| all.push(serde_json::Value::from(w)));
                let value = if words.is_list() {
                    serde_json::Value::Array(all)
                } else {
                    all.remove(0)
                };
                fields.insert(name.to_string(), value);
            };
            strings(lang).named(&mut field);
            // The words only the plain scripts show (not in the wasm): this is how they get them.
            script_strings(lang).named(&mut field);
            let name = LANGUAGE_NAMES
                .into_iter()
                .find(|(l, _)| *l == lang)
                .map_or("", |(_, n)| n);
            json!({ "tag": lang.tag(), "name": name, "page": SitePage::dir(lang), "strings": fields })
        })
        .collect();
    serde_json::to_string_pretty(&json!({ "languages": languages })).expect("plain data serialises") + "\n"
}

/// The oEmbed response for `page`: a `rich` type whose `html` is a blockquote linking to the
/// page (WordPress loads its resizing script only when there is one) and the embed's
/// iframe. Only with the public address: every URL in it must be absolute.
///
/// With `edition`, the same pinned to this build's edition: its page and frame at the
/// edition's permanent address (`editions/<date>/…`, where `scripts/publish.mjs` keeps this
/// build), and the edition's date in the title. A copy of the build is byte for byte this
/// one, so its pages' discovery links name the site's latest oEmbed; the pinned file is for
/// consumers given an endpoint (see README, Embedding).
fn oembed(page: SitePage, address: &Address, share: &ShareImages, edition: Option<Ymd>) -> Option<String> {
    let lang = page.lang;
    let s = strings(lang);
    // A page's address gives the explainer at a glance, which fits an article (the whole
    // explainer is tens of thousands of pixels tall, and WordPress caps a frame at 1000);
    // an embed's, that embed.
    let (shown, embed) = match page.view {
        View::Page => (
            page,
            SitePage {
                lang,
                view: View::Compact,
            },
        ),
        View::Embed(_) | View::Compact => (SitePage::page(lang), page),
    };
    let (title, folder) = match edition {
        Some(date) => (
            format!("{}{}", title(page), s.edition.replace("{date}", &date.display(lang))),
            format!("editions/{}/", date.iso()),
        ),
        None => (title(page), String::new()),
    };
    // A section's embed links to that section of the page.
    let fragment = match embed.view {
        View::Embed(Some(section)) => format!("#{}", section.id()),
        _ => String::new(),
    };
    let page_url = format!("{}{fragment}", address.of(&format!("{folder}{}", shown.address()))?);
    let embed_url = address.of(&format!("{folder}{}", embed.address()))?;
    let image = share.of(lang);
    let height = embed.starting_height();
    let html = oembed_html(page_url, &title, embed_url, height);
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

/// The oEmbed `html`: a blockquote linking to the page, and the embed's iframe, written by
/// Leptos like the pages (every value escaped).
fn oembed_html(page_url: String, title: &str, embed_url: String, height: u32) -> String {
    use leptos::html::{a, blockquote, iframe};
    use leptos::prelude::*;
    let quote = blockquote().child(a().href(page_url).child(title.to_string()));
    // `frameborder` is not among Leptos' attributes of an iframe (it is obsolete), so it is named.
    let frame = iframe()
        .src(embed_url)
        .title(title.to_string())
        .width("100%")
        .height(height.to_string())
        .attr("frameborder", "0");
    Owner::new().with(|| (quote, frame).to_html())
}

/// The language pages with their alternates (sitemaps need absolute URLs).
fn sitemap(address: &Address) -> Option<String> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in Lang::ALL {
        xml.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            escape(&address.of(&SitePage::page(lang).address())?)
        ));
        for other in Lang::ALL {
            let href = escape(&address.of(&SitePage::page(other).address())?);
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>\n",
                other.tag()
            ));
        }
        let default = escape(&address.of(&SitePage::page(Lang::En).address())?);
        xml.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{default}\"/>\n  </url>\n"
        ));
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
    use model::nav::Section;

    #[test]
    fn oembed_html_is_a_link_and_a_frame_with_every_value_escaped() {
        assert_eq!(
            oembed_html(
                "https://a.example/?x=1&y#gaps".into(),
                "A <b> & \"c\"",
                "https://a.example/embed/".into(),
                600
            ),
            concat!(
                r#"<blockquote><a href="https://a.example/?x=1&amp;y#gaps">A &lt;b&gt; &amp; "c"</a></blockquote>"#,
                r#"<iframe src="https://a.example/embed/" title="A &lt;b&gt; &amp; &quot;c&quot;" width="100%" height="600" frameborder="0"></iframe>"#
            )
        );
    }

    #[test]
    fn pinned_oembed_files_sit_beside_the_latests() {
        assert_eq!(pinned_oembed_path(SitePage::page(Lang::En)), "oembed-edition.json");
        assert_eq!(pinned_oembed_path(SitePage::page(Lang::Ja)), "ja/oembed-edition.json");
        let timeline = SitePage {
            lang: Lang::Ko,
            view: View::Embed(Some(Section::Timeline)),
        };
        assert_eq!(pinned_oembed_path(timeline), "ko/embed/timeline.oembed-edition.json");
        let address = Address::at(Some("https://a.example/x/"));
        let share = ShareImages::read(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/public")))
            .expect("public/share/share.json");
        let json: serde_json::Value =
            serde_json::from_str(&oembed(timeline, &address, &share, Some(DATA.edition)).unwrap()).unwrap();
        let folder = format!("https://a.example/x/editions/{}/", DATA.edition.iso());
        let html = json["html"].as_str().unwrap();
        assert!(
            html.contains(&format!("<iframe src=\"{folder}ko/embed/timeline.html\"")),
            "{html}"
        );
        assert!(html.contains(&format!("<a href=\"{folder}ko/#timeline\"")), "{html}");
        assert_eq!(json["provider_url"], "https://a.example/x/");
    }

    #[test]
    fn oembed_files_sit_beside_their_pages() {
        assert_eq!(oembed_path(SitePage::page(Lang::En)), "oembed.json");
        assert_eq!(oembed_path(SitePage::page(Lang::Ja)), "ja/oembed.json");
        assert_eq!(
            oembed_path(SitePage {
                lang: Lang::Ko,
                view: View::Embed(None)
            }),
            "ko/embed/oembed.json"
        );
        assert_eq!(
            oembed_path(SitePage {
                lang: Lang::En,
                view: View::Embed(Some(Section::Gaps))
            }),
            "embed/gaps.oembed.json"
        );
        assert_eq!(
            oembed_path(SitePage {
                lang: Lang::Ja,
                view: View::Compact
            }),
            "ja/embed/compact.oembed.json"
        );
    }
}
