//! Published figures: [`Reported`] numbers with their rounding, and the
//! checks a careful reader makes of a release (implied bases, growth, sums
//! and shares that must hold for every true value the rounding allows).

use crate::error::ErrorKind;
use crate::error::{Error, Result, finite, quote};
use crate::interval::Interval;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// The most decimals a published figure may have.
const MAX_DECIMALS: usize = 17;

/// A published figure as printed: its value and how many decimals it shows.
///
/// `Reported::parse("122.7")` is 122.7 with one decimal, so the true value
/// lies in `[122.65, 122.75]`: half a unit of the last digit either side,
/// bounds included (whether the publisher rounds half up or half to even).
/// A figure printed `"5"` stands for `[4.5, 5.5]`; if the publisher meant
/// 5.0, say so with `Reported::new(5.0, 1)`.
///
/// ```
/// use growthkit::Reported;
/// let r = Reported::parse("122.7")?;
/// assert_eq!((r.value(), r.decimals()), (122.7, 1));
/// let i = r.interval();
/// assert_eq!(format!("{i:.2}"), "[122.65, 122.75]");
/// // The bounds are the floats just outside 122.65 and 122.75, never inside.
/// assert!(i.lo() <= 122.65 && i.hi() >= 122.75 && i.width() < 0.1 + 1e-13);
/// assert_eq!(Reported::parse("1,227")?.interval().lo(), 1226.5); // exact in binary
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    /// Sign and digits, without separators: `-1227.05`.
    text: String,
    value: f64,
    decimals: u32,
    interval: Interval,
}

impl Reported {
    /// Reads a figure as printed: an optional sign, digits with optional
    /// thousands separators (`1,227`), and an optional decimal part.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for anything else (exponents, a percent sign,
    /// misplaced separators, more than 17 decimals).
    ///
    /// ```
    /// use growthkit::Reported;
    /// assert_eq!(Reported::parse(" -0.50 ")?.decimals(), 2);
    /// assert_eq!(Reported::parse("1,22").unwrap_err().code(), "invalid_argument");
    /// assert_eq!(Reported::parse("5%").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    #[allow(clippy::indexing_slicing)] // `t[1..]` follows an ASCII sign byte; `groups[0]` exists, `split` yields at least one.
    pub fn parse(text: &str) -> Result<Reported> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "invalid published figure {}: expected a number as printed, such as 122.7, 5, -0.3 or 1,227",
                    quote(text)
                ),
            )
        };
        let t = text.trim();
        let (negative, body) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if body.contains('.') && frac.is_empty() {
            return Err(bad());
        }
        let groups: Vec<&str> = int.split(',').collect();
        let grouped_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !grouped_ok
            || !groups.iter().all(|g| digits_ok(g))
            || !digits_ok(frac)
            || frac.len() > MAX_DECIMALS
        {
            return Err(bad());
        }
        let int: String = groups.concat();
        Reported::from_parts(negative, &int, frac).map_err(|_| bad())
    }

    /// A figure from its value and the number of decimals it was published
    /// with: `Reported::new(5.0, 1)` is "5.0", the interval `[4.95, 5.05]`.
    ///
    /// # Errors
    ///
    /// `non_finite` for NaN or an infinity, `invalid_argument` when the value
    /// has more decimals than `decimals` (122.75 with one) or `decimals`
    /// exceeds 17.
    ///
    /// ```
    /// use growthkit::Reported;
    /// let five = Reported::new(5.0, 1)?;
    /// assert_eq!(five.to_string(), "5.0");
    /// assert_eq!(format!("{:.2}", five.interval()), "[4.95, 5.05]");
    /// assert_eq!(Reported::new(122.75, 1).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(value: f64, decimals: u32) -> Result<Reported> {
        let v = finite("a published value", value)?;
        let d = decimals as usize;
        if d > MAX_DECIMALS {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "decimals `{decimals}` is out of range: a published figure has at most {MAX_DECIMALS}"
                ),
            ));
        }
        let text = format!("{:.d$}", v.abs());
        let r = Reported::parse(&if v < 0.0 { format!("-{text}") } else { text })?;
        if r.value != v {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "value `{v}` has more than {decimals} decimals: round it as published, or give more decimals"
                ),
            ));
        }
        Ok(r)
    }

    /// Builds a figure from its sign, integer digits and decimal digits.
    fn from_parts(negative: bool, int: &str, frac: &str) -> Result<Reported> {
        let unsigned = if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        };
        let is_zero = unsigned.bytes().all(|b| b == b'0' || b == b'.');
        let negative = negative && !is_zero;
        let text = if negative {
            format!("-{unsigned}")
        } else {
            unsigned
        };
        let value: f64 = text.parse().map_err(|_| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("`{text}` is not a number"),
            )
        })?;
        let (lo_mag, hi_mag) = half_unit_bounds(int, frac);
        let (lo_text, hi_text) = if negative {
            (format!("-{hi_mag}"), format!("-{lo_mag}"))
        } else {
            (lo_mag, hi_mag)
        };
        // The bounds are exact decimals; parsing rounds each to the nearest
        // float, which moves one unit in the last place outward where it fell inside.
        let parse = |s: &str| s.parse::<f64>().unwrap_or(f64::NAN);
        let (mut lo, mut hi) = (parse(&lo_text), parse(&hi_text));
        if exact_cmp(lo, &lo_text) == Ordering::Greater {
            lo = lo.next_down();
        }
        if exact_cmp(hi, &hi_text) == Ordering::Less {
            hi = hi.next_up();
        }
        Ok(Reported {
            text,
            value: finite("a published value", value)?,
            decimals: frac.len() as u32,
            interval: Interval::new(lo, hi)?,
        })
    }

    /// The number as published.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// How many decimals it was published with.
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// The interval of true values that round to it.
    pub fn interval(&self) -> Interval {
        self.interval
    }
}

