//! The embed's side of the conversation with the page it is embedded in. It tells the host
//! how tall the embed is, in every protocol newsrooms' sites listen for, so no host needs a
//! library of ours: on load, whenever its size changes, and when a host asks.
//!
//! - NPR's pym.js, when the address has `childId`: `pymxPYMx<childId>xPYMxheightxPYMx<px>`;
//!   pym's `width` messages are answered with the height.
//! - AMP's `amp-iframe`: `{sentinel: 'amp', type: 'embed-size', height}`.
//! - Embedly/Medium-style listeners: the JSON string
//!   `{"src": location.href, "context": "iframe.resize", "height": px}`.
//! - WordPress's embed script, when the fragment has `#?secret=`: `{message: 'height', value,
//!   secret}`, again when WordPress posts `{message: 'ready', secret}`; links use its `link`
//!   message when the sandbox WordPress puts embeds in forbids opening them.
//! - Our own host script (`public/embed.js`): `{context: EMBED_CONTEXT, type: 'height',
//!   height}`, `{…, type: 'place', place}` when the reader opens a card (so the article's
//!   address can name it) and `{…, type: 'scroll', top}` when the embed opened at a card.
//!
//! The embed acts on nothing else a host posts: it only ever answers the two documented
//! requests, and only with its height. Nothing here navigates, evaluates or changes the
//! page on a message.
//!
//! Until the wasm has taken the embed over, the page's start script
//! (`src/bin/prerender/host.js`) says the same heights and opens the same links, so a host
//! hears from the embed from its first layout on: keep the two in step.

use gloo_events::{EventListener, EventListenerOptions};
use js_sys::{Object, Reflect, JSON};
use leptos::prelude::*;
use model::nav::{pym_child_id, wordpress_secret, Place};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::nav::Nav;
use crate::pages::ids;

/// Names our own messages, so our host script never mistakes another embed's for ours.
pub const EMBED_CONTEXT: &str = "wartime-labor-explainer";

/// Who is listening, as far as the embed's own address tells.
#[derive(Clone)]
struct Host {
    pym_id: Option<String>,
    secret: Option<String>,
    /// The address the embed was loaded from: `iframe.resize` listeners find their frame by
    /// it, so it must not follow the fragment as the reader opens cards.
    src: String,
}

/// Starts the conversation; lives as long as the page.
pub fn start(nav: Nav) {
    let location = window().location();
    let host = Host {
        pym_id: pym_child_id(&location.search().unwrap_or_default()),
        secret: wordpress_secret(&location.hash().unwrap_or_default()).map(str::to_string),
        src: location.href().unwrap_or_default(),
    };

    send_height(&host);
    watch_size(host.clone());
    answer_requests(host.clone());
    report_places(nav);
    keep_links_in_place(nav);
    open_links_in_sandbox(host);
}

/// The embed's height in whole CSS pixels: the whole document, rounded up. (An integer, so
/// no float formatting code comes into the wasm.)
fn height() -> u32 {
    document()
        .document_element()
        .map_or(0, |root| root.get_bounding_client_rect().height().ceil() as u32)
}

fn post(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent() {
        // Any origin may embed the explainer; the messages carry nothing but the height,
        // the place the reader opened and the page's own address.
        let _ = parent.post_message(message, "*");
    }
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(key), value);
    }
    o.into()
}

fn ours(kind: &str, key: &str, value: JsValue) -> JsValue {
    object(&[("context", EMBED_CONTEXT.into()), ("type", kind.into()), (key, value)])
}

/// Tells every kind of host the height, each in its own words.
fn send_height(host: &Host) {
    let h = height();
    if let Some(id) = &host.pym_id {
        post(&JsValue::from_str(&["pym", id, "height", &h.to_string()].join("xPYMx")));
    }
    post(&object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", h.into()),
    ]));
    let resize = object(&[
        ("src", host.src.as_str().into()),
        ("context", "iframe.resize".into()),
        ("height", h.into()),
    ]);
    if let Ok(json) = JSON::stringify(&resize) {
        post(&json.into());
    }
    if let Some(secret) = &host.secret {
        post(&object(&[
            ("message", "height".into()),
            ("value", h.into()),
            ("secret", secret.as_str().into()),
        ]));
    }
    post(&ours("height", "height", h.into()));
}

/// Whenever the embed's size changes (a citation opens, a variant is chosen, the column
/// narrows), the hosts hear of it.
fn watch_size(host: Host) {
    let callback = Closure::<dyn FnMut()>::new(move || send_height(&host));
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(root) = document().document_element() {
            observer.observe(&root);
        }
    }
    // Both live as long as the page.
    callback.forget();
}

/// The longest string the embed reads as a request: pym's `width` message with a child id
/// and a width of any length a page would give. Anything longer is not a request.
const MAX_REQUEST_CHARS: u32 = 256;

