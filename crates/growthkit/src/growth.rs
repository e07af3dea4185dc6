//! Scalar growth arithmetic, and the base policy shared by every transform.
//!
//! Rates are fractions: 0.05 means 5 %. Each function refuses NaN and
//! infinities (`non_finite`) and bases that are zero or negative
//! (`non_positive_base`).

use crate::error::ErrorKind;
use crate::error::{Error, Result, finite, positive};

/// What a growth rate does with a base that is zero or negative.
///
/// ```
/// use growthkit::Base;
/// assert!(Base::Positive.growth(5.0, -10.0).is_nan());
/// assert_eq!(Base::Absolute.growth(5.0, -10.0), 1.5); // from -10 up to 5: +150 % of |-10|
/// assert!(Base::Absolute.growth(5.0, 0.0).is_nan());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Base {
    /// `x / base - 1`, NaN where the base is missing, zero or negative (the default).
    #[default]
    Positive,
    /// `(x - base) / |base|`: the direction-correct change, NaN only where the
    /// base is missing or zero.
    Absolute,
}

impl Base {
    /// Both policies, the default first.
    pub const ALL: [Base; 2] = [Base::Positive, Base::Absolute];

    /// Reads `"positive"` or `"absolute"`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    ///
    /// ```
    /// use growthkit::Base;
    /// assert_eq!(Base::parse("absolute")?, Base::Absolute);
    /// assert_eq!(Base::parse("abs").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Base> {
        let table = Base::ALL.map(|b| (b.as_str(), b));
        crate::names::parse(text, &table, "base policy")
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Base::Positive => "positive",
            Base::Absolute => "absolute",
        }
    }

    /// The growth of `current` over `base` under this policy; NaN where
    /// either is missing or the base is not allowed.
    #[inline]
    pub fn growth(self, current: f64, base: f64) -> f64 {
        match self {
            Base::Positive if base > 0.0 && current.is_finite() && base.is_finite() => {
                current / base - 1.0
            }
            Base::Absolute if base != 0.0 && current.is_finite() && base.is_finite() => {
                (current - base) / base.abs()
            }
            _ => f64::NAN,
        }
    }
}

/// Checks a rate: finite and above -100 %.
fn rate(name: &str, r: f64) -> Result<f64> {
    if finite(name, r)? > -1.0 {
        Ok(r)
    } else {
        Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{name} is `{r}`: a growth rate must be above -1 (a fall of less than 100 %)"),
        ))
    }
}

/// Checks a count of periods or years: finite and above zero.
fn count(name: &str, n: f64) -> Result<f64> {
    if finite(name, n)? > 0.0 {
        Ok(n)
    } else {
        Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{name} is `{n}`: it must be greater than zero"),
        ))
    }
}

/// Growth from `previous` to `current`: `current / previous - 1`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when `previous`
/// is zero or negative.
///
/// ```
/// use growthkit::pct_change;
/// assert!((pct_change(122.7, 116.857)? - 0.05).abs() < 1e-5);
/// assert_eq!(pct_change(1.0, 0.0).unwrap_err().code(), "non_positive_base");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn pct_change(current: f64, previous: f64) -> Result<f64> {
    let c = finite("current", current)?;
    Ok(c / positive("previous", previous)? - 1.0)
}

/// The base that `current` grew from at rate `growth`: `current / (1 + growth)`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `invalid_argument` for a growth of
/// -100 % or less.
///
/// ```
/// use growthkit::implied_previous;
/// assert!((implied_previous(110.0, 0.1)? - 100.0).abs() < 1e-12);
/// assert_eq!(implied_previous(110.0, -1.0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn implied_previous(current: f64, growth: f64) -> Result<f64> {
    let c = finite("current", current)?;
    Ok(c / (1.0 + rate("growth", growth)?))
}

/// `value` grown at `growth` for `periods` periods: `value * (1 + growth)^periods`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `invalid_argument` for a growth of
/// -100 % or less.
///
/// ```
/// use growthkit::project;
/// assert!((project(100.0, 0.1, 2.0)? - 121.0).abs() < 1e-12);
/// assert_eq!(project(100.0, f64::NAN, 1.0).unwrap_err().code(), "non_finite");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn project(value: f64, growth: f64, periods: f64) -> Result<f64> {
    let v = finite("value", value)?;
    let g = rate("growth", growth)?;
    let n = finite("periods", periods)?;
    finite("the projected value", v * (1.0 + g).powf(n))
}

/// Compound annual growth rate: `(last / first)^(1 / years) - 1`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when `first` is
/// zero or negative, `invalid_argument` when `last` is negative or `years`
/// is not above zero.
///
/// ```
/// use growthkit::cagr;
/// assert!((cagr(100.0, 121.0, 2.0)? - 0.1).abs() < 1e-12);
/// assert_eq!(cagr(100.0, 121.0, 0.0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn cagr(first: f64, last: f64, years: f64) -> Result<f64> {
    compound_rate(("first", first), ("last", last), ("years", years))
}

/// `(last / first)^(1 / n) - 1`, with errors naming the caller's arguments.
fn compound_rate(first: (&str, f64), last: (&str, f64), n: (&str, f64)) -> Result<f64> {
    let f = positive(first.0, first.1)?;
    let l = finite(last.0, last.1)?;
    let n = count(n.0, n.1)?;
    if l < 0.0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{} is `{l}`: a compound rate needs a value of zero or more",
                last.0
            ),
        ));
    }
    Ok((l / f).powf(1.0 / n) - 1.0)
}

