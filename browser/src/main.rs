//! The wasm entry point: report panics to the console, then take over the pre-rendered page.
fn main() {
    console_error_panic_hook::set_once();
    browser::start();
}
