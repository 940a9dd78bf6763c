//! The page Trunk wrote, used as every page's template: its head with the hashed file names,
//! and an empty body for the pre-rendered markup. Into each page's head go its one inline
//! script (`loader.js`, with `host.js` in it on embeds), on the explainer's own pages the
//! stylesheet itself, and the Content Security Policy that allows exactly those texts by
//! their hashes.

use base64::Engine as _;
use browser::html::escape;
use browser::pages::SitePage;
use browser::strings::strings;
use sha2::{Digest, Sha256};

use crate::head::inline_json;

/// Lines of the template's head that only the explainer's own pages keep: the icons (a tab
/// shows them; a frame in an article does not) and the web app manifest (installing). An
/// embed lives in someone else's article and neither installs nor works offline (boot.js
/// registers the worker on the pages only; see ARCHITECTURE.md).
const PAGE_ONLY: [&str; 3] = ["rel=\"icon\"", "rel=\"manifest\"", "rel=\"apple-touch-icon\""];

/// The page's start script, without its comment lines (see the file).
const LOADER_SOURCE: &str = include_str!("loader.js");

/// The embed's part of its start script: what it tells its host (see the file).
const HOST_SOURCE: &str = include_str!("host.js");

/// The start script as the pages (`embed` false) or the embeds carry it: its comment lines
/// left out, the languages' pages (`__PAGES__`) filled in from the site's own list, relative
/// to the site root (as JSON that may stand in a script, like every inline JSON:
/// `head::inline_json`), and in an embed `host.js` at `__EMBED__` (a page carries none of it).
fn loader(embed: bool) -> String {
    let pages: serde_json::Map<String, serde_json::Value> = model::Lang::ALL
        .into_iter()
        .map(|lang| {
            let dir = SitePage::dir(lang);
            (lang.tag().to_string(), (if dir.is_empty() { "./" } else { dir }).into())
        })
        .collect();
    let host = if embed { inline_js(HOST_SOURCE) } else { String::new() };
    let lines: Vec<&str> = LOADER_SOURCE
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .flat_map(|l| {
            if l.trim() == "__EMBED__" {
                host.lines().collect()
            } else {
                vec![l]
            }
        })
        .collect();
    lines.join("\n").replace("__PAGES__", &inline_json(&pages.into()))
}

/// The policy every page states and the server sends: only this site's files, wasm may be
/// compiled, no plugins, no `<base>`, no form submissions, and of inline code only the start
/// script (the pages' and the embeds') and the stylesheet of this build (`{script}`,
/// `{style}`: their hashes).
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {script}; style-src 'self' {style}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

// Where the inline texts go while the head's URLs are rewritten, so that a URL-like text in
// them is never touched.
const STYLE_SLOT: &str = "\u{0}style\u{0}";
const LOADER_SLOT: &str = "\u{0}loader\u{0}";

/// The page Trunk wrote, cut where each page's own parts go.
pub struct Template {
    /// Everything after `<html lang="en">` up to the description meta.
    head_start: String,
    /// Everything after `</title>`, up to `<body>`; the start script's tag empty.
    head_end: String,
    /// Trunk's `<link rel="stylesheet" …>` tag, as it stands in `head_end`.
    stylesheet_link: String,
    /// The stylesheet's text, as the pages carry it inline.
    css: String,
    /// The start script of the pages and of the embeds.
    loaders: [String; 2],
    policy: String,
}

