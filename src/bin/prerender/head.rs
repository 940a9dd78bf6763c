//! Each page's own head: title and description, and what link previews (Open Graph, Twitter
//! cards), embedding tools (oEmbed discovery) and search engines (canonical, `hreflang`,
//! JSON-LD) read, in the page's language.

use browser::html::escape;
use browser::pages::SitePage;
use browser::strings::strings;
use model::Lang;
use serde_json::{json, Value};
use site::DATA;

use crate::address::Address;
use crate::pages::{oembed_path, title};
use crate::share::ShareImages;

/// Open Graph's locale for a language.
pub fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Ja => "ja_JP",
        Lang::Ko => "ko_KR",
    }
}

struct Head(String);

impl Head {
    fn line(&mut self, tag: String) {
        self.0.push_str("\n    ");
        self.0.push_str(&tag);
    }
    fn meta(&mut self, attr: &str, name: &str, content: &str) {
        self.line(format!("<meta {attr}=\"{name}\" content=\"{}\">", escape(content)));
    }
}

/// The head tags of `page`.
pub fn tags(page: SitePage, address: &Address, share: &ShareImages) -> String {
    let lang = page.lang;
    let s = strings(lang);
    let title = title(page);
    let mut head = Head(String::new());
    head.line(format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(s.description)
    ));
    head.line(format!("<title>{}</title>", escape(&title)));
    if let Some(oembed) = address.of(&oembed_path(page)) {
        head.line(format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{}\">",
            escape(&title)
        ));
    }
    if page.is_embed() {
        // An embed is part of someone else's article, not a page for search engines to list.
        head.meta("name", "robots", "noindex");
        return head.0;
    }

    // Search engines: this page, its other languages, and which to show everyone else. Only
    // with absolute URLs, which search engines require here; without the address, readers
    // still find the other languages through the switcher's links.
    if let Some(own) = address.of(&page.address()) {
        head.line(format!("<link rel=\"canonical\" href=\"{own}\">"));
        for (hreflang, other) in Lang::ALL
            .into_iter()
            .map(|l| (l.tag(), l))
            .chain([("x-default", Lang::En)])
        {
            let href = address.of(&SitePage::page(other).address()).unwrap_or_default();
            head.line(format!(
                "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\">"
            ));
        }
    }
    head.line(format!(
        "<link rel=\"alternate\" type=\"application/json\" href=\"{}\" title=\"{}\">",
        page.file("data/dispute.json"),
        escape(s.dataset_link)
    ));

    // Link previews.
    head.meta("property", "og:type", "article");
    head.meta("property", "og:site_name", s.site_name);
    head.meta("property", "og:title", &title);
    head.meta("property", "og:description", s.description);
    head.meta("property", "og:locale", og_locale(lang));
    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
        head.meta("property", "og:locale:alternate", og_locale(other));
    }
    let image = share.of(lang);
    match (address.of(&page.address()), address.of(&image.path)) {
        (Some(own), Some(image_url)) => {
            head.meta("property", "og:url", &own);
            head.meta("property", "og:image", &image_url);
            head.meta("property", "og:image:type", "image/png");
            head.meta("property", "og:image:width", &image.width.to_string());
            head.meta("property", "og:image:height", &image.height.to_string());
            head.meta("property", "og:image:alt", image.alt);
            head.meta("name", "twitter:card", "summary_large_image");
        }
        // Without an absolute image, a plain card: title and description.
        _ => head.meta("name", "twitter:card", "summary"),
    }

    // Structured data for search engines. A data block, not a script: browsers never run it,
    // so the Content Security Policy has nothing to allow (see ARCHITECTURE.md).
    head.line(format!(
        "<script type=\"application/ld+json\">{}</script>",
        inline_json(&structured_data(page, address, share))
    ));
    head.0
}

/// `value` as JSON that can stand inside a `<script>` element: `<`, `>` and `&` written as
/// `\u003c`, `\u003e` and `\u0026`, which mean the same to a JSON (or JavaScript) reader. The
/// HTML parser reads a script's text by its own rules: `</script` ends the element, and
/// `<!--` followed by `<script` makes it skip ahead to a second `</script>`, swallowing the
/// rest of the page (a title starting `<!--<script>` did). Outside strings JSON has none of
/// the three characters, so every one escaped is inside a string.
pub fn inline_json(value: &Value) -> String {
    serde_json::to_string(value)
        .expect("plain data serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// schema.org `NewsArticle` for the page: what it is, in which language, as of when, and the
/// two reports it is based on.
fn structured_data(page: SitePage, address: &Address, share: &ShareImages) -> Value {
    let lang = page.lang;
    let reports: Vec<Value> = DATA
        .sources
        .iter()
        .map(|s| json!({ "@type": "NewsArticle", "name": s.title.get(lang) }))
        .collect();
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": DATA.meta.title.get(lang),
        "description": strings(lang).description,
        "inLanguage": lang.tag(),
        "dateModified": DATA.meta.as_of.iso(),
        "isBasedOn": reports,
        "citation": reports,
        "license": DATA.meta.licence.get(lang),
    });
    if let (Some(own), Some(image)) = (address.of(&page.address()), address.of(&share.of(lang).path)) {
        data["url"] = own.clone().into();
        data["mainEntityOfPage"] = own.into();
        data["image"] = image.into();
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_json_never_holds_what_ends_or_hides_a_script_element() {
        let hostile = json!({ "headline": "<!--<script> a </script><script>x</script> & <b>&amp;</b> ]]>", "list": ["</SCRIPT >"] });
        let inline = inline_json(&hostile);
        for c in ['<', '>', '&'] {
            assert!(!inline.contains(c), "{c:?} in {inline}");
        }
        let back: Value = serde_json::from_str(&inline).unwrap();
        assert_eq!(back, hostile, "the same data once read");
    }
}
