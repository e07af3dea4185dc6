//! Reading periods from text: canonical, SDMX, compact, English, ISO 8601
//! interval and Chinese statistical forms.

use super::dates;
use super::{Date, FiscalPart, Frequency, NamedBy, Period, YearStart};
use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use std::str::FromStr;

const FORMS: &str = "expected a form such as 2020, 2020-S1, 2020-H1, 2020-T3, 2020-Q3, 2020Q3, \
                     Q3 2020, 2020-07, 2020-M07, July 2020, 2020-W41, 2020-10-05, 2020-D279, \
                     2020-10-01/2020-10-08, 2020-10-01/P8D, 2010-02/P1M, 2020年第三季度, \
                     2020年1-6月, 2019年前三季度, 2020-10-05[B], 2020-10-04/2020-10-10[W-SAT] \
                     or 2021-Q1[start=--10-01,named=end]; with a fiscal start also FY2021, \
                     FY2020-21, 2020/21, FY2021 Q1, 2020年度; with a reporting year start the \
                     SDMX reporting periods; with codes=nbs also 2019A-2019D and 201909";

/// Which statistical office's period codes a parse also reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Codes {
    /// The standard forms only.
    #[default]
    Standard,
    /// Also China NBS's codes: `2019A`..`2019D` for quarters, `201909` for
    /// months (ambiguous in general, so only on request).
    Nbs,
}

impl Codes {
    /// Reads `"standard"` or `"nbs"` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Codes> {
        crate::names::parse(
            text,
            &[("standard", Codes::Standard), ("nbs", Codes::Nbs)],
            "period codes",
        )
    }
}

/// What [`Period::parse_with`] needs to know that a text does not say.
///
/// ```
/// use growthkit::{Codes, NamedBy, ParseOptions, Period, YearStart};
/// let opts = ParseOptions::new().fiscal_start(YearStart::parse("--10-01")?);
/// assert_eq!(Period::parse_with("FY2021 Q1", &opts)?.start(), growthkit::date(2020, 10, 1));
/// let opts = ParseOptions::new().fiscal_start(YearStart::parse("--04-01")?).named_by(NamedBy::Start);
/// assert_eq!(Period::parse_with("FY2021", &opts)?.start(), growthkit::date(2021, 4, 1));
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParseOptions {
    fiscal_start: Option<YearStart>,
    named_by: Option<NamedBy>,
    reporting_year_start: Option<YearStart>,
    codes: Codes,
}

impl ParseOptions {
    /// No options: what [`Period::parse`] reads.
    pub fn new() -> ParseOptions {
        ParseOptions::default()
    }

    /// The day fiscal years start, for `FY2021`, `FY2020-21`, `2020/21`,
    /// `FY2021 Q1`, `2020年度`, `2021财年第一季度` and the like.
    pub fn fiscal_start(mut self, start: YearStart) -> ParseOptions {
        self.fiscal_start = Some(start);
        self
    }

    /// Which year names a fiscal year written with one year (`FY2021`,
    /// `2021财年`): by default the year it ends in, as in the US, India and
    /// Australia; `2020年度` is always named by its start, as in Japan.
    pub fn named_by(mut self, named_by: NamedBy) -> ParseOptions {
        self.named_by = Some(named_by);
        self
    }

    /// The SDMX `REPORTING_YEAR_START_DAY`: reporting periods (`2020-Q1`,
    /// `2020-M07`, …) count from it, and become calendar periods without it.
    pub fn reporting_year_start(mut self, start: YearStart) -> ParseOptions {
        self.reporting_year_start = Some(start);
        self
    }

    /// Which office's codes to read as well.
    pub fn codes(mut self, codes: Codes) -> ParseOptions {
        self.codes = codes;
        self
    }

    /// The options as the bindings take them, each one text or absent:
    /// a fiscal start (`"--04-01"`), a reporting year start, the codes
    /// (`"nbs"`) and the naming (`"start"` or `"end"`).
    ///
    /// # Errors
    ///
    /// The error of the first text that does not parse, as
    /// [`YearStart::parse`], [`Codes::parse`] or [`NamedBy::parse`] give it.
    ///
    /// ```
    /// use growthkit::{ParseOptions, Period, date};
    /// let o = ParseOptions::from_texts(Some("--04-01"), None, None, Some("start"))?;
    /// let fy = Period::parse_with("FY2020", &o)?;              // April 2020 to March 2021
    /// assert_eq!((fy.start(), fy.end()), (date(2020, 4, 1), date(2021, 3, 31)));
    /// assert!(ParseOptions::from_texts(Some("April"), None, None, None).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_texts(
        fiscal_start: Option<&str>,
        reporting_year_start: Option<&str>,
        codes: Option<&str>,
        named_by: Option<&str>,
    ) -> Result<ParseOptions> {
        let mut options = ParseOptions::new();
        if let Some(s) = fiscal_start {
            options = options.fiscal_start(YearStart::parse(s)?);
        }
        if let Some(s) = reporting_year_start {
            options = options.reporting_year_start(YearStart::parse(s)?);
        }
        if let Some(c) = codes {
            options = options.codes(Codes::parse(c)?);
        }
        if let Some(n) = named_by {
            options = options.named_by(NamedBy::parse(n)?);
        }
        Ok(options)
    }
}

