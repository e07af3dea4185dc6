//! Writing periods: the canonical text and human labels in English and Chinese.

use super::{Date, FiscalPart, Frequency, NamedBy, Period, YearStart};
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
    /// The canonical text: `2020`, `2020-S1`, `2020-T3`, `2020-Q3`,
    /// `2020-07`, `2020-W41`, `2020-10-05`, `2020-10-01/2020-10-08`; kinds
    /// that need more say so in brackets, as RFC 9557 annotates date-times:
    /// `2020-10-05[B]` (a business day), `2020-10-04/2020-10-10[W-SAT]` (a
    /// week ending Saturday), `2021-Q1[start=--10-01,named=end]` (a fiscal
    /// quarter: its fiscal year's name, part, start day and naming).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self.year_number();
        let n = self.number().unwrap_or(1);
        match self.frequency() {
            Frequency::Annual => write!(f, "{y:04}"),
            Frequency::Semiannual => write!(f, "{y:04}-S{n}"),
            Frequency::FourMonthly => write!(f, "{y:04}-T{n}"),
            Frequency::BusinessDaily => {
                write_date(f, self.start())?;
                f.write_str("[B]")
            }
            Frequency::WeeklyEnding(w) => {
                write_date(f, self.start())?;
                f.write_str("/")?;
                write_date(f, self.end())?;
                write!(f, "[W-{}]", w.code())
            }
            Frequency::Fiscal(x) => {
                write!(f, "{y:04}-{}", part_code(x.part, n))?;
                write!(f, "[start={}", x.start)?;
                match x.named_by {
                    NamedBy::Start => f.write_str("]"),
                    NamedBy::End => f.write_str(",named=end]"),
                }
            }
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

/// SDMX's part of a year: `A1`, `S2`, `T3`, `Q4`, `M07`.
fn part_code(part: FiscalPart, n: u32) -> String {
    match part {
        FiscalPart::Month => format!("M{n:02}"),
        p => format!("{}{n}", p.code()),
    }
}

/// `YYYY-MM-DD`, digits written directly: this is the text of a day, and
/// a million-row column of them goes through it.
fn write_date(f: &mut fmt::Formatter<'_>, d: Date) -> fmt::Result {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return write!(f, "{y:04}-{m:02}-{day:02}");
    }
    let bytes = day_text(i64::from(y), i64::from(m), i64::from(day));
    f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?)
}

/// `YYYY-MM-DD` for a year in 0..=9999, written digit by digit (a million
/// days through `write!` take several times longer).
#[inline]
pub(crate) fn day_text(y: i64, m: i64, d: i64) -> [u8; 10] {
    // In range, the parts fit a u32, whose divisions by constants are cheap.
    let (y, m, d) = (y as u32, m as u32, d as u32);
    let digit = |x: u32| b'0' + (x % 10) as u8;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ]
}

fn month_name(d: Date) -> &'static str {
    MONTH_NAMES
        .get((d.month() as usize).saturating_sub(1))
        .copied()
        .unwrap_or("")
}

impl Period {
    /// The period as SDMX writes `TIME_PERIOD`: `2020`, `2020-S1`, `2020-T3`,
    /// `2020-Q3`, `2020-07`, `2020-W41`, `2020-10-05` (business days too),
    /// and `start/duration` for spans and weeks not ending on Sunday
    /// (`2020-10-01/P8D`). A fiscal period is its reporting period, named by
    /// the year it starts in as SDMX names reporting years (`2020-Q1`), with
    /// its start day in [`Period::reporting_year_start`], which SDMX carries
    /// as the `REPORTING_YEAR_START_DAY` attribute.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::parse("2020-M07")?.to_sdmx(), "2020-07");
    /// let fy = Period::parse("2021-Q1[start=--10-01,named=end]")?; // US FY2021 Q1
    /// assert_eq!(fy.to_sdmx(), "2020-Q1");
    /// assert_eq!(fy.reporting_year_start().unwrap().to_string(), "--10-01");
    /// assert_eq!(Period::parse("2020-10-01/2020-10-08")?.to_sdmx(), "2020-10-01/P8D");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_sdmx(&self) -> String {
        let n = self.number().unwrap_or(1);
        let date = |d: Date| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
        match self.frequency() {
            Frequency::Daily | Frequency::BusinessDaily => date(self.start()),
            Frequency::Span | Frequency::WeeklyEnding(_) => {
                format!("{}/P{}D", date(self.start()), self.days())
            }
            Frequency::Fiscal(x) => {
                let start_year = self.start().year()
                    - i16::from(
                        (
                            u32::from(self.start().month() as u8),
                            u32::from(self.start().day() as u8),
                        ) < (x.start.month(), x.start.day()),
                    );
                format!("{start_year:04}-{}", part_code(x.part, n))
            }
            _ => self.to_string(),
        }
    }

    /// The first day of the reporting (fiscal) year for a fiscal period, as
    /// SDMX's `REPORTING_YEAR_START_DAY`; `None` for calendar periods.
    pub fn reporting_year_start(&self) -> Option<YearStart> {
        match self.frequency() {
            Frequency::Fiscal(x) => Some(x.start),
            _ => None,
        }
    }

    /// A label for people: `lang` is `"en"` (`H1 2020`, `T3 2020`, `Q3 2020`,
    /// `July 2020`, `Week 41 2020`, `Week ending 10 October 2020`,
    /// `5 October 2020`, `1–8 October 2020`, `January–June 2020`, `FY2021`,
    /// `Q1 FY2021`) or `"zh"` (`2020年上半年`, `2020年9-12月`, `2020年第三季度`,
    /// `2020年7月`, `2020年第41周`, `2020年10月5日`, `2020年10月1日至8日`,
    /// `2020年1-6月`, `2020年度` for a fiscal year named by its start,
    /// `2021财年第一季度` for one named by its end).
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
            Frequency::FourMonthly => format!("T{n} {y}"),
            Frequency::BusinessDaily => format!("{} {} {}", s.day(), month_name(s), s.year()),
            Frequency::WeeklyEnding(_) => {
                format!("Week ending {} {} {}", e.day(), month_name(e), e.year())
            }
            Frequency::Fiscal(x) => match x.part {
                FiscalPart::Year => format!("FY{y}"),
                FiscalPart::Half => format!("H{n} FY{y}"),
                FiscalPart::FourMonths => format!("T{n} FY{y}"),
                FiscalPart::Quarter => format!("Q{n} FY{y}"),
                FiscalPart::Month => format!("M{n:02} FY{y}"),
            },
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
            Frequency::FourMonthly => format!("{y}年{}-{}月", s.month(), e.month()),
            Frequency::BusinessDaily => format!("{}年{}月{}日", s.year(), s.month(), s.day()),
            Frequency::WeeklyEnding(_) => Period::from_dates(Frequency::Span, s, e).label_zh(),
            Frequency::Fiscal(x) => {
                let year = match x.named_by {
                    NamedBy::Start => format!("{y}年度"),
                    NamedBy::End => format!("{y}财年"),
                };
                let q = CHINESE_QUARTERS
                    .get((n as usize).saturating_sub(1))
                    .copied()
                    .unwrap_or("");
                match x.part {
                    FiscalPart::Year => year,
                    FiscalPart::Half if n == 1 => format!("{year}上半年"),
                    FiscalPart::Half => format!("{year}下半年"),
                    FiscalPart::FourMonths => format!("{year}第{n}个四个月"),
                    FiscalPart::Quarter => format!("{year}第{q}季度"),
                    FiscalPart::Month => format!("{year}第{n}个月"),
                }
            }
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
