//! Fetching the dataset's texts in Japanese or Korean.
//!
//! The wasm carries English only; each other language is a table the build writes to
//! `data/i18n/<lang>.txt` (see `dispute_model::i18n`). It is fetched from the page's own
//! origin the first time a reader picks the language, and kept for the session.

use dispute_model::{i18n, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// English text → translation, sorted by the English for binary search.
pub struct Table(Vec<(&'static str, &'static str)>);

impl Table {
    fn parse(text: &'static str) -> Table {
        let mut pairs: Vec<_> = i18n::parse_table(text).collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Table(pairs)
    }

    pub fn get(&self, english: &str) -> Option<&'static str> {
        self.0.binary_search_by(|(en, _)| (*en).cmp(english)).ok().map(|i| self.0[i].1)
    }
}

/// Where a language's texts stand.
#[derive(Clone, Copy)]
pub enum Texts {
    /// English, or a language whose table has arrived.
    Ready(Option<&'static Table>),
    Loading,
    Failed,
}

/// Tables fetched so far: `Some` once loaded, `None` if the fetch failed.
#[derive(Clone, Copy)]
pub struct Tables(RwSignal<Vec<(Lang, Option<&'static Table>)>>);

impl Tables {
    pub fn new() -> Tables {
        Tables(RwSignal::new(Vec::new()))
    }

    /// The texts for `lang`, starting the fetch the first time a language is asked for.
    pub fn texts(self, lang: Lang) -> Texts {
        if lang == Lang::En {
            return Texts::Ready(None);
        }
        match self.0.with(|t| t.iter().find(|(l, _)| *l == lang).map(|(_, table)| *table)) {
            Some(Some(table)) => Texts::Ready(Some(table)),
            Some(None) => Texts::Failed,
            None => {
                self.fetch(lang);
                Texts::Loading
            }
        }
    }

    fn fetch(self, lang: Lang) {
        leptos::task::spawn_local(async move {
            let table = fetch_text(&i18n::table_path(lang)).await.map(|text| {
                // A table lives as long as the page: leaking it lets views borrow `'static` str.
                &*Box::leak(Box::new(Table::parse(Box::leak(text.into_boxed_str()))))
            });
            self.0.update(|t| {
                if !t.iter().any(|(l, _)| *l == lang) {
                    t.push((lang, table));
                }
            });
        });
    }
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
