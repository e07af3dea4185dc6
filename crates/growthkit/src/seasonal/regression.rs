//! The regression variables of [`Series::seasonal_adjust`](crate::Series::seasonal_adjust):
//! X-13ARIMA-SEATS' `td`, `tdnolpyear`, `lpyear` and `easter[w]`, the
//! Spring Festival and China's working days, and user regressors.

use crate::calendar;
use crate::error::{Error, ErrorKind, Result, quote};
use crate::period::Period;
use crate::period::dates::{days_from_civil, epoch_day};
use crate::series::Series;

/// A regression variable of the regARIMA model.
#[derive(Debug, Clone, PartialEq)]
pub enum Regressor {
    /// X-13's `td`: the six contrasts Monday … Saturday minus Sunday, with
    /// the leap year as X-13 treats it (a prior adjustment of February by
    /// 28/28.25 or 29/28.25 under the log, the `lpyear` regressor without).
    TradingDay,
    /// X-13's `tdnolpyear`: the six contrasts only.
    TradingDayNoLeapYear,
    /// X-13's `lpyear`: 0.75 in a leap February, -0.25 in another.
    LeapYear,
    /// X-13's `easter[w]`: the share of the `w` days before Easter Sunday
    /// falling in each month, less its mean over 1600–2099.
    Easter(u32),
    /// The window `[festival - before, festival + after)` around the Spring
    /// Festival: the share of its days in each period, less that month's
    /// (quarter's) mean over the whole years the series and its forecasts
    /// cover (X-13's `genhol` with `center=calendar`).
    SpringFestival {
        /// Days before the festival.
        before: u32,
        /// Days from the festival on.
        after: u32,
    },
    /// China's official working days in each period
    /// ([`calendar::working_days`]), less that month's (quarter's) mean
    /// over the whole years covered.
    WorkingDaysCn,
    /// A regressor given as a series, covering the series and its forecasts;
    /// its effect stays in the adjusted series (X-13's `usertype=user`).
    User(Series),
    /// An additive outlier at one period (X-13's `ao2020.apr`): 1 there, 0
    /// elsewhere; its effect goes to the irregular.
    AdditiveOutlier(i32, u32),
    /// A level shift from one period on (X-13's `ls2020.mar`): -1 before
    /// it, 0 from it; its effect goes to the trend.
    LevelShift(i32, u32),
}

/// Where a regressor's effect goes: removed with the seasonal factors
/// (trading day and holiday, X-13's D18), or left in the adjusted series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Effect {
    /// Trading day and holiday: out of the adjusted series, in D18.
    Calendar,
    /// User regressors: left in the adjusted series and out of the
    /// irregular, as X-13's `usertype=user`.
    User,
    /// Additive outliers: left in the adjusted series and the irregular.
    Irregular,
    /// Level shifts: left in the adjusted series and the trend.
    Trend,
}

/// One column of the regression matrix, on the series' periods and then
/// the forecasts'.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub(super) name: String,
    pub(super) effect: Effect,
    pub(super) values: Vec<f64>,
}

/// X-13's names of the contrasts, Monday (0) to Saturday (5); Sunday is 6.
const WEEK: [&str; 6] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

