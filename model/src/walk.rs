//! One walk over the dataset in its JSON form, for the rules that must see every text,
//! citation or basis whatever field it sits in, including fields added later: the language
//! completeness (`i18n`), the checks of every string (`validate::texts`) and the data tests.
//!
//! [`nodes`] visits every value inside the dataset's collections, depth first and in the
//! order of the JSON, each as a [`Node`] that knows where it is: its collection (the
//! top-level key), its path, and the entry it belongs to. Each use is then only its rule:
//! what it looks for, and what it reports.
//!
//! (`serde_json::Value::pointer` reaches one value at a known place; a rule that must find
//! every value of a shape still needs a walk, and this is the one.)

use serde_json::{Map, Value};

use crate::model::Dataset;

/// The dataset as JSON, for [`nodes`].
pub fn json(data: &Dataset) -> Value {
    serde_json::to_value(data).expect("plain data serialises")
}

/// One step of a path: a table's key or an array's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// A value of the dataset and where it is.
#[derive(Debug, Clone)]
pub struct Node<'v> {
    pub value: &'v Value,
    /// From the top: the collection's key first (`events`, `[3]`, `summary`, `text`).
    pub path: Vec<Step<'v>>,
    /// The entry's id and the length of the path up to it.
    entry: Option<(&'v str, usize)>,
    /// Whether the collection is an array of entries (`events`), not a single table (`meta`).
    listed: bool,
}

impl<'v> Node<'v> {
    /// The top-level key the value is under: `events`, `meta`, `records` …
    pub fn collection(&self) -> &'v str {
        match self.path.first() {
            Some(Step::Key(k)) => k,
            _ => "",
        }
    }

    /// The value as a table, if it is one.
    pub fn object(&self) -> Option<&'v Map<String, Value>> {
        self.value.as_object()
    }

    /// The id of the entry the value belongs to: the outermost table on the path that sits
    /// in an array and has an `id` (an event, a record, a variant of the foundation), the
    /// value itself included. None outside any entry, as in a single table like `meta`.
    pub fn entry(&self) -> Option<&'v str> {
        self.entry.map(|(id, _)| id)
    }

    /// The entry as messages name it: its id or, outside any entry in a single table
    /// (`meta`, `foundation`), the table's key. None in an array's item without an id.
    pub fn named(&self) -> Option<&'v str> {
        match self.entry {
            Some((id, _)) => Some(id),
            None if !self.listed => Some(self.collection()),
            None => None,
        }
    }

    /// The path below the entry or, outside any, below the collection's key.
    pub fn field_steps(&self) -> &[Step<'v>] {
        let from = self.entry.map_or(1, |(_, len)| len);
        &self.path[from.min(self.path.len())..]
    }

    /// The whole path as text: `events[3].summary.text`.
    pub fn path_text(&self) -> String {
        format_steps(&self.path)
    }

    /// The field below the entry as text: `summary.text`, or `[0].text` in a single table's
    /// list of unnamed items.
    pub fn field(&self) -> String {
        format_steps(self.field_steps())
    }

    fn child(&self, step: Step<'v>, value: &'v Value) -> Node<'v> {
        let mut path = Vec::with_capacity(self.path.len() + 1);
        path.extend_from_slice(&self.path);
        path.push(step);
        // The outermost table with an id that sits in an array names the entry.
        let entry = self.entry.or_else(|| match (step, value.get("id")) {
            (Step::Index(_), Some(Value::String(id))) => Some((id.as_str(), path.len())),
            _ => None,
        });
        Node {
            value,
            entry,
            listed: self.listed,
            path,
        }
    }
}

/// Steps as messages write them: keys joined by dots, indices in brackets.
fn format_steps(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Every value inside the collections of `json` (the dataset, from [`json`]), each with
/// where it is: a collection first, then everything in it, depth first, in the JSON's order.
pub fn nodes(json: &Value) -> Nodes<'_> {
    let mut stack = Vec::new();
    if let Value::Object(collections) = json {
        for (key, value) in collections.iter().rev() {
            stack.push(Node {
                value,
                path: vec![Step::Key(key)],
                entry: None,
                listed: value.is_array(),
            });
        }
    }
    Nodes { stack }
}

/// The iterator of [`nodes`].
pub struct Nodes<'v> {
    stack: Vec<Node<'v>>,
}

impl<'v> Iterator for Nodes<'v> {
    type Item = Node<'v>;

    fn next(&mut self) -> Option<Node<'v>> {
        let node = self.stack.pop()?;
        match node.value {
            Value::Object(map) => {
                let children = map.iter().rev().map(|(k, v)| node.child(Step::Key(k), v));
                self.stack.extend(children);
            }
            Value::Array(items) => {
                let children = items
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, v)| node.child(Step::Index(i), v));
                self.stack.extend(children);
            }
            _ => {}
        }
        Some(node)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn at<'v>(json: &'v Value, path: &str) -> Node<'v> {
        nodes(json)
            .find(|n| n.path_text() == path)
            .unwrap_or_else(|| panic!("no node at {path}"))
    }

    #[test]
    fn every_value_is_visited_in_order_with_its_path() {
        let data = json!({
            "events": [{"id": "a", "title": {"en": "A"}}],
            "meta": {"title": "T"},
        });
        let paths: Vec<String> = nodes(&data).map(|n| n.path_text()).collect();
        assert_eq!(
            paths,
            [
                "events",
                "events[0]",
                "events[0].id",
                "events[0].title",
                "events[0].title.en",
                "meta",
                "meta.title"
            ]
        );
    }

    #[test]
    fn the_entry_is_the_outermost_table_with_an_id_in_an_array() {
        let data = json!({
            "events": [
                {"id": "a", "basis": {"records": [{"id": "r"}]}},
                {"title": {"en": "no id"}},
            ],
            "foundation": {
                "id": "not-an-entry",
                "variants": [{"id": "v", "flows": [{"label": {"en": "L"}}]}],
                "method": [{"en": "M"}],
            },
        });
        let record = at(&data, "events[0].basis.records[0].id");
        assert_eq!((record.collection(), record.entry()), ("events", Some("a")));
        assert_eq!(record.field(), "basis.records[0].id");
        let entry = at(&data, "events[0]");
        assert_eq!((entry.entry(), entry.field()), (Some("a"), String::new()));
        let unnamed = at(&data, "events[1].title.en");
        assert_eq!((unnamed.entry(), unnamed.named()), (None, None));
        assert_eq!(unnamed.field(), "[1].title.en");
        let flow = at(&data, "foundation.variants[0].flows[0].label.en");
        assert_eq!((flow.named(), flow.field().as_str()), (Some("v"), "flows[0].label.en"));
        let method = at(&data, "foundation.method[0].en");
        assert_eq!((method.entry(), method.named()), (None, Some("foundation")));
        assert_eq!(method.field(), "method[0].en");
    }
}
