//! The typed dataset. Field docs double as the published JSON Schema's descriptions.
//!
//! Every reader-visible text is a [`Text`] (per language); every factual statement
//! carries [`Citation`]s that `validate` checks verbatim against the source reports.

use crate::date::{EventDate, Ymd};
use crate::derive::{data, data_enum};
pub use crate::record::PublicRecord;
pub use crate::text::{BasisKind, Lang, List, RecordUse, Str, Text, TextBasis};

data_enum! {
    /// What kind of actor an entry is, so Who's who can group them.
    pub enum ActorKind { Government, Office, Person, Company, Court, Group, Country }

    /// The country an actor belongs to, when it belongs to one.
    pub enum Country { Japan, SouthKorea, UnitedStates, NorthKorea }

    /// A shape drawn beside a party's name, so parties differ by more than color.
    pub enum Mark { Circle, Square, Triangle, Diamond }

    /// What moves along an arrow of the foundation diagram: money, an apology, a condition
    /// one side sets for its move, or a request one side makes of another.
    pub enum FlowKind { Money, Apology, Condition, Request }

    /// What an edition of the explainer brought.
    pub enum EditionKind {
        /// The explainer's first publication (the oldest edition, and only it).
        First,
        /// New developments added to the story.
        Update,
        /// Corrections of what an earlier edition said; each is in the corrections log
        /// (`meta.corrections`) under the edition's date.
        Correction,
    }
}

