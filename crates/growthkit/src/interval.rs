//! [`Interval`]: closed intervals of real numbers with outward-rounded
//! arithmetic, so that a computed interval always contains every exact
//! result of its operands' points.

use crate::error::ErrorKind;
use crate::error::{Error, Result, finite};
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};

/// How many units in the last place `powf` results are widened by: std does
/// not promise correct rounding for `powf`, and an exponent such as 1/3 is
/// itself rounded.
const POW_ULPS: u32 = 16;

fn down(x: f64, ulps: u32) -> f64 {
    (0..ulps).fold(x, |v, _| v.next_down())
}

fn up(x: f64, ulps: u32) -> f64 {
    (0..ulps).fold(x, |v, _| v.next_up())
}

/// A closed interval `[lo, hi]`, built from finite numbers.
///
/// Arithmetic rounds outward: after each correctly rounded operation the
/// bounds move one unit in the last place apart (powers and roots, which std
/// does not round correctly, sixteen), so the result contains every exact
/// result `x op y` for `x` in the one operand and `y` in the other. A bound
/// that overflows becomes infinite rather than wrong.
///
/// ```
/// use growthkit::Interval;
/// let sales = Interval::new(122.65, 122.75)?;  // "122.7" as printed
/// let growth = Interval::new(1.0495, 1.0505)?; // "5.0" %, as a factor
/// let base = sales.checked_div(&growth)?;
/// assert!(base.contains(122.7 / 1.05));
/// assert_eq!(format!("{base:.2}"), "[116.75, 116.96]");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    lo: f64,
    hi: f64,
}

impl Interval {
    /// The interval from `lo` to `hi`, both included.
    ///
    /// # Errors
    ///
    /// `non_finite` for NaN or infinite bounds, `invalid_argument` when
    /// `lo > hi`.
    ///
    /// ```
    /// use growthkit::Interval;
    /// assert_eq!(Interval::new(1.0, 2.0)?.width(), 1.0);
    /// assert_eq!(Interval::new(2.0, 1.0).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(lo: f64, hi: f64) -> Result<Interval> {
        let (lo, hi) = (finite("lo", lo)?, finite("hi", hi)?);
        if lo > hi {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("interval [{lo}, {hi}] is empty: lo must not exceed hi"),
            ));
        }
        Ok(Interval { lo, hi })
    }

    /// An interval whose bounds may be infinite (minus infinity below, plus
    /// infinity above), as arithmetic makes them on overflow; NaN is refused.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn with_infinite_bounds(lo: f64, hi: f64) -> Result<Interval> {
        let ok = |x: f64, inf: f64| x.is_finite() || x == inf;
        if !(ok(lo, f64::NEG_INFINITY) && ok(hi, f64::INFINITY)) || lo > hi {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("[{lo}, {hi}] is not an interval: lo must not exceed hi"),
            ));
        }
        Ok(Interval { lo, hi })
    }

    /// The interval holding the single number `x`.
    ///
    /// # Errors
    ///
    /// `non_finite` for NaN or an infinity.
    ///
    /// ```
    /// use growthkit::Interval;
    /// assert_eq!(Interval::point(3.0)?.width(), 0.0);
    /// assert!(Interval::point(f64::NAN).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn point(x: f64) -> Result<Interval> {
        Interval::new(x, x)
    }

    /// Bounds known to be ordered, moved `ulps` apart. A bound that
    /// overflowed stays infinite (the truth lies beyond every finite
    /// number); an undefined one (infinity minus infinity) opens the
    /// interval to the whole line, which still contains the truth.
    fn outward(lo: f64, hi: f64, ulps: u32) -> Interval {
        Interval {
            lo: if lo.is_nan() {
                f64::NEG_INFINITY
            } else {
                down(lo, ulps)
            },
            hi: if hi.is_nan() {
                f64::INFINITY
            } else {
                up(hi, ulps)
            },
        }
    }

    /// The lower bound.
    pub fn lo(&self) -> f64 {
        self.lo
    }

    /// The upper bound.
    pub fn hi(&self) -> f64 {
        self.hi
    }

    /// `hi - lo`.
    pub fn width(&self) -> f64 {
        self.hi - self.lo
    }

    /// The middle, `(lo + hi) / 2`.
    pub fn midpoint(&self) -> f64 {
        self.lo / 2.0 + self.hi / 2.0
    }

    /// Whether `x` lies in the interval, bounds included.
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }

    /// Whether every point of `other` lies in this interval.
    pub fn contains_interval(&self, other: &Interval) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }

    /// Whether the two intervals share at least one point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The distance between two intervals: 0 when they overlap.
    pub fn gap(&self, other: &Interval) -> f64 {
        (other.lo - self.hi).max(self.lo - other.hi).max(0.0)
    }

    /// The interval with every point multiplied by `k` (exact up to rounding).
    pub fn scale(&self, k: f64) -> Interval {
        let (a, b) = (self.lo * k, self.hi * k);
        Interval::outward(a.min(b), a.max(b), 1)
    }

    /// The interval shifted by `k`.
    pub fn shift(&self, k: f64) -> Interval {
        Interval::outward(self.lo + k, self.hi + k, 1)
    }

    /// Division by an interval that excludes zero.
    ///
    /// # Errors
    ///
    /// `invalid_argument` when `other` contains zero.
    ///
    /// ```
    /// use growthkit::Interval;
    /// let q = Interval::new(1.0, 2.0)?.checked_div(&Interval::new(4.0, 8.0)?)?;
    /// assert!(q.contains(0.125) && q.contains(0.5));
    /// assert!(Interval::new(1.0, 2.0)?.checked_div(&Interval::new(-1.0, 1.0)?).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn checked_div(&self, other: &Interval) -> Result<Interval> {
        if other.contains(0.0) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("cannot divide by {other}: the divisor interval contains zero"),
            ));
        }
        let q = [
            self.lo / other.lo,
            self.lo / other.hi,
            self.hi / other.lo,
            self.hi / other.hi,
        ];
        Ok(Interval::outward(min4(q), max4(q), 1))
    }

    /// Every point raised to the power `e`, for a positive interval.
    ///
    /// # Errors
    ///
    /// `non_positive_base` when the interval reaches zero or below,
    /// `non_finite` for a non-finite exponent.
    ///
    /// ```
    /// use growthkit::Interval;
    /// let p = Interval::new(1.1, 1.2)?.powf(2.0)?;
    /// assert!(p.contains(1.21) && p.contains(1.44));
    /// assert_eq!(Interval::new(0.0, 1.0)?.powf(0.5).unwrap_err().code(), "non_positive_base");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn powf(&self, e: f64) -> Result<Interval> {
        let e = finite("the exponent", e)?;
        if self.lo <= 0.0 {
            return Err(Error::new(
                ErrorKind::NonPositiveBase,
                format!(
                    "cannot raise {self} to a power: powers of intervals need every point above zero"
                ),
            ));
        }
        let (a, b) = (self.lo.powf(e), self.hi.powf(e));
        Ok(Interval::outward(a.min(b), a.max(b), POW_ULPS))
    }

    /// The `n`-th root of every point, for a positive interval.
    ///
    /// # Errors
    ///
    /// `non_positive_base` when the interval reaches zero or below,
    /// `invalid_argument` for `n` of 0.
    ///
    /// ```
    /// use growthkit::Interval;
    /// let r = Interval::new(1.21, 1.44)?.root(2)?;
    /// assert!(r.contains(1.1) && r.contains(1.2));
    /// assert!(Interval::new(1.0, 2.0)?.root(0).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn root(&self, n: u32) -> Result<Interval> {
        if n == 0 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "the 0th root does not exist: n must be at least 1",
            ));
        }
        self.powf(1.0 / f64::from(n))
    }
}

