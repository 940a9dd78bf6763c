//! The real dataset in `data/`, checked against the editors' rules: every quote is verbatim
//! in its paragraph and short, the quoted share of the reports is measured and stated, the
//! two sides' readings stand side by side, contested terms show each side's wording, and the
//! Japanese and Korean texts keep the wording and terms the standards reads settled.
//!
//! The split from `structure.rs`: these are an editor's rules, which the editors set and
//! revise, and a failure here means a text breaks one; `structure.rs` holds the data's
//! integrity (its shape and references), which holds whatever they write. Helpers both use
//! are in `common/mod.rs`.
//!
//! Run with `cargo test -p model --test editorial`.
#![cfg(feature = "load")]

mod common;

use std::collections::BTreeSet;

use common::{all_citations, load, records_of, reports};
use model::error::report;
use model::load::project_data_dir;
use model::share::{self, Quote, MAX_QUOTED_SHARE};
use model::source_text::{quote_is_verbatim, word_count, MAX_QUOTE_WORDS};
use model::walk::{self, Step};
use model::{BasisKind, Dataset, Lang};

#[test]
fn every_quote_is_verbatim_in_its_paragraph() {
    let (data, _) = load();
    let reports = reports(&data);
    let citations = all_citations(&data);
    assert!(
        citations.len() > 100,
        "expected the whole dataset's citations, found {}",
        citations.len()
    );
    let mut wrong = Vec::new();
    for c in &citations {
        let paragraph = reports.get(&c.source).and_then(|p| p.get(c.paragraph.wrapping_sub(1)));
        match paragraph {
            None => wrong.push(format!("{}: {} has no paragraph {}", c.entry, c.source, c.paragraph)),
            Some(p) if !quote_is_verbatim(&c.quote, p) => wrong.push(format!(
                "{}: not in {} ¶{}: {:?}",
                c.entry, c.source, c.paragraph, c.quote
            )),
            Some(_) => {}
        }
    }
    assert!(
        wrong.is_empty(),
        "{} quote(s) not verbatim:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_quote_is_short() {
    let (data, _) = load();
    let long: Vec<String> = all_citations(&data)
        .into_iter()
        .filter(|c| word_count(&c.quote) > MAX_QUOTE_WORDS)
        .map(|c| format!("{} ({} words): {}", c.entry, word_count(&c.quote), c.quote))
        .collect();
    assert!(
        long.is_empty(),
        "quotes over {MAX_QUOTE_WORDS} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn contested_terms_show_both_wordings() {
    let (data, _) = load();
    let term = |id: &str| {
        data.glossary
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("missing term {id}"))
    };
    for id in ["wartime-labor", "forced-labor"] {
        let t = term(id);
        assert!(t.contested && t.usage.len() >= 2, "{id}");
    }
    for id in [
        "completely-and-finally",
        "sincere-response",
        "early-settlement",
        "public-hearing",
        "liquidation",
        "the-1965-agreement",
        "murayama-statement",
    ] {
        term(id);
    }
    let words: Vec<&str> = term("the-1965-agreement").usage.iter().map(|u| &*u.words.en).collect();
    assert_eq!(
        words,
        ["a 1965 bilateral agreement", "a bilateral treaty signed in 1965"]
    );
}

#[test]
fn the_quoted_share_counts_every_citation_of_the_dataset() {
    // The validator gathers the quotes it checks; the JSON walk finds them independently.
    let valid = project_data_dir()
        .load_valid()
        .unwrap_or_else(|e| panic!("{}", report(&e)));
    let (data, texts) = (&valid.data, &valid.texts);
    let walked: Vec<Quote> = all_citations(data)
        .into_iter()
        .map(|c| Quote {
            at: c.entry,
            source: c.source,
            paragraph: c.paragraph as u16,
            quote: c.quote,
        })
        .collect();
    let independent = share::measure(texts, data.sources.iter().map(|s| &*s.id), &walked);
    let validated = &valid.shares;
    let counts = |v: &[share::QuotedShare]| {
        v.iter()
            .map(|s| (s.source.clone(), s.quoted, s.words))
            .collect::<Vec<_>>()
    };
    assert_eq!(counts(&independent), counts(validated));
    for s in validated {
        assert!(!s.too_high(), "{s}: above {MAX_QUOTED_SHARE} %");
    }
}

/// Whole numbers written before a percent sign, in order: "53 %" and "53%" both count.
fn percentages(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '%' {
            continue;
        }
        let mut j = i;
        while j > 0 && chars[j - 1] == ' ' {
            j -= 1;
        }
        let digits: String = chars[..j].iter().rev().take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() {
            out.push(digits.chars().rev().collect::<String>().parse().unwrap());
        }
    }
    out
}

