//! The explainer's address: where the reader is and how the page is set up.
//!
//! The **place** is the URL fragment and names an element on the page (`#timeline`,
//! `#event-hearing`), so the browser itself scrolls there and links work before the wasm
//! has loaded. The **settings** (positions by party, the timeline's actor filter, the
//! foundation variant) are query parameters. Both survive on any static file server with
//! no rewrite rules, and both come back with the back and forward buttons.

pub use crate::page::{Card, Section};
use crate::skeleton::Skeleton;
use crate::text::Lang;

/// Where the fragment points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// No fragment, or the skip link's target: the top of the explainer.
    Top,
    Section(Section),
    Card(Card, String),
    /// The corrections log under Sources & method: `#corrections`.
    Corrections,
    /// A fragment that names nothing in the explainer (a mistyped or outdated link),
    /// shortened to at most [`ECHO_CHARS`] characters for the notice.
    Unknown(String),
}

/// The element id of the main content, the skip link's target.
pub const MAIN_ID: &str = "main";

/// The element id, and so the fragment, of the corrections log.
pub const CORRECTIONS_ID: &str = "corrections";

/// The most characters of a link's fragment or parameter that a notice repeats back: enough
/// to recognise a mistyped link, never a whole page of whatever a link holds.
pub const ECHO_CHARS: usize = 80;

/// `s` cut to [`ECHO_CHARS`] characters, ending with "…" when it was cut.
pub fn shorten(s: &str) -> String {
    match s.char_indices().nth(ECHO_CHARS) {
        None => s.to_string(),
        Some((end, _)) => {
            // Keep the result at ECHO_CHARS characters, the ellipsis included.
            let cut = s[..end].char_indices().last().map_or(0, |(i, _)| i);
            format!("{}…", &s[..cut])
        }
    }
}

/// The part of a fragment that is the explainer's: embedding hosts add their own after it or
/// instead of it — WordPress `#?secret=…` (after any fragment of ours: `#gap-apology#?secret=…`),
/// AMP `#amp=1` — and those name no place.
fn own_fragment(fragment: &str) -> &str {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let f = f.split('#').next().unwrap_or("");
    if f.starts_with('?') || f == "amp=1" {
        ""
    } else {
        f
    }
}

/// The secret WordPress's embed script adds to an embedded page's fragment (`#?secret=` and
/// ten letters or digits), which the page must send back with its height.
pub fn wordpress_secret(fragment: &str) -> Option<&str> {
    let (_, rest) = fragment.split_once("?secret=")?;
    let secret = rest.get(..10)?;
    let ends = rest[10..].chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
    (secret.bytes().all(|b| b.is_ascii_alphanumeric()) && ends).then_some(secret)
}

/// The id NPR's pym.js gives the embedded page in its query (`childId=…`), which the page
/// must name in its height messages.
pub fn pym_child_id(query: &str) -> Option<String> {
    let q = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(q.as_bytes())
        .find(|(name, value)| name == "childId" && !value.is_empty())
        .map(|(_, value)| value.into_owned())
}

impl Place {
    /// Reads a fragment such as `#event-hearing` (the `#` is optional).
    pub fn parse(fragment: &str, data: &Skeleton) -> Place {
        // A fragment is percent-encoded, not form-encoded: a `+` in it is a plus sign.
        let f = percent_encoding::percent_decode_str(own_fragment(fragment)).decode_utf8_lossy();
        if f.is_empty() || f == MAIN_ID {
            return Place::Top;
        }
        if let Some(s) = Section::ALL.into_iter().find(|s| s.id() == f) {
            return Place::Section(s);
        }
        if f == CORRECTIONS_ID {
            return Place::Corrections;
        }
        for card in Card::ALL {
            if let Some(id) = f.strip_prefix(card.prefix()).and_then(|r| r.strip_prefix('-')) {
                if data.has(card, id) {
                    return Place::Card(card, id.to_string());
                }
            }
        }
        Place::Unknown(shorten(&f))
    }

    /// The section the place belongs to, for highlighting the table of contents.
    pub fn section(&self) -> Option<Section> {
        match self {
            Place::Section(s) => Some(*s),
            Place::Card(c, _) => Some(c.section()),
            Place::Corrections => Some(Section::Sources),
            Place::Top | Place::Unknown(_) => None,
        }
    }

    /// Whether this place is the card `card` for entry `id`, so that card opens.
    pub fn is_card(&self, card: Card, id: &str) -> bool {
        matches!(self, Place::Card(c, i) if *c == card && i == id)
    }
}

/// How the positions are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum By {
    #[default]
    Issue,
    Party,
}

/// Light or dark colors, when a host page or a reader asks for one rather than the
/// reader's system setting (`?theme=light`, `?theme=dark`; `auto` is the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Query parameters that embedding hosts add and the page understands without using them:
/// NPR's pym.js adds the first four to every embedded page's address.
pub const HOST_PARAMETERS: [&str; 4] = ["initialWidth", "childId", "parentTitle", "parentUrl"];

