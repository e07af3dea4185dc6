//! Growth transforms of a [`Series`], matched by the calendar: year on
//! year, period on period, differences, logs, annualised rates, FRED's
//! transformations and the NBS two-year average.

use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use crate::growth::Base;
use crate::period::Period;
use crate::series::Back;
use crate::series::Series;
use crate::series::{Growth, NewQuantity, SameUnit};
use std::fmt;

/// FRED's data transformations (the `units` parameter of the FRED API), in
/// FRED's own units: percent for rates.
///
/// With x(t) the value, x(t-1) the previous period's and x(t-n) the value a
/// year before, and n the observations per year (A 1, S 2, Q 4, M 12, W 52,
/// D 260):
///
/// | code | name | formula |
/// |---|---|---|
/// | `lin` | levels | x(t) |
/// | `chg` | change | x(t) - x(t-1) |
/// | `ch1` | change from a year ago | x(t) - x(t-n) |
/// | `pch` | percent change | (x(t) / x(t-1) - 1) * 100 |
/// | `pc1` | percent change from a year ago | (x(t) / x(t-n) - 1) * 100 |
/// | `pca` | compounded annual rate of change | ((x(t) / x(t-1))^n - 1) * 100 |
/// | `cch` | continuously compounded rate of change | (ln x(t) - ln x(t-1)) * 100 |
/// | `cca` | continuously compounded annual rate of change | (ln x(t) - ln x(t-1)) * 100 * n |
/// | `log` | natural log | ln x(t) |
///
/// "A year before" is the calendar's year-ago period ([`Period::year_ago`]),
/// not n rows back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FredTransform {
    /// Levels: x(t).
    Lin,
    /// Change: x(t) - x(t-1).
    Chg,
    /// Change from a year ago.
    Ch1,
    /// Percent change.
    Pch,
    /// Percent change from a year ago.
    Pc1,
    /// Compounded annual rate of change, percent.
    Pca,
    /// Continuously compounded rate of change, percent.
    Cch,
    /// Continuously compounded annual rate of change, percent.
    Cca,
    /// Natural log.
    Log,
}

impl FredTransform {
    /// All nine codes, in FRED's order.
    pub const ALL: [FredTransform; 9] = [
        FredTransform::Lin,
        FredTransform::Chg,
        FredTransform::Ch1,
        FredTransform::Pch,
        FredTransform::Pc1,
        FredTransform::Pca,
        FredTransform::Cch,
        FredTransform::Cca,
        FredTransform::Log,
    ];

    /// Reads one of FRED's codes: `lin chg ch1 pch pc1 pca cch cca log`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    ///
    /// ```
    /// use growthkit::FredTransform;
    /// assert_eq!(FredTransform::parse("pc1")?, FredTransform::Pc1);
    /// assert_eq!(FredTransform::parse("yoy").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(code: &str) -> Result<FredTransform> {
        FredTransform::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| {
                Error::new(ErrorKind::InvalidArgument, format!(
                    "unknown fred transformation {}: expected one of lin, chg, ch1, pch, pc1, pca, cch, cca, log",
                    quote(code)
                ))
            })
    }

    /// FRED's code.
    pub fn as_str(self) -> &'static str {
        match self {
            FredTransform::Lin => "lin",
            FredTransform::Chg => "chg",
            FredTransform::Ch1 => "ch1",
            FredTransform::Pch => "pch",
            FredTransform::Pc1 => "pc1",
            FredTransform::Pca => "pca",
            FredTransform::Cch => "cch",
            FredTransform::Cca => "cca",
            FredTransform::Log => "log",
        }
    }
}

impl fmt::Display for FredTransform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

fn check_lag(lag: i64) -> Result<()> {
    if lag == 0 {
        Err(Error::new(
            ErrorKind::InvalidArgument,
            "lag is `0`: compare with another period, for example lag 1 (the previous period)",
        ))
    } else {
        Ok(())
    }
}

/// Observations per year of a period's kind, as a float; NaN for spans.
fn per_year(p: &Period) -> f64 {
    p.frequency().periods_per_year().map_or(f64::NAN, f64::from)
}