/// English month names, full; the first three letters are the short form.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Period {
    /// Reads a period from text, after trimming white space.
    ///
    /// Accepted forms, and nothing else:
    /// - canonical: `2020`, `2020-S1`, `2020-Q3`, `2020-07`, `2020-W41`,
    ///   `2020-10-05`, `2020-10-01/2020-10-08`;
    /// - SDMX reporting periods: `2020-A1`, `2020-S1`, `2020-Q3`, `2020-M07`,
    ///   `2020-W41`, `2020-D279` (day of the year);
    /// - compact and English: `2020Q3`, `Q3 2020`, `2020-H1`, `2020H1`,
    ///   `H1 2020`, `2020M07`, `2020W41`, `Jul 2020`, `July 2020`;
    /// - ISO 8601 intervals: `2020-10-01/2020-10-08`, `2020-10-01/P8D`
    ///   (8 days, 1 to 8 October);
    /// - ISO date-times at midnight, read as their day: `2020-10-01T00:00:00`,
    ///   `2020-10-01 00:00:00` (with `.000` fractions and a `Z` allowed; any
    ///   other time of day is refused, since a period starts at midnight);
    /// - Chinese labels: `2020年`, `2020年上半年`, `2020年下半年`,
    ///   `2020年第三季度`, `2020年三季度`, `2020年7月`, and month ranges such as
    ///   the year-to-date `2020年1-6月` (the span 2020-01-01/2020-06-30).
    ///
    /// Letters may be upper or lower case (`2020q3`, `jul 2020`). Years have
    /// four digits, months and weeks two (`2020-07`, `2020M07`, `2020-W05`),
    /// SDMX days three. In Chinese labels quarters may be written in Chinese
    /// or Arabic numerals (`第三季度`, `第3季度`), months with one or two
    /// digits, and a month range with `-`, `–`, `—`, `~`, `～` or `至`.
    ///
    /// # Errors
    ///
    /// `invalid_period` for any other text, or a period that does not exist
    /// (`2020-13`, `2021-W53`, `2020-02-30`), quoting the input.
    ///
    /// ```
    /// use growthkit::{Frequency, Period};
    /// assert_eq!(Period::parse("H1 2020")?.to_string(), "2020-S1");
    /// assert_eq!(Period::parse("2020-M07")?, Period::parse("July 2020")?);
    /// assert_eq!(Period::parse("2020年1-6月")?.to_string(), "2020-01-01/2020-06-30");
    /// assert_eq!(Period::parse("2020-D279")?.to_string(), "2020-10-05");
    /// assert_eq!(Period::parse("2020-10-01 00:00:00")?.to_string(), "2020-10-01");
    /// assert_eq!(Period::parse("2020-10-01T12:00:00").unwrap_err().code(), "invalid_period");
    /// assert_eq!(Period::parse("2020/21").unwrap_err().code(), "invalid_period");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Period> {
        Period::parse_with(text, &ParseOptions::default())
    }

    /// Reads a period as [`Period::parse`] does, and also the forms that
    /// need `options`: fiscal years and their parts (with a fiscal start),
    /// SDMX reporting periods counted from a reporting year start, and NBS
    /// codes. Without options it is [`Period::parse`].
    ///
    /// # Errors
    ///
    /// `invalid_period` as [`Period::parse`], naming the valid forms; a
    /// fiscal form without a fiscal start says that one is needed.
    ///
    /// ```
    /// use growthkit::{Codes, ParseOptions, Period, YearStart, date};
    /// let july = ParseOptions::new().reporting_year_start(YearStart::parse("--07-01")?);
    /// let q1 = Period::parse_with("2020-Q1", &july)?; // SDMX: July-September 2020
    /// assert_eq!((q1.start(), q1.end()), (date(2020, 7, 1), date(2020, 9, 30)));
    /// assert_eq!(Period::parse_with("2020-M07", &july)?.to_string(), "2021-01");
    /// let nbs = ParseOptions::new().codes(Codes::Nbs);
    /// assert_eq!(Period::parse_with("2019C", &nbs)?.to_string(), "2019-Q3");
    /// assert_eq!(Period::parse("FY2021").unwrap_err().code(), "invalid_period");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse_with(text: &str, options: &ParseOptions) -> Result<Period> {
        let t = text.trim();
        // The common canonical forms, straight from their bytes (reporting
        // periods count from another day, so they take the full path).
        if options.reporting_year_start.is_none()
            && let Some((freq, ordinal)) = super::quick(t.as_bytes())
            && let Ok(p) = Period::from_ordinal(freq, ordinal)
        {
            return Ok(p);
        }
        slow_parse(text, options)
    }
}

