//! How the source reports are cut into paragraphs and how quotes are matched against them.
//! The same rules serve validation, coverage and the explainer's method note.

use std::collections::HashMap;
use std::ops::Range;

/// The source reports, cut into paragraphs, keyed by source id.
pub type SourceTexts = HashMap<String, Vec<String>>;

/// Paragraphs are separated by blank lines; they are numbered from 1.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Paragraph `number` (1-based, as citations count) of a report cut by [`paragraphs`].
pub fn paragraph(paragraphs: &[String], number: u16) -> Option<&str> {
    (number as usize)
        .checked_sub(1)
        .and_then(|i| paragraphs.get(i))
        .map(String::as_str)
}

/// Collapses every run of whitespace to one space and trims the ends, so a quote that was
/// re-wrapped by an editor still matches its source.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `quote` appears word for word in `paragraph`, whitespace aside.
pub fn quote_is_verbatim(quote: &str, paragraph: &str) -> bool {
    let q = normalise(quote);
    !q.is_empty() && normalise(paragraph).contains(&q)
}

/// Words are whitespace-separated tokens, punctuation included: `"completely` is one word.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The words of `paragraph` (numbered from 0, as [`word_count`] counts them) that `quote`
/// covers: those that overlap the first verbatim match of the quote, whitespace aside. A
/// word only partly inside the match counts as covered (`option` covers the word `option,`).
/// `None` when the quote is not in the paragraph.
pub fn quoted_words(quote: &str, paragraph: &str) -> Option<Range<usize>> {
    let q = normalise(quote);
    if q.is_empty() {
        return None;
    }
    // The paragraph normalised as `normalise` does, remembering where each word starts.
    let mut text = String::with_capacity(paragraph.len());
    let mut starts = Vec::new();
    for word in paragraph.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(word);
    }
    let begin = text.find(&q)?;
    let end = begin + q.len();
    let first = starts.iter().rposition(|&s| s <= begin)?;
    let after = starts.iter().position(|&s| s >= end).unwrap_or(starts.len());
    Some(first..after)
}

/// The longest quote a citation may carry: short passages with attribution, not the report.
pub const MAX_QUOTE_WORDS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_blank_lines_and_numbers_from_one() {
        let p = paragraphs("First line\ncontinues.\n\nSecond.\n\n\nThird.\n");
        assert_eq!(p, ["First line continues.", "Second.", "Third."]);
    }

    #[test]
    fn matches_quotes_across_rewrapping_but_not_altered_words() {
        let para =
            "Japan maintains that all claims were settled \"completely and finally\" under a 1965 bilateral agreement.";
        assert!(quote_is_verbatim("settled\n  \"completely and finally\"", para));
        assert!(!quote_is_verbatim("settled completely and finally", para));
        assert!(!quote_is_verbatim("   ", para));
    }

    #[test]
    fn a_quote_covers_the_words_it_overlaps() {
        let para = "Seoul said it was considering it,\n as the best possible option, on Thursday.";
        // Words: 0 Seoul, 1 said, 2 it, 3 was, 4 considering, 5 it, 6 as, 7 the, 8 best,
        // 9 possible, 10 option, 11 on, 12 Thursday.
        assert_eq!(quoted_words("as the best possible option", para), Some(6..11));
        assert_eq!(quoted_words("it,  as", para), Some(5..7));
        // A match that starts or ends inside a word still covers that word.
        assert_eq!(quoted_words("eoul said", para), Some(0..2));
        assert_eq!(quoted_words("Thursday", para), Some(12..13));
        // The first match counts.
        assert_eq!(quoted_words("it", para), Some(2..3));
        assert_eq!(quoted_words("on Friday", para), None);
        assert_eq!(quoted_words(" ", para), None);
    }
}
