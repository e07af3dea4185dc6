//! Working days: [`is_working_day`] and [`working_days`], Monday to Friday
//! less the days off of China's holiday table, plus the weekend days worked
//! in exchange (调休上班).

use super::cn;
use crate::error::{Error, ErrorKind, Result};
use crate::period::dates::epoch_day;
use crate::period::{Date, Period};

/// The Monday-to-Friday days from Monday 1969-12-29 up to `d`, `d` not
/// counted (negative before).
fn weekdays_before(d: Date) -> i64 {
    let n = epoch_day(d) + 3; // days from that Monday
    5 * n.div_euclid(7) + n.rem_euclid(7).min(5)
}

/// The Monday-to-Friday days of `p`.
fn weekdays(p: &Period) -> i64 {
    let last = i64::from(p.end().weekday().to_monday_zero_offset() < 5);
    weekdays_before(p.end()) + last - weekdays_before(p.start())
}

/// How many of the sorted `days` lie within `p`.
fn within(days: &[Date], p: &Period) -> i64 {
    let from = days.partition_point(|d| *d < p.start());
    let to = days.partition_point(|d| *d <= p.end());
    (to - from) as i64
}

/// The number of working days in `period` in `region` (`"CN"`, China):
/// its days from Monday to Friday, less those off for a holiday, plus the
/// weekend days worked in exchange (调休上班), as the State Council's
/// notices set them. Any period counts: a day, week, month, quarter, half,
/// year or span.
///
/// The days of the last year of the table are as its notice sets them; the
/// next year's notice, once out, may yet move the end of December (a New
/// Year window has started on 30 December).
///
/// # Errors
///
/// `invalid_argument` for a region other than `CN`; `out_of_range` for a
/// period with a day outside the years of
/// [`CN_HOLIDAY_YEARS`](super::CN_HOLIDAY_YEARS).
///
/// ```
/// use growthkit::{Period, calendar, date};
///
/// // February 2024 has 21 weekdays; 12 to 16 February are off (the Spring
/// // Festival runs from Saturday 10 to Saturday 17 February) and Sundays 4
/// // and 18 February are worked: 21 - 5 + 2.
/// assert_eq!(calendar::working_days(&Period::parse("2024-02")?, "CN")?, 18);
/// assert_eq!(calendar::working_days(&Period::parse("2024")?, "CN")?, 251);
/// let across = Period::span(date(2026, 12, 1), date(2027, 1, 31))?;
/// let e = calendar::working_days(&across, "CN").unwrap_err();
/// assert_eq!(e.code(), "out_of_range");
/// assert_eq!(calendar::working_days(&Period::parse("2024")?, "HK").unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn working_days(period: &Period, region: &str) -> Result<u32> {
    let table = cn::region(region)?;
    table.check_period(period)?;
    let n = weekdays(period) - within(&table.off, period) + within(&table.on, period);
    // At most 366 days a year over the 9999 years a period may span.
    Ok(n as u32)
}

/// Whether `day` (a period of one day) is a working day in `region`
/// (`"CN"`, China): Monday to Friday and not off for a holiday, or a
/// weekend day worked in exchange (调休上班).
///
/// # Errors
///
/// `invalid_argument` for a period longer than a day (count those with
/// [`working_days`]) or a region other than `CN`; `out_of_range` for a day
/// outside the years of [`CN_HOLIDAY_YEARS`](super::CN_HOLIDAY_YEARS).
///
/// ```
/// use growthkit::{Period, calendar, date};
///
/// let day = |y, m, d| Period::day(date(y, m, d));
/// assert!(!calendar::is_working_day(&day(2024, 2, 12)?, "CN")?); // Monday, Spring Festival
/// assert!(calendar::is_working_day(&day(2024, 2, 18)?, "CN")?); // Sunday, worked
/// assert!(!calendar::is_working_day(&day(2024, 2, 24)?, "CN")?); // an ordinary Saturday
/// let e = calendar::is_working_day(&Period::parse("2024-02")?, "CN").unwrap_err();
/// assert_eq!(e.code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn is_working_day(day: &Period, region: &str) -> Result<bool> {
    if day.days() != 1 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "`{day}` is {} days, not one: count the working days of a longer period \
                 with `working_days`",
                day.days()
            ),
        ));
    }
    Ok(working_days(day, region)? == 1)
}
