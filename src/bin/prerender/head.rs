//! Each page's head, as a view: what every page needs first (charset, viewport, color
//! scheme, the Content Security Policy before anything it governs), its title and
//! description, what link previews (Open Graph, Twitter cards), embedding tools (oEmbed
//! discovery) and search engines (canonical, `hreflang`, JSON-LD) read, in the page's
//! language, then its start script and stylesheet. Leptos writes it, escaping every value;
//! every URL in it is relative to the page (`SitePage::file`) or absolute (`Address`).

use std::sync::Arc;

use browser::pages::SitePage;
use browser::strings::strings;
use leptos::either::Either;
use leptos::prelude::*;
use model::Lang;
use serde_json::{json, Value};
use site::editions::feed_path;
use site::DATA;

use crate::address::Address;
use crate::document::Site;
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
/// The `<head>` of `page`.
///
/// Optional parts are written as one of two complete alternatives (`Either`), never as an
/// `Option` or a `Vec`, and lists as arrays: for `None`, `()` and after a `Vec`, Leptos writes
/// a hydration marker (`<!>`), which a head has no use for.
#[component]
pub fn Head(page: SitePage, site: Arc<Site>) -> impl IntoView {
    let s = strings(page.lang);
    let title = title(page);
    let own = if page.is_embed() {
        Either::Left(embed_head(page, &site, &title))
    } else {
        Either::Right(page_head(page, &site, &title))
    };
    view! {
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="color-scheme" content="light dark" />
            // Before anything it governs: a host that sends no headers still gets the policy.
            <meta http-equiv="Content-Security-Policy" content=site.inline.policy.clone() />
            <meta name="description" content=s.description />
            <title>{title.clone()}</title>
            {own}
            <meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)" />
            <meta name="theme-color" content="#151513" media="(prefers-color-scheme: dark)" />
        </head>
    }
}

/// An embed's own head: oEmbed discovery (with the public address), `noindex`, its start
/// script and the stylesheet as a file. An article may hold several embeds: they share the
/// stylesheet, fetched once. An embed lives in someone else's article and neither installs
/// nor works offline, so it links no icons and no manifest (see ARCHITECTURE.md).
fn embed_head(page: SitePage, site: &Site, title: &str) -> impl IntoView {
    // An embed is part of someone else's article, not a page for search engines to list.
    let robots = view! { <meta name="robots" content="noindex" /> };
    let found = match site.address.of(&oembed_path(page)) {
        Some(oembed) => Either::Left((oembed_link(oembed, title), robots)),
        None => Either::Right(robots),
    };
    let files = &site.files;
    view! {
        {found}
        {start_script(page, site)}
        <link
            rel="stylesheet"
            href=page.file(&files.css)
            crossorigin="anonymous"
            integrity=site.inline.css_integrity.clone()
        />
    }
}

/// The head of one of the explainer's own pages: how it is found (oEmbed, canonical and
/// `hreflang` with the public address; the dataset), how it is previewed (Open Graph, the
/// Twitter card, JSON-LD), its start script, the stylesheet itself (a page is read one at a
/// time: its stylesheet comes with it, in its first round trip) and the icons and manifest.
fn page_head(page: SitePage, site: &Site, title: &str) -> impl IntoView {
    let lang = page.lang;
    let s = strings(lang);
    let address = &site.address;
    let dataset = view! { <link rel="alternate" type="application/json" href=page.file("data/dispute.json") title=s.dataset_link /> };
    // Search engines: this page, its other languages, and which to show everyone else. Only
    // with absolute URLs, which search engines require here; without the address, readers
    // still find the other languages through the switcher's links.
    let found = match (address.of(&oembed_path(page)), address.of(&page.address())) {
        (Some(oembed), Some(own)) => {
            let [en, ja, ko] = Lang::ALL;
            let alternates =
                [(en.tag(), en), (ja.tag(), ja), (ko.tag(), ko), ("x-default", Lang::En)].map(|(hreflang, other)| {
                    let href = address.of(&SitePage::page(other).address());
                    view! { <link rel="alternate" hreflang=hreflang href=href /> }
                });
            // The language's feed of editions (written only with the address: its ids are absolute).
            let feed = address.of(&feed_path(lang));
            Either::Left(view! {
                {oembed_link(oembed, title)}
                <link rel="canonical" href=own />
                {alternates}
                {dataset}
                <link rel="alternate" type="application/atom+xml" hreflang=lang.tag() href=feed title=s.feed_link />
            })
        }
        _ => Either::Right(dataset),
    };
    let image = site.share.of(lang);
    let card = match (address.of(&page.address()), address.of(&image.path)) {
        (Some(own), Some(image_url)) => Either::Left(view! {
            {og("og:url", own)}
            {og("og:image", image_url)}
            {og("og:image:type", "image/png")}
            {og("og:image:width", image.width.to_string())}
            {og("og:image:height", image.height.to_string())}
            {og("og:image:alt", image.alt.to_string())}
            <meta name="twitter:card" content="summary_large_image" />
        }),
        // Without an absolute image, a plain card: title and description.
        _ => Either::Right(view! { <meta name="twitter:card" content="summary" /> }),
    };
    view! {
        {found}
        {og("og:type", "article")}
        {og("og:site_name", s.site_name)}
        {og("og:title", title.to_string())}
        {og("og:description", s.description)}
        {og("og:locale", og_locale(lang))}
        {other_languages(lang).map(|other| og("og:locale:alternate", og_locale(other)))}
        {card}
        // Structured data for search engines. A data block, not a script: browsers never run
        // it, so the Content Security Policy has nothing to allow (see ARCHITECTURE.md).
        <script
            type="application/ld+json"
            inner_html=inline_json(&structured_data(page, address, &site.share))
        ></script>
        {start_script(page, site)}
        <style inner_html=site.inline.css.clone()></style>
        // A tab shows the icons; installing reads the manifest.
        <link rel="icon" href=bare(page.file("favicon.ico")) sizes="16x16 32x32 48x48" />
        <link rel="apple-touch-icon" href=bare(page.file("icons/icon-192.png")) />
        <link rel="manifest" href=bare(page.file("manifest.webmanifest")) />
    }
}

