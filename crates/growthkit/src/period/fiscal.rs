//! Years that start on another day than 1 January: fiscal years and SDMX
//! reporting years, with their halves, four-month periods, quarters and
//! months.
//!
//! A fiscal year is fixed by the day it starts ([`YearStart`], written as
//! SDMX writes `REPORTING_YEAR_START_DAY`: `--04-01`) and by the year it is
//! named after ([`NamedBy`]): Japan's 2020年度 and an SDMX reporting year
//! `2020-A1` are named by the year they start in; the US federal FY2021
//! (October 2020 to September 2021), India's FY2020-21 ("FY21") and
//! Australia's 2020-21 by the year they end in. Ordinals follow pandas'
//! `Q-MAR`/`Y-MAR` periods, which count by the year a fiscal year ends in.

use super::{Date, Frequency, Period, dates};
use crate::error::{Error, ErrorKind, Result, quote};
use std::fmt;

/// The first day of a fiscal or reporting year: a month and a day, the day
/// at most 28 so that every month of the year starts on it.
///
/// ```
/// use growthkit::YearStart;
/// let uk = YearStart::parse("--04-06")?; // the UK tax year
/// assert_eq!((uk.month(), uk.day()), (4, 6));
/// assert_eq!(uk.to_string(), "--04-06");
/// assert_eq!(YearStart::parse("--02-30").unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearStart {
    month: u8,
    day: u8,
}

impl YearStart {
    /// 1 January: a year that starts on it is the calendar year.
    pub const JANUARY_FIRST: YearStart = YearStart { month: 1, day: 1 };

    /// The year start on `day` of `month`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a month outside 1..=12 or a day outside 1..=28.
    pub fn new(month: u32, day: u32) -> Result<YearStart> {
        if !(1..=12).contains(&month) || !(1..=28).contains(&day) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "a year cannot start on month {month}, day {day}: the month must be 1 to 12 \
                     and the day 1 to 28, so that every month of the year has it"
                ),
            ));
        }
        Ok(YearStart {
            month: month as u8,
            day: day as u8,
        })
    }

    /// Reads SDMX's `--MM-DD` (`REPORTING_YEAR_START_DAY`), or `MM-DD`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text or an impossible day.
    pub fn parse(text: &str) -> Result<YearStart> {
        let t = text.trim();
        let t = t.strip_prefix("--").unwrap_or(t);
        let bad = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "invalid year start {}: expected SDMX's `--MM-DD`, such as `--04-01`",
                    quote(text)
                ),
            )
        };
        let (m, d) = t.split_once('-').ok_or_else(bad)?;
        let two = |s: &str| -> Option<u32> {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        YearStart::new(two(m).ok_or_else(bad)?, two(d).ok_or_else(bad)?)
    }

    /// The month the year starts in (1-12).
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month the year starts on (1-28).
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }
}

impl fmt::Display for YearStart {
    /// SDMX's `--MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "--{:02}-{:02}", self.month, self.day)
    }
}

/// Which year names a fiscal year that runs over two calendar years.
///
/// ```
/// use growthkit::NamedBy;
/// assert_eq!(NamedBy::parse("End")?, NamedBy::End);
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NamedBy {
    /// The year it starts in: Japan's 年度, SDMX reporting years.
    Start,
    /// The year it ends in: the US federal FY, India's and Australia's FY.
    End,
}

impl NamedBy {
    /// Reads `"start"` or `"end"` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<NamedBy> {
        crate::names::parse(
            text,
            &[("start", NamedBy::Start), ("end", NamedBy::End)],
            "fiscal year naming",
        )
    }

    /// `"start"` or `"end"`.
    pub fn as_str(self) -> &'static str {
        match self {
            NamedBy::Start => "start",
            NamedBy::End => "end",
        }
    }
}

/// The part of a fiscal year a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FiscalPart {
    /// The whole fiscal year (SDMX `A1`).
    Year,
    /// A half (`S1`, `S2`).
    Half,
    /// A four-month period (`T1`..`T3`).
    FourMonths,
    /// A quarter (`Q1`..`Q4`).
    Quarter,
    /// A month that starts on a day other than the first (`M01`..`M12`).
    Month,
}

impl FiscalPart {
    /// Months in one part.
    pub fn months(self) -> i64 {
        match self {
            FiscalPart::Year => 12,
            FiscalPart::Half => 6,
            FiscalPart::FourMonths => 4,
            FiscalPart::Quarter => 3,
            FiscalPart::Month => 1,
        }
    }

    /// Parts in a year.
    pub fn per_year(self) -> i64 {
        12 / self.months()
    }

    /// The SDMX letter of the part (`A S T Q M`).
    pub fn code(self) -> char {
        match self {
            FiscalPart::Year => 'A',
            FiscalPart::Half => 'S',
            FiscalPart::FourMonths => 'T',
            FiscalPart::Quarter => 'Q',
            FiscalPart::Month => 'M',
        }
    }