/// Answers pym's `width` message and WordPress's `ready` message with the height — the only
/// messages the embed answers, and only with that.
///
/// Any frame of the article can post the embed anything, of any size. So a message is
/// looked at in JavaScript first, and nothing of it is copied into the wasm: it must come
/// from the page the embed is in (the parent window, where pym.js and WordPress's script
/// run), and be either a string no longer than a request can be that starts with pym's
/// marker, or an object whose `message` and `secret` are WordPress's (compared in
/// JavaScript). A string copied in before these checks (a 400-million-character one did)
/// would grow the wasm's memory for good.
fn answer_requests(host: Host) {
    let pym_width = host.pym_id.as_ref().map(|id| ["pym", id, "width", ""].join("xPYMx"));
    let listener = EventListener::new(&window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let parent = window().parent().ok().flatten().map(JsValue::from);
        if parent.is_none() || event.source().map(JsValue::from) != parent {
            return;
        }
        let data = event.data();
        let asked = if let Some(text) = data.dyn_ref::<js_sys::JsString>() {
            pym_width
                .as_deref()
                .is_some_and(|marker| text.length() <= MAX_REQUEST_CHARS && text.starts_with(marker, 0))
        } else if let (Some(secret), true) = (&host.secret, data.is_object()) {
            let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            field("message") == JsValue::from_str("ready") && field("secret") == JsValue::from_str(secret)
        } else {
            false
        };
        if asked {
            send_height(&host);
        }
    });
    listener.forget();
}

/// When the reader opens a card (an event, or any card by its "Link to this"), the host's
/// script may put it in the article's address; when the embed opened at a card, the host
/// is asked to bring it into view, as the browser would on a page of its own.
///
/// Only the reader's own moves are reported. A move the host made (it replaced the embed's
/// address on back or forward) is not: reported back, it could arrive after the reader's
/// next press of Back and be pushed into the article's history as a new step, cutting off
/// Forward.
fn report_places(nav: Nav) {
    // Opening an event is a place too, as a deep link to it would be.
    let toggles = EventListener::new_with_options(
        &document(),
        "toggle",
        EventListenerOptions::run_in_capture_phase(),
        move |event| {
            let Some(details) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            else {
                return;
            };
            let card = details
                .parent_element()
                .filter(|p| p.class_list().contains(ids::EVENT_CLASS));
            let (true, Some(card)) = (details.open(), card) else {
                return;
            };
            let hash = format!("#{}", card.id());
            // Already the embed's address: the host moved it here and the app opened the
            // event (`start::open_events_at_place`), or the reader reopened the event they
            // were at. Either way the host knows this place. (The location, not `nav.hash()`:
            // the hashchange that brings the host's move to `nav` may still be queued.)
            if window().location().hash().ok().as_deref() == Some(hash.as_str()) {
                return;
            }
            // Replaced, not pushed: the host keeps the reader's history.
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
            }
            nav.reread_url();
            report_place(nav);
        },
    );
    toggles.forget();

    // Opened at a place: ask the host to bring it into view. Read once, when the app has
    // started (untracked, so the effect never runs again); at once, not in an animation
    // frame: a browser holds those back in a frame off screen.
    Effect::new(move |_| {
        if let Some(id) = place_id(&nav.place.get_untracked()) {
            scroll_host_to(&id);
        }
    });
}

/// The element a place names, if it names one of the explainer.
fn place_id(place: &Place) -> Option<String> {
    match place {
        Place::Card(card, id) => Some(card.anchor(id)),
        Place::Section(section) => Some(section.id().to_string()),
        _ => None,
    }
}

/// Tells the host the place the reader just moved the embed to.
fn report_place(nav: Nav) {
    if let Some(id) = place_id(&nav.place.get_untracked()) {
        post(&ours("place", "place", id.as_str().into()));
    }
}

/// Asks the host to scroll its page to the element `id` of the embed.
fn scroll_host_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let top = el.get_bounding_client_rect().top() + window().scroll_y().unwrap_or(0.0);
        post(&ours("scroll", "top", (top.max(0.0) as u32).into()));
    }
}

/// A link within the embed ("Link to this", a related question) changes its place, not its
/// history: a frame's own history entries would sit in the reader's Back button beside the
/// article's, each a press that changes nothing they can see. The place goes to the host,
/// which keeps it in the article's address, and the host scrolls to it.
fn keep_links_in_place(nav: Nav) {
    let clicks = EventListener::new_with_options(
        &document(),
        "click",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| {
                    el.closest(&format!("a[href^='#']:not(.{})", ids::SKIP_LINK_CLASS))
                        .ok()
                        .flatten()
                });
            let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
                return;
            };
            event.prevent_default();
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
            }
            nav.reread_url();
            report_place(nav);
            scroll_host_to(&href[1..]);
        },
    );
    clicks.forget();
}

/// Inside WordPress's sandbox (`sandbox="allow-scripts"`: an opaque origin, no new tabs, no
/// navigating the article), a link that leaves the embed is handed to WordPress's script,
/// which opens links to the embed's own site.
fn open_links_in_sandbox(host: Host) {
    let Some(secret) = host.secret else { return };
    if window().origin() != "null" {
        return;
    }
    let clicks = EventListener::new_with_options(
        &document(),
        "click",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[target=_blank]").ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(link) = link {
                event.prevent_default();
                post(&object(&[
                    ("message", "link".into()),
                    ("value", link.href().into()),
                    ("secret", secret.as_str().into()),
                ]));
            }
        },
    );
    clicks.forget();
}