/// A relative URL without a leading `./` (`manifest.webmanifest`, `../manifest.webmanifest`),
/// as the icons' and the manifest's links have always been written (a spec reads the manifest's).
fn bare(url: String) -> String {
    match url.strip_prefix("./") {
        Some(rest) => rest.to_string(),
        None => url,
    }
}

/// `<meta property=… content=…>`: Open Graph's attribute is RDFa's `property`, which `view!`
/// does not know as an attribute of `<meta>`, so it is named here.
fn og(property: &'static str, content: impl Into<String>) -> impl IntoView {
    leptos::html::meta()
        .attr("property", property)
        .attr("content", content.into())
}

/// The oEmbed discovery link (only with the public address: its URL must be absolute).
fn oembed_link(href: String, title: &str) -> impl IntoView {
    view! { <link rel="alternate" type="application/json+oembed" href=href title=title.to_string() /> }
}

/// The page's one inline script (`loader.js`; see `inline.rs`), whose tag names the files
/// `public/boot.js` starts the wasm from. On the explainer's pages it also carries the words
/// of the offline worker's update notice (`public/sw-register.js` reads them), in the page's
/// language, from the one table of interface strings; an embed registers no worker. Pages
/// and embeds alike carry the line an edition's copy shows when a newer edition exists
/// (`public/edition.js` reads it; the latest never loads that script).
fn start_script(page: SitePage, site: &Site) -> impl IntoView {
    let s = strings(page.lang);
    let words = (!page.is_embed()).then_some(s);
    view! {
        <script
            data-boot=page.file("boot.js")
            data-js=page.file(&site.files.js)
            data-wasm=page.file(&site.files.wasm)
            data-update=words.map(|s| s.update_available)
            data-reload=words.map(|s| s.update_reload)
            data-newer=s.edition_newer
            data-see-latest=s.edition_see_latest
            inner_html=site.inline.loader(page).to_string()
        ></script>
    }
}

