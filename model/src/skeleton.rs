//! The skeleton of the dataset: what the wasm's islands and its reading of the address need,
//! and nothing else. The pages hold every word; the wasm only takes over their controls, so
//! it carries ids, the references between them and the few names its controls show.
//!
//! It is a type of its own, not a `Dataset` with its texts emptied: a control that tried to
//! read a text the wasm does not carry would not compile.

use crate::derive::data;
use crate::model::Dataset;
use crate::page::Card;
use crate::text::{List, Str, Text};

data! {
    /// What the browser knows of the dataset (see the module's documentation).
    pub struct Skeleton {
        /// The explainer's title: the embed code dialog names the frames it writes with it.
        pub title: Text,
        /// The actors the timeline can be filtered by (those in at least one event), in
        /// dataset order, with their names for the filter's choices.
        pub timeline_actors: List<Named>,
        /// The timeline's periods, in order.
        pub periods: List<Str>,
        /// The timeline's events, in date order, with what the filter needs of them.
        pub events: List<EventLinks>,
        /// The variants of the foundation, with their names for the variant switch.
        pub variants: List<Named>,
        /// The ids of every card a link can name, by kind, for reading the address.
        pub cards: List<CardIds>,
    }

    /// An entry's id and its name in every language.
    pub struct Named {
        pub id: Str,
        pub name: Text,
    }

    /// A timeline event as the filter sees it.
    pub struct EventLinks {
        pub id: Str,
        /// The `id` of its period.
        pub period: Str,
        /// The `id`s of the actors involved.
        pub actors: List<Str>,
    }

    /// The ids of the cards of one kind.
    pub struct CardIds {
        pub card: Card,
        pub ids: List<Str>,
    }
}

impl From<&Dataset> for Skeleton {
    fn from(d: &Dataset) -> Skeleton {
        let ids = |it: &mut dyn Iterator<Item = &Str>| -> List<Str> { it.cloned().collect::<Vec<_>>().into() };
        let named = |id: &Str, name: &Text| Named {
            id: id.clone(),
            name: name.clone(),
        };
        let cards = Card::ALL
            .into_iter()
            .map(|card| CardIds {
                card,
                ids: match card {
                    Card::Event => ids(&mut d.events.iter().map(|e| &e.id)),
                    Card::Issue => ids(&mut d.issues.iter().map(|i| &i.id)),
                    Card::Gap => ids(&mut d.gaps.iter().map(|g| &g.id)),
                    Card::Term => ids(&mut d.glossary.iter().map(|t| &t.id)),
                    Card::Actor => ids(&mut d.actors.iter().map(|a| &a.id)),
                    Card::Source => ids(&mut d.sources.iter().map(|s| &s.id)),
                    Card::Variant => ids(&mut d.foundation.variants.iter().map(|v| &v.id)),
                },
            })
            .collect::<Vec<_>>();
        Skeleton {
            title: d.meta.title.clone(),
            timeline_actors: d
                .actors
                .iter()
                .filter(|a| d.events.iter().any(|e| e.actors.contains(&a.id)))
                .map(|a| named(&a.id, &a.name))
                .collect::<Vec<_>>()
                .into(),
            periods: ids(&mut d.periods.iter().map(|p| &p.id)),
            events: d
                .events
                .iter()
                .map(|e| EventLinks {
                    id: e.id.clone(),
                    period: e.period.clone(),
                    actors: e.actors.clone(),
                })
                .collect::<Vec<_>>()
                .into(),
            variants: d
                .foundation
                .variants
                .iter()
                .map(|v| named(&v.id, &v.name))
                .collect::<Vec<_>>()
                .into(),
            cards: cards.into(),
        }
    }
}

impl Skeleton {
    /// Whether the dataset has a card of kind `card` with `id`.
    pub fn has(&self, card: Card, id: &str) -> bool {
        self.cards
            .iter()
            .any(|c| c.card == card && c.ids.iter().any(|i| i == id))
    }

    /// Events involving `actor`, or every event when `actor` is `None`.
    pub fn events_with<'a>(&'a self, actor: Option<&str>) -> Vec<&'a EventLinks> {
        self.events
            .iter()
            .filter(|e| actor.is_none_or(|a| e.actors.iter().any(|x| x == a)))
            .collect()
    }
}