/// The full reader behind [`Period::parse_with`], for texts the quick
/// reader did not take (the kernels call it after their own quick pass, so
/// no text is read twice).
pub(crate) fn slow_parse(text: &str, options: &ParseOptions) -> Result<Period> {
    let t = text.trim();
    let parsed = if let Some(annotated) = parse_annotated(t) {
        annotated
    } else if let Some(p) = options.codes_form(t) {
        p
    } else if let Some(p) = options.reporting_form(t) {
        p
    } else if let Some(p) = options.fiscal_form(t) {
        p
    } else if let Some(day) = midnight(t) {
        day.and_then(|d| because(Period::day(iso_date(d)?)))
    } else if t.contains('/') {
        parse_interval(t)
    } else if t.contains('年') {
        parse_chinese(t)
    } else if t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        parse_english(t)
    } else {
        parse_numeric(t)
    };
    parsed.map_err(|reason| {
        let why = reason.map(|r| format!(": {r}")).unwrap_or_default();
        Error::new(
            ErrorKind::InvalidPeriod,
            format!("invalid period {}{why}; {FORMS}", quote(text)),
        )
    })
}

impl FromStr for Period {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Period::parse(s)
    }
}

/// A parse failure: `None` when the text matches no form, or the reason why
/// a text of a known form names no period.
type Parsed = std::result::Result<Period, Option<String>>;

/// Turns a construction error into the reason of a parse error.
fn because(r: Result<Period>) -> Parsed {
    r.map_err(|e| Some(e.message().to_string()))
}

/// Exactly `n` ASCII digits as a number.
fn digits(s: &str, n: usize) -> Option<i64> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// One or two ASCII digits as a number.
fn short_number(s: &str) -> Option<i64> {
    digits(s, 1).or_else(|| digits(s, 2))
}

fn year(s: &str) -> Option<i32> {
    digits(s, 4).map(|y| y as i32)
}

/// `YYYY-MM-DD`.
/// The date of an ISO text `YYYY-MM-DD` in years 1 to 9999, as every date
/// argument of the bindings takes it.
///
/// # Errors
///
/// `invalid_argument` for any other text, naming it and why.
///
/// ```
/// use growthkit::{date, parse_date};
/// assert_eq!(parse_date("2020-02-29")?, date(2020, 2, 29));
/// assert_eq!(parse_date("2021-02-29").unwrap_err().code(), "invalid_argument");
/// assert!(parse_date("2020-2-1").is_err() && parse_date("20200201").is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn parse_date(text: &str) -> Result<Date> {
    iso_date(text).map_err(|why| {
        let message =
            why.unwrap_or_else(|| format!("`{text}` is not an iso date such as 2020-10-01"));
        Error::new(ErrorKind::InvalidArgument, message)
    })
}

/// The date of a year, month and day given as numbers, as the bindings'
/// date objects (`datetime.date`, a JS `Date`) hold them.
///
/// # Errors
///
/// `out_of_range` for a year outside 1 to 9999, `invalid_argument` for a
/// month or day that does not exist, naming why.
///
/// ```
/// use growthkit::{checked_date, date};
/// assert_eq!(checked_date(2020, 2, 29)?, date(2020, 2, 29));
/// assert_eq!(checked_date(2021, 2, 29).unwrap_err().code(), "invalid_argument");
/// assert_eq!(checked_date(10_000, 1, 1).unwrap_err().code(), "out_of_range");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn checked_date(year: i64, month: i64, day: i64) -> Result<Date> {
    dates::ymd(year, month, day)
}

#[allow(clippy::indexing_slicing)] // the length is 10 and bytes 4 and 7 are ASCII dashes, so every slice is on a boundary.
fn iso_date(s: &str) -> std::result::Result<Date, Option<String>> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(None);
    }
    let (y, m, d) = (
        digits(&s[..4], 4).ok_or(None)?,
        digits(&s[5..7], 2).ok_or(None)?,
        digits(&s[8..], 2).ok_or(None)?,
    );
    dates::ymd(y, m, d).map_err(|e| Some(e.message().to_string()))
}