impl Regressor {
    /// A built-in regressor by X-13's name: `td`, `tdnolpyear`, `lpyear`,
    /// `easter[w]` (w from 1 to 25), outliers `ao2020.apr`, `ls2020.3`
    /// (X-13's dates: a month's name or number, or a quarter's number) or
    /// `ao2020-04`, `ls2020-Q2` (period texts), and
    /// `spring_festival[b,a]`, `working_days_cn`.
    ///
    /// ```
    /// use growthkit::seasonal::Regressor;
    /// assert_eq!(Regressor::parse("easter[8]")?, Regressor::Easter(8));
    /// assert_eq!(Regressor::parse("spring_festival[7, 7]")?, Regressor::SpringFestival { before: 7, after: 7 });
    /// assert_eq!(Regressor::parse("easter[30]").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `invalid_argument` for another name or a window out of range.
    pub fn parse(name: &str) -> Result<Regressor> {
        let bad = |why: &str| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("{} is not a regressor: {why}", quote(name)),
            )
        };
        let args = |prefix: &str| -> Option<Vec<u32>> {
            let inner = name
                .strip_prefix(prefix)?
                .strip_prefix('[')?
                .strip_suffix(']')?;
            inner.split(',').map(|t| t.trim().parse().ok()).collect()
        };
        match name {
            "td" => return Ok(Regressor::TradingDay),
            "tdnolpyear" => return Ok(Regressor::TradingDayNoLeapYear),
            "lpyear" => return Ok(Regressor::LeapYear),
            "working_days_cn" => return Ok(Regressor::WorkingDaysCn),
            _ => {}
        }
        for (prefix, ls) in [("ao", false), ("ls", true)] {
            if let Some(rest) = name
                .strip_prefix(prefix)
                .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            {
                let (y, k) = outlier_date(rest).ok_or_else(|| {
                    bad("an outlier's date is X-13's (2020.apr, 2020.4) or a period (2020-04, 2020-Q2)")
                })?;
                return Ok(if ls {
                    Regressor::LevelShift(y, k)
                } else {
                    Regressor::AdditiveOutlier(y, k)
                });
            }
        }
        if let Some(w) = args("easter") {
            return match w.as_slice() {
                [w] if (1..=25).contains(w) => Ok(Regressor::Easter(*w)),
                _ => Err(bad("easter[w] takes a window of 1 to 25 days")),
            };
        }
        if let Some(w) = args("spring_festival") {
            return match w.as_slice() {
                [b, a] if b + a >= 1 && *b <= 60 && *a <= 60 => Ok(Regressor::SpringFestival {
                    before: *b,
                    after: *a,
                }),
                _ => Err(bad(
                    "spring_festival[b,a] takes 0 to 60 days before and after, at least one day in all",
                )),
            };
        }
        Err(bad(
            "use td, tdnolpyear, lpyear, easter[w], spring_festival[b,a], working_days_cn or a series",
        ))
    }

    /// The columns on `periods` (the series' and the forecasts'); `log`
    /// tells `td` how to treat the leap year.
    pub(super) fn columns(&self, periods: &[Period], log: bool) -> Result<Vec<Column>> {
        let calendar = |name: String, values: Vec<f64>| Column {
            name,
            effect: Effect::Calendar,
            values,
        };
        Ok(match self {
            Regressor::TradingDay | Regressor::TradingDayNoLeapYear => {
                let mut out: Vec<Column> = WEEK
                    .iter()
                    .enumerate()
                    .map(|(day, name)| {
                        let v = periods.iter().map(|p| contrast(p, day as i64)).collect();
                        calendar((*name).to_string(), v)
                    })
                    .collect();
                if *self == Regressor::TradingDay && !log {
                    out.push(calendar("Leap Year".into(), leap_year(periods)));
                }
                out
            }
            Regressor::LeapYear => vec![calendar("Leap Year".into(), leap_year(periods))],
            Regressor::Easter(w) => vec![calendar(format!("Easter[{w}]"), easter(periods, *w)?)],
            Regressor::SpringFestival { before, after } => vec![calendar(
                format!("Spring Festival[{before},{after}]"),
                spring_festival(periods, *before, *after)?,
            )],
            Regressor::WorkingDaysCn => {
                let days = centred(periods, |p| calendar::working_days(p, "CN").map(f64::from))?;
                vec![calendar("Working Days CN".into(), days)]
            }
            Regressor::User(s) => vec![user(s, periods)?],
            Regressor::AdditiveOutlier(y, k) | Regressor::LevelShift(y, k) => {
                vec![self.outlier(periods, *y, *k)?]
            }
        })
    }

    /// The column of an outlier at period `k` of year `y`, which must be one
    /// of the series' (not a forecast's: `periods` less `forecasts`).
    fn outlier(&self, periods: &[Period], y: i32, k: u32) -> Result<Column> {
        let Some(t0) = outlier_position(periods, y, k) else {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                format!("the outlier at period {k} of {y} is outside the series"),
            ));
        };
        let ls = matches!(self, Regressor::LevelShift(..));
        let values = (0..periods.len())
            .map(|t| match (ls, t.cmp(&t0)) {
                (false, std::cmp::Ordering::Equal) => 1.0,
                (true, std::cmp::Ordering::Less) => -1.0,
                _ => 0.0,
            })
            .collect();
        Ok(Column {
            name: outlier_name(ls, &periods[t0]),
            effect: if ls { Effect::Trend } else { Effect::Irregular },
            values,
        })
    }

    /// Whether X-13 prior-adjusts the leap year for this regressor under the log.
    pub(super) fn leap_year_prior(&self) -> bool {
        *self == Regressor::TradingDay
    }
}

