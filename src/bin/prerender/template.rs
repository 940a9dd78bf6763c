//! The page Trunk wrote, used as every page's template: its head with the hashed file names,
//! and an empty body for the pre-rendered markup.

use explainer::site::SitePage;

/// Lines of the template's head that only the explainer's own pages keep: the icons (a tab
/// shows them; a frame in an article does not) and the web app manifest (installing). An
/// embed lives in someone else's article and neither installs nor works offline (boot.js
/// registers the worker on the pages only; see ARCHITECTURE.md).
const PAGE_ONLY: [&str; 3] = ["rel=\"icon\"", "rel=\"manifest\"", "rel=\"apple-touch-icon\""];

/// The page Trunk wrote, cut where each page's own parts go.
pub struct Template {
    /// Everything after `<html lang="en">` up to the description meta.
    head_start: String,
    /// Everything after `</title>`, up to `<body>`.
    head_end: String,
}

impl Template {
    pub fn parse(html: &str) -> Result<Template, String> {
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
        Ok(Template { head_start: html[head_from..description].to_string(), head_end: html[title_end..body].to_string() })
    }

    /// The whole page of `page`: `head` (its own tags, from `head::tags`) and `body`.
    pub fn page(&self, page: SitePage, head: &str, body: &str) -> String {
        let mut out = String::with_capacity(body.len() + head.len() + 4096);
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
        out.push_str(head);
        let head_end: String = if page.is_embed() {
            self.head_end.lines().filter(|line| !PAGE_ONLY.iter().any(|p| line.contains(p))).collect::<Vec<_>>().join("\n")
        } else {
            self.head_end.clone()
        };
        out.push_str(&relocate(&head_end, page));
        out.push_str("<body>");
        out.push_str(body);
        out.push_str("</body>\n</html>\n");
        out
    }
}

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
        let url = &value[..value.find('"').unwrap_or(value.len())];
        let relative = !(url.starts_with('/') || url.starts_with('#') || url.starts_with("data:") || url.contains("://"));
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

#[cfg(test)]
mod tests {
    use super::*;
    use dispute_model::Lang;

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
