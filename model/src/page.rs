//! The explainer page's parts: its sections and the kinds of card in them, with the element
//! ids (and so the fragments) that name them. The address (`nav`) and the skeleton both
//! speak of them.

use crate::derive::data_enum;

/// The explainer's sections, in page order. Their ids are also their fragments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Overview,
    Timeline,
    Positions,
    Foundation,
    Gaps,
    People,
    Glossary,
    Sources,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Overview,
        Section::Timeline,
        Section::Positions,
        Section::Foundation,
        Section::Gaps,
        Section::People,
        Section::Glossary,
        Section::Sources,
    ];

    /// The section's place in page order, from 0 (its heading and introduction strings are
    /// listed in that order).
    pub fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The element id, and so the fragment, of the section.
    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Timeline => "timeline",
            Section::Positions => "positions",
            Section::Foundation => "foundation",
            Section::Gaps => "gaps",
            Section::People => "whos-who",
            Section::Glossary => "glossary",
            Section::Sources => "sources",
        }
    }
}

data_enum! {
    /// A kind of card; its element id is `{prefix}-{entry id}`.
    pub enum Card {
        Event,
        Issue,
        Gap,
        Term,
        Actor,
        /// A report under Sources & method: `#source-call-report`.
        Source,
        /// A variant of the foundation diagram: `#variant-tokyo-condition`.
        Variant,
    }
}

impl Card {
    pub const ALL: [Card; 7] = [
        Card::Event,
        Card::Issue,
        Card::Gap,
        Card::Term,
        Card::Actor,
        Card::Source,
        Card::Variant,
    ];

    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Card::Event => "event",
            Card::Issue => "issue",
            Card::Gap => "gap",
            Card::Term => "term",
            Card::Actor => "who",
            Card::Source => "source",
            Card::Variant => "variant",
        }
    }

    /// The section a card of this kind sits in.
    pub fn section(self) -> Section {
        match self {
            Card::Event => Section::Timeline,
            Card::Issue => Section::Positions,
            Card::Gap => Section::Gaps,
            Card::Term => Section::Glossary,
            Card::Actor => Section::People,
            Card::Source => Section::Sources,
            Card::Variant => Section::Foundation,
        }
    }

    /// The element id of the card for entry `id`; also its fragment.
    pub fn anchor(self, id: &str) -> String {
        let mut s = String::with_capacity(self.prefix().len() + 1 + id.len());
        s.push_str(self.prefix());
        s.push('-');
        s.push_str(id);
        s
    }
}