/// The date of an ISO date-time (`2020-10-01T00:00:00`, or with a space):
/// `None` when the text is no date-time, an error when its time is not
/// midnight.
fn midnight(t: &str) -> Option<std::result::Result<&str, Option<String>>> {
    if t.contains('/') {
        return None;
    }
    let (date, time) = t.split_at_checked(10)?;
    let time = time.strip_prefix(['T', ' '])?;
    let time = time.strip_suffix('Z').unwrap_or(time);
    let (hms, frac) = time.split_once('.').unwrap_or((time, "0"));
    let zero = |s: &str| !s.is_empty() && s.bytes().all(|b| b == b'0');
    let at_midnight = matches!(hms.split(':').collect::<Vec<_>>()[..], [h, m] | [h, m, _] if zero(h) && zero(m))
        && hms.split(':').all(zero)
        && zero(frac);
    Some(if at_midnight {
        Ok(date)
    } else {
        Err(Some(format!(
            "a period starts at midnight, so a date-time must be at 00:00:00, not `{time}`"
        )))
    })
}

/// Ranges: `2020-10-01/2020-10-08` and `2020-10-01/P8D` (spans), and SDMX's
/// `start/duration` with a start of `2020`, `2010-02`, `2020-01-01` or a
/// date-time at midnight and a duration `PnYnMnWnD`. A range of one unit of
/// years or months (`P1Y`, `P6M`, `P4M`, `P3M`, `P1M`) or of one week
/// (`P1W`) that starts where a period of that length starts is that period
/// (`2010-02/P1M` is the month `2010-02`); any other range is a span.
fn parse_interval(t: &str) -> Parsed {
    let (left, right) = t.split_once('/').ok_or(None)?;
    let start = range_start(left)?;
    let Some(duration) = right.strip_prefix('P') else {
        let end = match midnight(right) {
            Some(day) => iso_date(day?)?,
            None => iso_date(right)?,
        };
        return because(Period::span(start, end));
    };
    let (years, months, weeks, days) = parse_duration(duration)?;
    let total_months = years * 12 + months;
    let after = dates::add_months(start, total_months)
        .and_then(|d| dates::add_days(d, weeks * 7 + days))
        .map_err(|e| Some(e.message().to_string()))?;
    if after <= start {
        return Err(Some("a duration must be at least one day".into()));
    }
    let end = dates::add_days(after, -1).map_err(|e| Some(e.message().to_string()))?;
    let regular = match (total_months, weeks, days) {
        (12, 0, 0) => Some(Frequency::Annual),
        (6, 0, 0) => Some(Frequency::Semiannual),
        (4, 0, 0) => Some(Frequency::FourMonthly),
        (3, 0, 0) => Some(Frequency::Quarterly),
        (1, 0, 0) => Some(Frequency::Monthly),
        (0, 1, 0) => Some(Frequency::Weekly),
        _ => None,
    };
    if let Some(freq) = regular {
        let p = because(Period::containing(freq, start))?;
        if p.start() == start && p.end() == end {
            return Ok(p);
        }
    }
    because(Period::span(start, end))
}

/// The first day of a range: `2020`, `2010-02`, `2020-01-01`, or a date-time at midnight.
fn range_start(t: &str) -> std::result::Result<Date, Option<String>> {
    if let Some(day) = midnight(t) {
        return iso_date(day?);
    }
    match t.len() {
        4 => dates::ymd(i64::from(year(t).ok_or(None)?), 1, 1).map_err(|e| Some(e.to_string())),
        7 => {
            let (y, m) = t.split_once('-').ok_or(None)?;
            let m = digits(m, 2).ok_or(None)?;
            if !(1..=12).contains(&m) {
                return Err(Some(format!("month `{m}` is out of range")));
            }
            dates::ymd(i64::from(year(y).ok_or(None)?), m, 1).map_err(|e| Some(e.to_string()))
        }
        _ => iso_date(t),
    }
}

/// `nYnMnWnD` (after the `P`), each part optional, with an optional time
/// part that must be zero (`T0H`, `T00:00:00` is not ISO and is refused).
fn parse_duration(t: &str) -> std::result::Result<(i64, i64, i64, i64), Option<String>> {
    let (date_part, time_part) = t.split_once('T').unwrap_or((t, ""));
    if !time_part.is_empty() {
        let zero = time_part.split_inclusive(['H', 'M', 'S']).all(|p| {
            p.strip_suffix(['H', 'M', 'S'])
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b == b'0'))
        });
        if !zero {
            return Err(Some(format!(
                "a period lasts whole days, so a duration's time part must be zero, not `T{time_part}`"
            )));
        }
    }
    let (mut y, mut m, mut w, mut d) = (0, 0, 0, 0);
    let mut num = String::new();
    let mut seen = false;
    for c in date_part.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if num.is_empty() || num.len() > 7 {
            return Err(None);
        }
        let n: i64 = num.parse().map_err(|_| None)?;
        match c {
            'Y' => y = n,
            'M' => m = n,
            'W' => w = n,
            'D' => d = n,
            _ => return Err(None),
        }
        num.clear();
        seen = true;
    }
    if !num.is_empty() || !seen {
        return Err(None);
    }
    Ok((y, m, w, d))
}