/// The magnitudes `digits - half a unit` and `digits + half a unit` of the
/// last digit, as exact decimal texts (`"122", "7"` gives `"122.65"` and
/// `"122.75"`); for zero the lower one is the negative half unit.
fn half_unit_bounds(int: &str, frac: &str) -> (String, String) {
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let point = int.len();
    let render = |ds: &[u8]| {
        let s: String = ds.iter().map(|d| char::from(b'0' + d)).collect();
        format!("{}.{}5", &s[..point], &s[point..])
    };
    let hi = render(&digits);
    if digits.iter().all(|&d| d == 0) {
        return (format!("-{hi}"), hi);
    }
    // Subtract one unit of the last digit, borrowing leftwards.
    let mut down = digits.clone();
    for d in down.iter_mut().rev() {
        if *d == 0 {
            *d = 9;
        } else {
            *d -= 1;
            break;
        }
    }
    (render(&down), hi)
}

/// Compares a float's exact value with a decimal text.
fn exact_cmp(x: f64, decimal: &str) -> Ordering {
    if let Some(o) = exact_cmp_int(x, decimal) {
        return o;
    }
    // Every finite double has at most 1074 decimals, so this prints it exactly.
    decimal_cmp(&format!("{x:.1074}"), decimal)
}

/// `x` against a decimal of at most 38 digits, in integers: `|x|` is
/// `mant * 2^e` and the decimal `m / 10^k`, so their order is that of
/// `mant * 10^k * 2^e` and `m`. `None` where the integers would not fit.
fn exact_cmp_int(x: f64, decimal: &str) -> Option<Ordering> {
    let (neg_d, body) = decimal
        .strip_prefix('-')
        .map_or((false, decimal), |r| (true, r));
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let k = u32::try_from(frac.len()).ok().filter(|k| *k <= 19)?;
    let mut m: u128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        let d = b.checked_sub(b'0').filter(|d| *d <= 9)?;
        m = m.checked_mul(10)?.checked_add(u128::from(d))?;
    }
    if !x.is_finite() {
        return None;
    }
    let bits = x.abs().to_bits();
    let (exp, fraction) = ((bits >> 52) & 0x7ff, bits & ((1 << 52) - 1));
    let (mant, e) = if exp == 0 {
        (fraction, -1074i64)
    } else {
        (fraction | (1 << 52), exp as i64 - 1075)
    };
    let lhs = u128::from(mant).checked_mul(10u128.checked_pow(k)?)?;
    let magnitude = if e >= 0 {
        let e = u32::try_from(e).ok()?;
        (lhs.leading_zeros() >= e).then(|| (lhs << e).cmp(&m))?
    } else {
        let s = u32::try_from(-e).ok()?;
        if m == 0 {
            lhs.cmp(&0)
        } else if s < 128 && m.leading_zeros() >= s {
            lhs.cmp(&(m << s))
        } else {
            // m * 2^s is at least 2^128, beyond any u128.
            Ordering::Less
        }
    };
    let neg_x = x < 0.0 && mant != 0;
    let neg_d = neg_d && m != 0;
    Some(match (neg_x, neg_d) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => magnitude,
        (true, true) => magnitude.reverse(),
    })
}