impl Template {
    /// Reads the template; `read` gives the text of a file of the site (the stylesheet).
    pub fn parse(html: &str, read: impl Fn(&str) -> Result<String, String>) -> Result<Template, String> {
        let cut = |what: &str, from: usize| -> Result<usize, String> {
            html[from..]
                .find(what)
                .map(|i| from + i)
                .ok_or_else(|| format!("index.html has no {what}"))
        };
        let html_open = cut("<html lang=\"en\">", 0)?;
        let head_from = html_open + "<html lang=\"en\">".len();
        let title = cut("<title>", head_from)?;
        let description = cut("<meta name=\"description\"", head_from)?;
        if description > title {
            return Err("index.html must give its description before its title".into());
        }
        let title_end = cut("</title>", title)? + "</title>".len();
        let body = cut("<body>", title_end)?;
        // Keep <body></body> empty in index.html: the pre-rendered markup must start right
        // after <body>, or the wasm cannot take it over.
        cut("</body>", body)?;
        let head_end = &html[title_end..body];

        // The start script: Trunk writes its tag empty (Trunk.toml, `pattern_script`).
        let start = head_end
            .find("<script data-boot=\"")
            .ok_or("index.html has no <script data-boot=…> (Trunk.toml's pattern_script)")?;
        let start_end = start
            + head_end[start..]
                .find('>')
                .ok_or("index.html: the start script's tag does not end")?
            + 1;
        if !head_end[start_end..].starts_with("</script>") {
            return Err("index.html: the start script's tag must be empty (Trunk.toml's pattern_script)".into());
        }
        let link = head_end
            .find("<link rel=\"stylesheet\"")
            .ok_or("index.html has no stylesheet link")?;
        let link_end = link
            + head_end[link..]
                .find('>')
                .ok_or("index.html: the stylesheet link does not end")?
            + 1;
        let stylesheet_link = head_end[link..link_end].to_string();
        let href = attribute(&stylesheet_link, "href").ok_or("index.html: the stylesheet link has no href")?;
        let css = inline_css(&read(href)?).map_err(|e| format!("{href}: {e}"))?;

        let loaders = [loader(false), loader(true)];
        let scripts = format!("{} {}", hash_source(&loaders[0]), hash_source(&loaders[1]));
        let policy = POLICY
            .replace("{script}", &scripts)
            .replace("{style}", &hash_source(&css));
        let head_end = format!("{}{LOADER_SLOT}{}", &head_end[..start_end], &head_end[start_end..]);
        Ok(Template {
            head_start: html[head_from..description].to_string(),
            head_end,
            stylesheet_link,
            css,
            loaders,
            policy,
        })
    }

    /// The Content Security Policy of every page of this build (the pages state it
    /// themselves, and `_headers` gives it to hosts).
    pub fn policy(&self) -> &str {
        &self.policy
    }

    /// The whole page of `page`: `head` (its own tags, from `head::tags`) and `body`.
    pub fn page(&self, page: SitePage, head: &str, body: &str) -> String {
        let mut out = String::with_capacity(body.len() + head.len() + self.css.len() + 4096);
        out.push_str("<!doctype html>\n<html lang=\"");
        out.push_str(page.lang.tag());
        out.push('"');
        if let Some(name) = page.embed_name() {
            // Tells the wasm (and the stylesheet) that this page is an embed, and which.
            out.push_str(" data-embed=\"");
            out.push_str(name);
            out.push('"');
        }
        out.push('>');
        out.push_str(&relocate(&self.head_start, page));
        // Before anything it governs: a host that sends no headers still gets the policy.
        out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        out.push_str(&self.policy);
        out.push_str("\">\n    ");
        out.push_str(head);
        let head_end = if page.is_embed() {
            // An article may hold several embeds: they share the stylesheet as a file, fetched once.
            self.head_end
                .lines()
                .filter(|line| !PAGE_ONLY.iter().any(|p| line.contains(p)))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            // A page is read one at a time: its stylesheet comes with it, in its first round trip.
            self.head_end.replace(&self.stylesheet_link, STYLE_SLOT)
        };
        let mut head_end = relocate(&head_end, page)
            .replace(STYLE_SLOT, &format!("<style>{}</style>", self.css))
            .replace(LOADER_SLOT, &self.loaders[usize::from(page.is_embed())]);
        if !page.is_embed() {
            // The offline worker's update notice (public/sw-register.js) reads its words here,
            // in the page's language, from the one table of interface strings; an embed
            // registers no worker.
            let s = strings(page.lang);
            let words = format!(
                " data-update=\"{}\" data-reload=\"{}\"",
                escape(s.update_available),
                escape(s.update_reload)
            );
            if let Some(tag) = head_end.find("<script data-boot=") {
                let end = tag + head_end[tag..].find('>').unwrap_or(0);
                head_end.insert_str(end, &words);
            }
        }
        out.push_str(&head_end);
        out.push_str("<body>");
        out.push_str(body);
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// A CSP source for an inline text: `'sha256-<base64>'` of its exact bytes.
fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The start script as the pages carry it: without its comment lines.
fn inline_js(source: &str) -> String {
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    lines.join("\n")
}

/// The stylesheet as the pages carry it: without comments and indentation. Refused if it
/// could end the `<style>` element early, or names a URL (relative to the stylesheet's file,
/// it would mean another file on the language pages in their folders).
fn inline_css(css: &str) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        let close = rest[open..].find("*/").ok_or("a comment is not closed")?;
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    let out: Vec<&str> = out.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let out = out.join("\n");
    if out.to_ascii_lowercase().contains("</style") {
        return Err("the stylesheet contains `</style`, which would end the page's <style> element".into());
    }
    if out.contains("url(") {
        return Err(
            "the stylesheet names a url(); the pages carry it inline, where a relative URL would point elsewhere"
                .into(),
        );
    }
    Ok(out)
}

/// The value of `name="…"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[from..from + tag[from..].find('"')?])
}

