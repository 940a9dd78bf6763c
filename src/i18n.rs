//! Fetching the dataset's texts in Japanese or Korean.
//!
//! The wasm carries English only; each other language is a table the build writes to
//! `data/i18n/<lang>.txt` (see `dispute_model::i18n`), fetched from the page's own origin
//! before a page in that language is drawn.

use dispute_model::{i18n, Lang};
use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// English text → translation, sorted by the English for binary search.
pub struct Table(Vec<(&'static str, &'static str)>);

impl Table {
    /// The build writes tables sorted by the English (`dispute_model::i18n::table`), so no
    /// sorting code needs to ship.
    fn parse(text: &'static str) -> Table {
        Table(i18n::parse_table(text).collect())
    }

    /// The translation of a text of the dataset.
    pub fn get(&self, english: &str) -> Option<&'static str> {
        self.0.binary_search_by(|(en, _)| (*en).cmp(english)).ok().map(|i| self.0[i].1)
    }

    /// The translation of an interface string. Its key carries the `UI` mark, and marked
    /// keys sort before all others, so comparing the rest keeps the order.
    pub fn get_ui(&self, english: &str) -> Option<&'static str> {
        self.0
            .binary_search_by(|(key, _)| match key.strip_prefix(i18n::UI) {
                Some(rest) => rest.cmp(english),
                None => std::cmp::Ordering::Greater,
            })
            .ok()
            .map(|i| self.0[i].1)
    }
}

/// Fetches and reads the table of `lang`; `None` if it cannot be had (offline, say).
pub async fn fetch_table(lang: Lang) -> Option<&'static Table> {
    let text = fetch_text(&i18n::table_path(lang)).await?;
    // A table lives as long as the page: leaking it lets views borrow `'static` strs.
    Some(Box::leak(Box::new(Table::parse(Box::leak(text.into_boxed_str())))))
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