/// A rate per period compounded to a rate per year: `(1 + rate)^periods_per_year - 1`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `invalid_argument` for a rate of
/// -100 % or less or a count not above zero.
///
/// ```
/// use growthkit::annualize;
/// assert!((annualize(0.01, 12.0)? - (1.01f64.powi(12) - 1.0)).abs() < 1e-15);
/// assert_eq!(annualize(0.01, 0.0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn annualize(rate_per_period: f64, periods_per_year: f64) -> Result<f64> {
    let r = rate("rate", rate_per_period)?;
    let n = count("periods_per_year", periods_per_year)?;
    finite("the annualised rate", (1.0 + r).powf(n) - 1.0)
}

/// A yearly rate spread over periods: `(1 + rate)^(1 / periods_per_year) - 1`.
///
/// # Errors
///
/// As [`annualize`].
///
/// ```
/// use growthkit::deannualize;
/// assert!((deannualize(0.21, 2.0)? - 0.1).abs() < 1e-12);
/// assert_eq!(deannualize(-1.5, 2.0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn deannualize(rate_per_year: f64, periods_per_year: f64) -> Result<f64> {
    let r = rate("rate", rate_per_year)?;
    let n = count("periods_per_year", periods_per_year)?;
    Ok((1.0 + r).powf(1.0 / n) - 1.0)
}

/// The two-year average growth rate (NBS 两年平均增长) from the growth rates of
/// two successive years: `sqrt((1 + g1)(1 + g2)) - 1`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `invalid_argument` for a rate of
/// -100 % or less.
///
/// ```
/// use growthkit::two_year_average;
/// assert!((two_year_average(0.21, 0.0)? - 0.1).abs() < 1e-12);
/// assert!(two_year_average(-2.0, 0.1).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn two_year_average(g1: f64, g2: f64) -> Result<f64> {
    let a = rate("g1", g1)?;
    let b = rate("g2", g2)?;
    Ok(((1.0 + a) * (1.0 + b)).sqrt() - 1.0)
}

/// The log change `ln(current / previous)`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when either is
/// zero or negative.
///
/// ```
/// use growthkit::log_change;
/// assert!((log_change(std::f64::consts::E, 1.0)? - 1.0).abs() < 1e-15);
/// assert_eq!(log_change(-1.0, 1.0).unwrap_err().code(), "non_positive_base");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn log_change(current: f64, previous: f64) -> Result<f64> {
    let c = positive("current", current)?;
    Ok((c / positive("previous", previous)?).ln())
}

/// The change between two rates, in the rates' own units: 0.052 after
/// 0.050 is 0.002 (0.2 percentage points).
///
/// # Errors
///
/// `non_finite` for NaN or infinities.
///
/// ```
/// use growthkit::pp_change;
/// assert!((pp_change(0.052, 0.050)? - 0.002).abs() < 1e-15);
/// assert!(pp_change(f64::INFINITY, 0.05).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn pp_change(current_rate: f64, previous_rate: f64) -> Result<f64> {
    Ok(finite("current_rate", current_rate)? - finite("previous_rate", previous_rate)?)
}

/// A component's contribution to the growth of its total (拉动):
/// `(component_now - component_before) / total_before`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when
/// `total_before` is zero or negative.
///
/// ```
/// use growthkit::contribution;
/// assert_eq!(contribution(60.0, 50.0, 200.0)?, 0.05);
/// assert_eq!(contribution(60.0, 50.0, 0.0).unwrap_err().code(), "non_positive_base");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn contribution(component_now: f64, component_before: f64, total_before: f64) -> Result<f64> {
    let change =
        finite("component_now", component_now)? - finite("component_before", component_before)?;
    Ok(change / positive("total_before", total_before)?)
}

/// A component's share of the change in its total (贡献率):
/// `(component_now - component_before) / (total_now - total_before)`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `invalid_argument` when the total
/// did not change.
///
/// ```
/// use growthkit::contribution_share;
/// assert_eq!(contribution_share(60.0, 50.0, 240.0, 200.0)?, 0.25);
/// assert_eq!(contribution_share(60.0, 50.0, 200.0, 200.0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn contribution_share(
    component_now: f64,
    component_before: f64,
    total_now: f64,
    total_before: f64,
) -> Result<f64> {
    let change =
        finite("component_now", component_now)? - finite("component_before", component_before)?;
    let total_change = finite("total_now", total_now)? - finite("total_before", total_before)?;
    if total_change == 0.0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "the total did not change, so no component has a share of its change",
        ));
    }
    Ok(change / total_change)
}

/// The growth rate per period that takes `current` to `target` in
/// `periods` periods: `(target / current)^(1 / periods) - 1`.
///
/// # Errors
///
/// `non_finite` for NaN or infinities, `non_positive_base` when `current`
/// is zero or negative, `invalid_argument` when `target` is negative or
/// `periods` is not above zero.
///
/// ```
/// use growthkit::required_growth;
/// assert!((required_growth(100.0, 121.0, 2.0)? - 0.1).abs() < 1e-12);
/// assert_eq!(required_growth(0.0, 121.0, 2.0).unwrap_err().code(), "non_positive_base");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn required_growth(current: f64, target: f64, periods: f64) -> Result<f64> {
    compound_rate(
        ("current", current),
        ("target", target),
        ("periods", periods),
    )
}