/// The year of `p` and its month (quarter) from 1: an outlier's date.
pub(super) fn outlier_date_of(p: &Period) -> (i32, u32) {
    let months = if p.days() > 31 { 3 } else { 1 };
    (p.year_number(), position(p, months) as u32 + 1)
}

/// The position in `periods` of period `k` of year `y`.
pub(super) fn outlier_position(periods: &[Period], y: i32, k: u32) -> Option<usize> {
    periods.iter().position(|p| outlier_date_of(p) == (y, k))
}

/// X-13's name of an outlier at `p`: `AO2020.Apr`, `LS2020.2` (a quarter).
pub(super) fn outlier_name(ls: bool, p: &Period) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, k) = outlier_date_of(p);
    let kind = if ls { "LS" } else { "AO" };
    match p.days() {
        ..=31 => format!("{kind}{y}.{}", MONTHS[k as usize - 1]),
        _ => format!("{kind}{y}.{k}"),
    }
}

/// An outlier's date, `(year, period of the year from 1)`: X-13's
/// `2020.apr` or `2020.4`, or a period text (`2020-04`, `2020-Q2`).
fn outlier_date(text: &str) -> Option<(i32, u32)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if let Some((y, k)) = text.split_once('.') {
        let k = k.to_ascii_lowercase();
        let n = MONTHS.iter().position(|m| *m == k).map(|i| i as u32 + 1);
        let n = n
            .or_else(|| k.parse().ok())
            .filter(|n| (1..=12).contains(n))?;
        return Some((y.parse().ok()?, n));
    }
    let p = Period::parse(text).ok()?;
    let m = p.start().month() as u32;
    match p.days() {
        28..=31 => Some((p.year_number(), m)),
        89..=92 => Some((p.year_number(), (m - 1) / 3 + 1)),
        _ => None,
    }
}

/// X-13's leap-year prior factors: the period's length over its mean
/// length (February's over 28.25, a first quarter's over 90.25).
pub(super) fn leap_year_factors(periods: &[Period]) -> Vec<f64> {
    let days = periods.iter().map(|p| p.days() as f64);
    days.zip(leap_year(periods))
        .map(|(d, v)| d / (d - v))
        .collect()
}

fn leap_year(periods: &[Period]) -> Vec<f64> {
    periods
        .iter()
        .map(|p| {
            // the days of February within the period, less 28.25
            let (lo, hi) = p.day_numbers();
            let y = i64::from(p.year_number());
            let feb = (days_from_civil(y, 2, 1), days_from_civil(y, 3, 1) - 1);
            let days = (hi.min(feb.1) - lo.max(feb.0) + 1).max(0);
            if days > 0 { days as f64 - 28.25 } else { 0.0 }
        })
        .collect()
}

/// Mondays (0) … Saturdays (5) of `p` less its Sundays.
fn contrast(p: &Period, day: i64) -> f64 {
    let (lo, hi) = p.day_numbers();
    // 1970-01-01, day 0, was a Thursday (3)
    let count = |d: i64| (lo..=hi).filter(|t| (t + 3).rem_euclid(7) == d).count() as f64;
    count(day) - count(6)
}

/// The share of the window of `len` days from day `first` falling in the
/// days `lo ..= hi` (days from 1970).
fn share((lo, hi): (i64, i64), first: i64, len: u32) -> f64 {
    let last = first + i64::from(len) - 1;
    let days = (last.min(hi) - first.max(lo) + 1).max(0);
    days as f64 / f64::from(len)
}

