//! What the diagram and its list of arrows share: the variant every other is compared with,
//! and each kind of arrow's class and word.

use browser::strings::Strings;
use model::{FlowKind, Variant};

use crate::DATA;

/// The variant every other is compared with (`model::variants::baseline`).
pub fn baseline() -> &'static Variant {
    model::variants::baseline(&DATA.foundation.variants)
}

/// A stable class name for an arrow kind, whatever the page's language.
pub fn kind_class(kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Money => "money",
        FlowKind::Apology => "apology",
        FlowKind::Condition => "condition",
        FlowKind::Request => "request",
    }
}

pub fn kind_word(s: &'static Strings, kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Money => s.kind_money,
        FlowKind::Apology => s.kind_apology,
        FlowKind::Condition => s.kind_condition,
        FlowKind::Request => s.kind_request,
    }
}
