//! The Atom feed (RFC 4287) of each language's editions, `feed.xml` in the language's folder:
//! one entry per edition of the data (`data/editions.toml`, newest first), titled with its
//! date and kind, with the editors' note in that language and links to what changed: the
//! edition's permanent address and, for a correction, the corrections log there. Written with
//! quick-xml, which escapes every text and attribute; the words come from `site::editions`,
//! as the page's own "Cite and follow" does.
//!
//! Only with the public address: an Atom id must be an absolute IRI, and a feed reader
//! resolves nothing against a folder it does not know. Ids are the permanent addresses (an
//! entry's, its edition's page in the language; the feed's, its own address), which never
//! change. An edition has a day, not a time: `updated` and `published` are that day at
//! 00:00 UTC.

use std::io;

use browser::pages::SitePage;
use browser::strings::strings;
use model::nav::CORRECTIONS_ID;
use model::{Edition, Lang, Ymd};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use site::editions::{edition_path, entry_title, feed_path};
use site::DATA;

use crate::address::Address;

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// Every language's feed, as (path relative to the site root, contents); none without the
/// public address.
pub fn files(address: &Address) -> Vec<(String, String)> {
    Lang::ALL
        .into_iter()
        .filter_map(|lang| Some((feed_path(lang), feed(lang, &DATA.editions, address)?)))
        .collect()
}

/// A day as RFC 3339 wants a date-time: its start, in UTC.
fn timestamp(date: Ymd) -> String {
    format!("{}T00:00:00Z", date.iso())
}

/// `lang`'s feed of `editions` (newest first).
fn feed(lang: Lang, editions: &[Edition], address: &Address) -> Option<String> {
    let s = strings(lang);
    let own = address.of(&feed_path(lang))?;
    let page = address.of(&SitePage::page(lang).address())?;
    let site = address.of("")?;
    let entries: Vec<(String, &Edition)> = editions
        .iter()
        .map(|e| Some((address.of(&edition_path(e.date, lang))?, e)))
        .collect::<Option<_>>()?;
    let updated = editions.first().map(|e| timestamp(e.date))?;
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written: io::Result<()> = (|| {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        w.create_element("feed")
            .with_attributes([("xmlns", ATOM), ("xml:lang", lang.tag())])
            .write_inner_content(|w| {
                w.create_element("id").write_text_content(BytesText::new(&own))?;
                w.create_element("title")
                    .write_text_content(BytesText::new(DATA.meta.title.get(lang)))?;
                w.create_element("subtitle")
                    .write_text_content(BytesText::new(s.feed_link))?;
                w.create_element("updated")
                    .write_text_content(BytesText::new(&updated))?;
                w.create_element("author").write_inner_content(|w| {
                    w.create_element("name")
                        .write_text_content(BytesText::new(s.site_name))?;
                    w.create_element("uri").write_text_content(BytesText::new(&site))?;
                    Ok(())
                })?;
                w.create_element("link")
                    .with_attributes([("rel", "self"), ("type", "application/atom+xml"), ("href", &own)])
                    .write_empty()?;
                w.create_element("link")
                    .with_attributes([
                        ("rel", "alternate"),
                        ("type", "text/html"),
                        ("hreflang", lang.tag()),
                        ("href", &page),
                    ])
                    .write_empty()?;
                for (permanent, edition) in &entries {
                    entry(w, lang, permanent, edition)?;
                }
                Ok(())
            })?;
        Ok(())
    })();
    written.expect("writing to memory cannot fail");
    Some(String::from_utf8(w.into_inner()).expect("quick-xml writes the UTF-8 it is given") + "\n")
}

/// One edition's entry: its permanent address is its id and its link; a correction links the
/// corrections log of that edition, where its corrections stand under its date.
fn entry(w: &mut Writer<Vec<u8>>, lang: Lang, permanent: &str, edition: &Edition) -> io::Result<()> {
    let s = strings(lang);
    let when = timestamp(edition.date);
    let note = edition.note.get(lang);
    w.create_element("entry").write_inner_content(|w| {
        w.create_element("id").write_text_content(BytesText::new(permanent))?;
        w.create_element("title")
            .write_text_content(BytesText::new(&entry_title(edition.date, edition.kind, lang)))?;
        w.create_element("published")
            .write_text_content(BytesText::new(&when))?;
        w.create_element("updated").write_text_content(BytesText::new(&when))?;
        w.create_element("link")
            .with_attributes([
                ("rel", "alternate"),
                ("type", "text/html"),
                ("hreflang", lang.tag()),
                ("href", permanent),
            ])
            .write_empty()?;
        if edition.kind == model::EditionKind::Correction {
            let log = format!("{permanent}#{CORRECTIONS_ID}");
            w.create_element("link")
                .with_attributes([
                    ("rel", "related"),
                    ("type", "text/html"),
                    ("hreflang", lang.tag()),
                    ("href", &log),
                    ("title", s.feed_corrections),
                ])
                .write_empty()?;
        }
        w.create_element("summary")
            .with_attribute(("type", "text"))
            .write_text_content(BytesText::new(note))?;
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_needs_the_public_address() {
        assert!(files(&Address::at(None)).is_empty());
        let files = files(&Address::at(Some("https://news.example/x")));
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["feed.xml", "ja/feed.xml", "ko/feed.xml"]);
    }

    #[test]
    fn every_edition_is_an_entry_with_its_permanent_address_and_note() {
        let address = Address::at(Some("https://news.example/x/"));
        let xml = feed(Lang::Ja, &DATA.editions, &address).unwrap();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">"), "{xml}");
        assert!(xml.contains("<id>https://news.example/x/ja/feed.xml</id>"), "{xml}");
        assert!(
            xml.contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example/x/ja/feed.xml\"/>"
            ),
            "{xml}"
        );
        assert_eq!(xml.matches("<entry>").count(), DATA.editions.len());
        for e in DATA.editions.iter() {
            let id = format!("<id>https://news.example/x/editions/{}/ja/</id>", e.date.iso());
            assert_eq!(xml.matches(&id).count(), 1, "{id} once");
            assert!(xml.contains(&format!("<updated>{}T00:00:00Z</updated>", e.date.iso())));
            assert!(xml.contains(e.note.get(Lang::Ja)), "{xml}");
        }
        let first = xml.find("<entry>").unwrap();
        let newest = format!("editions/{}/ja/", DATA.editions[0].date.iso());
        assert!(
            xml[first..].find(&newest) < xml[first..].find("</entry>"),
            "newest first"
        );
    }

    #[test]
    fn texts_and_addresses_are_escaped() {
        let address = Address::at(Some("https://news.example/a&b/"));
        let xml = feed(Lang::En, &DATA.editions, &address).unwrap();
        assert!(xml.contains("<id>https://news.example/a&amp;b/feed.xml</id>"), "{xml}");
        assert!(!xml.contains("a&b"), "{xml}");
    }
}