data! {
    /// A verbatim passage of a source report that backs a statement.
    pub struct Citation {
        /// The `id` of an entry in `sources`.
        pub source: Str,
        /// The paragraph number, 1-based, paragraphs being separated by blank lines.
        pub paragraph: u16,
        /// The exact words of the report (whitespace may differ), at most 40 words.
        pub quote: Str,
        /// The editors' Japanese translation of the quote. Shown beside the English quote
        /// and marked as a translation; never presented as a quotation.
        #[cfg_attr(feature = "load", serde(default))]
        pub ja: Option<Str>,
        /// The editors' Korean translation of the quote, likewise.
        #[cfg_attr(feature = "load", serde(default))]
        pub ko: Option<Str>,
    }

    /// A sentence the app shows, with the passages that back it. It needs citations, a
    /// basis, or both.
    pub struct Statement {
        pub text: Text,
        pub citations: List<Citation>,
        /// What the text rests on beyond its citations (or instead of them).
        #[cfg_attr(feature = "load", serde(default))]
        pub basis: Option<TextBasis>,
    }

    /// What the reports say on a point, or an explicit "the sources do not say".
    pub struct Finding {
        #[cfg_attr(feature = "load", serde(default))]
        pub text: Option<Text>,
        #[cfg_attr(feature = "load", serde(default))]
        pub citations: List<Citation>,
        /// True when neither report says anything on this point; then `text` and
        /// `citations` stay empty and the app says "the sources do not say".
        #[cfg_attr(feature = "load", serde(default))]
        pub sources_do_not_say: bool,
    }

    /// One party's position on an issue or a gap.
    pub struct Position {
        /// The `id` of an entry in `parties`.
        pub party: Str,
        #[cfg_attr(feature = "load", serde(default))]
        pub text: Option<Text>,
        #[cfg_attr(feature = "load", serde(default))]
        pub citations: List<Citation>,
        #[cfg_attr(feature = "load", serde(default))]
        pub sources_do_not_say: bool,
    }

    /// The explainer as a whole: title, overview and the date it is current to.
    pub struct Meta {
        pub title: Text,
        /// A few sentences that explain the dispute on the first screen.
        pub summary: List<Statement>,
        /// The date of the latest event the reports describe.
        pub as_of: Ymd,
        pub as_of_citations: List<Citation>,
        /// How the explainer cites and dates things, shown under Sources & method.
        pub method: List<Text>,
        /// Corrections made to the data after publication, newest first.
        #[cfg_attr(feature = "load", serde(default))]
        pub corrections: List<Correction>,
        /// The terms on which the editors' texts may be reused; shown on the page and carried
        /// by the published dataset.
        pub licence: Text,
        /// The terms the two reports are used on (short quotations with attribution, never
        /// the whole text), likewise.
        pub source_terms: Text,
    }

    pub struct Correction {
        pub date: Ymd,
        pub text: Text,
    }

    /// A dated publication of the whole explainer. Its note is the editors' own words on what
    /// changed (not a fact from the reports), in every language; a correction's details stay
    /// in the corrections log, under the same date.
    pub struct Edition {
        /// The day the edition was published (`YYYY-MM-DD`); also its permanent address,
        /// `editions/<date>/`.
        pub date: Ymd,
        pub kind: EditionKind,
        /// What changed, in a sentence or two, in English, Japanese and Korean.
        pub note: Text,
    }

    /// One of the two reports the explainer is built on.
    pub struct Source {
        pub id: Str,
        /// The file name under `data/sources/`.
        pub file: Str,
        pub title: Text,
        /// The report's name in short ("Second report"), shown beside each of its quotes; the
        /// full `title` stands once, in the report's entry under Sources & method.
        pub short: Text,
        /// What the report covers.
        pub covers: Text,
        /// Which dates the report states and which it only implies.
        pub dates: Text,
        /// The public record behind dates that `dates` gives and the report does not.
        #[cfg_attr(feature = "load", serde(default))]
        pub dates_basis: Option<TextBasis>,
        /// Passages of the report that back what `title` says of it (such as its photo
        /// credit).
        #[cfg_attr(feature = "load", serde(default))]
        pub citations: List<Citation>,
        /// Paragraphs deliberately not cited, each with the reason.
        #[cfg_attr(feature = "load", serde(default))]
        pub unused: List<Unused>,
    }

    pub struct Unused {
        pub paragraph: u16,
        pub reason: Text,
    }

    /// A government, office, person, company, court or group named in the reports.
    pub struct Actor {
        pub id: Str,
        pub name: Text,
        pub kind: ActorKind,
        #[cfg_attr(feature = "load", serde(default))]
        pub country: Option<Country>,
        /// The title or description exactly as the reports give it.
        #[cfg_attr(feature = "load", serde(default))]
        pub title: Option<Text>,
        /// The `id` of the actor this one belongs to (a minister's government).
        #[cfg_attr(feature = "load", serde(default))]
        pub part_of: Option<Str>,
        pub citations: List<Citation>,
        /// The record a form of the name is taken from, where the reports (in English) do
        /// not give it and it is not widely known, such as the hanja of a Korean name.
        #[cfg_attr(feature = "load", serde(default))]
        pub name_basis: Option<TextBasis>,
    }

    /// A side whose positions the explainer compares.
    pub struct Party {
        pub id: Str,
        pub name: Text,
        /// A one- or two-word name for table headers and cards.
        pub short: Text,
        pub mark: Mark,
        /// The `id`s of the actors this party stands for.
        pub actors: List<Str>,
    }

    /// A stretch of the timeline.
    pub struct Period {
        pub id: Str,
        pub name: Text,
    }

    pub struct Event {
        pub id: Str,
        pub period: Str,
        pub date: EventDate,
        pub title: Text,
        pub summary: Statement,
        /// The `id`s of the actors involved, for the timeline's filter.
        pub actors: List<Str>,
    }

    /// A question the sides disagree on, with every party's position.
    pub struct Issue {
        pub id: Str,
        pub title: Text,
        pub question: Text,
        /// Facts that frame the question, not held by any one party.
        #[cfg_attr(feature = "load", serde(default))]
        pub background: List<Statement>,
        /// One per party, in the order of `parties`.
        pub positions: List<Position>,
    }

    /// The proposed foundation and the ways of paying that are on the table.
    pub struct Foundation {
        pub summary: List<Statement>,
        pub nodes: List<Node>,
        pub variants: List<Variant>,
    }

    /// A box in the foundation diagram.
    pub struct Node {
        pub id: Str,
        pub label: Text,
        /// Where the box is drawn: column 0–2, row 0–2.
        pub column: u8,
        pub row: u8,
        pub about: Statement,
    }

    /// One way of paying, as one side proposes or demands it.
    pub struct Variant {
        pub id: Str,
        pub name: Text,
        /// The `id` of the party that holds this variant.
        pub held_by: Str,
        pub summary: Statement,
        pub flows: List<Flow>,
    }

    /// An arrow in the foundation diagram.
    pub struct Flow {
        pub from: Str,
        pub to: Str,
        pub kind: FlowKind,
        pub label: Text,
        pub citations: List<Citation>,
    }

    /// Something that still divided the sides as of `meta.as_of`.
    pub struct Gap {
        pub id: Str,
        pub title: Text,
        /// The `id` of the related entry in `issues`.
        pub issue: Str,
        pub stances: List<Position>,
        /// What would close the gap, according to the reports.
        pub closes_if: Finding,
        /// Where things stood as of `meta.as_of`.
        pub status: Statement,
    }

    /// A term the reader needs, and how each side words it.
    pub struct Term {
        pub id: Str,
        pub term: Text,
        pub definition: Statement,
        /// True when the sides use different words for the same thing.
        #[cfg_attr(feature = "load", serde(default))]
        pub contested: bool,
        #[cfg_attr(feature = "load", serde(default))]
        pub usage: List<Usage>,
        /// How each side words the term in its own language. The English reports do not
        /// contain these words: they are the editors' notes on terminology, for readers and
        /// translators, and the app labels them so.
        #[cfg_attr(feature = "load", serde(default))]
        pub wordings: List<Wording>,
    }

    /// Words one side uses for a term, in its own language.
    pub struct Wording {
        /// Who uses the words, e.g. "The Japanese government".
        pub by: Text,
        /// The language of `words`.
        pub lang: Lang,
        /// The words themselves, as that side writes them.
        pub words: Str,
        /// What the wording implies or stresses.
        pub implies: Text,
        /// The English reports do not contain these words: the record of their use, or
        /// what the editors' note rests on.
        pub basis: TextBasis,
    }

    /// Who uses which words for a term.
    pub struct Usage {
        /// The `id` of an actor, a party or a source (for the reports' own wording).
        pub by: Str,
        pub words: Text,
        pub note: Statement,
    }

    /// The whole dataset, as published in `data/dispute.json`.
    pub struct Dataset {
        pub meta: Meta,
        pub sources: List<Source>,
        pub actors: List<Actor>,
        pub parties: List<Party>,
        pub periods: List<Period>,
        pub events: List<Event>,
        pub issues: List<Issue>,
        pub foundation: Foundation,
        pub gaps: List<Gap>,
        pub glossary: List<Term>,
        /// The public records texts rest on, each named once (see `TextBasis`).
        pub records: List<PublicRecord>,
        /// The edition this data is: the newest of `editions`.
        pub edition: Ymd,
        /// Every edition of the explainer, newest first.
        pub editions: List<Edition>,
    }
}

impl Dataset {
    /// The edition this data is, from `editions` (validation makes sure it is listed).
    pub fn current_edition(&self) -> Option<&Edition> {
        self.editions.iter().find(|e| e.date == self.edition)
    }
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn issue(&self, id: &str) -> Option<&Issue> {
        self.issues.iter().find(|i| i.id == id)
    }
    pub fn record(&self, id: &str) -> Option<&PublicRecord> {
        self.records.iter().find(|r| r.id == id)
    }
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.foundation.nodes.iter().find(|n| n.id == id)
    }

    /// The display name for a usage's `by`: an actor, a party or a source (by its short name;
    /// its full description stands once, under Sources & method).
    pub fn name_of(&self, id: &str) -> Option<&Text> {
        self.actor(id)
            .map(|a| &a.name)
            .or_else(|| self.party(id).map(|p| &p.name))
            .or_else(|| self.source(id).map(|s| &s.short))
    }
}
