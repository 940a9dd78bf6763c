//! Comparing the foundation's variants: which arrows one variant adds or drops against
//! another, so the diagram can show what changes when the reader switches.

use crate::model::{Flow, Variant};

/// The variant every other is compared with, and the one shown when nothing names another:
/// the first in the data (Seoul's proposal; `data/foundation.toml` lists it first). The one
/// place that says so, for the dataset's variants and the skeleton's alike.
pub fn baseline<T>(variants: &[T]) -> &T {
    &variants[0]
}

/// How a flow of `variant` compares with the `baseline` variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The same arrow (same ends, same kind) is in both.
    Same,
    /// The arrow is in `variant` only.
    Added,
}

/// Two arrows are the same when they join the same boxes with the same kind of thing.
fn same_arrow(a: &Flow, b: &Flow) -> bool {
    a.from == b.from && a.to == b.to && a.kind == b.kind
}

/// Each flow of `variant`, marked as shared with `baseline` or added.
pub fn compare<'a>(variant: &'a Variant, baseline: &Variant) -> Vec<(&'a Flow, Change)> {
    variant
        .flows
        .iter()
        .map(|f| {
            let change = if baseline.flows.iter().any(|b| same_arrow(f, b)) {
                Change::Same
            } else {
                Change::Added
            };
            (f, change)
        })
        .collect()
}

/// Flows of `baseline` that `variant` no longer has.
pub fn dropped<'a>(variant: &Variant, baseline: &'a Variant) -> Vec<&'a Flow> {
    baseline
        .flows
        .iter()
        .filter(|b| !variant.flows.iter().any(|f| same_arrow(f, b)))
        .collect()
}
