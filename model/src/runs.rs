//! How a text is set on a page: which of its stretches are in another script than the page's
//! (Hangul in a Japanese or English text, Japanese in a Korean or English one) and which must
//! not be broken across lines (a range of years such as 2022–2023).
//!
//! Marked with their language, foreign stretches get their own fonts and their own line
//! breaking (Korean breaks between words, never inside one: `word-break: keep-all` applies
//! only under `lang="ko"`). Pure logic, so the pages and the wasm draw a text the same way.

use crate::text::Lang;

/// One stretch of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run<'a> {
    /// In the page's language (or a script every language shares: digits, punctuation).
    Plain(&'a str),
    /// In another language's script than the page's.
    Foreign(Lang, &'a str),
    /// To be kept on one line.
    Unbroken(&'a str),
}

fn hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

fn kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

fn han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Japanese punctuation that belongs to a Japanese stretch: 「」、。・々〜 and the full-width
/// forms.
fn ja_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}')
}

/// The stretch of `text` from byte `start` that is in one foreign script, if one starts there:
/// its language and its end. A Korean stretch takes in the spaces between its words; a
/// Japanese one is kana, kanji and Japanese punctuation, and counts as Japanese only if it
/// holds kana or the page is English (kanji alone in a Korean text may be Korean hanja).
fn foreign_at(text: &str, start: usize, page: Lang) -> Option<(Lang, usize)> {
    let c = text[start..].chars().next()?;
    if page != Lang::Ko && hangul(c) {
        let mut end = start;
        let mut iter = text[start..].char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if hangul(c) {
                end = start + i + c.len_utf8();
            } else if c == ' ' && iter.peek().is_some_and(|&(_, n)| hangul(n)) {
                continue;
            } else {
                break;
            }
        }
        return Some((Lang::Ko, end));
    }
    if page != Lang::Ja && (kana(c) || han(c)) {
        let mut end = start;
        let mut has_kana = false;
        for (i, c) in text[start..].char_indices() {
            if kana(c) || han(c) || ja_mark(c) {
                has_kana |= kana(c);
                end = start + i + c.len_utf8();
            } else {
                break;
            }
        }
        return (has_kana || page == Lang::En).then_some((Lang::Ja, end));
    }
    None
}

/// A range of years starting at `start` ("2022–2023", "2022-23", "2022〜2023"), if one does: its end.
fn year_range_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(start);
    if first != 4 || (start > 0 && b[start - 1].is_ascii_digit()) {
        return None;
    }
    let dash = text[start + 4..].chars().next()?;
    if !matches!(dash, '–' | '-' | '〜' | '~') {
        return None;
    }
    let after = start + 4 + dash.len_utf8();
    let second = digits(after);
    (second == 2 || second == 4).then_some(after + second)
}

/// The stretches of `text` as a page in `page`'s language sets them, in order; their texts
/// joined are `text`.
pub fn runs(text: &str, page: Lang) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut plain = 0;
    let mut i = 0;
    while i < text.len() {
        let special = year_range_at(text, i)
            .map(|end| (Run::Unbroken(&text[i..end]), end))
            .or_else(|| foreign_at(text, i, page).map(|(lang, end)| (Run::Foreign(lang, &text[i..end]), end)));
        if let Some((run, end)) = special {
            if plain < i {
                out.push(Run::Plain(&text[plain..i]));
            }
            out.push(run);
            i = end;
            plain = end;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if plain < text.len() {
        out.push(Run::Plain(&text[plain..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Run::*;

    #[test]
    fn korean_words_in_a_japanese_text_are_one_korean_stretch() {
        assert_eq!(
            runs("韓国では강제동원 피해자と呼ぶ。", Lang::Ja),
            vec![
                Plain("韓国では"),
                Foreign(Lang::Ko, "강제동원 피해자"),
                Plain("と呼ぶ。")
            ]
        );
    }

    #[test]
    fn japanese_in_korean_and_english_texts_is_marked() {
        assert_eq!(
            runs("일본은 元徴用工라고 한다", Lang::Ko),
            vec![Plain("일본은 元徴用工라고 한다")]
        );
        assert_eq!(
            runs("일본은 「朝鮮半島出身の労働者」라고 한다", Lang::Ko),
            vec![
                Plain("일본은 「"),
                Foreign(Lang::Ja, "朝鮮半島出身の労働者」"),
                Plain("라고 한다")
            ]
        );
        assert_eq!(
            runs("Tokyo says 旧朝鮮半島出身労働者 and Seoul 강제동원.", Lang::En),
            vec![
                Plain("Tokyo says "),
                Foreign(Lang::Ja, "旧朝鮮半島出身労働者"),
                Plain(" and Seoul "),
                Foreign(Lang::Ko, "강제동원"),
                Plain(".")
            ]
        );
    }

    #[test]
    fn the_page_language_is_never_marked() {
        assert_eq!(
            runs("日本政府は「完全かつ最終的に」と言う", Lang::Ja),
            vec![Plain("日本政府は「完全かつ最終的に」と言う")]
        );
        assert_eq!(runs("한국 정부", Lang::Ko), vec![Plain("한국 정부")]);
    }

    #[test]
    fn ranges_of_years_stay_whole() {
        assert_eq!(
            runs("(2022–2023)", Lang::En),
            vec![Plain("("), Unbroken("2022–2023"), Plain(")")]
        );
        assert_eq!(
            runs("2018〜2019年", Lang::Ja),
            vec![Unbroken("2018〜2019"), Plain("年")]
        );
        assert_eq!(
            runs("12022–2023 and 1965-", Lang::En),
            vec![Plain("12022–2023 and 1965-")]
        );
    }

    #[test]
    fn the_stretches_joined_are_the_text() {
        for (text, lang) in [
            ("a 강제 b 「徴用」 2010–11 c", Lang::En),
            ("日本と한국、1965年", Lang::Ja),
        ] {
            let joined: String = runs(text, lang)
                .iter()
                .map(|r| match r {
                    Plain(t) | Foreign(_, t) | Unbroken(t) => *t,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }
}