/// Everything that starts with a four-digit year and no `年`.
#[allow(clippy::indexing_slicing)] // `rest.as_bytes()[2]` is read only when `rest.len() == 5`.
fn parse_numeric(t: &str) -> Parsed {
    if t.len() < 4 || !t.is_char_boundary(4) {
        return Err(None);
    }
    let y = year(&t[..4]).ok_or(None)?;
    let rest = &t[4..];
    if rest.is_empty() {
        return because(Period::year(y));
    }
    let (dashed, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if dashed {
        if let Some(m) = digits(rest, 2) {
            return because(Period::month(y, m as u32));
        }
        if rest.len() == 5 && rest.as_bytes()[2] == b'-' {
            return iso_date(t).and_then(|d| because(Period::day(d)));
        }
    }
    let mut chars = rest.chars();
    let code = chars.next().ok_or(None)?.to_ascii_uppercase();
    let num = chars.as_str();
    match (code, dashed) {
        ('A', true) if num == "1" => because(Period::year(y)),
        ('S', true) | ('H', _) | ('Q', _) | ('T', _) => {
            let n = digits(num, 1).ok_or(None)? as u32;
            match code {
                'Q' => because(Period::quarter(y, n)),
                'T' => because(Period::four_monthly(y, n)),
                _ => because(Period::semiannual(y, n)),
            }
        }
        ('M', _) => because(Period::month(y, digits(num, 2).ok_or(None)? as u32)),
        ('W', _) => because(Period::week(y, digits(num, 2).ok_or(None)? as u32)),
        ('D', true) => {
            let n = digits(num, 3).ok_or(None)?;
            let first =
                dates::ymd(i64::from(y), 1, 1).map_err(|e| Some(e.message().to_string()))?;
            if !(1..=i64::from(first.days_in_year())).contains(&n) {
                return Err(Some(format!(
                    "day {n} is out of range: {y} has {} days",
                    first.days_in_year()
                )));
            }
            because(dates::add_days(first, n - 1).and_then(Period::day))
        }
        _ => Err(None),
    }
}

/// `Q3 2020`, `H1 2020`, `Jul 2020`, `July 2020`.
fn parse_english(t: &str) -> Parsed {
    let (head, tail) = t.split_once(char::is_whitespace).ok_or(None)?;
    let y = year(tail.trim_start()).ok_or(None)?;
    let head = head.to_ascii_lowercase();
    if let Some(q) = head.strip_prefix('q') {
        return because(Period::quarter(y, digits(q, 1).ok_or(None)? as u32));
    }
    if let Some(h) = head.strip_prefix('h') {
        return because(Period::semiannual(y, digits(h, 1).ok_or(None)? as u32));
    }
    let month = MONTHS
        .iter()
        .position(|m| head == *m || (head.len() == 3 && m.starts_with(head.as_str())))
        .ok_or(None)?;
    because(Period::month(y, month as u32 + 1))
}

/// The year-to-date span from January to the end of quarter `n` (`n` 2 to 4).
fn quarters_to_date(y: i32, n: u32) -> Parsed {
    if n < 2 {
        return Err(Some(
            "a year-to-date run of quarters has at least two: 1-2季度, 前三季度".into(),
        ));
    }
    let last = because(Period::quarter(y, n))?;
    because(Period::span(
        dates::ymd(i64::from(y), 1, 1).map_err(|e| Some(e.to_string()))?,
        last.end(),
    ))
}

/// Chinese numerals 一 to 四 (and 两), or Arabic 1 to 4, as a number.
fn chinese_small_number(s: &str) -> Option<u32> {
    match s {
        "一" | "1" => Some(1),
        "二" | "两" | "2" => Some(2),
        "三" | "3" => Some(3),
        "四" | "4" => Some(4),
        _ => None,
    }
}

/// `2020年`, `2020年上半年`, `2020年第三季度`, `2020年7月`, `2020年1-6月`.
fn parse_chinese(t: &str) -> Parsed {
    let (y, rest) = t.split_once('年').ok_or(None)?;
    let y = year(y.trim_end()).ok_or(None)?;
    let rest = rest.trim_start();
    match rest {
        "" => return because(Period::year(y)),
        "上半年" => return because(Period::semiannual(y, 1)),
        "下半年" => return because(Period::semiannual(y, 2)),
        _ => {}
    }
    if let Some(q) = rest.strip_suffix("季度") {
        // NBS's year-to-date quarters: 前三季度 and 1-3季度 are January to September.
        if let Some(n) = q.strip_prefix('前') {
            return quarters_to_date(y, chinese_small_number(n).ok_or(None)?);
        }
        if let Some((a, b)) = q.split_once(['-', '–', '—', '~', '～', '至']) {
            if chinese_small_number(a.trim()) != Some(1) {
                return Err(Some(format!(
                    "quarter range `{q}`: NBS's year-to-date quarters start with the first"
                )));
            }
            return quarters_to_date(y, chinese_small_number(b.trim()).ok_or(None)?);
        }
        let q = q.strip_prefix('第').unwrap_or(q);
        return because(Period::quarter(y, chinese_small_number(q).ok_or(None)?));
    }
    let months = rest.strip_suffix('月').ok_or(None)?;
    if let Some(m) = short_number(months) {
        return because(Period::month(y, m as u32));
    }
    let (a, b) = months
        .split_once(['-', '–', '—', '~', '～', '至'])
        .ok_or(None)?;
    let (a, b) = (
        short_number(a.trim()).ok_or(None)?,
        short_number(b.trim()).ok_or(None)?,
    );
    if a >= b {
        return Err(Some(format!(
            "month range {a}-{b}: the first month must come before the last"
        )));
    }
    let first = because(Period::month(y, a as u32))?;
    let last = because(Period::month(y, b as u32))?;
    because(Period::span(first.start(), last.end()))
}

/// A number of exactly `n` ASCII digits, or of one or two digits when `n` is 0.
fn number(s: &str, n: usize) -> std::result::Result<i64, Option<String>> {
    let found = if n == 0 {
        short_number(s)
    } else {
        digits(s, n)
    };
    found.ok_or(None)
}

/// The canonical forms with a bracketed annotation: `2020-10-05[B]`,
/// `2020-10-04/2020-10-10[W-SAT]`, `2021-Q1[start=--10-01,named=end]`.
fn parse_annotated(t: &str) -> Option<Parsed> {
    let (base, note) = t.strip_suffix(']')?.split_once('[')?;
    let note = note.trim();
    Some(if note.eq_ignore_ascii_case("B") {
        iso_date(base).and_then(|d| because(Period::business_day(d)))
    } else if let Some(code) = note.strip_prefix("W-").or_else(|| note.strip_prefix("w-")) {
        week_ending(base, code)
    } else {
        fiscal_annotated(base, note)
    })
}

/// `2020-10-04/2020-10-10` with `SAT`: the week from its first to its last day.
fn week_ending(base: &str, code: &str) -> Parsed {
    let end = match Frequency::from_pandas(&format!("W-{code}")) {
        Ok(Frequency::WeeklyEnding(w)) => w,
        Ok(Frequency::Weekly) => return parse_interval(base).and_then(|p| because(iso_week_of(p))),
        _ => return Err(Some(format!("`W-{code}` is not a week ending"))),
    };
    let span = parse_interval(base)?;
    let week = because(Period::week_ending(span.start(), end))?;
    if week.start() != span.start() || week.end() != span.end() {
        return Err(Some(format!(
            "`{base}` is not a week ending on {}: such weeks run seven days to that day",
            end.code()
        )));
    }
    Ok(week)
}

/// The ISO week with the days of `span`, if it is one.
fn iso_week_of(span: Period) -> Result<Period> {
    let week = Period::containing(Frequency::Weekly, span.start())?;
    if week.start() == span.start() && week.end() == span.end() {
        Ok(week)
    } else {
        Err(Error::new(
            ErrorKind::InvalidPeriod,
            format!("`{span}` is not a week from Monday to Sunday"),
        ))
    }
}

/// `2021-Q1` with `start=--10-01,named=end`.
fn fiscal_annotated(base: &str, note: &str) -> Parsed {
    let mut start = None;
    let mut named = NamedBy::Start;
    for item in note.split(',') {
        let (key, value) = item.split_once('=').ok_or(None)?;
        match key.trim() {
            "start" => start = Some(YearStart::parse(value).map_err(|e| Some(e.to_string()))?),
            "named" => named = NamedBy::parse(value).map_err(|e| Some(e.to_string()))?,
            _ => return Err(None),
        }
    }
    let start = start.ok_or(None)?;
    let (y, part, n) = year_part(base).ok_or(None)?;
    because(Period::fiscal(part, y, n, start, named))
}

/// `2021-Q1`, `2021-A1`, `2021-S2`, `2021-T3`, `2021-M07`: a year, a part of
/// it and the part's number.
fn year_part(t: &str) -> Option<(i32, FiscalPart, u32)> {
    let (y, rest) = t.split_once('-')?;
    let y = year(y)?;
    let mut chars = rest.chars();
    let code = chars.next()?.to_ascii_uppercase();
    let num = chars.as_str();
    let (part, n) = match code {
        'A' if num == "1" => (FiscalPart::Year, 1),
        'S' => (FiscalPart::Half, digits(num, 1)?),
        'T' => (FiscalPart::FourMonths, digits(num, 1)?),
        'Q' => (FiscalPart::Quarter, digits(num, 1)?),
        'M' => (FiscalPart::Month, digits(num, 2)?),
        _ => return None,
    };
    Some((y, part, n as u32))
}

impl ParseOptions {
    /// NBS codes: `2019A`..`2019D`, `201909`.
    fn codes_form(&self, t: &str) -> Option<Parsed> {
        if self.codes != Codes::Nbs {
            return None;
        }
        let (y, rest) = (t.get(..4)?, t.get(4..)?);
        let y = year(y)?;
        Some(match rest {
            "A" | "B" | "C" | "D" | "a" | "b" | "c" | "d" => {
                let q = rest
                    .to_ascii_uppercase()
                    .bytes()
                    .next()
                    .map_or(0, |b| b - b'A')
                    + 1;
                because(Period::quarter(y, u32::from(q)))
            }
            _ => because(Period::month(y, digits(rest, 2)? as u32)),
        })
    }

    /// SDMX reporting periods counted from the reporting year start.
    fn reporting_form(&self, t: &str) -> Option<Parsed> {
        let start = self
            .reporting_year_start
            .filter(|s| *s != YearStart::JANUARY_FIRST)?;
        let (y, rest) = t.split_once('-')?;
        let y = year(y)?;
        let first = dates::ymd(
            i64::from(y),
            i64::from(start.month()),
            i64::from(start.day()),
        );
        let first = match first {
            Ok(d) => d,
            Err(e) => return Some(Err(Some(e.to_string()))),
        };
        if let Some(w) = rest.strip_prefix(['W', 'w']) {
            return Some(reporting_week(first, start, number(w, 2).ok()?));
        }
        if let Some(d) = rest.strip_prefix(['D', 'd']) {
            return Some(reporting_day(first, start, number(d, 3).ok()?));
        }
        let (_, part, n) = year_part(t)?;
        Some(because(Period::fiscal(part, y, n, start, NamedBy::Start)))
    }

    /// Fiscal years and their parts in the forms people write.
    fn fiscal_form(&self, t: &str) -> Option<Parsed> {
        let fy = |s: &str| s.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("FY"));
        let looks_fiscal = fy(t)
            || t.split_whitespace().skip(1).any(fy)
            || t.contains("年度")
            || t.contains("财年")
            || t.contains("財年")
            || two_years(t).is_some();
        if !looks_fiscal {
            return None;
        }
        let Some(start) = self.fiscal_start else {
            return Some(Err(Some(
                "a fiscal period needs the day its year starts: pass fiscal_start, \
                 such as --04-01"
                    .into(),
            )));
        };
        let one_year = self.named_by.unwrap_or(NamedBy::End);
        Some(fiscal_text(t, start, one_year))
    }
}

