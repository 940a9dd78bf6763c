//! How much of each report the citations reproduce, taken together.
//!
//! The explainer may quote short passages, not ship the reports. Each quote is short, but
//! many short quotes can still add up to most of a report, so the union of what they cover
//! is measured per report and held at or under [`MAX_QUOTED_SHARE`] percent.
//!
//! - A report's **words** are the whitespace-separated tokens of all its paragraphs, as
//!   [`paragraphs`](crate::source_text::paragraphs) cuts them (punctuation stays with its
//!   word; the "Related coverage" lines count too, since they are part of the file).
//! - A quote **covers** the words of its cited paragraph that overlap its first verbatim
//!   match there ([`quoted_words`]).
//! - A report's **quoted share** is the number of its words covered by at least one quote
//!   anywhere in the dataset, over its number of words. A passage quoted twice counts once.

use std::collections::BTreeSet;
use std::fmt;

use crate::source_text::{paragraph, quoted_words, word_count, SourceTexts};

/// The highest share of a report's words, in percent, that the quotes together may cover.
pub const MAX_QUOTED_SHARE: usize = 60;

/// One quote of the dataset and where it is written, for measuring and for messages.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Where the citation is written: `data/timeline.toml "seoul-meeting" summary.citations[0]`.
    pub at: String,
    pub source: String,
    pub paragraph: u16,
    pub quote: String,
}

/// How much of one report the quotes cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedShare {
    /// The report's source id.
    pub source: String,
    /// The report's words.
    pub words: usize,
    /// Its words covered by at least one quote.
    pub quoted: usize,
    /// The longest quotes from this report, longest first (at most three): where each is
    /// written and its length in words. Shortening these helps most.
    pub longest: Vec<(String, usize)>,
}

impl QuotedShare {
    /// The share in percent.
    pub fn percent(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.quoted as f64 * 100.0 / self.words as f64
        }
    }

    /// Whether the share is above [`MAX_QUOTED_SHARE`] percent (compared exactly, in words).
    pub fn too_high(&self) -> bool {
        self.quoted * 100 > self.words * MAX_QUOTED_SHARE
    }
}

impl fmt::Display for QuotedShare {
    /// `call-report 54.1 %`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:.1} %", self.source, self.percent())
    }
}

/// The quoted share of every report in `texts`, in the order of `order` (source ids), from
/// `quotes`. Quotes that name an unknown report or paragraph, or are not verbatim, cover
/// nothing here (validation reports them on their own).
pub fn measure<'a>(
    texts: &SourceTexts,
    order: impl IntoIterator<Item = &'a str>,
    quotes: &[Quote],
) -> Vec<QuotedShare> {
    order
        .into_iter()
        .filter_map(|id| {
            let paragraphs = texts.get(id)?;
            let mut covered = BTreeSet::new();
            let mut mine: Vec<&Quote> = Vec::new();
            for q in quotes.iter().filter(|q| q.source == id) {
                let Some(paragraph) = paragraph(paragraphs, q.paragraph) else {
                    continue;
                };
                if let Some(range) = quoted_words(&q.quote, paragraph) {
                    covered.extend(range.map(|w| (q.paragraph, w)));
                    mine.push(q);
                }
            }
            mine.sort_by_key(|q| std::cmp::Reverse(word_count(&q.quote)));
            Some(QuotedShare {
                source: id.to_string(),
                words: paragraphs.iter().map(|p| word_count(p)).sum(),
                quoted: covered.len(),
                longest: mine
                    .iter()
                    .take(3)
                    .map(|q| (q.at.clone(), word_count(&q.quote)))
                    .collect(),
            })
        })
        .collect()
}

/// One line for the build output: `quoted share: call-report 54.1 %, meeting-report 57.9 %`.
pub fn summary(shares: &[QuotedShare]) -> String {
    let each: Vec<String> = shares.iter().map(ToString::to_string).collect();
    format!("quoted share: {}", each.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(paragraph: u16, text: &str) -> Quote {
        Quote {
            at: format!("q{paragraph}"),
            source: "r".into(),
            paragraph,
            quote: text.into(),
        }
    }

    #[test]
    fn counts_each_covered_word_once() {
        let texts: SourceTexts = [(
            "r".to_string(),
            vec!["one two three four".to_string(), "five six".to_string()],
        )]
        .into();
        let quotes = [
            quote(1, "two three"),
            quote(1, "three four"),
            quote(2, "six"),
            quote(2, "not there"),
            quote(9, "six"),
        ];
        let shares = measure(&texts, ["r"], &quotes);
        assert_eq!(shares.len(), 1);
        let s = &shares[0];
        assert_eq!((s.words, s.quoted), (6, 4));
        assert_eq!(s.to_string(), "r 66.7 %");
        assert!(s.too_high());
        assert_eq!(
            s.longest,
            [("q1".to_string(), 2), ("q1".to_string(), 2), ("q2".to_string(), 1)]
        );
    }

    #[test]
    fn sixty_percent_exactly_is_allowed() {
        let s = QuotedShare {
            source: "r".into(),
            words: 10,
            quoted: 6,
            longest: vec![],
        };
        assert!(!s.too_high());
        assert!(QuotedShare { quoted: 7, ..s.clone() }.too_high());
        assert_eq!(
            summary(&[
                s.clone(),
                QuotedShare {
                    source: "x".into(),
                    ..s
                }
            ]),
            "quoted share: r 60.0 %, x 60.0 %"
        );
    }
}
