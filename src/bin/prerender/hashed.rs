//! The names of the files Trunk wrote with a hash in them: the wasm, its JS and the
//! stylesheet. Read from the site folder's listing, never from the HTML Trunk wrote (the
//! pre-renderer writes every page itself; `index.html` is only Trunk's input).

use std::path::Path;

/// The hashed files of one build, by name relative to the site root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashedFiles {
    /// `explainer-<hash>.js`: the wasm's JS, which `public/boot.js` imports.
    pub js: String,
    /// `explainer-<hash>_bg.wasm`.
    pub wasm: String,
    /// `main-<hash>.css`: the stylesheet (inline on the pages, linked by the embeds).
    pub css: String,
}

/// What each file's name is made of: `<stem>-<hash><suffix>`. The stems are the wasm's
/// binary (`browser/Cargo.toml`, `[[bin]] name = "explainer"`) and the stylesheet's file
/// (`style/main.css`); the hash is Trunk's (`filehash = true` in Trunk.toml).
const JS: (&str, &str) = ("explainer-", ".js");
const WASM: (&str, &str) = ("explainer-", "_bg.wasm");
const CSS: (&str, &str) = ("main-", ".css");

impl HashedFiles {
    /// Lists the top of the site folder (Trunk's staging folder, fresh for each build).
    pub fn find(site: &Path) -> Result<HashedFiles, String> {
        let entries = std::fs::read_dir(site).map_err(|e| format!("cannot list {}: {e}", site.display()))?;
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", site.display()))?;
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                names.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        HashedFiles::among(&names).map_err(|e| format!("{}: {e}", site.display()))
    }

    /// Picks the three files out of `names`; exactly one of each must be there.
    pub fn among(names: &[String]) -> Result<HashedFiles, String> {
        let one = |(stem, suffix): (&str, &str)| -> Result<String, String> {
            let found: Vec<&String> = names.iter().filter(|n| is_hashed(n, stem, suffix)).collect();
            match found.as_slice() {
                [name] => Ok(name.to_string()),
                [] => Err(format!(
                    "no {stem}<hash>{suffix}: did Trunk build the site (with filehash = true)?"
                )),
                more => Err(format!(
                    "{} files {stem}<hash>{suffix} ({}), expected one: is the folder a fresh build?",
                    more.len(),
                    more.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(", ")
                )),
            }
        };
        Ok(HashedFiles {
            js: one(JS)?,
            wasm: one(WASM)?,
            css: one(CSS)?,
        })
    }
}

/// Whether `name` is `<stem><hash><suffix>`, the hash being hexadecimal digits.
fn is_hashed(name: &str, stem: &str, suffix: &str) -> bool {
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(suffix))
        .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    const BUILD: [&str; 7] = [
        "index.html",
        "boot.js",
        "embed.js",
        "explainer-da65745379154c03.js",
        "explainer-da65745379154c03_bg.wasm",
        "main-8aeb2c41261a74a9.css",
        "sw-register.js",
    ];

    #[test]
    fn finds_the_three_hashed_files_of_a_build() {
        assert_eq!(
            HashedFiles::among(&names(&BUILD)).unwrap(),
            HashedFiles {
                js: "explainer-da65745379154c03.js".into(),
                wasm: "explainer-da65745379154c03_bg.wasm".into(),
                css: "main-8aeb2c41261a74a9.css".into(),
            }
        );
    }

    #[test]
    fn refuses_a_missing_or_doubled_file_and_says_which() {
        let mut missing = names(&BUILD);
        missing.retain(|n| !n.ends_with(".wasm"));
        let e = HashedFiles::among(&missing).unwrap_err();
        assert!(e.starts_with("no explainer-<hash>_bg.wasm"), "{e}");

        let mut doubled = names(&BUILD);
        doubled.push("main-0123456789abcdef.css".into());
        let e = HashedFiles::among(&doubled).unwrap_err();
        assert!(
            e.starts_with("2 files main-<hash>.css (") && e.contains("main-8aeb2c41261a74a9.css"),
            "{e}"
        );

        // Names that only look alike are not the build's files.
        let e = HashedFiles::among(&names(&[
            "explainer-x.js",
            "explainer-.js",
            "explainer-ab_bg.wasm",
            "main-ab.css",
        ]))
        .unwrap_err();
        assert!(e.starts_with("no explainer-<hash>.js"), "{e}");
    }
}