/// `2020-21`, `2020/21`, `2020-2021`: the calendar year a fiscal year ends in.
/// Without an `FY` before it, `2011-12` is December 2011 (a month, as it
/// always was): such fiscal years are written `FY2011-12` or `2011/12`.
fn two_years(t: &str) -> Option<i64> {
    let (a, b) = t.split_once(['-', '/'])?;
    if t.contains('-') && digits(b.trim(), 2).is_some_and(|m| (1..=12).contains(&m)) {
        return None;
    }
    fy_years(a, b)
}

/// The end year of `a`-`b` when `b` is the year after `a` (two or four digits).
fn fy_years(a: &str, b: &str) -> Option<i64> {
    let a = i64::from(year(a.trim())?);
    let b = b.trim();
    let end = match b.len() {
        2 => a - a % 100 + digits(b, 2)? + if a % 100 == 99 { 100 } else { 0 },
        4 => i64::from(year(b)?),
        _ => return None,
    };
    (end == a + 1).then_some(end)
}

/// A fiscal year (`FY2021`, `FY21`, `FY2020-21`, `2020/21`) as the calendar
/// year it ends in, given the naming a single year means.
fn fiscal_year(t: &str, one_year: NamedBy, start: YearStart) -> Option<i64> {
    let t = t.trim();
    let body = t
        .strip_prefix("FY")
        .or_else(|| t.strip_prefix("fy"))
        .or_else(|| t.strip_prefix("Fy"))
        .unwrap_or(t)
        .trim();
    let prefixed = body.len() != t.len();
    let end = match body.split_once(['-', '/']) {
        Some((a, b)) if prefixed => fy_years(a, b),
        _ => two_years(body),
    };
    if let Some(end) = end {
        return Some(end);
    }
    let named = match body.len() {
        4 => i64::from(year(body)?),
        2 if prefixed => 2000 + digits(body, 2)?,
        _ => return None,
    };
    let fy = super::Fiscal {
        part: FiscalPart::Year,
        start,
        named_by: one_year,
    };
    Some(fy.end_year(named))
}