#[test]
fn the_method_note_states_the_measured_quoted_share() {
    let valid = project_data_dir()
        .load_valid()
        .unwrap_or_else(|e| panic!("{}", report(&e)));
    let data = &valid.data;
    let measured: Vec<u32> = valid.shares.iter().map(|s| s.percent().round() as u32).collect();
    let mut expected = measured.clone();
    expected.push(MAX_QUOTED_SHARE as u32);
    for lang in Lang::ALL {
        let stated: Vec<u32> = data.meta.method.iter().flat_map(|t| percentages(t.get(lang))).collect();
        assert_eq!(
            stated,
            expected,
            "meta.method ({}) must state the measured share of each report, then the limit; \
             `cargo run -p model --bin publish -- /tmp/out` prints the share",
            lang.tag()
        );
    }
}

#[test]
fn facts_the_standards_review_found_missing_are_quoted() {
    let (data, _) = load();
    let quotes: BTreeSet<String> = all_citations(&data).into_iter().map(|c| c.quote).collect();
    for words in [
        "has worsened bilateral ties",
        "further develop them by resolving the pending issue",
        "a broad range of topics",
        "saw bilateral ties sink to their lowest point in decades",
        "efforts to improve its ties with South Korea",
        "(Kyodo)",
    ] {
        assert!(quotes.contains(words), "no citation quotes {words:?}");
    }
}

/// Every reader-visible text of the dataset in `lang`, with its path, except the corrections
/// log (which quotes the wordings it corrected).
fn texts_in(data: &Dataset, lang: Lang) -> Vec<(String, String)> {
    let json = walk::json(data);
    walk::nodes(&json)
        .filter(|node| !node.path.contains(&Step::Key("corrections")))
        .filter_map(|node| {
            let text = node
                .object()
                .filter(|m| m.contains_key("original"))?
                .get(lang.tag())?
                .as_str()?;
            Some((node.path_text(), text.to_string()))
        })
        .collect()
}

