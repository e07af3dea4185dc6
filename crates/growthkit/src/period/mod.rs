//! [`Period`] and [`Frequency`]: the calendar intervals that statistics are
//! published for, with parsing, formatting and calendar arithmetic.
//!
//! - `frequency.rs`: the kinds;
//! - `fiscal.rs`: years starting on another day than 1 January;
//! - `weekdays.rs`: business days and weeks ending on any weekday;
//! - `dates.rs`: helpers over jiff's dates (all day counting is jiff's);
//! - `calendar.rs`: shifting, year-ago, containment, conversion, ordinals;
//! - `parse.rs` and `format.rs`: text in and out, English and Chinese.

mod calendar;
pub(crate) mod dates;
mod fiscal;
pub(crate) mod format;
mod frequency;
pub(crate) mod parse;
mod quick;
pub(crate) use quick::quick;
mod weekdays;

pub use dates::{MAX_YEAR, MIN_YEAR};
pub use fiscal::{Fiscal, FiscalPart, NamedBy, YearStart};
pub use frequency::{Codelist, Frequency, WeekEnd};
pub use jiff::civil::Date;
pub use parse::{Codes, ParseOptions, checked_date, parse_date};

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use std::cmp::Ordering;

/// An immutable calendar interval of whole days: a year, half-year, quarter,
/// month, ISO week, day, or any span of days.
///
/// Equality and hashing are by value (kind, first day, last day); ordering is
/// by first day, then last day, then kind. Years run from 1 to 9999.
///
/// ```
/// use growthkit::{Frequency, Period};
///
/// let q = Period::parse("2020年第三季度")?;
/// assert_eq!(q, Period::quarter(2020, 3)?);
/// assert_eq!(q.to_string(), "2020-Q3");
/// assert_eq!(q.days(), 92);
/// assert_eq!(q.year_ago(1)?.to_string(), "2019-Q3");
/// assert_eq!(q.to_frequency(Frequency::Semiannual)?.label("zh")?, "2020年下半年");
///
/// let golden_week = Period::parse("2020-10-01/P8D")?;
/// assert_eq!(golden_week.to_string(), "2020-10-01/2020-10-08");
/// assert!(Period::parse("2020-10").unwrap().contains(&golden_week));
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    freq: Frequency,
    start: Date,
    end: Date,
}

impl Period {
    /// Builds a period from parts already known to be consistent.
    pub(crate) fn from_dates(freq: Frequency, start: Date, end: Date) -> Period {
        Period { freq, start, end }
    }