/// Compares two decimal texts (`-12.50`, `0.125`) by value.
fn decimal_cmp(a: &str, b: &str) -> Ordering {
    fn split(t: &str) -> (bool, &str, &str) {
        let (neg, m) = t.strip_prefix('-').map_or((false, t), |r| (true, r));
        let (i, f) = m.split_once('.').unwrap_or((m, ""));
        let (i, f) = (i.trim_start_matches('0'), f.trim_end_matches('0'));
        (neg && !(i.is_empty() && f.is_empty()), i, f)
    }
    fn magnitude(ai: &str, af: &str, bi: &str, bf: &str) -> Ordering {
        let n = af.len().max(bf.len());
        ai.len()
            .cmp(&bi.len())
            .then_with(|| ai.cmp(bi))
            .then_with(|| format!("{af:0<n$}").cmp(&format!("{bf:0<n$}")))
    }
    let ((an, ai, af), (bn, bi, bf)) = (split(a), split(b));
    match (an, bn) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => magnitude(ai, af, bi, bf),
        (true, true) => magnitude(bi, bf, ai, af),
    }
}

impl fmt::Display for Reported {
    /// The figure as published, without separators: `1227`, `5.0`, `-0.3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Reported {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Reported::parse(s)
    }
}

/// What the levels of a release allow a published rate to be, and how far
/// the published rate lies from that.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateCheck {
    /// Whether some true values of the figures agree with the published rate.
    pub consistent: bool,
    /// The rate, in percent, that the levels allow.
    pub implied: Interval,
    /// How many percentage points the published rate's interval lies from
    /// the implied one; 0 when consistent.
    pub gap_pp: f64,
}

/// Whether rounded parts can add up to a rounded total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SumCheck {
    /// Whether some true values of the parts add up to a true value of the total.
    pub consistent: bool,
    /// The interval the sum of the parts can take.
    pub implied: Interval,
    /// How far the total's interval lies from the implied one; 0 when consistent.
    pub gap: f64,
}

/// `1 + rate / 100` over a rate in percent.
fn factor(growth_pct: &Reported) -> Result<Interval> {
    let f = growth_pct
        .interval()
        .checked_div(&Interval::point(100.0)?)?
        .shift(1.0);
    if f.lo() <= 0.0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("growth `{growth_pct}` % can be -100 % or less, which leaves no base"),
        ));
    }
    Ok(f)
}

/// A positive interval, or `non_positive_base` naming `what`.
fn positive_interval(what: &str, r: &Reported) -> Result<Interval> {
    let i = r.interval();
    if i.lo() > 0.0 {
        Ok(i)
    } else {
        Err(Error::new(
            ErrorKind::NonPositiveBase,
            format!(
                "{what} `{r}` may be zero or negative once rounding is allowed for ({i}); it must be above zero"
            ),
        ))
    }
}

/// The interval of bases consistent with a rounded level and a rounded
/// growth rate in percent as printed: `current / (1 + growth / 100)` over
/// both intervals.
///
/// # Errors
///
/// `invalid_argument` when the growth rate may be -100 % or less.
///
/// ```
/// use growthkit::{Reported, implied_previous_range};
/// // H1 2020 online retail: 122.7 billion yuan, up 5 %.
/// let sales = Reported::parse("122.7")?;
/// let whole = implied_previous_range(&sales, &Reported::parse("5")?)?;
/// assert_eq!(format!("{whole:.2}"), "[116.26, 117.46]");
/// let tenth = implied_previous_range(&sales, &Reported::new(5.0, 1)?)?;
/// assert_eq!(format!("{tenth:.2}"), "[116.75, 116.96]");
/// assert!(implied_previous_range(&sales, &Reported::parse("-100")?).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn implied_previous_range(current: &Reported, growth_pct: &Reported) -> Result<Interval> {
    current.interval().checked_div(&factor(growth_pct)?)
}

