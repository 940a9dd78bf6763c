//! How the source reports are cut into paragraphs and how quotes are matched against them.
//! The same rules serve validation, coverage and the explainer's method note.

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

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
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
        let para = "Japan maintains that all claims were settled \"completely and finally\" under a 1965 bilateral agreement.";
        assert!(quote_is_verbatim("settled\n  \"completely and finally\"", para));
        assert!(!quote_is_verbatim("settled completely and finally", para));
        assert!(!quote_is_verbatim("   ", para));
    }
}
