//! Text helpers for places where the browser cannot lay text out for us (SVG labels).

/// Han characters, kana and full-width forms: Japanese text breaks between any two of them,
/// as a browser breaks it. Hangul is not among them: Korean breaks at spaces (the pages set
/// `word-break: keep-all` for it too).
fn breaks_anywhere(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// Closing marks that never start a line, and opening marks that never end one (the basic
/// rules of Japanese line breaking, 禁則処理).
fn never_starts_a_line(c: char) -> bool {
    "）」』】〕、。，．・ー？！：；".contains(c)
}
fn never_ends_a_line(c: char) -> bool {
    "（「『【〔".contains(c)
}

/// Breaks `text` into lines of at most `width` columns, where an ASCII character takes one
/// column and any other (CJK glyphs) two. Lines break at spaces, and in Japanese also
/// between two characters, but never before a closing mark or after an opening one. A piece
/// longer than a line gets a line of its own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<&str> {
    let columns = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    // The pieces a line is made of: words, cut further wherever Japanese may break.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let offset = word.as_ptr() as usize - text.as_ptr() as usize;
        let mut start = 0;
        let mut prev: Option<char> = None;
        for (i, c) in word.char_indices() {
            if let Some(p) = prev {
                if (breaks_anywhere(p) || breaks_anywhere(c)) && !never_starts_a_line(c) && !never_ends_a_line(p) {
                    pieces.push((offset + start, offset + i));
                    start = i;
                }
            }
            prev = Some(c);
        }
        pieces.push((offset + start, offset + word.len()));
    }
    let mut lines = Vec::new();
    let mut line: Option<(usize, usize)> = None;
    for (start, end) in pieces {
        line = match line {
            Some((s, _)) if columns(&text[s..end]) <= width => Some((s, end)),
            Some((s, e)) => {
                lines.push(&text[s..e]);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    if let Some((s, e)) = line {
        lines.push(&text[s..e]);
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

    #[test]
    fn breaks_japanese_between_characters_but_not_at_its_marks() {
        // A box label with no spaces, wider than its box: it breaks between characters.
        let label = "日本企業（日本政府が寄付容認を検討）";
        let lines = wrap(label, 12);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), label);
        for line in &lines {
            assert!(line.chars().count() * 2 <= 12, "{line} is wider than 12 columns");
            assert!(!line.starts_with('）') && !line.ends_with('（'), "{lines:?}");
        }
        assert_eq!(wrap("日本政府（検討中）", 10), ["日本政府", "（検討中）"]);
    }

    #[test]
    fn keeps_korean_words_whole() {
        assert_eq!(wrap("일본 기업(일본 정부가 기부 허용 검토)", 12), ["일본", "기업(일본", "정부가 기부", "허용 검토)"]);
    }
}
