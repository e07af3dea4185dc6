//! Reading periods from text: canonical, SDMX, compact, English, ISO 8601
//! interval and Chinese statistical forms.

use super::dates;
use super::{Date, Period};
use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use std::str::FromStr;

const FORMS: &str = "expected a form such as 2020, 2020-S1, 2020-H1, 2020-Q3, 2020Q3, Q3 2020, \
                     2020-07, 2020-M07, July 2020, 2020-W41, 2020-10-05, 2020-D279, \
                     2020-10-01/2020-10-08, 2020-10-01/P8D, 2020年第三季度 or 2020年1-6月";

/// English month names, full; the first three letters are the short form.
const MONTHS: [&str; 12] = [
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
        let t = text.trim();
        let parsed = if let Some(day) = midnight(t) {
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

/// `2020-10-01/2020-10-08` and `2020-10-01/P8D`.
fn parse_interval(t: &str) -> Parsed {
    let (left, right) = t.split_once('/').ok_or(None)?;
    let start = iso_date(left)?;
    let end = if let Some(n) = right.strip_prefix('P').and_then(|r| r.strip_suffix('D')) {
        let days: i64 = if !n.is_empty() && n.len() <= 7 && n.bytes().all(|b| b.is_ascii_digit()) {
            n.parse().map_err(|_| None)?
        } else {
            return Err(None);
        };
        if days == 0 {
            return Err(Some("a duration must be at least one day".into()));
        }
        dates::add_days(start, days - 1).map_err(|e| Some(e.message().to_string()))?
    } else {
        iso_date(right)?
    };
    because(Period::span(start, end))
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
        ('S', true) | ('H', _) | ('Q', _) => {
            let n = digits(num, 1).ok_or(None)?;
            if code == 'Q' {
                because(Period::quarter(y, n as u32))
            } else {
                because(Period::semiannual(y, n as u32))
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

/// Chinese numerals 一 to 四, or Arabic 1 to 4, as a number.
fn chinese_small_number(s: &str) -> Option<u32> {
    match s {
        "一" | "1" => Some(1),
        "二" | "2" => Some(2),
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
