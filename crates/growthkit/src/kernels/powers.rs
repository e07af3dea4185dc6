//! Vector powers: compound growth, annualisation and two-year averages over
//! columns, NaN where the scalar functions would refuse a row (a base that
//! is not positive), as the other kernels do.

use super::check_len;
use crate::error::{Error, ErrorKind, Result};

fn positive(what: &str, x: f64) -> Result<f64> {
    if x.is_finite() && x > 0.0 {
        Ok(x)
    } else {
        Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} is `{x}`: it must be a positive finite number"),
        ))
    }
}

/// `(last[i] / first[i])^(1 / years) - 1`, NaN where either value is not
/// positive (zero, negative or NaN): [`cagr`](crate::cagr) over columns.
///
/// # Errors
///
/// `invalid_argument` when `years` is not a positive finite number,
/// `length_mismatch` when the columns differ in length.
///
/// ```
/// use growthkit::kernels::cagr;
/// let g = cagr(&[100.0, 100.0, 0.0], &[121.0, 133.1, 5.0], 2.0)?;
/// assert!((g[0] - 0.1).abs() < 1e-15 && (g[1] - (1.331f64.sqrt() - 1.0)).abs() < 1e-15 && g[2].is_nan());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn cagr(first: &[f64], last: &[f64], years: f64) -> Result<Vec<f64>> {
    let mut out = vec![0.0; first.len()];
    cagr_into(first, last, years, &mut out)?;
    Ok(out)
}

/// [`cagr`] into `out`, which must have the columns' length.
///
/// # Errors
///
/// As [`cagr`], and `length_mismatch` for an `out` of another length.
pub fn cagr_into(first: &[f64], last: &[f64], years: f64, out: &mut [f64]) -> Result<()> {
    let e = 1.0 / positive("years", years)?;
    check_len("last", first.len(), last.len())?;
    super::check_out(first.len(), out.len())?;
    for ((o, &a), &b) in out.iter_mut().zip(first).zip(last) {
        *o = if a > 0.0 && b > 0.0 {
            (b / a).powf(e) - 1.0
        } else {
            f64::NAN
        };
    }
    Ok(())
}

/// `(1 + rates[i])^periods_per_year - 1`, NaN where `1 + rate` is not
/// positive: [`annualize`](crate::annualize) over a column.
///
/// # Errors
///
/// `invalid_argument` when `periods_per_year` is not a positive finite
/// number.
///
/// ```
/// use growthkit::kernels::annualized;
/// let a = annualized(&[0.01, -1.5], 4.0)?;
/// assert!((a[0] - (1.01f64.powi(4) - 1.0)).abs() < 1e-15 && a[1].is_nan());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn annualized(rates: &[f64], periods_per_year: f64) -> Result<Vec<f64>> {
    let mut out = vec![0.0; rates.len()];
    annualized_into(rates, periods_per_year, &mut out)?;
    Ok(out)
}

/// [`annualized`] into `out`, which must have the column's length.
///
/// # Errors
///
/// As [`annualized`], and `length_mismatch` for an `out` of another length.
pub fn annualized_into(rates: &[f64], periods_per_year: f64, out: &mut [f64]) -> Result<()> {
    let n = positive("periods_per_year", periods_per_year)?;
    super::check_out(rates.len(), out.len())?;
    for (o, &r) in out.iter_mut().zip(rates) {
        let f = 1.0 + r;
        *o = if f > 0.0 { f.powf(n) - 1.0 } else { f64::NAN };
    }
    Ok(())
}

/// `sqrt((1 + g1[i]) (1 + g2[i])) - 1`, the average yearly rate over two
/// years, NaN where the product is not positive:
/// [`two_year_average`](crate::two_year_average) over columns.
///
/// # Errors
///
/// `length_mismatch` when the columns differ in length.
///
/// ```
/// use growthkit::kernels::two_year_average;
/// let a = two_year_average(&[0.125], &[-0.039])?;
/// assert!((a[0] - ((1.125f64 * 0.961).sqrt() - 1.0)).abs() < 1e-15);
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn two_year_average(g1: &[f64], g2: &[f64]) -> Result<Vec<f64>> {
    let mut out = vec![0.0; g1.len()];
    two_year_average_into(g1, g2, &mut out)?;
    Ok(out)
}

/// [`two_year_average`] into `out`, which must have the columns' length.
///
/// # Errors
///
/// As [`two_year_average`], and `length_mismatch` for an `out` of another length.
pub fn two_year_average_into(g1: &[f64], g2: &[f64], out: &mut [f64]) -> Result<()> {
    check_len("g2", g1.len(), g2.len())?;
    super::check_out(g1.len(), out.len())?;
    for ((o, &a), &b) in out.iter_mut().zip(g1).zip(g2) {
        let p = (1.0 + a) * (1.0 + b);
        *o = if p > 0.0 && (1.0 + a) > 0.0 {
            p.sqrt() - 1.0
        } else {
            f64::NAN
        };
    }
    Ok(())
}
