//! Pre-renders every page of the site into static HTML, from the same components the wasm
//! runs: `prerender <site folder>`.
//!
//! Trunk runs it after each build (see Trunk.toml). It reads the page Trunk wrote
//! (`index.html`, with the hashed file names) as a template and writes every page of the
//! site (`explainer::site::SitePage::all`): the explainer in each language — `index.html`,
//! `ja/index.html`, `ko/index.html`, each with its own `<html lang>`, title, description and
//! links to the other languages — and its embeds (`embed/…`). Every word of a page is in its
//! HTML.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dispute_model::Lang;
use dispute_model::nav::Section;
use explainer::site::{SitePage, View};
use explainer::strings::strings;
use explainer::{App, DATA};
use leptos::prelude::*;

fn main() -> ExitCode {
    let Some(site) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <site folder>");
        return ExitCode::from(2);
    };
    match prerender(&site) {
        Ok(written) => {
            println!("prerender: wrote {} pages: {}", written.len(), written.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(site: &Path) -> Result<Vec<String>, String> {
    let template_path = site.join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let template = Template::parse(&template)?;
    let mut written = Vec::new();
    for page in SitePage::all() {
        let body = render(page)?;
        let html = template.page(page, &body);
        let out = site.join(page.file_path());
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        written.push(page.file_path());
    }
    Ok(written)
}

/// Renders the page's body. On a thread of its own, with a large stack: the view is deep,
/// and each thread starts with fresh thread-locals, so pages cannot leak into each other.
fn render(page: SitePage) -> Result<String, String> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            // Without an owner, context (the page's navigation state) would silently not exist.
            Owner::new().with(|| view! { <App page=page/> }.to_html())
        })
        .map_err(|e| format!("cannot start the render thread: {e}"))?
        .join()
        .map_err(|_| format!("rendering the {} page panicked", page.lang.tag()))
}

/// The page Trunk wrote, cut where each page's own parts go.
struct Template {
    /// Everything after `<html lang="en">` up to `<title>`.
    head_start: String,
    /// Everything after the description meta, up to `<body>`.
    head_end: String,
}

impl Template {
    fn parse(html: &str) -> Result<Template, String> {
        let cut = |what: &str, from: usize| -> Result<usize, String> {
            html[from..].find(what).map(|i| from + i).ok_or_else(|| format!("index.html has no {what}"))
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
        let head_start = html[head_from..description].to_string();
        let head_end = html[title_end..body].to_string();
        Ok(Template { head_start, head_end })
    }

    /// The whole page of `page`, with `body` as its content.
    fn page(&self, page: SitePage, body: &str) -> String {
        let lang = page.lang;
        let s = strings(lang);
        let title = DATA.meta.title.get(lang);
        let mut out = String::with_capacity(body.len() + 4096);
        out.push_str("<!doctype html>\n<html lang=\"");
        out.push_str(lang.tag());
        out.push('"');
        if let Some(name) = page.embed_name() {
            // Tells the wasm (and the stylesheet) that this page is an embed, and which.
            out.push_str(" data-embed=\"");
            out.push_str(name);
            out.push('"');
        }
        out.push('>');
        out.push_str(&relocate(&self.head_start, page));
        out.push_str("<meta name=\"description\" content=\"");
        out.push_str(&escape(s.description));
        out.push_str("\">\n    <title>");
        if let View::Embed(Some(section)) = page.view {
            out.push_str(&escape(s.sections[Section::ALL.iter().position(|x| *x == section).unwrap_or(0)]));
            out.push_str(" — ");
        }
        out.push_str(&escape(title));
        out.push_str("</title>");
        match page.view {
            View::Page => {
                for other in Lang::ALL {
                    out.push_str("\n    <link rel=\"alternate\" hreflang=\"");
                    out.push_str(other.tag());
                    out.push_str("\" href=\"");
                    out.push_str(&page.link_to(SitePage::page(other)));
                    out.push_str("\">");
                }
                out.push_str(&relocate(&self.head_end, page));
            }
            View::Embed(_) => {
                // An embed is part of someone else's article: not a page for search engines
                // to list, nor one that installs or caches the explainer (see ARCHITECTURE.md).
                out.push_str("\n    <meta name=\"robots\" content=\"noindex\">");
                let head: String = self
                    .head_end
                    .lines()
                    .filter(|line| !PAGE_ONLY.iter().any(|p| line.contains(p)))
                    .map(|line| format!("{line}\n"))
                    .collect();
                out.push_str(&relocate(head.trim_end_matches('\n'), page));
            }
        }
        out.push_str("<body>");
        out.push_str(body);
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// Lines of the template's head that only the explainer's own pages keep: the web app
/// manifest and icons (installing) and the service worker's registration (offline use).
const PAGE_ONLY: [&str; 3] = ["rel=\"manifest\"", "rel=\"apple-touch-icon\"", "sw-register.js"];

/// Rewrites the template's relative URLs (`href="x"`, `src="./x"`, `data-js="x"`) for a
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
        let relative = !(value.starts_with('/') || value.starts_with('#') || value.starts_with("data:") || value.contains("://"));
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

/// Where the next `href="`, `src="`, `data-js="` or `data-wasm="` starts.
fn next_url_attribute(s: &str) -> Option<usize> {
    [" href=\"", " src=\"", " data-js=\"", " data-wasm=\""].iter().filter_map(|a| s.find(a)).min()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relocates_relative_urls_only() {
        let head = r#"<link href="./style.css"><script src="boot.js" data-js="./a.js" data-wasm="a.wasm"></script><link href="https://x/y"><link href="/abs">"#;
        let ja = relocate(head, SitePage::page(Lang::Ja));
        assert_eq!(
            ja,
            r#"<link href="../style.css"><script src="../boot.js" data-js="../a.js" data-wasm="../a.wasm"></script><link href="https://x/y"><link href="/abs">"#
        );
        assert_eq!(relocate(head, SitePage::page(Lang::En)), head);
    }
}