/// The languages other than `lang`, in the site's order.
fn other_languages(lang: Lang) -> [Lang; 2] {
    let [a, b, c] = Lang::ALL;
    if lang == a {
        [b, c]
    } else if lang == b {
        [a, c]
    } else {
        [a, b]
    }
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
pub mod tests {
    use super::*;
    use crate::hashed::HashedFiles;
    use crate::inline::Inline;
    use browser::pages::View;

    /// A site as the tests build it: `address` its public address, if any.
    pub fn site(address: Option<&str>) -> Arc<Site> {
        let image =
            |tag: &str| json!({ "file": format!("share-{tag}.png"), "width": 1200, "height": 630, "alt": "A card" });
        let share = json!({ "images": { "en": image("en"), "ja": image("ja"), "ko": image("ko") } });
        Arc::new(Site {
            address: Address::at(address),
            share: ShareImages::parse(&share.to_string()).unwrap(),
            files: HashedFiles {
                js: "explainer-0a.js".into(),
                wasm: "explainer-0a_bg.wasm".into(),
                css: "main-1b.css".into(),
            },
            inline: Inline::new("/* why */\nbody {\n  color: red;\n}\n").unwrap(),
        })
    }

    /// The head of `page`, as the page carries it.
    pub fn head(page: SitePage, site: &Arc<Site>) -> String {
        let site = Arc::clone(site);
        Owner::new().with(|| view! { <Head page=page site=site /> }.to_html())
    }

    const JA_TIMELINE: SitePage = SitePage {
        lang: Lang::Ja,
        view: View::Embed(Some(model::nav::Section::Timeline)),
    };

    #[test]
    fn a_page_carries_its_stylesheet_and_start_script_after_the_policy_that_allows_them() {
        let site = site(None);
        let html = head(SitePage::page(Lang::Ja), &site);
        let policy = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            site.inline.policy
        );
        let at = |what: &str| html.find(what).unwrap_or_else(|| panic!("no {what} in {html}"));
        assert!(at(&policy) < at("<script") && at(&policy) < at("<style"), "{html}");
        assert!(html.contains("<style>body {\ncolor: red;\n}</style>"), "{html}");
        assert!(!html.contains("rel=\"stylesheet\""), "{html}");
        let start = format!(
            "<script data-boot=\"../boot.js\" data-js=\"../explainer-0a.js\" data-wasm=\"../explainer-0a_bg.wasm\" data-update=\"この解説の新しい版があります。\" data-reload=\"再読み込み\" data-newer=\"{{date}}版・その後更新されています：\" data-see-latest=\"最新版を見る\">{}</script>",
            site.inline.loader(SitePage::page(Lang::Ja))
        );
        assert!(html.contains(&start), "{html}");
        assert!(!html.contains("postMessage"), "a page carries none of host.js");
        for link in [
            "<link rel=\"icon\" href=\"../favicon.ico\"",
            "<link rel=\"apple-touch-icon\" href=\"../icons/icon-192.png\">",
            "<link rel=\"manifest\" href=\"../manifest.webmanifest\">",
            "<link rel=\"alternate\" type=\"application/json\" href=\"../data/dispute.json\"",
        ] {
            assert!(html.contains(link), "{link} in {html}");
        }
        assert!(
            html.starts_with("<head><meta charset=\"utf-8\">") && html.ends_with("</head>"),
            "{html}"
        );
        assert!(!html.contains("<!>"), "no hydration markers in a head: {html}");
        let en = head(SitePage::page(Lang::En), &site);
        for link in [
            "<link rel=\"icon\" href=\"favicon.ico\"",
            "<link rel=\"manifest\" href=\"manifest.webmanifest\">",
            "data-boot=\"./boot.js\"",
        ] {
            assert!(en.contains(link), "{link} in {en}");
        }
    }

    #[test]
    fn an_embed_links_the_stylesheet_and_leaves_out_the_manifest_and_icons() {
        let site = site(None);
        let html = head(JA_TIMELINE, &site);
        assert!(
            html.contains(&format!(
                "<link rel=\"stylesheet\" href=\"../../main-1b.css\" crossorigin=\"anonymous\" integrity=\"{}\">",
                site.inline.css_integrity
            )),
            "{html}"
        );
        assert!(!html.contains("<style"), "{html}");
        for absent in ["manifest", "icon", "data-update", "og:", "ld+json"] {
            assert!(!html.contains(absent), "{absent} in {html}");
        }
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"), "{html}");
        let start = format!(
            "<script data-boot=\"../../boot.js\" data-js=\"../../explainer-0a.js\" data-wasm=\"../../explainer-0a_bg.wasm\" data-newer=\"{{date}}版・その後更新されています：\" data-see-latest=\"最新版を見る\">{}</script>",
            site.inline.loader(JA_TIMELINE)
        );
        assert!(html.contains(&start) && start.contains("postMessage"), "{html}");
        assert!(!html.contains("<!>"), "{html}");
    }

    #[test]
    fn absolute_urls_only_with_the_public_address() {
        let without = head(SitePage::page(Lang::Ko), &site(None));
        let with = head(SitePage::page(Lang::Ko), &site(Some("https://news.example/x")));
        for tag in [
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/x/ko/oembed.json\"",
            "<link rel=\"canonical\" href=\"https://news.example/x/ko/\">",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example/x/\"><link rel=\"alternate\" hreflang=\"ja\" href=\"https://news.example/x/ja/\"><link rel=\"alternate\" hreflang=\"ko\" href=\"https://news.example/x/ko/\"><link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example/x/\">",
            "<meta property=\"og:url\" content=\"https://news.example/x/ko/\">",
            "<meta property=\"og:image\" content=\"https://news.example/x/share/share-ko.png\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
            "<link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"ko\" href=\"https://news.example/x/ko/feed.xml\" title=\"새 판 구독하기(Atom 피드)\">",
        ] {
            assert!(with.contains(tag), "{tag} in {with}");
        }
        assert!(
            !without.contains("https://news.example") && !without.contains("hreflang") && !without.contains("atom"),
            "{without}"
        );
        assert!(
            without.contains("<meta name=\"twitter:card\" content=\"summary\">"),
            "{without}"
        );
        assert!(
            without.contains("<meta property=\"og:locale\" content=\"ko_KR\"><meta property=\"og:locale:alternate\" content=\"en_US\"><meta property=\"og:locale:alternate\" content=\"ja_JP\">"),
            "{without}"
        );
        let embed = head(JA_TIMELINE, &site(Some("https://news.example/x/")));
        assert!(
            embed.contains("href=\"https://news.example/x/ja/embed/timeline.oembed.json\""),
            "{embed}"
        );
        assert!(!embed.contains("canonical"), "{embed}");
        for html in [without, with, embed] {
            assert!(!html.contains("<!>"), "{html}");
        }
    }

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