/// The reader's choices that shape the page, kept in the query string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// Positions by issue (default) or by party: `?by=party`.
    pub by: By,
    /// The timeline shows only events with this actor: `?actor=yoon`.
    pub actor: Option<String>,
    /// The foundation variant on show; the first variant when `None`: `?variant=tokyo`.
    pub variant: Option<String>,
    /// The page's language: `?lang=ja`. When `None`, the reader's browser preference.
    pub lang: Option<Lang>,
    /// Light or dark colors whatever the reader's system says: `?theme=dark`. `None` (or
    /// `?theme=auto`) follows the system.
    pub theme: Option<Theme>,
}

/// A query parameter the explainer could not use, reported to the reader in plain words.
/// Name and value are shortened like an unknown fragment (see [`shorten`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub name: String,
    /// The value it had the first time it appeared.
    pub value: String,
    /// How many times a parameter of this name was ignored; it is listed once.
    pub times: usize,
}

/// The most ignored parameters a notice lists by name. A link may carry any number of them
/// (offline, the worker answers any query, however long): the rest are only counted, so the
/// notice, and the work of making it, stay small.
pub const LISTED_IGNORED: usize = 10;

/// The query parameters the explainer could not use: the first [`LISTED_IGNORED`] names, in
/// the order they came, and how many parameters came after them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IgnoredParameters {
    pub listed: Vec<Ignored>,
    /// How many ignored parameters are not listed: each one after the listed names that has
    /// another name, counted once per appearance ("and N more").
    pub more: usize,
}

impl IgnoredParameters {
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }

    /// Notes that the parameter `name` (decoded) with `value` was ignored.
    fn note(&mut self, name: &str, value: &str) {
        let name = shorten(name);
        if let Some(seen) = self.listed.iter_mut().find(|i| i.name == name) {
            seen.times += 1;
        } else if self.listed.len() < LISTED_IGNORED {
            self.listed.push(Ignored {
                name,
                value: shorten(value),
                times: 1,
            });
        } else {
            self.more += 1;
        }
    }
}

impl Settings {
    /// Reads a query string such as `?by=party&actor=yoon`. Anything unknown is left out of
    /// the settings and listed, so the page can say what it ignored instead of failing; a
    /// name ignored more than once is listed once, with how many times, and past
    /// [`LISTED_IGNORED`] names the rest are only counted.
    pub fn parse(query: &str, data: &Skeleton) -> (Settings, IgnoredParameters) {
        let mut settings = Settings::default();
        let mut ignored = IgnoredParameters::default();
        let q = query.strip_prefix('?').unwrap_or(query);
        for (name, value) in form_urlencoded::parse(q.as_bytes()) {
            match (name.as_ref(), value.as_ref()) {
                ("by", "issue") => settings.by = By::Issue,
                ("by", "party") => settings.by = By::Party,
                // Only the exact tag: `?lang=JA` is a mangled link, said so, not guessed at.
                ("lang", tag) if Lang::from_tag(tag).is_some_and(|l| l.tag() == tag) => {
                    settings.lang = Lang::from_tag(tag)
                }
                ("theme", "light") => settings.theme = Some(Theme::Light),
                ("theme", "dark") => settings.theme = Some(Theme::Dark),
                ("theme", "auto") => settings.theme = None,
                (host, _) if HOST_PARAMETERS.contains(&host) => {}
                ("actor", id) if data.timeline_actors.iter().any(|a| a.id == id) => {
                    settings.actor = Some(id.to_string())
                }
                ("variant", id) if data.variants.iter().any(|v| v.id == id) => settings.variant = Some(id.to_string()),
                (name, value) => ignored.note(name, value),
            }
        }
        (settings, ignored)
    }

    /// The query string for these settings, leaving defaults out so plain links stay plain.
    /// Ids go in as they are: settings hold only the dataset's ids (`parse` keeps no other),
    /// and validation allows an id only lowercase ASCII letters, digits and hyphens, which a
    /// query string carries unencoded. (An encoder would ship a 768-byte table in the wasm.)
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.tag()));
        }
        if self.by == By::Party {
            parts.push("by=party".into());
        }
        if let Some(a) = &self.actor {
            parts.push(format!("actor={a}"));
        }
        if let Some(v) = &self.variant {
            parts.push(format!("variant={v}"));
        }
        if let Some(t) = self.theme {
            parts.push(format!("theme={}", t.name()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_first_offered_browser_language() {
        assert_eq!(Lang::pick(["fr-FR", "ko-KR", "ja"]), Lang::Ko);
        assert_eq!(Lang::pick(["ja-JP"]), Lang::Ja);
        assert_eq!(Lang::pick(["de", "fr"]), Lang::En);
        assert_eq!(Lang::pick([]), Lang::En);
    }

    #[test]
    fn pym_child_id_is_decoded_as_a_query_string_value() {
        assert_eq!(pym_child_id("?a=1&childId=x%20y+z"), Some("x y z".to_string()));
        assert_eq!(pym_child_id("?childId="), None);
    }
}
