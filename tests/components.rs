//! Component tests in headless Chromium (wasm-bindgen-test): mount real components and
//! check what a reader would see after interacting with them.

#![cfg(target_arch = "wasm32")]

use explainer::{App, Cite, DATA};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_fresh<F, N>(f: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}

#[wasm_bindgen_test]
async fn citation_opens_on_click_and_closes_with_escape() {
    let statement = &DATA.meta.summary[0];
    let host = mount_fresh(move || {
        explainer::provide_nav();
        view! { <Cite citations=&statement.citations/> }
    });
    let button: web_sys::HtmlElement = host.query_selector("button.cite-toggle").unwrap().unwrap().unchecked_into();
    let panel: web_sys::HtmlElement = host.query_selector(".cite-panel").unwrap().unwrap().unchecked_into();
    assert!(panel.hidden(), "the quote is hidden until asked for");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));

    button.click();
    leptos::task::tick().await;
    assert!(!panel.hidden(), "clicking the marker shows the quote");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let quote = panel.text_content().unwrap_or_default();
    assert!(quote.contains(statement.citations[0].quote.as_ref()), "the verbatim quote is shown: {quote}");

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    button.dispatch_event(&escape).unwrap();
    leptos::task::tick().await;
    assert!(panel.hidden(), "Escape closes the quote");
    assert_eq!(document().active_element().map(|e| e.outer_html()), Some(button.outer_html()), "focus returns to the marker");
}

#[wasm_bindgen_test]
async fn positions_switch_from_issues_to_parties() {
    let host = mount_fresh(|| view! { <App lang=dispute_model::Lang::En table=None/> });
    leptos::task::tick().await;
    let cards = |sel: &str| host.query_selector_all(sel).unwrap().length();
    assert_eq!(cards("#positions article.issue") as usize, DATA.issues.len(), "one card per issue");

    let by_party: web_sys::HtmlElement = host
        .query_selector_all("#positions .controls button")
        .unwrap()
        .get(1)
        .unwrap()
        .unchecked_into();
    by_party.click();
    leptos::task::tick().await;
    assert_eq!(cards("#positions article.party-card") as usize, DATA.parties.len(), "one card per party");
    assert_eq!(by_party.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(window().location().search().unwrap().contains("by=party"), "the choice is kept in the URL");
    // Leave the URL as we found it for the other tests.
    window().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?")).unwrap();
}
