//! Text helpers for places where the browser cannot lay text out for us (SVG labels).

/// Breaks `text` at spaces into lines of at most `width` columns, where an ASCII character
/// takes one column and any other (CJK glyphs) two. A word longer than a line gets a line
/// of its own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<&str> {
    let columns = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    let mut lines = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (i, word) in text.split(' ').filter(|w| !w.is_empty()).map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)) {
        let word_end = i + word.len();
        match start {
            Some(s) if columns(&text[s..word_end]) <= width => end = word_end,
            Some(s) => {
                lines.push(&text[s..end]);
                start = Some(i);
                end = word_end;
            }
            None => {
                start = Some(i);
                end = word_end;
            }
        }
    }
    if let Some(s) = start {
        lines.push(&text[s..end]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(wrap("Mitsubishi Heavy Industries and Nippon Steel", 28), ["Mitsubishi Heavy Industries", "and Nippon Steel"]);
        assert_eq!(wrap("The plaintiffs", 28), ["The plaintiffs"]);
        assert_eq!(wrap("  spaced   out  ", 6), ["spaced", "out"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn counts_wide_glyphs_double_and_never_cuts_a_word() {
        assert_eq!(wrap("日本 政府", 4), ["日本", "政府"]);
        assert_eq!(wrap("Supercalifragilistic word", 5), ["Supercalifragilistic", "word"]);
    }
}