/// Whether a published growth rate (percent as printed) agrees with the
/// published levels it relates: the growth interval the levels allow, and
/// the gap in percentage points when they disagree.
///
/// # Errors
///
/// `non_positive_base` when the previous level may be zero or negative.
///
/// ```
/// use growthkit::{Reported, check_growth};
/// let r = |t| Reported::parse(t).unwrap();
/// let ok = check_growth(&r("122.7"), &r("116.9"), &r("5"))?;
/// assert!(ok.consistent);
/// let off = check_growth(&r("122.7"), &r("110.0"), &r("5.0"))?;
/// assert!(!off.consistent && off.gap_pp > 6.0); // the levels say 11.5 %
/// assert!(check_growth(&r("1"), &r("0.0"), &r("5")).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn check_growth(
    current: &Reported,
    previous: &Reported,
    growth_pct: &Reported,
) -> Result<RateCheck> {
    let base = positive_interval("the previous level", previous)?;
    let implied = current
        .interval()
        .checked_div(&base)?
        .shift(-1.0)
        .scale(100.0);
    Ok(rate_check(implied, growth_pct))
}

/// Whether a published share (percent as printed) agrees with the published
/// part and total.
///
/// # Errors
///
/// `non_positive_base` when the total may be zero or negative.
///
/// ```
/// use growthkit::{Reported, check_share};
/// let r = |t| Reported::parse(t).unwrap();
/// assert!(check_share(&r("35.86"), &r("101.85"), &r("35.2"))?.consistent);
/// assert!(!check_share(&r("35.86"), &r("101.85"), &r("36"))?.consistent);
/// assert!(check_share(&r("1"), &r("0"), &r("5")).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn check_share(part: &Reported, total: &Reported, share_pct: &Reported) -> Result<RateCheck> {
    let whole = positive_interval("the total", total)?;
    let implied = part.interval().checked_div(&whole)?.scale(100.0);
    Ok(rate_check(implied, share_pct))
}

fn rate_check(implied: Interval, published: &Reported) -> RateCheck {
    let stated = published.interval();
    RateCheck {
        consistent: implied.overlaps(&stated),
        implied,
        gap_pp: implied.gap(&stated),
    }
}

/// Whether rounded parts can add up to a rounded total.
///
/// # Errors
///
/// `invalid_argument` when there are no parts.
///
/// ```
/// use growthkit::{Reported, check_sum};
/// let r = |t| Reported::parse(t).unwrap();
/// // 65.99 + 35.86 = 101.85; a total printed 101.9 is still possible.
/// assert!(check_sum(&[r("65.99"), r("35.86")], &r("101.9"))?.consistent);
/// assert!(!check_sum(&[r("65.99"), r("35.86")], &r("102.0"))?.consistent);
/// assert!(check_sum(&[], &r("1")).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn check_sum(parts: &[Reported], total: &Reported) -> Result<SumCheck> {
    let implied = parts
        .iter()
        .map(Reported::interval)
        .reduce(|a, b| a + b)
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                "check_sum needs at least one part",
            )
        })?;
    let stated = total.interval();
    Ok(SumCheck {
        consistent: implied.overlaps(&stated),
        implied,
        gap: implied.gap(&stated),
    })
}

#[cfg(test)]
mod exact_tests {
    use super::*;

    #[test]
    fn integer_comparison_agrees_with_the_printed_one() {
        let texts = [
            "122.65",
            "0.1",
            "-0.1",
            "0",
            "-0",
            "5.05",
            "4.95",
            "1e",
            "1227.5",
            "0.000001",
            "99999999999999999999.5",
            "-3.25",
            "12345678901234567.89",
        ];
        let xs: [f64; 15] = [
            122.65,
            0.1,
            -0.1,
            0.0,
            -0.0,
            5.05,
            4.95,
            1227.5,
            1e-6,
            1e20,
            -3.25,
            5e-324,
            1e300,
            -1e300,
            12345678901234567.89,
        ];
        for t in texts {
            for x in xs {
                for x in [x, x.next_up(), x.next_down()] {
                    if let Some(o) = exact_cmp_int(x, t) {
                        assert_eq!(o, decimal_cmp(&format!("{x:.1074}"), t), "{x} {t}");
                    }
                }
            }
        }
    }
}
