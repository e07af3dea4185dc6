//! A component against its total: shares, contributions to growth (拉动) and
//! shares of growth (贡献率), year on year or against the previous period.
//! All of them yield a new quantity (a fraction), so the result has no
//! indicator.

use crate::period::Period;
use crate::series::NewQuantity;
use crate::series::Series;

impl Series {
    /// The component's share of `total` in each period: x(p) / total(p);
    /// NaN where the total is missing, zero or negative.
    ///
    /// ```
    /// use growthkit::Series;
    /// let online = Series::from_texts(&["2020-S1"], vec![122.7])?;
    /// let all = Series::from_texts(&["2020-S1"], vec![700.0])?;
    /// assert_eq!(online.share_of(&all).values()[0], 122.7 / 700.0);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn share_of(&self, total: &Series) -> Series {
        self.map_values(NewQuantity, |p, x| match total.lookup(p) {
            Some(t) if t > 0.0 => x / t,
            _ => f64::NAN,
        })
    }

    /// The component's contribution to the year-on-year growth of `total`
    /// (拉动), as a fraction: (x(p) - x(p₋₁)) / total(p₋₁), with p₋₁ the same
    /// period a year earlier. The contributions of parts that add up to the
    /// total add up to the total's growth.
    ///
    /// ```
    /// use growthkit::Series;
    /// let part = Series::from_texts(&["2019", "2020"], vec![50.0, 60.0])?;
    /// let total = Series::from_texts(&["2019", "2020"], vec![200.0, 230.0])?;
    /// assert_eq!(part.contribution_to(&total).values()[1], 0.05); // 5 points of the total's 15 %
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn contribution_to(&self, total: &Series) -> Series {
        self.contribution_against(total, |p| p.year_ago(1), points)
    }

    /// The component's contribution to the growth of `total` over the
    /// previous period (BEA's "contributions to percent change"), as a
    /// fraction: (x(p) - x(p - 1)) / total(p - 1). Quarterly parts that add
    /// up to the total contribute points that add up to the total's
    /// quarter-on-quarter growth.
    ///
    /// ```
    /// use growthkit::Series;
    /// let part = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![40.0, 44.0])?;
    /// let total = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![100.0, 102.0])?;
    /// let c = part.contribution_to_previous(&total);
    /// assert!(c.values()[0].is_nan()); // no 2019-Q4
    /// assert_eq!(c.values()[1], 0.04); // 4 points of the total's 2 %
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn contribution_to_previous(&self, total: &Series) -> Series {
        self.contribution_against(total, |p| p.shift(-1), points)
    }

    /// The component's share of the year-on-year change of `total`
    /// (贡献率), as a fraction: Δx / Δtotal; NaN where the total did not change.
    ///
    /// ```
    /// use growthkit::Series;
    /// let part = Series::from_texts(&["2019", "2020"], vec![50.0, 60.0])?;
    /// let total = Series::from_texts(&["2019", "2020"], vec![200.0, 240.0])?;
    /// assert_eq!(part.contribution_share(&total).values()[1], 0.25);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn contribution_share(&self, total: &Series) -> Series {
        self.contribution_against(total, |p| p.year_ago(1), share_of_change)
    }

    /// The component's share of the change of `total` over the previous
    /// period, as a fraction: Δx / Δtotal; NaN where the total did not change.
    ///
    /// ```
    /// use growthkit::Series;
    /// let part = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![40.0, 44.0])?;
    /// let total = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![100.0, 108.0])?;
    /// assert_eq!(part.contribution_share_previous(&total).values()[1], 0.5);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn contribution_share_previous(&self, total: &Series) -> Series {
        self.contribution_against(total, |p| p.shift(-1), share_of_change)
    }

    /// `f(x(p) - x(b), total(b), total(p))` with b = `base_of(p)`; NaN where
    /// b has no value in either series.
    fn contribution_against(
        &self,
        total: &Series,
        base_of: impl Fn(&Period) -> crate::Result<Period>,
        f: impl Fn(f64, f64, Option<f64>) -> f64,
    ) -> Series {
        self.map_values(NewQuantity, |p, x| {
            let Ok(before) = base_of(p) else {
                return f64::NAN;
            };
            match (self.lookup(&before), total.lookup(&before)) {
                (Some(b), Some(t0)) => f(x - b, t0, total.lookup(p)),
                _ => f64::NAN,
            }
        })
    }
}

/// A change's share of the total before: Δx / total(b), NaN for a base that is not positive.
fn points(dx: f64, t0: f64, _: Option<f64>) -> f64 {
    if t0 > 0.0 { dx / t0 } else { f64::NAN }
}

/// A change's share of the total's change: Δx / Δtotal, NaN where the total did not change.
fn share_of_change(dx: f64, t0: f64, t1: Option<f64>) -> f64 {
    match t1 {
        Some(t1) if t1 != t0 => dx / (t1 - t0),
        _ => f64::NAN,
    }
}
