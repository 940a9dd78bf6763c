//! Leptos' hydration markers, kept only where the wasm needs them: inside the islands.
//!
//! Leptos writes an empty comment, `<!>`, for every `None`, `()` and after every list, and
//! between adjacent texts (tachys' `view/{iterators,strings,tuples}.rs`): the wasm's
//! `hydrate_from` walks them to match the page to the view. It takes over only the islands,
//! yet the static parts carry some 2,000 of them on each page of the explainer, which split
//! some 500 texts more: 2,500 nodes more (+34 %) and a quarter more time to parse the
//! document (measured with `DOMParser`: English 19.7 → 23.7 ms, Japanese 28.1 → 36.6 ms, on a
//! desktop core), for 0.2–0.3 KB of brotli. Tachys has no way to leave them out of a part of
//! a view: it writes them exactly when it escapes text (and between texts always).
//!
//! So the rendered document goes once through `lol_html`, an HTML rewriter with the HTML
//! standard's tokenizer (the one Trunk uses): inside an element with `data-island` (any
//! depth of nesting, as the parser sees it) every comment stays; elsewhere each empty
//! comment is removed. Nothing else of the document is touched, byte for byte.

use std::cell::Cell;
use std::rc::Rc;

use lol_html::html_content::{Comment, Element};
use lol_html::{doc_comments, element, rewrite_str, RewriteStrSettings};

/// `html` without the empty comments outside the islands.
pub fn outside_islands_removed(html: &str) -> Result<String, String> {
    // How many island wrappers the rewriter is inside of.
    let depth = Rc::new(Cell::new(0usize));
    let entered = Rc::clone(&depth);
    let outside = Rc::clone(&depth);
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("[data-island]", move |el: &mut Element| {
                entered.set(entered.get() + 1);
                let left = Rc::clone(&entered);
                if let Some(handlers) = el.end_tag_handlers() {
                    handlers.push(Box::new(move |_| {
                        left.set(left.get() - 1);
                        Ok(())
                    }));
                }
                Ok(())
            })],
            document_content_handlers: vec![doc_comments!(move |c: &mut Comment| {
                if outside.get() == 0 && c.text().is_empty() {
                    c.remove();
                }
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )
    .map_err(|e| format!("removing the hydration markers outside the islands: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_stay_only_in_islands() {
        let html = concat!(
            r#"<p>a<!>b</p><div class="x" data-island="notices"><div><!></div><!></div><div><!>c</div>"#,
            r#"<nav data-island="contents"><div><nav>x<!>y</nav><!></div><!></nav><!--a comment--><!>"#,
            r#"<p title="<!>">&lt;!&gt; <svg><text>t<!>u</text></svg></p>"#,
        );
        assert_eq!(
            outside_islands_removed(html).unwrap(),
            concat!(
                r#"<p>ab</p><div class="x" data-island="notices"><div><!></div><!></div><div>c</div>"#,
                r#"<nav data-island="contents"><div><nav>x<!>y</nav><!></div><!></nav><!--a comment-->"#,
                r#"<p title="<!>">&lt;!&gt; <svg><text>tu</text></svg></p>"#,
            )
        );
    }
}
