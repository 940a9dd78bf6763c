//! The site's public address, a setting of the build: `SITE_URL=https://news.example/wartime-labor/`.
//!
//! Some standards need absolute URLs (Open Graph's `og:url` and `og:image`, oEmbed's
//! discovery link and JSON, sitemaps, and — for search engines — canonical and `hreflang`
//! links). Where the address is set, the build writes them; where it is not, it writes
//! nothing that would be wrong: those tags are left out, and every link between the pages
//! stays relative.

/// Said once in the build output when `SITE_URL` is not set.
pub const UNSET_NOTE: &str = "prerender: SITE_URL is not set, so the pages leave out what needs the site's public \
address (canonical and hreflang links, og:url, og:image, the Twitter large-image card, oEmbed \
discovery and files, sitemap.xml); \
set it to the address the site will be served from, e.g. SITE_URL=https://news.example/wartime-labor/";

pub struct Address(Option<String>);

impl Address {
    /// Reads `SITE_URL`; a value that is not an absolute http(s) address of a folder fails
    /// the build with what is wrong.
    pub fn from_env() -> Result<Address, String> {
        match std::env::var("SITE_URL") {
            Ok(value) if !value.trim().is_empty() => Address::parse(value.trim()).map(|a| Address(Some(a))),
            _ => Ok(Address(None)),
        }
    }

    fn parse(value: &str) -> Result<String, String> {
        let rest = value
            .strip_prefix("https://")
            .or_else(|| value.strip_prefix("http://"))
            .ok_or_else(|| format!("SITE_URL {value:?} must start with https:// (or http://)"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() || rest.contains(['?', '#', ' ', '"', '<', '>']) {
            return Err(format!("SITE_URL {value:?} must be an address like https://news.example/wartime-labor/, with no query or fragment"));
        }
        Ok(if value.ends_with('/') {
            value.to_string()
        } else {
            format!("{value}/")
        })
    }

    /// The address `value` (for the tests; the build reads `SITE_URL`).
    #[cfg(test)]
    pub fn at(value: Option<&str>) -> Address {
        Address(value.map(|v| Address::parse(v).expect("an address")))
    }

    pub fn is_unset(&self) -> bool {
        self.0.is_none()
    }

    /// The absolute URL of `path` (relative to the site root), when the address is set.
    pub fn of(&self, path: &str) -> Option<String> {
        self.0.as_ref().map(|base| format!("{base}{path}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_an_absolute_folder() {
        assert_eq!(
            Address::parse("https://news.example/explainer").unwrap(),
            "https://news.example/explainer/"
        );
        assert_eq!(
            Address::parse("http://127.0.0.1:4173/").unwrap(),
            "http://127.0.0.1:4173/"
        );
        for bad in ["news.example/x", "https:///x", "https://news.example/?a=1", "ftp://x/"] {
            assert!(Address::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Address(Some("https://a.example/".into())).of("ja/"),
            Some("https://a.example/ja/".into())
        );
    }
}