/// Fiscal forms: years, halves and quarters in English, Japanese and Chinese.
fn fiscal_text(t: &str, start: YearStart, one_year: NamedBy) -> Parsed {
    let make = |part: FiscalPart, end_year: i64, n: u32| -> Parsed {
        let fy = super::Fiscal {
            part,
            start,
            named_by: one_year,
        };
        because(Period::fiscal(
            part,
            fy.named_year(end_year) as i32,
            n,
            start,
            one_year,
        ))
    };
    // 2020年度, 2020年度第1四半期, 2020年度上半期; 2021财年, 2021財年第一季度, 2021财年上半年.
    for (mark, named) in [
        ("年度", NamedBy::Start),
        ("财年", one_year),
        ("財年", one_year),
    ] {
        if let Some((y, rest)) = t.split_once(mark) {
            let y = i64::from(year(y.trim()).ok_or(None)?);
            let build = |part: FiscalPart, n: u32| -> Parsed {
                because(Period::fiscal(part, y as i32, n, start, named))
            };
            let rest = rest.trim();
            return match rest {
                "" => build(FiscalPart::Year, 1),
                "上半年" | "上半期" => build(FiscalPart::Half, 1),
                "下半年" | "下半期" => build(FiscalPart::Half, 2),
                _ => {
                    let q = rest
                        .strip_suffix("季度")
                        .or_else(|| rest.strip_suffix("四半期"))
                        .ok_or(None)?;
                    let q = q.strip_prefix('第').unwrap_or(q);
                    build(FiscalPart::Quarter, chinese_small_number(q).ok_or(None)?)
                }
            };
        }
    }
    // English: "FY2021 Q1", "FY2021Q1", "FY2021-Q1", "Q1 FY2021", "H1 FY2020-21".
    let words: Vec<&str> = t.split_whitespace().collect();
    let (year_text, part_text) = match words.as_slice() {
        [one] => split_part(one),
        [a, b] if part_of(a).is_some() => (*b, Some(*a)),
        [a, b] => (*a, Some(*b)),
        _ => return Err(None),
    };
    let end_year = fiscal_year(year_text, one_year, start).ok_or(None)?;
    match part_text {
        None => make(FiscalPart::Year, end_year, 1),
        Some(p) => {
            let (part, n) = part_of(p).ok_or(None)?;
            make(part, end_year, n)
        }
    }
}

