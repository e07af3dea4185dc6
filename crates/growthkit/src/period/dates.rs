//! Thin helpers over jiff's civil dates, returning growthkit errors.
//!
//! Every calendar fact (month lengths, leap years, ISO weeks, day counts)
//! comes from jiff; this file only maps its results into the years growthkit
//! supports (1..=9999) and into growthkit's error codes.

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use jiff::SignedDuration;
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// The first year a period may have.
pub const MIN_YEAR: i32 = 1;
/// The last year a period may have.
pub const MAX_YEAR: i32 = 9999;

/// 1970-01-01, day 0 of the daily ordinals (as in pandas and numpy).
pub(crate) const EPOCH: Date = Date::constant(1970, 1, 1);
/// Monday 1969-12-22, week 0 of the weekly ordinals: pandas numbers its
/// W-SUN weeks so that the week of 1970-01-01 (ISO 1970-W01) is week 1.
pub(crate) const EPOCH_MONDAY: Date = Date::constant(1969, 12, 22);

const SECONDS_PER_DAY: i64 = 86_400;

/// Checks that a year is within 1..=9999.
pub(crate) fn check_year(year: i64) -> Result<i16> {
    if (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&year) {
        // In range, so it fits an i16.
        Ok(year as i16)
    } else {
        Err(Error::new(
            ErrorKind::OutOfRange,
            format!(
                "year `{year}` is out of range: growthkit handles years {MIN_YEAR} to {MAX_YEAR}"
            ),
        ))
    }
}

/// Checks that a date's year is within 1..=9999.
pub(crate) fn check_date(date: Date) -> Result<Date> {
    check_year(i64::from(date.year()))?;
    Ok(date)
}

/// The date of a year, month and day, all assumed valid except the year.
pub(crate) fn ymd(year: i64, month: i64, day: i64) -> Result<Date> {
    let y = check_year(year)?;
    // The reason in growthkit's words: formatting jiff's own error would
    // bring its whole error printer into the wasm package.
    let reason = if !(1..=12).contains(&month) {
        "a month is 1 to 12".to_string()
    } else if !(1..=month_length(year, month)).contains(&day) {
        format!("that month has {} days", month_length(year, month))
    } else {
        String::new()
    };
    match Date::new(y, month as i8, day as i8) {
        Ok(d) if reason.is_empty() => Ok(d),
        _ => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("`{year:04}-{month:02}-{day:02}` is not a date: {reason}"),
        )),
    }
}

/// `YYYY-MM-DD`, written without jiff's printer (see [`ymd`]).
pub(crate) fn iso_text(date: Date) -> String {
    let t = super::format::day_text(
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    String::from_utf8_lossy(&t).into_owned()
}

/// Days from 1970-01-01 to `date`.
pub(crate) fn epoch_day(date: Date) -> i64 {
    days_from_civil(
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    )
}

/// `date` moved by `days`, within years 1..=9999.
pub(crate) fn add_days(date: Date, days: i64) -> Result<Date> {
    let out_of_range = || {
        Error::new(
            ErrorKind::OutOfRange,
            format!(
                "{} moved by {days} days falls outside years {MIN_YEAR} to {MAX_YEAR}",
                iso_text(date)
            ),
        )
    };
    // |days| beyond 4 million cannot stay within the supported years.
    if days.unsigned_abs() > 4_000_000 {
        return Err(out_of_range());
    }
    let moved = date
        .checked_add(SignedDuration::from_secs(days * SECONDS_PER_DAY))
        .map_err(|_| out_of_range())?;
    check_date(moved).map_err(|_| out_of_range())
}

/// Days from `start` to `end`, both included.
pub(crate) fn days_between(start: Date, end: Date) -> i64 {
    end.duration_since(start).as_secs() / SECONDS_PER_DAY + 1
}

/// The Monday of ISO week `week` of ISO year `year`.
pub(crate) fn iso_monday(year: i16, week: i8) -> Result<Date> {
    let wd = ISOWeekDate::new(year, week, Weekday::Monday).map_err(|_| {
        Error::new(
            ErrorKind::NoSuchPeriod,
            format!(
                "iso week `{year:04}-W{week:02}` does not exist: {year:04} has {} weeks",
                weeks_in_year(year)
            ),
        )
    })?;
    check_date(wd.date())
}

/// How many ISO weeks (52 or 53) the ISO year `year` has.
pub(crate) fn weeks_in_year(year: i16) -> i8 {
    // 28 December always falls in the last ISO week of its year.
    Date::constant(year, 12, 28).iso_week_date().week()
}

/// The Thursday of the ISO week that starts on `monday`.
pub(crate) fn thursday(monday: Date) -> Result<Date> {
    add_days(monday, 3)
}

/// 29 February becomes 28 February; other dates are kept.
pub(crate) fn same_day_in(date: Date, year: i64) -> Result<Date> {
    let y = check_year(year)?;
    let day = if date.month() == 2 && date.day() == 29 {
        Date::constant(y, 2, 1).last_of_month().day()
    } else {
        date.day()
    };
    ymd(year, i64::from(date.month()), i64::from(day))
}

/// `date` moved by `months` whole months; its day must exist in every month
/// (at most 28, as fiscal year starts are).
pub(crate) fn add_months(date: Date, months: i64) -> Result<Date> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + months;
    ymd(
        total.div_euclid(12),
        total.rem_euclid(12) + 1,
        i64::from(date.day()),
    )
}

/// The civil date of a day number (days from 1970-01-01), on integers
/// (H. Hinnant's `civil_from_days`), for kernels that would otherwise go
/// through a date library per row.
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The civil dates of day numbers in order: the next day by counting when
/// the days run on (most series), [`civil_from_days`] when they jump.
pub(crate) fn civil_days(days: &[i64]) -> impl Iterator<Item = (i64, i64, i64)> + '_ {
    let mut last: Option<(i64, (i64, i64, i64))> = None;
    days.iter().map(move |&z| {
        let ymd = match last {
            Some((prev, (y, m, d))) if z == prev + 1 && d < month_length(y, m) => (y, m, d + 1),
            _ => civil_from_days(z),
        };
        last = Some((z, ymd));
        ymd
    })
}

/// The days in month `m` of year `y`.
fn month_length(y: i64, m: i64) -> i64 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day number of a civil date (H. Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day number of the same date `years` years before the day `z` (29
/// February going to 28 February), as [`same_day_in`] does, on integers;
/// `None` outside years 1..=9999.
pub(crate) fn years_before_day(z: i64, years: i64) -> Option<i64> {
    let (y, m, d) = civil_from_days(z);
    let y = y.checked_sub(years)?;
    if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
        return None;
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let d = if m == 2 && d == 29 && !leap { 28 } else { d };
    Some(days_from_civil(y, m, d))
}
