//! Pre-renders every page of the site into static HTML, from the same components the wasm
//! runs: `prerender <site folder>`.
//!
//! Trunk runs it after each build (see Trunk.toml). From what Trunk wrote it takes only the
//! names of the hashed files (`hashed.rs`: the wasm, its JS, the stylesheet) and the
//! stylesheet's text; it writes every page of the site (`browser::pages::SitePage::all`) —
//! the explainer in each language, `index.html` (over Trunk's), `ja/index.html`,
//! `ko/index.html`, and its embeds (`embed/…`) — each as one view, `<!DOCTYPE html>` to
//! `</html>` (`document.rs`). Every word of a page is in its HTML. Each page's head carries
//! what link previews, embedding tools and search engines read (`head.rs`); beside the pages
//! go the oEmbed files, `sitemap.xml`, `robots.txt`, the headers every file should be sent
//! with (`_headers`) and the languages with their interface strings for the plain scripts
//! (`languages.json`; `published.rs`), and with the public address each language's Atom feed
//! of editions (`feed.rs`). Every page states the build's Content Security Policy
//! (`inline.rs`), which allows the page's one inline script and its stylesheet by hash.
//!
//! The site's public address is a setting of the build, `SITE_URL` (`address.rs`): the
//! standards that need absolute URLs get them only when it is set.
//!
//! `prerender <site folder> --preview <dataset JSON>` is the editors' preview
//! (`scripts/preview.mjs`): the same pages from the data files as they are now, read and
//! validated at run time instead of the dataset baked in at build time (`preview.rs`).

mod address;
mod document;
mod feed;
mod hashed;
mod head;
mod inline;
mod markers;
mod pages;
mod preview;
mod published;
mod share;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use browser::pages::SitePage;

use address::Address;
use document::Site;
use hashed::HashedFiles;
use inline::Inline;
use share::ShareImages;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let (site, wasm_dataset) = match args.as_slice() {
        [site] => (PathBuf::from(site), None),
        [site, flag, dataset] if flag == "--preview" => (PathBuf::from(site), Some(PathBuf::from(dataset))),
        _ => {
            eprintln!(
                "usage: prerender <site folder> [--preview <dataset JSON of the folder's wasm>]   (SITE_URL=https://… sets the public address)"
            );
            return ExitCode::from(2);
        }
    };
    if let Some(dataset) = wasm_dataset {
        match preview::use_data_files(&dataset) {
            Ok(()) => {}
            Err(preview::Refusal::Data(report)) => {
                eprintln!("{report}");
                return ExitCode::FAILURE;
            }
            Err(preview::Refusal::SkeletonChanged(what)) => {
                eprintln!("prerender: the edit changes what the wasm carries ({what}): the wasm must be built again");
                return ExitCode::from(preview::SKELETON_CHANGED);
            }
            Err(preview::Refusal::Other(e)) => {
                eprintln!("prerender: error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
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

fn prerender(folder: &Path) -> Result<Vec<String>, String> {
    let address = Address::from_env()?;
    if address.is_unset() {
        println!("{}", address::UNSET_NOTE);
    }
    let files = HashedFiles::find(folder)?;
    let css_path = folder.join(&files.css);
    let css = std::fs::read_to_string(&css_path).map_err(|e| format!("cannot read {}: {e}", css_path.display()))?;
    let inline = Inline::new(&css).map_err(|e| format!("{}: {e}", files.css))?;
    let share = ShareImages::read(folder)?;
    let site = Arc::new(Site {
        address,
        share,
        files,
        inline,
    });
    let mut written = Vec::new();
    for page in SitePage::all() {
        write(folder, &page.file_path(), &document::render(page, &site)?)?;
        written.push(page.file_path());
    }
    let feeds = feed::files(&site.address);
    for (path, contents) in published::files(&site.address, &site.share, &site.inline.policy)
        .into_iter()
        .chain(feeds)
    {
        write(folder, &path, &contents)?;
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
