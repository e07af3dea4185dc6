//! A component against its total: shares, contributions to growth (拉动) and
//! shares of growth (贡献率), all year on year.

use crate::period::Period;
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
        self.map_values(false, |p, x| match total.lookup(p) {
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
        self.map_values(false, |p, x| {
            let Ok(before) = p.year_ago(1) else {
                return f64::NAN;
            };
            match (self.lookup(&before), total.lookup(&before)) {
                (Some(b), Some(t)) if t > 0.0 => (x - b) / t,
                _ => f64::NAN,
            }
        })
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
        let year_ago = |p: &Period| p.year_ago(1).ok();
        self.map_values(false, |p, x| {
            let Some(before) = year_ago(p) else {
                return f64::NAN;
            };
            match (self.lookup(&before), total.lookup(p), total.lookup(&before)) {
                (Some(b), Some(t1), Some(t0)) if t1 != t0 => (x - b) / (t1 - t0),
                _ => f64::NAN,
            }
        })
    }
}