/// `FY2021Q1` and `FY2021-Q1` as the year and the part.
fn split_part(t: &str) -> (&str, Option<&str>) {
    for (i, c) in t.char_indices().skip(2) {
        if matches!(c, 'Q' | 'q' | 'H' | 'h') && t.get(i..).and_then(part_of).is_some() {
            let year = t.get(..i).unwrap_or(t).trim_end_matches('-');
            return (year, t.get(i..));
        }
    }
    (t, None)
}

/// `Q1` … `Q4`, `H1`, `H2`.
fn part_of(t: &str) -> Option<(FiscalPart, u32)> {
    let (head, n) = t.split_at_checked(1)?;
    let n = digits(n, 1)? as u32;
    match head {
        "Q" | "q" => Some((FiscalPart::Quarter, n)),
        "H" | "h" | "S" | "s" => Some((FiscalPart::Half, n)),
        _ => None,
    }
}

/// Reporting week `n`: the weeks of the reporting year, Monday to Sunday,
/// week 1 holding the first Thursday on or after the year's first day (as
/// ISO weeks do for calendar years).
fn reporting_week(first: Date, start: YearStart, n: i64) -> Parsed {
    let to_thursday = (3 - i64::from(first.weekday().to_monday_zero_offset())).rem_euclid(7);
    let thursday = dates::add_days(first, to_thursday).map_err(|e| Some(e.to_string()))?;
    let monday = dates::add_days(thursday, -3 + 7 * (n - 1)).map_err(|e| Some(e.to_string()))?;
    let next_first = dates::add_months(first, 12).map_err(|e| Some(e.to_string()))?;
    if n < 1 || dates::add_days(monday, 3).map_err(|e| Some(e.to_string()))? >= next_first {
        return Err(Some(format!(
            "reporting week {n} does not exist in the reporting year starting {first} ({start})"
        )));
    }
    because(Period::containing(Frequency::Weekly, monday))
}

/// Reporting day `n`: the `n`-th day from the reporting year's first day.
fn reporting_day(first: Date, start: YearStart, n: i64) -> Parsed {
    let next_first = dates::add_months(first, 12).map_err(|e| Some(e.to_string()))?;
    let days = dates::days_between(first, next_first) - 1;
    if !(1..=days).contains(&n) {
        return Err(Some(format!(
            "reporting day {n} is out of range: the reporting year starting {first} ({start}) \
             has {days} days"
        )));
    }
    because(dates::add_days(first, n - 1).and_then(Period::day))
}
