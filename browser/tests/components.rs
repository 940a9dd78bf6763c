//! Island tests in headless Chromium (wasm-bindgen-test): mount an island next to the static
//! elements it governs, act on it as a reader would, and check what the reader would see.
//! The wasm carries the dataset's skeleton (`SKELETON`: ids, references and the names the
//! islands show; see build.rs), which is all the islands use.
//!
//! `cargo test --target wasm32-unknown-unknown -p browser --features hydrate --test components`

#![cfg(target_arch = "wasm32")]

use browser::pages::{ids, SitePage};
use browser::{provide_nav, provide_page, ArrangementSwitch, Edition, TimelineFilter, SKELETON};
use leptos::prelude::*;
use model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page holding `static_html` (what the pre-renderer would have
/// written around the island) and, mounted after it, the island.
fn mount_island<F, N>(static_html: &str, island: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_inner_html(static_html);
    document.body().unwrap().append_child(&host).unwrap();
    let island_host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.append_child(&island_host).unwrap();
    leptos::mount::mount_to(island_host, move || {
        // What the start gives every island: the page's facts and the reader's state.
        provide_page(
            SitePage::page(Lang::En),
            Edition {
                date: "2026-12-03",
                shown: "3 December 2026",
            },
        );
        provide_nav(SitePage::page(Lang::En));
        island()
    })
    .forget();
    host
}

fn reset_url() {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn timeline_filter_hides_the_events_that_leave_the_actor_out() {
    // The static timeline: every period and event, as the page has them.
    let cards: String = SKELETON
        .periods
        .iter()
        .map(|p| {
            let events: String = SKELETON
                .events
                .iter()
                .filter(|e| e.period == *p)
                .map(|e| format!("<li id=\"{}\"></li>", ids::event(&e.id)))
                .collect();
            format!("<div id=\"{}\"><ol>{events}</ol></div>", ids::period(p))
        })
        .collect();
    let host = mount_island(&cards, || view! { <TimelineFilter/> });
    leptos::task::tick().await;

    let select: web_sys::HtmlSelectElement = host.query_selector("select").unwrap().unwrap().unchecked_into();
    let actor = SKELETON
        .timeline_actors
        .iter()
        .find(|a| a.id == "yoon")
        .expect("Yoon is in the timeline")
        .id
        .as_ref();
    select.set_value(actor);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;

    let kept = SKELETON.events_with(Some(actor));
    assert!(!kept.is_empty() && kept.len() < SKELETON.events.len());
    for e in SKELETON.events.iter() {
        let card = document().get_element_by_id(&ids::event(&e.id)).unwrap();
        assert_eq!(
            card.has_attribute("hidden"),
            !kept.contains(&e),
            "event {} hidden",
            e.id
        );
    }
    let count = host.query_selector(".count").unwrap().unwrap().text_content().unwrap();
    assert!(
        count.contains(&kept.len().to_string()),
        "the count says how many: {count}"
    );
    assert!(
        window().location().search().unwrap().contains("actor=yoon"),
        "the choice is kept in the URL"
    );
    host.remove();
    reset_url();
}

#[wasm_bindgen_test]
async fn arrangement_switch_shows_positions_by_party() {
    let arrangements = format!(
        "<div id=\"{}\"></div><div id=\"{}\" hidden></div>",
        ids::POSITIONS_BY_ISSUE,
        ids::POSITIONS_BY_PARTY
    );
    let host = mount_island(&arrangements, || view! { <ArrangementSwitch/> });
    leptos::task::tick().await;
    let by_party: web_sys::HtmlElement = host
        .query_selector_all("button")
        .unwrap()
        .get(1)
        .unwrap()
        .unchecked_into();
    by_party.click();
    leptos::task::tick().await;
    let doc = document();
    assert!(doc
        .get_element_by_id(ids::POSITIONS_BY_ISSUE)
        .unwrap()
        .has_attribute("hidden"));
    assert!(!doc
        .get_element_by_id(ids::POSITIONS_BY_PARTY)
        .unwrap()
        .has_attribute("hidden"));
    assert_eq!(by_party.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(
        window().location().search().unwrap().contains("by=party"),
        "the choice is kept in the URL"
    );
    host.remove();
    reset_url();
}