    /// The calendar year `year`.
    ///
    /// # Errors
    ///
    /// `out_of_range` when `year` is outside 1..=9999.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::year(2020)?.to_string(), "2020");
    /// assert_eq!(Period::year(0).unwrap_err().code(), "out_of_range");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn year(year: i32) -> Result<Period> {
        Period::regular(Frequency::Annual, i64::from(year), 1)
    }

    /// Half-year `half` (1 or 2) of `year`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999, `invalid_argument` for a
    /// half other than 1 or 2.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::semiannual(2020, 1)?.to_string(), "2020-S1");
    /// assert_eq!(Period::semiannual(2020, 3).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn semiannual(year: i32, half: u32) -> Result<Period> {
        Period::regular(Frequency::Semiannual, i64::from(year), i64::from(half))
    }

    /// Quarter `quarter` (1 to 4) of `year`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999, `invalid_argument` for a
    /// quarter outside 1..=4.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::quarter(2020, 3)?.to_string(), "2020-Q3");
    /// assert_eq!(Period::quarter(2020, 5).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn quarter(year: i32, quarter: u32) -> Result<Period> {
        Period::regular(Frequency::Quarterly, i64::from(year), i64::from(quarter))
    }

    /// Month `month` (1 to 12) of `year`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999, `invalid_argument` for a
    /// month outside 1..=12.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::month(2020, 7)?.to_string(), "2020-07");
    /// assert_eq!(Period::month(2020, 13).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Period> {
        Period::regular(Frequency::Monthly, i64::from(year), i64::from(month))
    }

    /// ISO 8601 week `week` of ISO year `year` (Monday to Sunday).
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999 (or a week running past
    /// 9999-12-31), `invalid_argument` for a week outside 1..=53,
    /// `no_such_period` for week 53 of a year that has 52 weeks.
    ///
    /// ```
    /// use growthkit::{Period, date};
    /// let w = Period::week(2020, 53)?;
    /// assert_eq!((w.start(), w.end()), (date(2020, 12, 28), date(2021, 1, 3)));
    /// assert_eq!(Period::week(2021, 53).unwrap_err().code(), "no_such_period");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn week(year: i32, week: u32) -> Result<Period> {
        let y = dates::check_year(i64::from(year))?;
        if !(1..=53).contains(&week) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("week `{week}` is out of range: iso weeks run from 1 to 52 or 53"),
            ));
        }
        let monday = dates::iso_monday(y, week as i8)?;
        Period::week_from_monday(monday)
    }

    /// Four-month period `n` (1 to 3, SDMX's trimesters `T1`..`T3`) of `year`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999, `invalid_argument` for a
    /// number outside 1..=3.
    ///
    /// ```
    /// use growthkit::{Period, date};
    /// let t3 = Period::four_monthly(2020, 3)?;
    /// assert_eq!((t3.start(), t3.end()), (date(2020, 9, 1), date(2020, 12, 31)));
    /// assert_eq!(t3.to_string(), "2020-T3");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn four_monthly(year: i32, n: u32) -> Result<Period> {
        Period::regular(Frequency::FourMonthly, i64::from(year), i64::from(n))
    }

    /// Part `n` of the fiscal year named `year` that starts on `start` and is
    /// named by `named_by`; a year starting on 1 January gives the calendar
    /// period.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a part number outside the year,
    /// `out_of_range` outside years 1..=9999.
    ///
    /// ```
    /// use growthkit::{FiscalPart, NamedBy, Period, YearStart, date};
    /// let us = YearStart::parse("--10-01")?;
    /// let q1 = Period::fiscal(FiscalPart::Quarter, 2021, 1, us, NamedBy::End)?; // US FY2021 Q1
    /// assert_eq!((q1.start(), q1.end()), (date(2020, 10, 1), date(2020, 12, 31)));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn fiscal(
        part: FiscalPart,
        year: i32,
        n: u32,
        start: YearStart,
        named_by: NamedBy,
    ) -> Result<Period> {
        match Frequency::fiscal(part, start, named_by) {
            Frequency::Fiscal(f) => f.period(f.end_year(i64::from(year)), i64::from(n)),
            Frequency::Monthly if start != YearStart::JANUARY_FIRST => {
                // Months starting on the first: month n of the fiscal year.
                let first = dates::add_months(
                    dates::ymd(i64::from(year), i64::from(start.month()), 1)?,
                    i64::from(n) - 1,
                )?;
                let fy = Fiscal {
                    part: FiscalPart::Year,
                    start,
                    named_by,
                };
                let shift = fy.end_year(i64::from(year)) - 1 - i64::from(year);
                Period::containing(Frequency::Monthly, dates::add_months(first, shift * 12)?)
            }
            calendar => Period::regular(calendar, i64::from(year), i64::from(n)),
        }
    }

    /// The fiscal year named `year` (see [`Period::fiscal`]).
    ///
    /// # Errors
    ///
    /// `out_of_range` outside years 1..=9999.
    ///
    /// ```
    /// use growthkit::{NamedBy, Period, YearStart, date};
    /// let japan = Period::fiscal_year(2020, YearStart::parse("--04-01")?, NamedBy::Start)?; // 2020年度
    /// assert_eq!((japan.start(), japan.end()), (date(2020, 4, 1), date(2021, 3, 31)));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn fiscal_year(year: i32, start: YearStart, named_by: NamedBy) -> Result<Period> {
        Period::fiscal(FiscalPart::Year, year, 1, start, named_by)
    }

    /// Half `half` (1 or 2) of the fiscal year named `year`.
    ///
    /// # Errors
    ///
    /// As [`Period::fiscal`].
    pub fn fiscal_half(
        year: i32,
        half: u32,
        start: YearStart,
        named_by: NamedBy,
    ) -> Result<Period> {
        Period::fiscal(FiscalPart::Half, year, half, start, named_by)
    }

    /// Quarter `quarter` (1 to 4) of the fiscal year named `year`.
    ///
    /// # Errors
    ///
    /// As [`Period::fiscal`].
    ///
    /// ```
    /// use growthkit::{NamedBy, Period, YearStart, date};
    /// let au = YearStart::parse("--07-01")?;
    /// let q = Period::fiscal_quarter(2021, 3, au, NamedBy::End)?; // Q3 of 2020-21
    /// assert_eq!((q.start(), q.end()), (date(2021, 1, 1), date(2021, 3, 31)));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn fiscal_quarter(
        year: i32,
        quarter: u32,
        start: YearStart,
        named_by: NamedBy,
    ) -> Result<Period> {
        Period::fiscal(FiscalPart::Quarter, year, quarter, start, named_by)
    }

    /// The business day `date`, a weekday.
    ///
    /// # Errors
    ///
    /// `no_such_period` for a Saturday or Sunday, `out_of_range` outside
    /// years 1..=9999.
    ///
    /// ```
    /// use growthkit::{Period, date};
    /// let monday = Period::business_day(date(2020, 10, 5))?;
    /// assert_eq!(monday.prev()?.to_string(), "2020-10-02[B]"); // the Friday before
    /// assert_eq!(Period::business_day(date(2020, 10, 4)).unwrap_err().code(), "no_such_period");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn business_day(date: Date) -> Result<Period> {
        weekdays::business_day(dates::check_date(date)?)
    }

    /// The week ending on `end`'s weekday that holds `date` (ending on the
    /// first such weekday on or after it). A week ending on Sunday is an
    /// ISO week.
    ///
    /// # Errors
    ///
    /// `out_of_range` outside years 1..=9999.
    ///
    /// ```
    /// use growthkit::{Period, WeekEnd, date};
    /// let w = Period::week_ending(date(2020, 10, 7), WeekEnd::Saturday)?;
    /// assert_eq!(w.to_string(), "2020-10-04/2020-10-10[W-SAT]");
    /// assert_eq!(w.year_ago(1)?.to_string(), "2019-10-06/2019-10-12[W-SAT]"); // 52 weeks back
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn week_ending(date: Date, end: WeekEnd) -> Result<Period> {
        weekdays::week_ending_on_or_after(dates::check_date(date)?, end)
    }

    /// The day `date`.
    ///
    /// # Errors
    ///
    /// `out_of_range` when the date's year is outside 1..=9999.
    ///
    /// ```
    /// use growthkit::{Period, date};
    /// assert_eq!(Period::day(date(2020, 10, 5))?.to_string(), "2020-10-05");
    /// assert_eq!(Period::day(date(0, 1, 1)).unwrap_err().code(), "out_of_range");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn day(date: Date) -> Result<Period> {
        let d = dates::check_date(date)?;
        Ok(Period::from_dates(Frequency::Daily, d, d))
    }

    /// The span of days from `start` to `end`, both included.
    ///
    /// A span is its own kind even when it covers a whole month: a span
    /// `2020-01-01/2020-01-31` is not equal to the month `2020-01`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a year outside 1..=9999, `invalid_argument` when
    /// `end` is before `start`.
    ///
    /// ```
    /// use growthkit::{Period, date};
    /// let gw = Period::span(date(2020, 10, 1), date(2020, 10, 8))?;
    /// assert_eq!(gw.days(), 8);
    /// let err = Period::span(date(2020, 10, 8), date(2020, 10, 1)).unwrap_err();
    /// assert_eq!(err.code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn span(start: Date, end: Date) -> Result<Period> {
        let (s, e) = (dates::check_date(start)?, dates::check_date(end)?);
        if e < s {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "span `{s}/{e}` ends before it starts: the end must be on or after the start"
                ),
            ));
        }
        Ok(Period::from_dates(Frequency::Span, s, e))
    }

    /// The period of kind `freq` that contains `date`.
    ///
    /// # Errors
    ///
    /// `out_of_range` for a date outside years 1..=9999 (or whose ISO week
    /// runs past them), `invalid_argument` for [`Frequency::Span`].
    ///
    /// ```
    /// use growthkit::{Frequency, Period, date};
    /// let w = Period::containing(Frequency::Weekly, date(2021, 1, 1))?;
    /// assert_eq!(w.to_string(), "2020-W53");
    /// assert!(Period::containing(Frequency::Span, date(2021, 1, 1)).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn containing(freq: Frequency, date: Date) -> Result<Period> {
        let d = dates::check_date(date)?;
        match freq {
            Frequency::Daily => Ok(Period::from_dates(freq, d, d)),
            Frequency::Weekly => {
                let iso = d.iso_week_date();
                Period::week(i32::from(iso.year()), iso.week() as u32)
            }
            Frequency::WeeklyEnding(w) => weekdays::week_ending_on_or_after(d, w),
            Frequency::BusinessDaily => Period::business_day(d),
            Frequency::Fiscal(f) => f.containing(d),
            Frequency::Span => Err(Error::new(
                ErrorKind::InvalidArgument,
                "no span contains a date by itself: build one with `Period::span`",
            )),
            _ => {
                let months = freq.months().unwrap_or(1);
                let sub = (i64::from(d.month()) - 1) / months + 1;
                Period::regular(freq, i64::from(d.year()), sub)
            }
        }
    }

    /// An annual, semiannual, quarterly or monthly period by year and number.
    pub(crate) fn regular(freq: Frequency, year: i64, number: i64) -> Result<Period> {
        let y = dates::check_year(year)?;
        let (per_year, months) = match (freq.per_calendar_year(), freq.months()) {
            (Some(n), Some(m)) => (n, m),
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!("{freq} periods are not numbered within a year"),
                ));
            }
        };
        if !(1..=per_year).contains(&number) {
            let what = match freq {
                Frequency::Semiannual => "half",
                Frequency::FourMonthly => "four-month period",
                Frequency::Quarterly => "quarter",
                Frequency::Monthly => "month",
                _ => "number",
            };
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "{what} `{number}` is out of range: {freq} periods are numbered 1 to {per_year}"
                ),
            ));
        }
        let first_month = (number - 1) * months + 1;
        let start = dates::ymd(i64::from(y), first_month, 1)?;
        let end = dates::ymd(i64::from(y), first_month + months - 1, 1)?.last_of_month();
        Ok(Period::from_dates(freq, start, end))
    }

    /// The ISO week that starts on `monday`.
    pub(crate) fn week_from_monday(monday: Date) -> Result<Period> {
        let sunday = dates::add_days(monday, 6)?;
        Ok(Period::from_dates(Frequency::Weekly, monday, sunday))
    }

    /// The kind of period.
    pub fn frequency(&self) -> Frequency {
        self.freq
    }

    /// The year: the ISO week-year for weeks (2021-01-01 lies in `2020-W53`),
    /// the first day's year for spans, the calendar year otherwise.
    ///
    /// Weeks ending on another day than Sunday take the year of their last
    /// day; fiscal periods the year that names their fiscal year (2021 for
    /// the US FY2021, 2020 for Japan's 2020年度).
    pub fn year_number(&self) -> i32 {
        match self.freq {
            Frequency::Weekly => i32::from(self.start.iso_week_date().year()),
            Frequency::WeeklyEnding(_) => i32::from(self.end.year()),
            Frequency::Fiscal(f) => f.named_year(f.position(self).0) as i32,
            _ => i32::from(self.start.year()),
        }
    }

    /// The number of the period within its year: the half (1-2), quarter
    /// (1-4), month (1-12), ISO week (1-53) or day of the year (1-366); 1 for
    /// years; none for spans.
    ///
    /// Fiscal periods have their number within the fiscal year; business
    /// days their day of the year; weeks ending on another day than Sunday
    /// have none.
    pub fn number(&self) -> Option<u32> {
        let n = match self.freq {
            Frequency::Annual => 1,
            Frequency::Weekly => self.start.iso_week_date().week() as u32,
            Frequency::Daily | Frequency::BusinessDaily => self.start.day_of_year() as u32,
            Frequency::Span | Frequency::WeeklyEnding(_) => return None,
            Frequency::Fiscal(f) => f.position(self).1 as u32,
            f => {
                let months = f.months().unwrap_or(1) as u32;
                (self.start.month() as u32 - 1) / months + 1
            }
        };
        Some(n)
    }

    /// The first day.
    pub fn start(&self) -> Date {
        self.start
    }

    /// The last day (inclusive).
    pub fn end(&self) -> Date {
        self.end
    }

    /// How many days the period has, first and last included.
    pub fn days(&self) -> i64 {
        dates::days_between(self.start, self.end)
    }

    /// Whether every day of `other` lies within this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether this period and `other` share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Period) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    /// By first day, then last day, then kind (coarsest first).
    fn cmp(&self, other: &Period) -> Ordering {
        (self.start, self.end, self.freq).cmp(&(other.start, other.end, other.freq))
    }
}