/// The smallest of four numbers; NaN if any is NaN.
fn min4(x: [f64; 4]) -> f64 {
    x.into_iter()
        .reduce(|a, b| {
            if a.is_nan() || b.is_nan() {
                f64::NAN
            } else {
                a.min(b)
            }
        })
        .unwrap_or(f64::NAN)
}

/// The largest of four numbers; NaN if any is NaN.
fn max4(x: [f64; 4]) -> f64 {
    x.into_iter()
        .reduce(|a, b| {
            if a.is_nan() || b.is_nan() {
                f64::NAN
            } else {
                a.max(b)
            }
        })
        .unwrap_or(f64::NAN)
}

impl Add for Interval {
    type Output = Interval;
    /// `[a.lo + b.lo, a.hi + b.hi]`, rounded outward.
    fn add(self, o: Interval) -> Interval {
        Interval::outward(self.lo + o.lo, self.hi + o.hi, 1)
    }
}

impl Sub for Interval {
    type Output = Interval;
    /// `[a.lo - b.hi, a.hi - b.lo]`, rounded outward.
    fn sub(self, o: Interval) -> Interval {
        Interval::outward(self.lo - o.hi, self.hi - o.lo, 1)
    }
}

impl Mul for Interval {
    type Output = Interval;
    /// The smallest and largest of the four bound products, rounded outward.
    fn mul(self, o: Interval) -> Interval {
        let p = [
            self.lo * o.lo,
            self.lo * o.hi,
            self.hi * o.lo,
            self.hi * o.hi,
        ];
        Interval::outward(min4(p), max4(p), 1)
    }
}

impl Div for Interval {
    type Output = Result<Interval>;
    /// [`Interval::checked_div`].
    fn div(self, o: Interval) -> Result<Interval> {
        self.checked_div(&o)
    }
}

impl fmt::Display for Interval {
    /// `[lo, hi]`, with the formatter's precision applied to both bounds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "[{:.p$}, {:.p$}]", self.lo, self.hi),
            None => write!(f, "[{}, {}]", self.lo, self.hi),
        }
    }
}
