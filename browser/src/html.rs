//! Text written into HTML by hand (the embed code's snippets, the pages' heads, oEmbed's
//! `html`), where no view escapes it for us.

/// `s` as the text of an HTML attribute or element.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
