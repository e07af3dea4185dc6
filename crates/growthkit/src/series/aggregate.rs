//! From finer periods to coarser ones, and over moving windows: aggregation
//! with completeness, rolling windows, rebasing, deflating, values per day.

use crate::error::ErrorKind;
use crate::error::{Error, Result, positive};
use crate::method::Method;
use crate::period::dates;
use crate::period::{Frequency, Period};
use crate::series::Series;
use crate::series::{NewQuantity, SameUnit};

/// The coarse period a row belongs to: ISO weeks by their Thursday, other
/// weeks by their last day, anything else by containment.
fn belongs_to(row: &Period, target: &Period) -> bool {
    let inside = |d| target.start() <= d && d <= target.end();
    match row.frequency() {
        f if f == target.frequency() => target.contains(row),
        Frequency::Weekly => dates::thursday(row.start()).is_ok_and(inside),
        Frequency::WeeklyEnding(_) => inside(row.end()),
        _ => target.contains(row),
    }
}

/// Kinds whose periods do not tile a coarser period (weeks straddle its
/// edges, business days leave the weekends out): a coarse period is
/// complete when it has a value for each of its sub-periods of that kind.
fn counted(freq: Frequency) -> bool {
    matches!(
        freq,
        Frequency::Weekly | Frequency::WeeklyEnding(_) | Frequency::BusinessDaily
    )
}