impl Series {
    /// Year-on-year growth, x(p) / x(p.year_ago(1)) - 1, with [`Base::Positive`].
    /// The growth keeps what the series measures, as a rate: its indicator's
    /// code and name (without a unit in brackets), the unit `ratio`.
    ///
    /// ```
    /// use growthkit::{Indicator, Measure, Series, Unit};
    /// let s = Series::from_texts(&["2019-10-01/2019-10-07", "2020-10-01/2020-10-07"], vec![100.0, 110.0])?;
    /// assert!((s.yoy().values()[1] - 0.1).abs() < 1e-15);
    /// let sales = Indicator::new("RS", "Retail sales (billion yuan)", Unit::parse("billion yuan")?, Measure::Flow);
    /// let g = s.with_indicator(sales).yoy();
    /// let what = g.indicator().unwrap();
    /// assert_eq!((what.name(), what.unit().base(), what.measure()), ("Retail sales", "ratio", Measure::Rate));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn yoy(&self) -> Series {
        self.yoy_with(Base::Positive)
    }

    /// Year-on-year growth under a base policy.
    pub fn yoy_with(&self, base: Base) -> Series {
        self.matched(Growth(false), Back::Years(1), |x, b| base.growth(x, b))
    }

    /// Growth against the period `lag` periods earlier, with [`Base::Positive`].
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::Series;
    /// // March is missing, so April has no growth rather than a wrong one.
    /// let s = Series::from_texts(&["2020-01", "2020-02", "2020-04"], vec![100.0, 102.0, 103.0])?;
    /// let g = s.pct_change(1)?;
    /// assert!((g.values()[1] - 0.02).abs() < 1e-15);
    /// assert!(g.values()[2].is_nan());
    /// assert_eq!(s.pct_change(0).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn pct_change(&self, lag: i64) -> Result<Series> {
        self.pct_change_with(lag, Base::Positive)
    }

    /// Growth against `lag` periods earlier under a base policy.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::{Base, Series};
    /// let s = Series::from_texts(&["2020-01", "2020-02"], vec![-10.0, 5.0])?;
    /// assert_eq!(s.pct_change_with(1, Base::Absolute)?.values()[1], 1.5);
    /// assert!(s.pct_change_with(0, Base::Absolute).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn pct_change_with(&self, lag: i64, base: Base) -> Result<Series> {
        check_lag(lag)?;
        // One closure per policy, so that the loop does not ask which.
        Ok(match base {
            Base::Positive => self.matched(Growth(false), Back::Lag(lag), |x, b| {
                Base::Positive.growth(x, b)
            }),
            Base::Absolute => self.matched(Growth(false), Back::Lag(lag), |x, b| {
                Base::Absolute.growth(x, b)
            }),
        })
    }

    /// The change against `lag` periods earlier: x(p) - x(p.shift(-lag)).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![10.0, 12.5])?;
    /// assert_eq!(s.diff(1)?.values()[1], 2.5);
    /// assert!(s.diff(0).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn diff(&self, lag: i64) -> Result<Series> {
        check_lag(lag)?;
        Ok(self.matched(SameUnit, Back::Lag(lag), |x, b| x - b))
    }

    /// The change against the same period a year earlier.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2019-W10", "2020-W10"], vec![3.0, 4.5])?;
    /// assert_eq!(s.yoy_diff().values()[1], 1.5);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn yoy_diff(&self) -> Series {
        self.matched(SameUnit, Back::Years(1), |x, b| x - b)
    }

    /// The log change against `lag` periods earlier: ln x(p) - ln x(p.shift(-lag));
    /// NaN where either value is not positive.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::Series;
    /// let e = std::f64::consts::E;
    /// let s = Series::from_texts(&["2020", "2021"], vec![1.0, e])?;
    /// assert!((s.log_diff(1)?.values()[1] - 1.0).abs() < 1e-15);
    /// assert!(s.log_diff(0).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn log_diff(&self, lag: i64) -> Result<Series> {
        check_lag(lag)?;
        Ok(self.matched(NewQuantity, Back::Lag(lag), log_ratio))
    }

    /// Growth against `lag` periods earlier, compounded to a yearly rate:
    /// (x(p) / x(p.shift(-lag)))^(periods_per_year / lag) - 1, with
    /// [`Base::Positive`]. Spans have no periods per year and give NaN.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-Q1", "2020-Q2"], vec![100.0, 101.0])?;
    /// assert!((s.annualized(1)?.values()[1] - (1.01f64.powi(4) - 1.0)).abs() < 1e-15);
    /// assert!(s.annualized(0).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn annualized(&self, lag: i64) -> Result<Series> {
        self.annualized_with(lag, Base::Positive)
    }

    /// Annualised growth under a base policy.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a lag of 0.
    ///
    /// ```
    /// use growthkit::{Base, Series};
    /// let s = Series::from_texts(&["2020-S1", "2020-S2"], vec![100.0, 110.0])?;
    /// assert!((s.annualized_with(1, Base::Absolute)?.values()[1] - 0.21).abs() < 1e-12);
    /// assert!(s.annualized_with(0, Base::Absolute).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn annualized_with(&self, lag: i64, base: Base) -> Result<Series> {
        check_lag(lag)?;
        let lag_f = lag as f64;
        // One kind: one exponent, and the matched path (one pass over the
        // ordinals where the kind has them).
        if let Some(n) = self.frequency().and_then(|f| f.periods_per_year()) {
            let e = f64::from(n) / lag_f;
            return Ok(self.matched(Growth(false), Back::Lag(lag), |x, b| {
                (1.0 + base.growth(x, b)).powf(e) - 1.0
            }));
        }
        Ok(self.map_values(Growth(false), |p, x| {
            let Some(b) = Back::Lag(lag).of(p).ok().and_then(|q| self.lookup(&q)) else {
                return f64::NAN;
            };
            (1.0 + base.growth(x, b)).powf(per_year(p) / lag_f) - 1.0
        }))
    }

    /// The NBS two-year average growth rate (两年平均增长):
    /// (x(p) / x(p.year_ago(2)))^(1/2) - 1, with [`Base::Positive`].
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2019-Q1", "2021-Q1"], vec![100.0, 121.0])?;
    /// assert!((s.two_year_average().values()[1] - 0.1).abs() < 1e-15);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn two_year_average(&self) -> Series {
        self.two_year_average_with(Base::Positive)
    }

    /// The two-year average growth rate under a base policy.
    pub fn two_year_average_with(&self, base: Base) -> Series {
        self.matched(Growth(false), Back::Years(2), |x, b| {
            (1.0 + base.growth(x, b)).sqrt() - 1.0
        })
    }

    /// One of FRED's transformations, in FRED's units (see [`FredTransform`]).
    /// The one name for them in every language: Python and JS take the code
    /// as text (`s.transform("pch")`), Rust the enum, which parses from the
    /// same text. `lin`, `chg` and `ch1` keep the indicator (same unit); the
    /// others yield percent or logs and drop it.
    ///
    /// ```
    /// use growthkit::{FredTransform, Series};
    /// let s = Series::from_texts(&["2020-01", "2020-02"], vec![200.0, 202.0])?;
    /// assert!((s.transform(FredTransform::Pch).values()[1] - 1.0).abs() < 1e-12); // percent
    /// assert_eq!(s.transform("chg".parse()?).values()[1], 2.0);
    /// assert_eq!("pct".parse::<FredTransform>().unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn transform(&self, t: FredTransform) -> Series {
        let prev = |p: &Period| p.shift(-1);
        match t {
            FredTransform::Lin => self.map_values(SameUnit, |_, x| x),
            FredTransform::Chg => self.matched(SameUnit, Back::Lag(1), |x, b| x - b),
            FredTransform::Ch1 => self.matched(SameUnit, Back::Years(1), |x, b| x - b),
            FredTransform::Pch => {
                self.matched(Growth(true), Back::Lag(1), |x, b| (x / b - 1.0) * 100.0)
            }
            FredTransform::Pc1 => {
                self.matched(Growth(true), Back::Years(1), |x, b| (x / b - 1.0) * 100.0)
            }
            FredTransform::Pca => self.map_values(Growth(true), |p, x| {
                let b = prev(p)
                    .ok()
                    .and_then(|q| self.lookup(&q))
                    .unwrap_or(f64::NAN);
                ((x / b).powf(per_year(p)) - 1.0) * 100.0
            }),
            FredTransform::Cch => {
                self.matched(NewQuantity, Back::Lag(1), |x, b| log_ratio(x, b) * 100.0)
            }
            FredTransform::Cca => self.map_values(NewQuantity, |p, x| {
                let b = prev(p)
                    .ok()
                    .and_then(|q| self.lookup(&q))
                    .unwrap_or(f64::NAN);
                log_ratio(x, b) * 100.0 * per_year(p)
            }),
            FredTransform::Log => {
                self.map_values(NewQuantity, |_, x| if x > 0.0 { x.ln() } else { f64::NAN })
            }
        }
    }
}

impl std::str::FromStr for FredTransform {
    type Err = Error;

    /// As [`FredTransform::parse`].
    fn from_str(code: &str) -> Result<FredTransform> {
        FredTransform::parse(code)
    }
}

/// ln(x / b), NaN unless both are positive.
fn log_ratio(x: f64, b: f64) -> f64 {
    if x > 0.0 && b > 0.0 {
        x.ln() - b.ln()
    } else {
        f64::NAN
    }
}