/// Months in each period: 12 for monthly, 3 for quarterly.
fn months_of(periods: &[Period]) -> i8 {
    periods
        .first()
        .map_or(1, |p| if p.days() > 31 { 3 } else { 1 })
}

/// The position of `p` in its year: its month (quarter) from 0.
fn position(p: &Period, months: i8) -> usize {
    ((p.start().month() - 1) / months) as usize
}

/// The first and last days (from 1970) of the `k`-th period of `year`.
fn days_of(year: i32, k: usize, months: i8) -> (i64, i64) {
    let (y, m) = (i64::from(year), (k as i64) * i64::from(months) + 1);
    let next = m + i64::from(months);
    let end = days_from_civil(y + (next - 1) / 12, (next - 1) % 12 + 1, 1) - 1;
    (days_from_civil(y, m, 1), end)
}

/// The first day of the window of `w` days before Easter of `year`.
fn easter_window(year: i32, w: u32) -> Result<i64> {
    Ok(epoch_day(calendar::easter(year)?) - i64::from(w))
}

/// The share of the `w` days before Easter in each period, less its mean
/// in that month (or quarter) over the Gregorian years 1600–2099, the span
/// of X-13's long-term means (which it tabulates to seven digits).
fn easter(periods: &[Period], w: u32) -> Result<Vec<f64>> {
    let months = months_of(periods);
    let ny = (12 / months) as usize;
    let mut mean = vec![0.0; ny];
    for y in 1600..2100 {
        let first = easter_window(y, w)?;
        for (k, m) in mean.iter_mut().enumerate() {
            *m += share(days_of(y, k, months), first, w) / 500.0;
        }
    }
    periods
        .iter()
        .map(|p| {
            let first = easter_window(p.year_number(), w)?;
            Ok(share(p.day_numbers(), first, w) - mean[position(p, months)])
        })
        .collect()
}

/// The share of the Spring Festival window in each period, centred.
fn spring_festival(periods: &[Period], before: u32, after: u32) -> Result<Vec<f64>> {
    centred(periods, |p| {
        // the window may reach a period from its year's festival or the next one's
        let mut v = 0.0;
        for y in [p.year_number(), p.year_number() + 1] {
            let first = epoch_day(calendar::spring_festival(y)?) - i64::from(before);
            v += share(p.day_numbers(), first, before + after);
        }
        Ok(v)
    })
}

/// The value of each period by `value`, less its mean for that period of
/// the year (month or quarter) over the whole years from the first
/// period's to the last's, as X-13's `genhol` centres with
/// `center=calendar`.
fn centred(periods: &[Period], value: impl Fn(&Period) -> Result<f64>) -> Result<Vec<f64>> {
    let months = months_of(periods);
    let ny = (12 / months) as usize;
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Ok(Vec::new());
    };
    let years = first.year_number()..=last.year_number();
    let mut mean = vec![0.0; ny];
    for y in years.clone() {
        for (k, m) in mean.iter_mut().enumerate() {
            let p = if months == 1 {
                Period::month(y, k as u32 + 1)?
            } else {
                Period::quarter(y, k as u32 + 1)?
            };
            *m += value(&p)?;
        }
    }
    let n = years.count() as f64;
    periods
        .iter()
        .map(|p| Ok(value(p)? - mean[position(p, months)] / n))
        .collect()
}

/// A user regressor's values on `periods`, which it must cover.
fn user(s: &Series, periods: &[Period]) -> Result<Column> {
    let name = s
        .indicator()
        .map_or_else(|| "user".to_string(), |i| i.code().to_string());
    let by_period: std::collections::HashMap<&Period, f64> =
        s.periods().iter().zip(s.values().iter().copied()).collect();
    let values = periods
        .iter()
        .map(|p| {
            match by_period.get(p).copied() {
                Some(v) if v.is_finite() => Ok(v),
                Some(_) => Err(Error::new(
                    ErrorKind::NonFinite,
                    format!("the regressor {} has no value at {p}", quote(&name)),
                )),
                None => Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "the regressor {} does not cover {p}: a regressor needs every period of the series and its forecasts",
                        quote(&name)
                    ),
                )),
            }
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Column {
        name,
        effect: Effect::User,
        values,
    })
}
