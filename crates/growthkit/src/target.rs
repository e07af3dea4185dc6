//! [`Target`]: a goal with a deadline, and the pace it requires
//! (时间过半、任务过半: is the work keeping up with the time?).

use crate::error::ErrorKind;
use crate::error::{Error, Result, finite, positive};
use crate::period::Period;
use crate::period::dates;

/// Days in the mean Gregorian year, for counting years between dates.
pub const DAYS_PER_YEAR: f64 = 365.2425;

/// A target value to reach by the end of a deadline period, optionally from
/// a baseline value at the end of a baseline period.
///
/// ```
/// use growthkit::{Period, Target};
/// // "Build 100 smart factories by 2022", from an assumed 20 at the end of 2019.
/// let t = Target::new(100.0, Period::year(2022)?, Some((Period::year(2019)?, 20.0)))?;
/// let as_of = Period::parse("2020-12")?;
/// assert_eq!(t.progress(40.0)?, 0.25);              // 20 of the 80 to go
/// assert!((t.time_elapsed(&as_of)? - 1.0 / 3.0).abs() < 1e-3); // one year of three
/// assert!(!t.on_track(40.0, &as_of)?);
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    value: f64,
    deadline: Period,
    baseline: Option<(Period, f64)>,
}

impl Target {
    /// A target of `value` by the end of `deadline`, from `baseline`
    /// (a period and the value at its end) if known.
    ///
    /// # Errors
    ///
    /// `non_finite` for a non-finite value, `invalid_argument` when the
    /// baseline equals the target or its period does not end before the
    /// deadline does.
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// assert!(Target::new(100.0, Period::year(2022)?, None).is_ok());
    /// let late = Target::new(100.0, Period::year(2022)?, Some((Period::year(2023)?, 20.0)));
    /// assert_eq!(late.unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(value: f64, deadline: Period, baseline: Option<(Period, f64)>) -> Result<Target> {
        let value = finite("the target value", value)?;
        if let Some((p, b)) = baseline {
            finite("the baseline value", b)?;
            if b == value {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "the baseline `{b}` already equals the target `{value}`: there is no way to go"
                    ),
                ));
            }
            if p.end() >= deadline.end() {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "the baseline period `{p}` must end before the deadline `{deadline}` ends"
                    ),
                ));
            }
        }
        Ok(Target {
            value,
            deadline,
            baseline,
        })
    }

    /// The target value.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The period by whose end the target is to be reached.
    pub fn deadline(&self) -> Period {
        self.deadline
    }

    /// The baseline period and value, if given.
    pub fn baseline(&self) -> Option<(Period, f64)> {
        self.baseline
    }

    /// The share of the way from the baseline (or from zero without one) to
    /// the target that `actual` has covered: 0 at the start, 1 at the target.
    ///
    /// # Errors
    ///
    /// `non_finite` for a non-finite `actual`; `invalid_argument` for a
    /// target of zero without a baseline.
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// let t = Target::new(100.0, Period::year(2022)?, None)?;
    /// assert_eq!(t.progress(45.0)?, 0.45);
    /// assert!(t.progress(f64::NAN).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn progress(&self, actual: f64) -> Result<f64> {
        let a = finite("the actual value", actual)?;
        let start = self.baseline.map_or(0.0, |(_, b)| b);
        if self.value == start {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "a target of zero without a baseline has no way to go: give a baseline",
            ));
        }
        Ok((a - start) / (self.value - start))
    }

    /// The share of the time from the end of the baseline period to the end
    /// of the deadline that has passed by the end of `as_of`, counted in days.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a target without a baseline: without a start
    /// there is no share of time.
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// let t = Target::new(100.0, Period::year(2022)?, Some((Period::year(2020)?, 20.0)))?;
    /// assert_eq!(t.time_elapsed(&Period::year(2021)?)?, 365.0 / 730.0);
    /// let open = Target::new(100.0, Period::year(2022)?, None)?;
    /// assert_eq!(open.time_elapsed(&Period::year(2021)?).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn time_elapsed(&self, as_of: &Period) -> Result<f64> {
        let (base, _) = self.baseline.ok_or_else(|| {
            Error::new(ErrorKind::InvalidArgument,
                "this target has no baseline, so no share of its time has passed: give a baseline period and value"
                    ,
            )
        })?;
        let passed = dates::days_between(base.end(), as_of.end()) - 1;
        let total = dates::days_between(base.end(), self.deadline.end()) - 1;
        Ok(passed as f64 / total as f64)
    }

    /// Whether progress keeps up with time: `progress(actual) >= time_elapsed(as_of)`.
    ///
    /// # Errors
    ///
    /// As [`Target::progress`] and [`Target::time_elapsed`].
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// let t = Target::new(100.0, Period::year(2022)?, Some((Period::year(2020)?, 20.0)))?;
    /// assert!(t.on_track(60.0, &Period::year(2021)?)?);   // half the way in half the time
    /// assert!(!t.on_track(50.0, &Period::year(2021)?)?);
    /// assert!(Target::new(100.0, Period::year(2022)?, None)?.on_track(50.0, &Period::year(2021)?).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn on_track(&self, actual: f64, as_of: &Period) -> Result<bool> {
        Ok(self.progress(actual)? >= self.time_elapsed(as_of)?)
    }

    /// Years, in days over 365.2425, from the end of `as_of` to the end of
    /// the deadline.
    fn years_left(&self, as_of: &Period) -> Result<f64> {
        let days = dates::days_between(as_of.end(), self.deadline.end()) - 1;
        if days <= 0 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "`{as_of}` ends on or after the deadline `{}`: no time is left",
                    self.deadline
                ),
            ));
        }
        Ok(days as f64 / DAYS_PER_YEAR)
    }

    /// The compound yearly growth rate still needed to go from `current`
    /// at the end of `as_of` to the target by the end of the deadline.
    ///
    /// # Errors
    ///
    /// `non_positive_base` when `current` is zero or negative,
    /// `invalid_argument` when no time is left or the target is negative.
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// let t = Target::new(121.0, Period::year(2022)?, None)?;
    /// let g = t.required_growth(100.0, &Period::year(2020)?)?;
    /// assert!((g - 0.1).abs() < 1e-3); // 730 days is 1.9986 mean years
    /// assert!(t.required_growth(100.0, &Period::year(2022)?).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn required_growth(&self, current: f64, as_of: &Period) -> Result<f64> {
        let c = positive("the current value", current)?;
        crate::growth::required_growth(c, self.value, self.years_left(as_of)?)
    }

    /// The amount a year still needed, at a constant pace, to go from
    /// `current` at the end of `as_of` to the target by the end of the deadline.
    ///
    /// # Errors
    ///
    /// `non_finite` for a non-finite `current`, `invalid_argument` when no
    /// time is left.
    ///
    /// ```
    /// use growthkit::{Period, Target};
    /// let t = Target::new(100.0, Period::year(2022)?, None)?;
    /// let pace = t.required_pace(40.0, &Period::year(2020)?)?;
    /// assert!((pace - 60.0 / (730.0 / 365.2425)).abs() < 1e-9);
    /// assert!(t.required_pace(40.0, &Period::year(2023)?).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn required_pace(&self, current: f64, as_of: &Period) -> Result<f64> {
        let c = finite("the current value", current)?;
        Ok((self.value - c) / self.years_left(as_of)?)
    }
}