#[test]
fn the_supreme_courts_holding_stands_beside_tokyos_reading_of_1965() {
    // Wherever the overview, the 1965 question, the 2018 rulings and the glossary give
    // Tokyo's reading ("completely and finally"), they also give the court's opposite
    // holding, on the record of the judgment.
    let (data, _) = load();
    let mut places: Vec<(&str, Vec<&model::Statement>)> = vec![
        ("meta.summary", data.meta.summary.iter().collect()),
        (
            "events/supreme-court-rulings",
            vec![
                &data
                    .events
                    .iter()
                    .find(|e| e.id == "supreme-court-rulings")
                    .unwrap()
                    .summary,
            ],
        ),
        (
            "issues/settled-1965",
            data.issue("settled-1965").unwrap().background.iter().collect(),
        ),
    ];
    places.push((
        "glossary/completely-and-finally",
        vec![
            &data
                .glossary
                .iter()
                .find(|t| t.id == "completely-and-finally")
                .unwrap()
                .definition,
        ],
    ));
    // The third standards read found Tokyo's reading alone in two more places.
    places.push((
        "events/agreement-1965",
        vec![&data.events.iter().find(|e| e.id == "agreement-1965").unwrap().summary],
    ));
    places.push((
        "glossary/the-1965-agreement",
        vec![
            &data
                .glossary
                .iter()
                .find(|t| t.id == "the-1965-agreement")
                .unwrap()
                .definition,
        ],
    ));
    for (place, statements) in places {
        let holding = statements.iter().find(|s| s.text.en.contains("were not covered by"));
        let holding =
            holding.unwrap_or_else(|| panic!("{place}: the court's holding on the 1965 agreement is missing"));
        let basis = holding
            .basis
            .as_ref()
            .unwrap_or_else(|| panic!("{place}: the holding names no record"));
        assert_eq!(basis.kind, BasisKind::PublicRecord, "{place}");
        let judgment = records_of(&data, basis)
            .into_iter()
            .find(|r| r.title.contains("2013다61381"));
        assert!(
            judgment.is_some_and(|r| r.date.iso() == "2018-10-30"),
            "{place}: the record is the judgment of 30 October 2018"
        );
    }
    let term = data.glossary.iter().find(|t| t.id == "completely-and-finally").unwrap();
    assert!(
        term.definition.text.en.contains("Article II(1)"),
        "the words are the agreement's own, in both languages"
    );
}

#[test]
fn japanese_and_korean_texts_keep_the_second_standards_reads_wording() {
    let (data, _) = load();
    for (path, text) in texts_in(&data, Lang::Ja) {
        // 外務省 alone is Japan's ministry; the official who spoke in Seoul is South Korean.
        for (i, _) in text.match_indices("外務省当局者") {
            assert!(
                text[..i].ends_with("韓国"),
                "ja {path}: 外務省当局者 without 韓国: {text}"
            );
        }
        assert!(
            !text.contains("外交部"),
            "ja {path}: the Japanese texts call South Korea's ministry 韓国外務省: {text}"
        );
        assert!(
            !text.contains("ソ・ミンジョン") || text.contains("徐旻廷"),
            "ja {path}: Seo Min Jung's name is 徐旻廷（ソ・ミンジョン）: {text}"
        );
    }
    for (path, text) in texts_in(&data, Lang::Ko) {
        // 지지자 means political backers; Korean papers write 원고 측과 지원단체.
        assert!(!text.contains("지지자"), "ko {path}: {text}");
    }
    let seo = data.actor("seo").unwrap();
    assert_eq!(seo.name.ja.as_deref(), Some("徐旻廷（ソ・ミンジョン）"));
    let basis = seo
        .name_basis
        .as_ref()
        .expect("the hanja of Seo Min Jung's name names its record");
    assert_eq!(basis.kind, BasisKind::PublicRecord);
    for id in ["yoon", "park", "moon"] {
        let ja = data.actor(id).unwrap().name.ja.as_deref().unwrap();
        assert!(
            ja.contains('（') && ja.chars().any(|c| ('\u{30a0}'..='\u{30ff}').contains(&c)),
            "{id}: {ja} gives the katakana reading"
        );
    }
}

