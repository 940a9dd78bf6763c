//! The wasm entry point: report panics to the console, then mount the explainer.
fn main() {
    console_error_panic_hook::set_once();
    explainer::start();
}