    /// Reads `"year"`, `"half"`, `"four_months"`, `"quarter"` or `"month"` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<FiscalPart> {
        crate::names::parse(
            text,
            &[
                ("year", FiscalPart::Year),
                ("half", FiscalPart::Half),
                ("four_months", FiscalPart::FourMonths),
                ("quarter", FiscalPart::Quarter),
                ("month", FiscalPart::Month),
            ],
            "part of a fiscal year",
        )
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            FiscalPart::Year => "fiscal_annual",
            FiscalPart::Half => "fiscal_semiannual",
            FiscalPart::FourMonths => "fiscal_four_monthly",
            FiscalPart::Quarter => "fiscal_quarterly",
            FiscalPart::Month => "fiscal_monthly",
        }
    }

    /// Every part, the year first.
    pub const ALL: [FiscalPart; 5] = [
        FiscalPart::Year,
        FiscalPart::Half,
        FiscalPart::FourMonths,
        FiscalPart::Quarter,
        FiscalPart::Month,
    ];
}

/// A kind of fiscal period: its part of the year, the day the year starts
/// and the year that names it. Build the [`Frequency`](crate::Frequency)
/// with [`Frequency::fiscal`](crate::Frequency::fiscal), which turns a year
/// starting on 1 January into the calendar kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fiscal {
    /// The part of the year.
    pub part: FiscalPart,
    /// The day the year starts.
    pub start: YearStart,
    /// The year that names the fiscal year.
    pub named_by: NamedBy,
}

impl fmt::Display for Fiscal {
    /// `fiscal_quarterly(--04-01,end)`: reads back with `Frequency::parse`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}({},{})",
            self.part.name(),
            self.start,
            self.named_by.as_str()
        )
    }
}

impl Fiscal {
    /// The first day of the fiscal year that ends in calendar year `end_year`.
    fn year_start(&self, end_year: i64) -> Result<Date> {
        dates::ymd(
            end_year - 1,
            i64::from(self.start.month),
            i64::from(self.start.day),
        )
    }

    /// The year that names the fiscal year ending in `end_year`.
    pub(crate) fn named_year(&self, end_year: i64) -> i64 {
        match self.named_by {
            NamedBy::Start => end_year - 1,
            NamedBy::End => end_year,
        }
    }

    /// The calendar year in which the fiscal year named `year` ends.
    pub(crate) fn end_year(&self, year: i64) -> i64 {
        match self.named_by {
            NamedBy::Start => year + 1,
            NamedBy::End => year,
        }
    }

    /// Part `k` (1-based) of the fiscal year ending in `end_year`.
    pub(crate) fn period(&self, end_year: i64, k: i64) -> Result<Period> {
        let per_year = self.part.per_year();
        if !(1..=per_year).contains(&k) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "part `{k}` is out of range: a fiscal year has {per_year} {} periods",
                    self.part.name()
                ),
            ));
        }
        let first = dates::add_months(self.year_start(end_year)?, (k - 1) * self.part.months())?;
        let next = dates::add_months(first, self.part.months())?;
        let last = dates::add_days(next, -1)?;
        dates::check_date(first)?;
        dates::check_date(last)?;
        Ok(Period::from_dates(Frequency::Fiscal(*self), first, last))
    }

    /// The calendar year in which the fiscal year holding `date` ends, and
    /// the number of whole months from that year's start to `date`.
    fn locate(&self, date: Date) -> (i64, i64) {
        let (m, d) = (i64::from(self.start.month), i64::from(self.start.day));
        let (y, dm, dd) = (
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        );
        let start_year = if (dm, dd) >= (m, d) { y } else { y - 1 };
        let months = (y * 12 + dm) - (start_year * 12 + m) - i64::from(dd < d);
        (start_year + 1, months)
    }

    /// The part of this kind that holds `date`.
    pub(crate) fn containing(&self, date: Date) -> Result<Period> {
        let (end_year, months) = self.locate(date);
        self.period(end_year, months / self.part.months() + 1)
    }

    /// The calendar year the fiscal year of `p` ends in, and `p`'s part number.
    pub(crate) fn position(&self, p: &Period) -> (i64, i64) {
        let (end_year, months) = self.locate(p.start());
        (end_year, months / self.part.months() + 1)
    }

    /// pandas' ordinal: parts counted from the fiscal year ending in 1970.
    pub(crate) fn ordinal(&self, p: &Period) -> i64 {
        let (end_year, k) = self.position(p);
        (end_year - 1970) * self.part.per_year() + k - 1
    }

    /// The part with ordinal `n`.
    pub(crate) fn with_ordinal(&self, n: i64) -> Result<Period> {
        let per_year = self.part.per_year();
        self.period(1970 + n.div_euclid(per_year), n.rem_euclid(per_year) + 1)
    }
}