/// Rewrites the template's relative URLs (`href="x"`, `src="./x"`, `data-boot="x"`) for a
/// page in a sub-folder. `<base>` would do it in one line, but the Content Security Policy
/// forbids it (`base-uri 'none'`).
fn relocate(head: &str, page: SitePage) -> String {
    if page.root() == "./" {
        return head.to_string();
    }
    let mut out = String::with_capacity(head.len() + 64);
    let mut rest = head;
    while let Some(i) = next_url_attribute(rest) {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let quote_end = after.find('"').map(|q| q + 1).unwrap_or(after.len());
        out.push_str(&after[..quote_end]);
        let value = &after[quote_end..];
        let url = &value[..value.find('"').unwrap_or(value.len())];
        let relative =
            !(url.starts_with('/') || url.starts_with('#') || url.starts_with("data:") || url.contains("://"));
        if relative {
            out.push_str(page.root());
            rest = value.strip_prefix("./").unwrap_or(value);
        } else {
            rest = value;
        }
    }
    out.push_str(rest);
    out
}

/// Where the next `href="`, `src="`, `data-boot="`, `data-js="` or `data-wasm="` starts.
fn next_url_attribute(s: &str) -> Option<usize> {
    [" href=\"", " src=\"", " data-boot=\"", " data-js=\"", " data-wasm=\""]
        .iter()
        .filter_map(|a| s.find(a))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Lang;

    #[test]
    fn relocates_relative_urls_only() {
        let head = r#"<link href="./style.css"><script data-boot="boot.js" data-js="./a.js" data-wasm="a.wasm"></script><link href="https://x/y"><link href="/abs">"#;
        let ja = relocate(head, SitePage::page(Lang::Ja));
        assert_eq!(
            ja,
            r#"<link href="../style.css"><script data-boot="../boot.js" data-js="../a.js" data-wasm="../a.wasm"></script><link href="https://x/y"><link href="/abs">"#
        );
        assert_eq!(relocate(head, SitePage::page(Lang::En)), head);
    }

    const TRUNK_PAGE: &str = concat!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta name=\"description\" content=\"x\">\n<title>x</title>\n",
        "<script data-boot=\"./boot.js\" data-js=\"./a.js\" data-wasm=\"./a_bg.wasm\"></script>\n",
        "<link rel=\"stylesheet\" href=\"./main-1.css\" crossorigin=\"anonymous\" integrity=\"sha384-x\"/>\n",
        "<link rel=\"manifest\" href=\"manifest.webmanifest\">\n</head>\n<body></body>\n</html>\n"
    );

    fn template(css: &str) -> Result<Template, String> {
        let css = css.to_string();
        Template::parse(TRUNK_PAGE, move |href| {
            if href == "./main-1.css" {
                Ok(css.clone())
            } else {
                Err(format!("no {href}"))
            }
        })
    }

    #[test]
    fn a_page_carries_its_stylesheet_and_start_script_and_a_policy_with_their_hashes() {
        let t = template("/* why */\nbody {\n  color: red;\n}\n").unwrap();
        let html = t.page(SitePage::page(Lang::Ja), "", "<p>x</p>");
        assert!(html.contains("<style>body {\ncolor: red;\n}</style>"), "{html}");
        assert!(!html.contains("rel=\"stylesheet\""));
        assert!(html.contains("<script data-boot=\"../boot.js\" data-js=\"../a.js\" data-wasm=\"../a_bg.wasm\" data-update=\"この解説の新しい版があります。\" data-reload=\"再読み込み\">(() => {"), "{html}");
        assert!(!html.contains("\n//"), "comment lines stay out of the page");
        let policy = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            t.policy()
        );
        assert!(html.find(&policy).unwrap() < html.find("<script").unwrap());
        assert!(t.policy().contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {} {}",
            hash_source(&loader(false)),
            hash_source(&loader(true))
        )));
        assert!(
            html.contains(r#"const pages = {"en":"./","ja":"ja/","ko":"ko/"};"#),
            "the languages' pages are filled in"
        );
        // printf 'body {\ncolor: red;\n}' | openssl dgst -sha256 -binary | base64
        assert!(
            t.policy()
                .contains("style-src 'self' 'sha256-GNNlx/kxkMd34IDzswFHN/PygXiJPkpSOHxTKU56YdU='"),
            "{}",
            t.policy()
        );
    }

    #[test]
    fn an_embed_keeps_the_stylesheet_file_and_leaves_out_the_manifest() {
        let t = template("body { color: red; }").unwrap();
        let html = t.page(SitePage::all().into_iter().find(|p| p.is_embed()).unwrap(), "", "");
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"../main-1.css\""),
            "{html}"
        );
        assert!(!html.contains("<style>"), "{html}");
        assert!(!html.contains("manifest"), "{html}");
        assert!(html.contains("data-wasm=\"../a_bg.wasm\">(() => {"), "{html}");
        assert!(
            html.contains(&loader(true)),
            "an embed's start script tells its host its height"
        );
    }

    #[test]
    fn only_an_embeds_start_script_carries_what_it_tells_its_host() {
        let (page, embed) = (loader(false), loader(true));
        assert!(!page.contains("__EMBED__") && !embed.contains("__EMBED__"));
        assert!(!page.contains("postMessage") && embed.contains("postMessage"));
        assert!(!embed.contains("\n//") && !embed.lines().any(|l| l.trim_start().starts_with("//")));
        // The page's is the embed's without host.js: nothing else differs.
        let host = inline_js(HOST_SOURCE);
        assert_eq!(embed.replacen(&format!("{host}\n"), "", 1), page);
    }

    #[test]
    fn a_stylesheet_that_cannot_go_inline_is_refused_with_its_reason() {
        let url = template("a { background: url(x.png); }").err().unwrap();
        assert!(url.starts_with("./main-1.css: ") && url.contains("url()"), "{url}");
        assert!(template("a::after { content: \"</style>\"; }")
            .err()
            .unwrap()
            .contains("</style"));
        assert!(template("a { color: red; } /* open").err().unwrap().contains("comment"));
    }

    #[test]
    fn the_policy_is_the_strict_one_with_the_inline_texts_hashes() {
        let policy = template("b{}").unwrap().policy().to_string();
        let directives: Vec<String> = policy
            .split("; ")
            .map(|d| {
                d.split(' ')
                    .filter(|w| !w.starts_with("'sha256-"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let without = directives.join("; ");
        // The pages' start script, the embeds', the stylesheet.
        assert_eq!(policy.matches("'sha256-").count(), 3);
        assert_eq!(
            without,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'"
        );
    }
}