#[test]
fn murayamas_statement_is_quoted_in_its_own_words_on_its_record() {
    let (data, _) = load();
    let statements = [
        (
            "events/murayama-statement",
            &data
                .events
                .iter()
                .find(|e| e.id == "murayama-statement")
                .unwrap()
                .summary,
        ),
        ("issues/apology", &data.issue("apology").unwrap().background[0]),
        (
            "glossary/murayama-statement",
            &data
                .glossary
                .iter()
                .find(|t| t.id == "murayama-statement")
                .unwrap()
                .definition,
        ),
    ];
    for (place, s) in statements {
        assert!(
            s.text.ja.as_deref().unwrap().contains("「痛切な反省の意」"),
            "{place} (ja)"
        );
        // Korean says it in Korean, as Korean papers do, with the original in brackets.
        let ko = s.text.ko.as_deref().unwrap();
        assert!(
            ko.contains("통절한 반성의 뜻을 표하며 진심으로 사죄하는 마음을 표명"),
            "{place} (ko): {ko}"
        );
        assert!(
            ko.contains("(「痛切な反省の意を表し、心からのお詫びの気持ちを表明いたします」)"),
            "{place} (ko): {ko}"
        );
        assert!(ko.contains("막대한 손해"), "{place} (ko): as in the citation: {ko}");
        let basis = s
            .basis
            .as_ref()
            .unwrap_or_else(|| panic!("{place}: the statement's record is named"));
        assert_eq!(basis.kind, BasisKind::PublicRecord, "{place}");
        assert!(
            records_of(&data, basis).iter().any(|r| r.date.iso() == "1995-08-15"),
            "{place}"
        );
    }
}

#[test]
fn texts_keep_the_third_standards_reads_wording() {
    let (data, _) = load();
    let event = |id: &str| data.events.iter().find(|e| e.id == id).unwrap();
    // 5. A Korean-speaking official's words, back-translated, never in quotation marks.
    for c in all_citations(&data)
        .iter()
        .filter(|c| c.quote.starts_with("\"The main point of a sincere response"))
    {
        let ko = c.ko.as_deref().unwrap();
        assert!(!ko.contains('“') && !ko.contains('”'), "{}: {ko}", c.entry);
    }
    // 9. The Japanese record says the United States, not Washington.
    let call = event("phone-call").date.how.as_ref().unwrap();
    for lang in Lang::ALL {
        let how = call.get(lang);
        assert!(
            !["Washington", "ワシントン", "워싱턴"].iter().any(|w| how.contains(w)),
            "{}: {how}",
            lang.tag()
        );
    }
    assert!(call.en.contains("In the United States (US Eastern time)"));
    // 10. "senior diplomats" translated as the words say.
    for c in all_citations(&data).iter().filter(|c| c.quote == "senior diplomats") {
        assert_eq!(
            (c.ja.as_deref(), c.ko.as_deref()),
            (Some("高位の外交官"), Some("고위 외교관")),
            "{}",
            c.entry
        );
    }
    // 11. "scant progress" is the report's.
    assert!(event("seoul-meeting").title.en.contains("the second report says"));
    // 12. Katakana readings at first mention.
    let report = data.source("call-report").unwrap();
    for t in [&report.covers, &report.dates] {
        assert!(
            t.ja.as_deref().unwrap().contains("尹錫悦（ユン・ソンニョル）"),
            "{:?}",
            t.ja
        );
    }
    assert!(event("public-hearing")
        .date
        .how
        .as_ref()
        .unwrap()
        .ja
        .as_deref()
        .unwrap()
        .contains("朴振（パク・チン）"));
    // 13. Seoul's wish for a sincere response is the official's account.
    let seoul = data.foundation.variants.iter().find(|v| v.held_by == "seoul").unwrap();
    assert!(seoul
        .summary
        .text
        .en
        .contains("According to a South Korean Foreign Ministry official, Seoul also seeks"));
    // 14. 企業による stands before the words it qualifies, not after the quotation.
    for (path, text) in texts_in(&data, Lang::Ja) {
        assert!(!text.contains("（企業による）"), "ja {path}: {text}");
    }
    // 6. The overview's judgment is the Nippon Steel case's, and 大法院 is tied to 最高裁.
    let overview = &data.meta.summary[1].text;
    assert!(overview
        .en
        .contains("in its judgment of 30 October 2018 in the Nippon Steel case"));
    assert!(overview.ja.as_deref().unwrap().contains("韓国大法院（最高裁）"));
    assert!(event("supreme-court-rulings")
        .summary
        .text
        .ja
        .as_deref()
        .unwrap()
        .starts_with("韓国大法院（最高裁）"));
}
