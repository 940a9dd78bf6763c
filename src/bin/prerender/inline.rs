//! The texts the pages carry inline, and the Content Security Policy that allows exactly
//! them: the start script (`loader.js`, with `host.js` in it on embeds) and, on the
//! explainer's own pages, the stylesheet. The head (`head.rs`) writes them with
//! `inner_html`, so the bytes hashed here are the bytes in the page.

use base64::Engine as _;
use browser::pages::SitePage;
use sha2::{Digest, Sha256, Sha384};

use crate::head::inline_json;

/// The page's start script, without its comment lines (see the file).
const LOADER_SOURCE: &str = include_str!("loader.js");

/// The embed's part of its start script: what it tells its host (see the file).
const HOST_SOURCE: &str = include_str!("host.js");

/// The policy every page states and the server sends: only this site's files, wasm may be
/// compiled, no plugins, no `<base>`, no form submissions, and of inline code only the start
/// script (the pages' and the embeds') and the stylesheet of this build (`{script}`,
/// `{style}`: their hashes).
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {script}; style-src 'self' {style}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

/// What a build's pages carry inline, and what allows it.
pub struct Inline {
    /// The start script of the pages (`[0]`) and of the embeds (`[1]`).
    loaders: [String; 2],
    /// The stylesheet as the pages carry it.
    pub css: String,
    /// The stylesheet file's Subresource Integrity (`sha384-…`), for the embeds' link to it.
    pub css_integrity: String,
    /// The Content Security Policy of every page of this build.
    pub policy: String,
}

impl Inline {
    /// From the stylesheet file's text (`main-<hash>.css`); refused with its reason if the
    /// stylesheet cannot go inline (`inline_css`).
    pub fn new(stylesheet: &str) -> Result<Inline, String> {
        let css = inline_css(stylesheet)?;
        let loaders = [loader(false), loader(true)];
        let scripts = format!("{} {}", hash_source(&loaders[0]), hash_source(&loaders[1]));
        let policy = POLICY
            .replace("{script}", &scripts)
            .replace("{style}", &hash_source(&css));
        // As Trunk writes it: the SHA-384 of the file's bytes, in base64.
        let css_integrity = format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(Sha384::digest(stylesheet.as_bytes()))
        );
        Ok(Inline {
            loaders,
            css,
            css_integrity,
            policy,
        })
    }

    /// The start script of `page`: an embed's has `host.js` in it.
    pub fn loader(&self, page: SitePage) -> &str {
        &self.loaders[usize::from(page.is_embed())]
    }
}

/// The start script as the pages (`embed` false) or the embeds carry it: its comment lines
/// left out, the languages' pages (`__PAGES__`) filled in from the site's own list, relative
/// to the site root (as JSON that may stand in a script, like every inline JSON:
/// `head::inline_json`), and in an embed `host.js` at `__EMBED__` (a page carries none of it),
/// with the name its messages carry (`__CONTEXT__`) from the one the wasm uses,
/// `browser::host::EMBED_CONTEXT`.
fn loader(embed: bool) -> String {
    let pages: serde_json::Map<String, serde_json::Value> = model::Lang::ALL
        .into_iter()
        .map(|lang| {
            let dir = SitePage::dir(lang);
            (lang.tag().to_string(), (if dir.is_empty() { "./" } else { dir }).into())
        })
        .collect();
    let host = if embed { inline_js(HOST_SOURCE) } else { String::new() };
    let lines: Vec<&str> = LOADER_SOURCE
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .flat_map(|l| {
            if l.trim() == "__EMBED__" {
                host.lines().collect()
            } else {
                vec![l]
            }
        })
        .collect();
    lines
        .join("\n")
        .replace("__PAGES__", &inline_json(&pages.into()))
        .replace("__CONTEXT__", &inline_json(&browser::host::EMBED_CONTEXT.into()))
}

/// A CSP source for an inline text: `'sha256-<base64>'` of its exact bytes.
fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// A script as the pages carry it: without its lines that start with `//`.
fn inline_js(source: &str) -> String {
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    lines.join("\n")
}

