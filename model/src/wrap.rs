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

/// Columns a character takes: one for Latin letters and the narrow punctuation of English
/// text (“ ” ’ –), two for CJK glyphs and Hangul.
fn columns_of(c: char) -> usize {
    if c.is_ascii() || matches!(c, '\u{2000}'..='\u{206f}') {
        1
    } else {
        2
    }
}

fn hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309f}')
}

/// Where Japanese may break between `p` and `c`: never before a closing mark or after an
/// opening one; `phrases` keeps phrases (文節) whole, breaking only after a particle or
/// other kana ending ("日本政府が|寄付を|検討"), before an opening mark and after a
/// closing one, so a word such as 日本政府 is never cut in two.
fn may_break(p: char, c: char, phrases: bool) -> bool {
    if !(breaks_anywhere(p) || breaks_anywhere(c)) || never_starts_a_line(c) || never_ends_a_line(p) {
        return false;
    }
    !phrases
        || never_ends_a_line(c)
        || never_starts_a_line(p)
        || (hiragana(p) && !hiragana(c))
        || !(breaks_anywhere(p) && breaks_anywhere(c))
}

/// Breaks `text` into lines of at most `width` columns, where a Latin character takes one
/// column and a CJK glyph two (`columns_of`). Lines break at spaces, and in Japanese between
/// phrases (see `may_break`); a phrase wider than a line breaks between its characters, never
/// before a closing mark or after an opening one. A word longer than a line gets a line of
/// its own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<&str> {
    let columns = |s: &str| s.chars().map(columns_of).sum::<usize>();
    // The pieces a line is made of: words, cut further wherever Japanese may break.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let offset = word.as_ptr() as usize - text.as_ptr() as usize;
        let mut start = 0;
        let mut prev: Option<char> = None;
        for (i, c) in word.char_indices() {
            if let Some(p) = prev {
                if may_break(p, c, true) {
                    push_phrase(&mut pieces, word, offset, start, i, width);
                    start = i;
                }
            }
            prev = Some(c);
        }
        push_phrase(&mut pieces, word, offset, start, word.len(), width);
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

/// Adds the phrase `word[start..end]` to `pieces`; one wider than `width` columns goes in as
/// the pieces it may break into (its characters, in Japanese), and a piece still wider (a
/// long Korean word, a long Latin word) is cut where the line is full, as a browser's
/// `overflow-wrap: break-word` would, never before a closing mark or after an opening one.
fn push_phrase(pieces: &mut Vec<(usize, usize)>, word: &str, offset: usize, start: usize, end: usize, width: usize) {
    let columns = |s: &str| s.chars().map(columns_of).sum::<usize>();
    let phrase = &word[start..end];
    if columns(phrase) <= width {
        pieces.push((offset + start, offset + end));
        return;
    }
    let mut cuts = vec![start];
    let mut prev: Option<char> = None;
    for (i, c) in phrase.char_indices() {
        if prev.is_some_and(|p| may_break(p, c, false)) {
            cuts.push(start + i);
        }
        prev = Some(c);
    }
    cuts.push(end);
    for pair in cuts.windows(2) {
        let (mut from, to) = (pair[0], pair[1]);
        // Cut a piece that is still too wide where the line is full: before the first
        // character that does not fit, or one earlier where that would start the line with a
        // closing mark. Latin words are never cut (a drawing has no hyphens).
        while columns(&word[from..to]) > width && !word[from..to].chars().any(|c| c.is_ascii_alphabetic()) {
            let mut used = 0;
            let mut at = None;
            let mut prev: Option<char> = None;
            for (i, c) in word[from..to].char_indices() {
                used += columns_of(c);
                if used > width {
                    break;
                }
                if prev.is_some_and(|p| !never_starts_a_line(c) && !never_ends_a_line(p)) {
                    at = Some(from + i);
                }
                prev = Some(c);
            }
            // `at` is the last place to cut within the line; the character after it must fit
            // on the next, so cut after the last character that fits when that is allowed.
            let full = word[from..to]
                .char_indices()
                .scan(0, |u, (i, c)| {
                    *u += columns_of(c);
                    Some((from + i, *u))
                })
                .find(|&(_, u)| u > width)
                .map(|(i, _)| i)
                .filter(|&i| word[i..].chars().next().is_some_and(|c| !never_starts_a_line(c)));
            match full.or(at) {
                Some(cut) if cut > from => {
                    pieces.push((offset + from, offset + cut));
                    from = cut;
                }
                _ => break,
            }
        }
        pieces.push((offset + from, offset + to));
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(
            wrap("Mitsubishi Heavy Industries and Nippon Steel", 28),
            ["Mitsubishi Heavy Industries", "and Nippon Steel"]
        );
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
    fn keeps_japanese_phrases_whole_where_they_fit() {
        assert_eq!(
            wrap("日本企業（日本政府が寄付容認を検討）", 12),
            ["日本企業", "（日本政府が", "寄付容認を", "検討）"]
        );
        assert_eq!(
            wrap("日本政府", 6),
            ["日本政", "府"],
            "a word wider than the line still breaks"
        );
        assert_eq!(wrap("三菱重工業と日本製鉄", 12), ["三菱重工業と", "日本製鉄"]);
    }

    #[test]
    fn cuts_a_word_wider_than_the_line_where_it_is_full() {
        assert_eq!(
            wrap("미쓰비시중공업과 일본제철", 12),
            ["미쓰비시중공", "업과", "일본제철"]
        );
    }

    #[test]
    fn keeps_korean_words_whole() {
        assert_eq!(
            wrap("일본 기업(일본 정부가 기부 허용 검토)", 12),
            ["일본", "기업(일본", "정부가 기부", "허용 검토)"]
        );
    }
}
