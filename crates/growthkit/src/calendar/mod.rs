//! Calendar facts that official statistics lean on: the date of Easter
//! (Gregorian) and of the Spring Festival (春节, the first day of the Chinese
//! year), which move the holidays that seasonal adjustment and year-on-year
//! comparisons must allow for; and China's public holidays and working
//! days as the State Council's notices set them, year by year since 2008.
//!
//! ```
//! use growthkit::{Period, calendar};
//!
//! let golden_week = calendar::holiday_window(2024, "国庆节")?;
//! assert_eq!(golden_week.to_string(), "2024-10-01/2024-10-07");
//! // October 2024: 23 weekdays, 5 of them off, Saturday 12 October worked.
//! assert_eq!(calendar::working_days(&Period::parse("2024-10")?, "CN")?, 19);
//! # Ok::<(), growthkit::Error>(())
//! ```
//!
//! - `holidays_cn.tsv`: the holiday table, one row a window of days off or
//!   a weekend day worked, each with its notice; `cn.rs` reads it.
//!   A new year is a few lines of data.
//! - `holidays.rs`: [`HolidayWindow`], [`holiday_window`], [`holidays`].
//! - `working.rs`: [`working_days`], [`is_working_day`].
//!
//! The Spring Festival is computed, not looked up: the instants of new moon
//! and of the Sun's longitudes come from Meeus' *Astronomical Algorithms*
//! (see `astro.rs`), and the rules of the calendar are those of GB/T
//! 33661-2017 *Calculation and promulgation of the Chinese calendar* as
//! Helmer Aslaksen sets them out (*The Mathematics of the Chinese
//! Calendar*): days in Beijing time (UTC+8; before 1929 the local mean
//! time of Beijing, 116°25′ E, as the calendar then reckoned); a month from one new moon to
//! the next; the winter solstice in the eleventh month; in a year of thirteen
//! months from one eleventh month to the next, the first month without a
//! major solar term (中气) is the leap month. Checked against the Hong Kong
//! Observatory's tables (through the `lunardate` package) for 1900–2099.

mod astro;
mod cn;
mod holidays;
mod working;

pub use holidays::{HolidayWindow, holiday_window, holidays};
pub use working::{is_working_day, working_days};

use crate::error::{Error, ErrorKind, Result};
use crate::period::Date;
use crate::period::dates::{civil_from_days, days_from_civil};

/// The years [`spring_festival`] computes.
pub const SPRING_FESTIVAL_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The years of China's holiday table: the years whose State Council
/// notices [`holidays`], [`holiday_window`], [`working_days`] and
/// [`is_working_day`] read. A year outside is an `out_of_range` error,
/// never a guess.
pub const CN_HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 2008..=2026;

/// The Julian Day Number of 1970-01-01, day 0 of `days_from_civil`.
const JDN_1970: f64 = 2_440_588.0;

/// The Julian Day at which China's calendar moved from Beijing's local mean
/// time (UTC+7:45:40) to the time of 120° E: 1929-01-01.
const JD_1929: f64 = 2_425_612.5;

/// Beijing's offset from UT at the instant `ut` (a Julian Day), in days.
fn offset(ut: f64) -> f64 {
    if ut < JD_1929 {
        (116.0 + 25.0 / 60.0) / 15.0 / 24.0
    } else {
        8.0 / 24.0
    }
}

/// The Beijing-time day (days from 1970-01-01) of an instant in JDE.
fn beijing_day(jde: f64) -> i64 {
    let ut = jde - astro::delta_t(jde);
    (ut + offset(ut) + 0.5 - JDN_1970).floor() as i64
}

/// The instant (JDE) at which the Beijing-time day `day` begins.
fn day_start(day: i64) -> f64 {
    let midnight = day as f64 + JDN_1970 - 0.5;
    let ut = midnight - offset(midnight - 1.0 / 3.0);
    ut + astro::delta_t(ut)
}

/// The Beijing-time day of the winter solstice of `year`.
fn winter_solstice(year: i32) -> i64 {
    let guess = 2_451_900.0 + 365.2422 * f64::from(year - 2000);
    beijing_day(astro::sun_at(270.0, guess))
}

/// Whether the month from day `start` to day `end` (exclusive) holds a
/// major solar term (the Sun at a multiple of 30°).
fn has_major_term(start: i64, end: i64) -> bool {
    let a = astro::sun_longitude(day_start(start));
    let mut b = astro::sun_longitude(day_start(end));
    if b < a {
        b += 360.0;
    }
    (a / 30.0).floor() != (b / 30.0).floor()
}

/// The date of the Spring Festival of `year`, for 1900 to 2100.
///
/// # Errors
///
/// `invalid_argument` for a year outside [`SPRING_FESTIVAL_YEARS`].
///
/// ```
/// use growthkit::{calendar, date};
/// assert_eq!(calendar::spring_festival(2024)?, date(2024, 2, 10));
/// assert_eq!(calendar::spring_festival(2033)?, date(2033, 1, 31));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn spring_festival(year: i32) -> Result<Date> {
    if !SPRING_FESTIVAL_YEARS.contains(&year) {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("the Spring Festival is computed for the years 1900 to 2100, not {year}"),
        ));
    }
    let (s1, s2) = (winter_solstice(year - 1), winter_solstice(year));
    // The new moons from November of the year before to March of the year after.
    let first = days_from_civil(i64::from(year) - 1, 11, 1) as f64 + JDN_1970;
    let k0 = ((first - 2_451_550.097_66) / 29.530_588_861).floor();
    let moons: Vec<i64> = (0..18)
        .map(|i| beijing_day(astro::new_moon(k0 + f64::from(i))))
        .collect();
    let month_of = |day: i64| moons.iter().rposition(|&m| m <= day);
    let (Some(m11), Some(next11)) = (month_of(s1), month_of(s2)) else {
        return Err(Error::new(ErrorKind::InvalidArgument, "no new moon found"));
    };
    // In a year of thirteen months, a leap eleventh or twelfth month puts
    // the first month one new moon later.
    let leap_before_new_year = next11 - m11 == 13
        && (m11 + 1..m11 + 3)
            .find(|&i| match (moons.get(i), moons.get(i + 1)) {
                (Some(&a), Some(&b)) => !has_major_term(a, b),
                _ => false,
            })
            .is_some();
    let at = m11 + if leap_before_new_year { 3 } else { 2 };
    let day = moons
        .get(at)
        .copied()
        .ok_or_else(|| Error::new(ErrorKind::InvalidArgument, "no new moon found"))?;
    let (y, m, d) = civil_from_days(day);
    crate::checked_date(y, m, d)
}

/// The date of Easter Sunday of `year` in the Gregorian calendar (years
/// 1583 to 9999), by the anonymous Gregorian algorithm (Meeus, chapter 8).
///
/// # Errors
///
/// `invalid_argument` for a year before 1583 or after 9999.
///
/// ```
/// use growthkit::{calendar, date};
/// assert_eq!(calendar::easter(2024)?, date(2024, 3, 31));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn easter(year: i32) -> Result<Date> {
    if !(1583..=9999).contains(&year) {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("Easter is computed for the Gregorian years 1583 to 9999, not {year}"),
        ));
    }
    let y = i64::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    crate::checked_date(y, n / 31, n % 31 + 1)
}
