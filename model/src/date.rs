//! Dates as the reports give them: sometimes to the day, sometimes only a year or a range,
//! and sometimes implied by a weekday rather than stated.

use crate::derive::{data, data_enum};
use crate::text::{Lang, Text, TextBasis};

data_enum! {
    /// How precisely an event is dated.
    pub enum Precision { Day, Month, Year, Range }

    /// Whether a report states the date or the editors inferred it.
    pub enum Basis { Stated, Inferred }
}

/// A calendar date of year, month or day precision: "1965", "2022-05", "2023-01-30".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "bake", derive(databake::Bake))]
#[cfg_attr(feature = "bake", databake(path = model))]
pub struct Ymd {
    pub year: u16,
    /// 1–12, or 0 when only the year is known.
    pub month: u8,
    /// 1–31, or 0 when the day is not known.
    pub day: u8,
}

data! {
    /// When an event happened, how precisely, and on whose word.
    pub struct EventDate {
        pub precision: Precision,
        pub from: Ymd,
        /// The end of a range; only with precision `range`.
        #[cfg_attr(feature = "load", serde(default))]
        pub to: Option<Ymd>,
        pub basis: Basis,
        /// For inferred dates: how the editors arrived at the date.
        #[cfg_attr(feature = "load", serde(default))]
        pub how: Option<Text>,
        /// For inferred dates that rest on a record outside the reports: which record.
        #[cfg_attr(feature = "load", serde(default))]
        pub how_basis: Option<TextBasis>,
    }
}

impl Ymd {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", rejecting impossible months and days.
    pub fn parse(s: &str) -> Result<Ymd, String> {
        let mut parts = s.split('-');
        let number = |p: Option<&str>, what: &str, width: usize| -> Result<u16, String> {
            match p {
                None => Ok(0),
                Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => Ok(p.parse().unwrap_or(0)),
                Some(p) => Err(format!("{what} \"{p}\" is not a {width}-digit number")),
            }
        };
        if s.is_empty() {
            return Err("empty date; write YYYY, YYYY-MM or YYYY-MM-DD".into());
        }
        let year = number(parts.next(), "year", 4)?;
        let month = number(parts.next(), "month", 2)? as u8;
        let day = number(parts.next(), "day", 2)? as u8;
        if parts.next().is_some() {
            return Err(format!("\"{s}\" has too many parts; write YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let has_month = s.len() > 4;
        let has_day = s.len() > 7;
        if has_month && !(1..=12).contains(&month) {
            return Err(format!("month {month} does not exist in \"{s}\""));
        }
        if has_day && (day < 1 || day > days_in_month(year, month)) {
            return Err(format!("day {day} does not exist in {year}-{month:02} (\"{s}\")"));
        }
        Ok(Ymd { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The machine-readable form for `<time datetime>` and the JSON file.
    pub fn iso(self) -> String {
        match self.precision() {
            Precision::Year | Precision::Range => format!("{:04}", self.year),
            Precision::Month => format!("{:04}-{:02}", self.year, self.month),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }

    /// The date as a reader of `lang` writes it: "30 January 2023", "2023年1月30日",
    /// "2023년 1월 30일", to whatever precision is known.
    pub fn display(self, lang: Lang) -> String {
        let (y, m, d) = (self.year, self.month, self.day);
        match (lang, self.precision()) {
            (Lang::En, Precision::Day) => format!("{d} {} {y}", MONTHS_EN[m as usize - 1]),
            (Lang::En, Precision::Month) => format!("{} {y}", MONTHS_EN[m as usize - 1]),
            (Lang::Ja, Precision::Day) => format!("{y}年{m}月{d}日"),
            (Lang::Ja, Precision::Month) => format!("{y}年{m}月"),
            (Lang::Ja, _) => format!("{y}年"),
            (Lang::Ko, Precision::Day) => format!("{y}년 {m}월 {d}일"),
            (Lang::Ko, Precision::Month) => format!("{y}년 {m}월"),
            (Lang::Ko, _) => format!("{y}년"),
            (Lang::En, _) => format!("{y}"),
        }
    }
}

impl EventDate {
    /// "12 January 2023" or "1910–1945", to the event's precision; a range is joined the way
    /// each language writes one: 1910–1945, 1910年〜1945年, 1910년~1945년.
    pub fn display(&self, lang: Lang) -> String {
        match self.parts(lang) {
            (from, Some((dash, to))) => format!("{from}{dash}{to}"),
            (from, None) => from,
        }
    }

    /// The date as `display` writes it, in its parts: the start, and for a range the mark
    /// and the end, so a page can keep each end on one line and break after the mark.
    pub fn parts(&self, lang: Lang) -> (String, Option<(&'static str, String)>) {
        let dash = match lang {
            Lang::En => "–",
            Lang::Ja => "〜",
            Lang::Ko => "~",
        };
        (self.from.display(lang), self.to.map(|to| (dash, to.display(lang))))
    }

    pub fn is_inferred(&self) -> bool {
        self.basis == Basis::Inferred
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(feature = "load")]
mod serde_impls {
    //! A date is written as a string in the data files and the published JSON.
    use super::Ymd;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for Ymd {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(&self.iso())
        }
    }
    impl<'de> Deserialize<'de> for Ymd {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ymd, D::Error> {
            let s = String::deserialize(d)?;
            Ymd::parse(&s).map_err(serde::de::Error::custom)
        }
    }
    impl schemars::JsonSchema for Ymd {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "Ymd".into()
        }
        fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schemars::json_schema!({
                "type": "string",
                "description": "A date to year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.",
                "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Ymd::parse("1965").unwrap().precision(), Precision::Year);
        assert_eq!(Ymd::parse("2022-05").unwrap().precision(), Precision::Month);
        assert_eq!(
            Ymd::parse("2023-01-30").unwrap(),
            Ymd {
                year: 2023,
                month: 1,
                day: 30
            }
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2023-13",
            "2023-00",
            "2023-04-31",
            "23",
            "2023-1-5",
            "",
            "2023-01-30-1",
        ] {
            assert!(Ymd::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(Ymd::parse("2024-02-29").is_ok(), "2024 is a leap year");
    }

    #[test]
    fn formats_dates_per_language() {
        let d = Ymd::parse("2023-01-30").unwrap();
        assert_eq!(d.display(Lang::En), "30 January 2023");
        assert_eq!(d.display(Lang::Ja), "2023年1月30日");
        assert_eq!(d.display(Lang::Ko), "2023년 1월 30일");
        assert_eq!(Ymd::parse("2022-05").unwrap().display(Lang::En), "May 2022");
        assert_eq!(Ymd::parse("1965").unwrap().iso(), "1965");
    }

    #[test]
    fn joins_a_range_as_each_language_writes_one() {
        let range = EventDate {
            precision: Precision::Range,
            from: Ymd::parse("1910").unwrap(),
            to: Some(Ymd::parse("1945").unwrap()),
            basis: Basis::Stated,
            how: None,
            how_basis: None,
        };
        assert_eq!(range.display(Lang::En), "1910–1945");
        assert_eq!(range.display(Lang::Ja), "1910年〜1945年");
        assert_eq!(range.display(Lang::Ko), "1910년~1945년");
    }

    #[test]
    fn orders_partial_dates_by_year_then_month() {
        assert!(Ymd::parse("2022-11").unwrap() < Ymd::parse("2023-01-12").unwrap());
        assert!(Ymd::parse("1965").unwrap() < Ymd::parse("1965-01").unwrap());
    }
}
