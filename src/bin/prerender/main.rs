//! Pre-renders every page of the site into static HTML, from the same components the wasm
//! runs: `prerender <site folder>`.
//!
//! Trunk runs it after each build (see Trunk.toml). It reads the page Trunk wrote
//! (`index.html`, with the hashed file names) as a template and writes every page of the
//! site (`browser::pages::SitePage::all`): the explainer in each language — `index.html`,
//! `ja/index.html`, `ko/index.html` — and its embeds (`embed/…`). Every word of a page is in
//! its HTML. Each page's head carries what link previews, embedding tools and search
//! engines read (`head.rs`); beside the pages go the oEmbed files, `sitemap.xml`,
//! `robots.txt`, the headers every file should be sent with (`_headers`) and the languages
//! with their interface strings for the plain scripts (`languages.json`; `published.rs`).
//! Every page states the build's Content Security Policy (`template.rs`), which allows the
//! page's one inline script and its stylesheet by hash.
//!
//! The site's public address is a setting of the build, `SITE_URL` (`address.rs`): the
//! standards that need absolute URLs get them only when it is set.

mod address;
mod head;
mod pages;
mod published;
mod share;
mod template;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use browser::pages::SitePage;
use leptos::prelude::*;
use site::App;

use address::Address;
use share::ShareImages;
use template::Template;

fn main() -> ExitCode {
    let Some(site) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <site folder>   (SITE_URL=https://… sets the public address)");
        return ExitCode::from(2);
    };
    match prerender(&site) {
        Ok(written) => {
            println!("prerender: wrote {} files: {}", written.len(), written.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(site: &Path) -> Result<Vec<String>, String> {
    let address = Address::from_env()?;
    if address.is_unset() {
        println!("{}", address::UNSET_NOTE);
    }
    let template_path = site.join("index.html");
    let template =
        std::fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let template = Template::parse(&template, |href| {
        let file = site.join(href.trim_start_matches("./"));
        std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))
    })?;
    let share = ShareImages::read(site)?;
    let mut written = Vec::new();
    for page in SitePage::all() {
        let body = strip_static_markers(&render(page)?);
        let html = template.page(page, &head::tags(page, &address, &share), &body);
        write(site, &page.file_path(), &html)?;
        written.push(page.file_path());
    }
    for (path, contents) in published::files(&address, &share, template.policy()) {
        write(site, &path, &contents)?;
        written.push(path);
    }
    Ok(written)
}

fn write(site: &Path, path: &str, contents: &str) -> Result<(), String> {
    let out = site.join(path);
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&out, contents).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// Renders the page's body. On a thread of its own, with a large stack: the view is deep,
/// and each thread starts with fresh thread-locals, so pages cannot leak into each other.
fn render(page: SitePage) -> Result<String, String> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            // Without an owner, context (the page's facts and the reader's state) would silently not exist.
            Owner::new().with(|| view! { <App page=page/> }.to_html())
        })
        .map_err(|e| format!("cannot start the render thread: {e}"))?
        .join()
        .map_err(|_| format!("rendering {} panicked", page.file_path()))
}

/// The markup without Leptos' hydration markers (`<!>`) outside the islands. The wasm takes
/// over only the islands, which need their markers; elsewhere each marker is one more node
/// for the browser to parse before the first paint (some 3,600 on a page).
fn strip_static_markers(html: &str) -> String {
    const MARKER: &str = "<!>";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(island) = rest.find(" data-island=\"") {
        // The island's wrapper element, from its opening `<tag` to its matching close tag.
        let open = rest[..island].rfind('<').unwrap_or(island);
        let tag: String = rest[open + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let end = matching_close(&rest[open..], &tag).map_or(rest.len(), |e| open + e);
        out.push_str(&rest[..open].replace(MARKER, ""));
        out.push_str(&rest[open..end]);
        rest = &rest[end..];
    }
    out.push_str(&rest.replace(MARKER, ""));
    out
}

/// Where the element that `html` opens with (`<tag …>`) ends, just after its `</tag>`.
fn matching_close(html: &str, tag: &str) -> Option<usize> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut depth = 0usize;
    let mut at = 0;
    loop {
        let next_open = html[at..].find(&open).map(|i| at + i);
        let next_close = html[at..].find(&close).map(|i| at + i)?;
        match next_open {
            // Another element of the same name opens first (`<div` but not `<divx`).
            Some(o) if o < next_close && html[o + open.len()..].starts_with([' ', '>']) => {
                depth += 1;
                at = o + open.len();
            }
            Some(o) if o < next_close => at = o + open.len(),
            _ => {
                depth -= 1;
                at = next_close + close.len();
                if depth == 0 {
                    return Some(at);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_stay_only_in_islands() {
        let html = r#"<p>a<!>b</p><div class="x" data-island="notices"><div><!></div><!></div><div><!>c</div>"#;
        assert_eq!(
            strip_static_markers(html),
            r#"<p>ab</p><div class="x" data-island="notices"><div><!></div><!></div><div>c</div>"#
        );
    }
}
