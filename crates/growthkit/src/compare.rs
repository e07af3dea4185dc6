//! Growth between periods of unequal length: the headline rate beside the
//! rate per day (a Golden Week of 8 days against one of 7).

use crate::error::{Result, finite};
use crate::growth::pct_change;
use crate::period::Period;

/// A growth statement between two periods, headline and per day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodComparison {
    /// `current / previous - 1`: the rate as usually published.
    pub growth: f64,
    /// The growth of the value per day: `(current / current_days) /
    /// (previous / previous_days) - 1`.
    pub per_day_growth: f64,
    /// Days in the current period.
    pub current_days: i64,
    /// Days in the previous period.
    pub previous_days: i64,
    /// Whether the periods differ in length, so that the headline rate
    /// mixes growth with the change in length.
    pub unequal_length: bool,
}

/// Compares a value over `current_period` with one over `previous_period`,
/// headline and per day, flagging periods of unequal length.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when `previous`
/// is zero or negative.
///
/// ```
/// use growthkit::{Period, compare_periods};
/// let gw2020 = Period::parse("2020-10-01/2020-10-08")?;
/// let gw2019 = Period::parse("2019-10-01/2019-10-07")?;
/// let c = compare_periods(&gw2020, 80.0, &gw2019, 70.0)?;
/// assert!(c.unequal_length);
/// assert!((c.growth - 1.0 / 7.0).abs() < 1e-12);   // up 14.3 %
/// assert!(c.per_day_growth.abs() < 1e-12);         // 10 a day both years
/// assert!(compare_periods(&gw2020, 80.0, &gw2019, 0.0).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn compare_periods(
    current_period: &Period,
    current: f64,
    previous_period: &Period,
    previous: f64,
) -> Result<PeriodComparison> {
    let growth = pct_change(finite("current", current)?, previous)?;
    let (cd, pd) = (current_period.days(), previous_period.days());
    let per_day_growth = pct_change(current / cd as f64, previous / pd as f64)?;
    Ok(PeriodComparison {
        growth,
        per_day_growth,
        current_days: cd,
        previous_days: pd,
        unequal_length: cd != pd,
    })
}
