//! Writing periods: the canonical text and human labels in English and Chinese.

use super::{Date, Frequency, Period};
use crate::error::Result;
use std::fmt;

const MONTH_NAMES: [&str; 12] = [
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

const CHINESE_QUARTERS: [&str; 4] = ["一", "二", "三", "四"];

impl fmt::Display for Period {
    /// The canonical text: `2020`, `2020-S1`, `2020-Q3`, `2020-07`,
    /// `2020-W41`, `2020-10-05`, `2020-10-01/2020-10-08`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self.year_number();
        let n = self.number().unwrap_or(1);
        match self.frequency() {
            Frequency::Annual => write!(f, "{y:04}"),
            Frequency::Semiannual => write!(f, "{y:04}-S{n}"),
            Frequency::Quarterly => write!(f, "{y:04}-Q{n}"),
            Frequency::Monthly => write!(f, "{y:04}-{n:02}"),
            Frequency::Weekly => write!(f, "{y:04}-W{n:02}"),
            Frequency::Daily => write_date(f, self.start()),
            Frequency::Span => {
                write_date(f, self.start())?;
                f.write_str("/")?;
                write_date(f, self.end())
            }
        }
    }
}

fn write_date(f: &mut fmt::Formatter<'_>, d: Date) -> fmt::Result {
    write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn month_name(d: Date) -> &'static str {
    MONTH_NAMES
        .get((d.month() as usize).saturating_sub(1))
        .copied()
        .unwrap_or("")
}

impl Period {
    /// A label for people: `lang` is `"en"` (`H1 2020`, `Q3 2020`,
    /// `July 2020`, `Week 41 2020`, `5 October 2020`, `1–8 October 2020`,
    /// `January–June 2020`) or `"zh"` (`2020年上半年`, `2020年第三季度`,
    /// `2020年7月`, `2020年第41周`, `2020年10月5日`, `2020年10月1日至8日`,
    /// `2020年1-6月`).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a language other than `en` or `zh`.
    ///
    /// ```
    /// use growthkit::Period;
    /// let h1 = Period::parse("2020-S1")?;
    /// assert_eq!(h1.label("en")?, "H1 2020");
    /// assert_eq!(h1.label("zh")?, "2020年上半年");
    /// assert_eq!(Period::parse("2020-10-01/P8D")?.label("zh")?, "2020年10月1日至8日");
    /// assert_eq!(h1.label("fr").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn label(&self, lang: &str) -> Result<String> {
        Ok(match crate::names::Lang::parse(lang)? {
            crate::names::Lang::En => self.label_en(),
            crate::names::Lang::Zh => self.label_zh(),
        })
    }

    /// Whether the period runs from the first day of a month to the last day
    /// of a month of the same year.
    fn whole_months(&self) -> bool {
        let (s, e) = (self.start(), self.end());
        s.day() == 1 && e == e.last_of_month() && s.year() == e.year()
    }

    fn label_en(&self) -> String {
        let y = self.year_number();
        let n = self.number().unwrap_or(1);
        let (s, e) = (self.start(), self.end());
        match self.frequency() {
            Frequency::Annual => format!("{y}"),
            Frequency::Semiannual => format!("H{n} {y}"),
            Frequency::Quarterly => format!("Q{n} {y}"),
            Frequency::Monthly => format!("{} {y}", month_name(s)),
            Frequency::Weekly => format!("Week {n} {y}"),
            Frequency::Daily => format!("{} {} {}", s.day(), month_name(s), s.year()),
            Frequency::Span if self.whole_months() => {
                if s.month() == e.month() {
                    format!("{} {}", month_name(s), s.year())
                } else {
                    format!("{}–{} {}", month_name(s), month_name(e), s.year())
                }
            }
            Frequency::Span if s.year() == e.year() && s.month() == e.month() => {
                format!("{}–{} {} {}", s.day(), e.day(), month_name(s), s.year())
            }
            Frequency::Span if s.year() == e.year() => format!(
                "{} {} – {} {} {}",
                s.day(),
                month_name(s),
                e.day(),
                month_name(e),
                s.year()
            ),
            Frequency::Span => format!(
                "{} {} {} – {} {} {}",
                s.day(),
                month_name(s),
                s.year(),
                e.day(),
                month_name(e),
                e.year()
            ),
        }
    }

    fn label_zh(&self) -> String {
        let y = self.year_number();
        let n = self.number().unwrap_or(1);
        let (s, e) = (self.start(), self.end());
        match self.frequency() {
            Frequency::Annual => format!("{y}年"),
            Frequency::Semiannual if n == 1 => format!("{y}年上半年"),
            Frequency::Semiannual => format!("{y}年下半年"),
            Frequency::Quarterly => {
                let q = CHINESE_QUARTERS
                    .get((n as usize).saturating_sub(1))
                    .copied()
                    .unwrap_or("");
                format!("{y}年第{q}季度")
            }
            Frequency::Monthly => format!("{y}年{}月", s.month()),
            Frequency::Weekly => format!("{y}年第{n}周"),
            Frequency::Daily => format!("{}年{}月{}日", s.year(), s.month(), s.day()),
            Frequency::Span if self.whole_months() => {
                if s.month() == e.month() {
                    format!("{}年{}月", s.year(), s.month())
                } else {
                    format!("{}年{}-{}月", s.year(), s.month(), e.month())
                }
            }
            Frequency::Span if s.year() == e.year() && s.month() == e.month() => {
                format!("{}年{}月{}日至{}日", s.year(), s.month(), s.day(), e.day())
            }
            Frequency::Span if s.year() == e.year() => format!(
                "{}年{}月{}日至{}月{}日",
                s.year(),
                s.month(),
                s.day(),
                e.month(),
                e.day()
            ),
            Frequency::Span => format!(
                "{}年{}月{}日至{}年{}月{}日",
                s.year(),
                s.month(),
                s.day(),
                e.year(),
                e.month(),
                e.day()
            ),
        }
    }
}