/// The stylesheet as the pages carry it: comments (`/*` to the next `*/`) cut out, then every
/// line trimmed and blank lines left out. Nothing else is changed. It reads comments without
/// regard to strings (a `/*` inside a quoted string would be taken for one), which the
/// stylesheet does not have; it is not a CSS parser. Refused if it could end the `<style>`
/// element early, or names another file (`url(…)`, `@import`: relative to the stylesheet's
/// file, a URL would mean another file on the language pages in their folders).
fn inline_css(css: &str) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        let close = rest[open..].find("*/").ok_or("a comment is not closed")?;
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    let out: Vec<&str> = out.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let out = out.join("\n");
    let lower = out.to_ascii_lowercase();
    if lower.contains("</style") {
        return Err("the stylesheet contains `</style`, which would end the page's <style> element".into());
    }
    if lower.contains("url(") || lower.contains("@import") {
        return Err(
            "the stylesheet names a url() or an @import; the pages carry it inline, where a relative URL would point elsewhere"
                .into(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use browser::pages::View;
    use model::Lang;

    #[test]
    fn the_embeds_messages_and_the_host_script_name_the_same_context() {
        let context = inline_json(&browser::host::EMBED_CONTEXT.into());
        let embed = loader(true);
        assert!(embed.contains(&format!("context: {context}")), "{embed}");
        assert!(!embed.contains("__CONTEXT__") && !loader(false).contains("__CONTEXT__"));
        // The host page's script (public/embed.js, copied as it is) listens for that name.
        let host_script = include_str!("../../../public/embed.js");
        let wanted = format!("var CONTEXT = '{}';", browser::host::EMBED_CONTEXT);
        assert!(host_script.contains(&wanted), "public/embed.js must say {wanted}");
    }

    #[test]
    fn the_stylesheet_goes_inline_without_comments_and_indentation() {
        let inline = Inline::new("/* why */\nbody {\n  color: red;\n}\n\n").unwrap();
        assert_eq!(inline.css, "body {\ncolor: red;\n}");
        // printf 'body {\ncolor: red;\n}' | openssl dgst -sha256 -binary | base64
        assert!(
            inline
                .policy
                .contains("style-src 'self' 'sha256-GNNlx/kxkMd34IDzswFHN/PygXiJPkpSOHxTKU56YdU='"),
            "{}",
            inline.policy
        );
        // Of the file as it is, as Trunk wrote it:
        // printf '/* why */\nbody {\n  color: red;\n}\n\n' | openssl dgst -sha384 -binary | base64
        assert_eq!(
            inline.css_integrity,
            "sha384-lzVYZvRVq/xf1+eS6wyRKqEQCzf5qyTwV5Av6rjfOFgfZG1Gl9mWY4rh3DLksEhC"
        );
    }

    #[test]
    fn a_stylesheet_that_cannot_go_inline_is_refused_with_its_reason() {
        let refused = |css: &str| Inline::new(css).err().unwrap_or_default();
        assert!(refused("a { background: url(x.png); }").contains("url()"));
        assert!(refused("a { background: URL(x.png); }").contains("url()"));
        assert!(refused("@import \"more.css\";").contains("@import"));
        assert!(refused("a::after { content: \"</style>\"; }").contains("</style"));
        assert!(refused("a::after { content: \"</STYLE \"; }").contains("</style"));
        assert!(refused("a { color: red; } /* open").contains("comment"));
    }

    #[test]
    fn only_an_embeds_start_script_carries_what_it_tells_its_host() {
        let (page, embed) = (loader(false), loader(true));
        assert!(!page.contains("__EMBED__") && !embed.contains("__EMBED__"));
        assert!(!page.contains("postMessage") && embed.contains("postMessage"));
        for script in [&page, &embed] {
            assert!(
                !script.lines().any(|l| l.trim_start().starts_with("//")),
                "comment lines stay out"
            );
        }
        // The page's is the embed's without host.js: nothing else differs.
        let host = inline_js(HOST_SOURCE).replace("__CONTEXT__", &inline_json(&browser::host::EMBED_CONTEXT.into()));
        assert_eq!(embed.replacen(&format!("{host}\n"), "", 1), page);
        assert!(
            page.contains(r#"const pages = {"en":"./","ja":"ja/","ko":"ko/"};"#),
            "the languages' pages are filled in"
        );
        let inline = Inline::new("b{}").unwrap();
        let ko_embed = SitePage {
            lang: Lang::Ko,
            view: View::Embed(None),
        };
        assert_eq!(inline.loader(SitePage::page(Lang::Ko)), page);
        assert_eq!(inline.loader(ko_embed), embed);
    }

    #[test]
    fn the_policy_is_the_strict_one_with_the_inline_texts_hashes() {
        let inline = Inline::new("b{}").unwrap();
        let policy = &inline.policy;
        let directives: Vec<String> = policy
            .split("; ")
            .map(|d| {
                d.split(' ')
                    .filter(|w| !w.starts_with("'sha256-"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(
            directives.join("; "),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'"
        );
        // The pages' start script, the embeds', the stylesheet: each by the hash of its bytes.
        assert_eq!(policy.matches("'sha256-").count(), 3);
        assert!(policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {} {};",
            hash_source(&loader(false)),
            hash_source(&loader(true))
        )));
        assert!(policy.contains(&format!("style-src 'self' {};", hash_source("b{}"))));
    }
}
