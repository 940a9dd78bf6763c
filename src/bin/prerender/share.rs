//! The link-preview images, as `npm run share-images` described them.

use std::path::Path;

use model::Lang;
use serde_json::Value;

/// The link-preview images `npm run share-images` made (`public/share/share.json`, copied
/// into the site by Trunk): one per language, with its size and alt text.
pub struct ShareImages(Value);

pub struct ShareImage<'a> {
    pub path: String,
    pub width: u64,
    pub height: u64,
    pub alt: &'a str,
}

impl ShareImages {
    pub fn read(site: &Path) -> Result<ShareImages, String> {
        let path = site.join("share/share.json");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {} (npm run share-images makes it): {e}", path.display()))?;
        ShareImages::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// From the text of `share.json`.
    pub fn parse(text: &str) -> Result<ShareImages, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        for lang in Lang::ALL {
            let image = &value["images"][lang.tag()];
            if !(image["file"].is_string()
                && image["width"].is_u64()
                && image["height"].is_u64()
                && image["alt"].is_string())
            {
                return Err(format!("images.{} needs file, width, height and alt", lang.tag()));
            }
        }
        Ok(ShareImages(value))
    }

    pub fn of(&self, lang: Lang) -> ShareImage<'_> {
        let image = &self.0["images"][lang.tag()];
        ShareImage {
            path: format!("share/{}", image["file"].as_str().unwrap_or_default()),
            width: image["width"].as_u64().unwrap_or_default(),
            height: image["height"].as_u64().unwrap_or_default(),
            alt: image["alt"].as_str().unwrap_or_default(),
        }
    }
}
