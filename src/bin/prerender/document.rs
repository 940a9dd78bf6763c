//! A whole page of the site as one view, `<!DOCTYPE html>` to `</html>`, the way Leptos'
//! own `shell()` writes a document: the head (`head.rs`) and, in the body, the page itself
//! (`site::App`). Nothing is spliced into it afterwards; only the hydration markers outside
//! the islands are taken out of it (`markers.rs`).

use std::sync::Arc;

use browser::pages::SitePage;
use leptos::prelude::*;
use site::editions::PublicAddress;
use site::App;

use crate::address::Address;
use crate::hashed::HashedFiles;
use crate::head::Head;
use crate::inline::Inline;
use crate::markers;
use crate::share::ShareImages;

/// What every page of one build is written from, besides the dataset and the strings.
pub struct Site {
    /// The public address, if the build has one (`SITE_URL`).
    pub address: Address,
    /// The link-preview images.
    pub share: ShareImages,
    /// The names of the files Trunk wrote with their hashes.
    pub files: HashedFiles,
    /// The inline start scripts and stylesheet, and the policy that allows them.
    pub inline: Inline,
}

/// The whole document of `page`. `<html lang>` is the page's language; `data-embed` tells the
/// wasm (and the stylesheet) that the page is an embed, and which.
#[component]
pub fn Document(page: SitePage, site: Arc<Site>) -> impl IntoView {
    // The views that write absolute addresses (the citation, the feed's link) read it here.
    provide_context(PublicAddress(site.address.of("")));
    view! {
        <!DOCTYPE html>
        <html lang=page.lang.tag() data-embed=page.embed_name()>
            <Head page=page site=site />
            // No whitespace between <body> and the page: the wasm takes over what it finds.
            <body>
                <App page=page />
            </body>
        </html>
    }
}

/// The HTML of `page`, with hydration markers only in the islands (`markers.rs`).
pub fn render(page: SitePage, site: &Arc<Site>) -> Result<String, String> {
    markers::outside_islands_removed(&render_view(page, site)?)
}

/// The document's view as Leptos writes it. On a thread of its own, with a large stack: the
/// view is deep, and each thread starts with fresh thread-locals, so pages cannot leak into
/// each other.
fn render_view(page: SitePage, site: &Arc<Site>) -> Result<String, String> {
    let site = Arc::clone(site);
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            // Without an owner, context (the page's facts and the reader's state) would silently not
            // exist.
            Owner::new().with(|| view! { <Document page=page site=site /> }.to_html())
        })
        .map_err(|e| format!("cannot start the render thread: {e}"))?
        .join()
        .map_err(|_| format!("rendering {} panicked", page.file_path()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::head::tests::{head, site};
    use model::Lang;

    #[test]
    fn a_page_is_its_head_and_its_view_and_nothing_else() {
        let site = site(None);
        for page in [SitePage::page(Lang::Ja), SitePage::all()[29]] {
            let body = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || Owner::new().with(|| view! { <App page=page /> }.to_html()))
                .unwrap()
                .join()
                .unwrap();
            let embed = page
                .embed_name()
                .map(|name| format!(" data-embed=\"{name}\""))
                .unwrap_or_default();
            assert_eq!(
                render_view(page, &site).unwrap(),
                format!(
                    "<!DOCTYPE html><html lang=\"{}\"{embed}>{}<body>{body}</body></html>",
                    page.lang.tag(),
                    head(page, &site)
                )
            );
            // What is written: the same without the markers outside the islands.
            let written = render(page, &site).unwrap();
            assert!(written.len() < render_view(page, &site).unwrap().len());
            assert_eq!(
                written,
                markers::outside_islands_removed(&render_view(page, &site).unwrap()).unwrap()
            );
        }
    }
}