impl Series {
    /// Combines the rows that make up `target` (weeks by their Thursday).
    ///
    /// `target` is complete when its rows with values tile it (for weekly
    /// rows: when every week that belongs to it has a value; for business
    /// days: when every weekday inside has one).
    /// Without `min_count` an incomplete target is NaN; with it, the target
    /// needs at least `min_count` values.
    #[allow(clippy::indexing_slicing)] // `rows` are positions in this series, from `rows_of`.
    pub(crate) fn summarize(
        &self,
        rows: &[usize],
        target: &Period,
        method: Method,
        min_count: Option<usize>,
    ) -> f64 {
        let present: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&i| !self.values()[i].is_nan())
            .collect();
        let enough = match min_count {
            Some(k) => present.len() >= k,
            None => {
                let kind = present.first().map(|&i| self.periods()[i].frequency());
                let same_kind = present
                    .iter()
                    .all(|&i| Some(self.periods()[i].frequency()) == kind);
                if let Some(k) = kind.filter(|&k| same_kind && counted(k)) {
                    target.subperiods(k).is_ok_and(|w| w.len() == present.len())
                } else {
                    present
                        .iter()
                        .map(|&i| self.periods()[i].days())
                        .sum::<i64>()
                        == target.days()
                }
            }
        };
        if !enough {
            return f64::NAN;
        }
        let values: Vec<f64> = present.iter().map(|&i| self.values()[i]).collect();
        method.apply(&values)
    }

    /// The rows that make up `target`.
    #[allow(clippy::indexing_slicing)] // both bounds come from `partition_point` over the periods.
    fn rows_of(&self, target: &Period) -> Vec<usize> {
        let lo = self.periods().partition_point(|p| p.end() < target.start());
        let hi = self
            .periods()
            .partition_point(|p| p.start() <= target.end());
        (lo..hi.max(lo))
            .filter(|&i| belongs_to(&self.periods()[i], target))
            .collect()
    }

    /// The method an indicator's measure calls for.
    fn default_method(&self) -> Result<Method> {
        self.indicator()
            .map(|i| i.measure().default_method())
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    "this series has no indicator, so no default aggregation: pass a method",
                )
            })
    }

    /// The series at the coarser frequency `freq`, combining each coarse
    /// period's rows with `method` (by default the one the indicator's
    /// measure calls for: flow sum, stock last, rate and index mean).
    ///
    /// A coarse period missing some of its sub-periods (or whose values are
    /// NaN) is NaN, unless `min_count` is given and at least that many
    /// values are present. Weeks go to the month, quarter, half and year of
    /// their Thursday.
    ///
    /// # Errors
    ///
    /// `straddles` when a row crosses a boundary of `freq`,
    /// `invalid_argument` when `freq` is finer than a row or is `span`, or
    /// no method is given for a series without an indicator.
    ///
    /// ```
    /// use growthkit::{Frequency, Method, Series};
    /// let m = Series::from_texts(&["2020-01", "2020-02", "2020-03", "2020-04"], vec![1.0, 2.0, 3.0, 4.0])?;
    /// let q = m.aggregate(Frequency::Quarterly, Some(Method::Sum), None)?;
    /// assert_eq!(q.values()[0], 6.0);
    /// assert!(q.values()[1].is_nan()); // Q2 has only April
    /// let q = m.aggregate(Frequency::Quarterly, Some(Method::Sum), Some(1))?;
    /// assert_eq!(q.values()[1], 4.0);
    /// assert_eq!(m.aggregate(Frequency::Quarterly, None, None).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn aggregate(
        &self,
        freq: Frequency,
        method: Option<Method>,
        min_count: Option<usize>,
    ) -> Result<Series> {
        let method = match method {
            Some(m) => m,
            None => self.default_method()?,
        };
        let mut targets: Vec<Period> = Vec::new();
        for p in self.periods() {
            // Most rows fall in the target of the row before: a date
            // comparison instead of building the target again.
            if targets.last().is_some_and(|t| t.contains(p)) {
                continue;
            }
            let t = p.to_frequency(freq)?;
            if targets.last() != Some(&t) {
                targets.push(t);
            }
        }
        let values = targets
            .iter()
            .map(|t| self.summarize(&self.rows_of(t), t, method, min_count))
            .collect();
        Series::new(targets, values).map(|s| match self.indicator() {
            Some(i) => s.with_indicator(i.clone()),
            None => s,
        })
    }

    /// `method` over the `window` periods ending at each period, matched by
    /// the calendar: NaN unless all `window` periods are present with values.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a window of 0.
    ///
    /// ```
    /// use growthkit::{Method, Series};
    /// let s = Series::from_texts(&["2020-01", "2020-02", "2020-03", "2020-05"], vec![1.0, 2.0, 3.0, 5.0])?;
    /// let r = s.rolling(2, Method::Sum)?;
    /// assert_eq!(r.values()[2], 5.0);
    /// assert!(r.values()[3].is_nan()); // April is missing
    /// assert!(s.rolling(0, Method::Sum).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn rolling(&self, window: usize, method: Method) -> Result<Series> {
        if window == 0 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "window is `0`: a rolling window needs at least one period",
            ));
        }
        if let Some(out) = self.rolling_by_ordinal(window, method) {
            return Ok(out);
        }
        let mut buf = Vec::with_capacity(window.min(1024));
        Ok(self.map_values(SameUnit, |p, _| {
            buf.clear();
            for k in (0..window as i64).rev() {
                match p.shift(-k).ok().and_then(|q| self.get(&q)) {
                    Some(v) => buf.push(v),
                    None => return f64::NAN,
                }
            }
            method.apply(&buf)
        }))
    }

    /// [`Series::rolling`] for a series of one kind with ordinals: a window
    /// is complete when its first and last rows are `window - 1` ordinals
    /// apart (rows are unique and sorted), and every value in it is present.
    fn rolling_by_ordinal(&self, window: usize, method: Method) -> Option<Series> {
        let (freq, ords) = self.ordinal_cache()?;
        if matches!(freq, Frequency::Span | Frequency::Fiscal(_)) {
            return None;
        }
        let span = i64::try_from(window).ok()? - 1;
        let values = self.values();
        let mut i: usize = 0;
        Some(self.map_values(SameUnit, |_, _| {
            let row = i;
            i += 1;
            let Some(first) = (row + 1).checked_sub(window) else {
                return f64::NAN;
            };
            match (ords.get(first), ords.get(row), values.get(first..=row)) {
                (Some(&a), Some(&b), Some(w)) if b - a == span && !w.iter().any(|v| v.is_nan()) => {
                    method.apply(w)
                }
                _ => f64::NAN,
            }
        }))
    }

    /// The mean of the series over `base`, which must be complete.
    fn base_mean(&self, base: &Period, what: &str) -> Result<f64> {
        let mean = self.summarize(&self.rows_of(base), base, Method::Mean, None);
        if mean.is_nan() {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "{what} has no complete values over the base period `{base}`: every part of it needs a value"
                ),
            ));
        }
        positive(&format!("the mean of {what} over `{base}`"), mean)
    }

    /// The series as an index with the mean over `base` equal to `value`
    /// (usually 100). `base` is a period of the series' kind or a coarser
    /// one (2015 for a monthly series), and must be complete.
    ///
    /// # Errors
    ///
    /// `invalid_argument` when the base period is not complete in the
    /// series, `non_positive_base` when its mean is zero or negative,
    /// `non_finite` for a non-finite `value`.
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let s = Series::from_texts(&["2015-S1", "2015-S2", "2016-S1"], vec![90.0, 110.0, 120.0])?;
    /// let r = s.rebase(&Period::year(2015)?, 100.0)?;
    /// assert_eq!(r.values(), &[90.0, 110.0, 120.0]);
    /// assert!(s.rebase(&Period::year(2016)?, 100.0).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn rebase(&self, base: &Period, value: f64) -> Result<Series> {
        let scale = crate::error::finite("the rebased value", value)?;
        let mean = self.base_mean(base, "the series")?;
        let factor = scale / mean;
        Ok(self.map_values(NewQuantity, |_, x| x * factor))
    }

    /// Nominal values to real ones at the prices of `base`:
    /// x(p) / (P(p) / mean of P over `base`), where `price_index` has the
    /// same periods (NaN where it lacks one or is not positive).
    ///
    /// # Errors
    ///
    /// `invalid_argument` when the price index is not complete over `base`,
    /// `non_positive_base` when its mean there is zero or negative.
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let nominal = Series::from_texts(&["2020", "2021"], vec![100.0, 110.0])?;
    /// let prices = Series::from_texts(&["2020", "2021"], vec![100.0, 104.0])?;
    /// let real = nominal.deflate(&prices, &Period::year(2020)?)?;
    /// assert!((real.values()[1] - 110.0 / 1.04).abs() < 1e-12);
    /// assert!(nominal.deflate(&prices, &Period::year(2019)?).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn deflate(&self, price_index: &Series, base: &Period) -> Result<Series> {
        let base_level = price_index.base_mean(base, "the price index")?;
        Ok(
            self.map_values(SameUnit, |p, x| match price_index.lookup(p) {
                Some(price) if price > 0.0 => x / (price / base_level),
                _ => f64::NAN,
            }),
        )
    }

    /// Each value divided by its period's days, to compare spans of unequal
    /// length (an 8-day holiday against a 7-day one).
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-10-01/2020-10-08"], vec![65.99])?;
    /// assert_eq!(s.per_day().values()[0], 65.99 / 8.0);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn per_day(&self) -> Series {
        self.map_values(NewQuantity, |p, x| x / p.days() as f64)
    }
}
