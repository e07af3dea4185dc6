//! Business days (Monday to Friday) and weeks that end on a weekday other
//! than Sunday. Holidays are the caller's business: a business day without
//! an observation is a missing value, never filled.

use super::dates::{self, EPOCH_MONDAY};
use super::{Date, Frequency, Period, WeekEnd};
use crate::error::{Error, ErrorKind, Result};

/// Days from Monday (0) to Sunday (6).
fn monday_offset(d: Date) -> i64 {
    i64::from(d.weekday().to_monday_zero_offset())
}

/// The business day `d`, refusing weekends.
pub(crate) fn business_day(d: Date) -> Result<Period> {
    if monday_offset(d) >= 5 {
        return Err(Error::new(
            ErrorKind::NoSuchPeriod,
            format!(
                "{d} is a {:?}, not a business day: business days run Monday to Friday",
                d.weekday()
            ),
        ));
    }
    Ok(Period::from_dates(Frequency::BusinessDaily, d, d))
}

/// pandas' business-day ordinal: weekdays counted from Thursday 1970-01-01 (0).
pub(crate) fn business_ordinal(d: Date) -> i64 {
    // Days from Monday 1969-12-29, so that weeks start on Monday.
    let days = dates::epoch_day(d) + 3;
    5 * days.div_euclid(7) + days.rem_euclid(7).min(5) - 3
}

/// The business day with pandas' ordinal `n`.
pub(crate) fn business_from_ordinal(n: i64) -> Result<Period> {
    let m = n.checked_add(3).ok_or_else(|| too_far(n))?;
    let days = m
        .div_euclid(5)
        .checked_mul(7)
        .and_then(|w| w.checked_add(m.rem_euclid(5) - 3))
        .ok_or_else(|| too_far(n))?;
    business_day(dates::add_days(dates::EPOCH, days).map_err(|_| too_far(n))?)
}

fn too_far(n: i64) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!(
            "business day ordinal `{n}` falls outside years {} to {}",
            dates::MIN_YEAR,
            dates::MAX_YEAR
        ),
    )
}

/// The business day a year before `d`: the same month and day, moved back
/// to the Friday before when it falls on a weekend (29 February becomes 28
/// February first).
pub(crate) fn business_year_ago(d: Date, n: i64) -> Result<Period> {
    let year = i64::from(d.year())
        .checked_sub(n)
        .ok_or_else(|| too_far(i64::MAX))?;
    let same = dates::same_day_in(d, year)?;
    let back = (monday_offset(same) - 4).max(0);
    business_day(dates::add_days(same, -back)?)
}

/// The week ending on `end` that holds `d`.
pub(crate) fn week_ending_on_or_after(d: Date, end: WeekEnd) -> Result<Period> {
    let ahead = (end.monday_offset() - monday_offset(d)).rem_euclid(7);
    let last = dates::add_days(d, ahead)?;
    let first = dates::add_days(last, -6)?;
    Ok(Period::from_dates(
        Frequency::WeeklyEnding(end),
        first,
        last,
    ))
}

/// The week ending on `end` with pandas' ordinal `n` (weeks counted as
/// pandas counts `W-SAT` …: ordinal 0 starts between 22 and 28 December 1969).
pub(crate) fn week_from_ordinal(end: WeekEnd, n: i64) -> Result<Period> {
    let days = n.checked_mul(7).ok_or_else(|| too_far(n))?;
    let monday = dates::add_days(EPOCH_MONDAY, days)?;
    // The week starts the day after its end day: Sunday for W-SAT, six days on.
    let first = dates::add_days(monday, (end.monday_offset() + 1).rem_euclid(7))?;
    week_ending_on_or_after(first, end)
}

/// pandas' ordinal of a week, whatever day it ends on.
pub(crate) fn week_ordinal(p: &Period) -> i64 {
    (dates::epoch_day(p.start()) - dates::epoch_day(EPOCH_MONDAY)).div_euclid(7)
}
