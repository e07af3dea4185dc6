//! Vector powers: compound growth, annualisation and two-year averages over
//! columns, NaN where the scalar functions would refuse a row (a base that
//! is not positive), as the other kernels do.

use super::check_len;
use super::exp_log::{exp_moderate, ln_normal, pow_is_exact};
use super::widest::widest;
use crate::error::{Error, ErrorKind, Result};

/// An argument (years, periods a year) that must be positive:
/// `invalid_argument` otherwise (a base that is not positive is a
/// different error, `non_positive_base`: see `error::positive`).
fn positive_argument(what: &str, x: f64) -> Result<f64> {
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
    let e = 1.0 / positive_argument("years", years)?;
    check_len("last", first.len(), last.len())?;
    super::check_out(first.len(), out.len())?;
    if cagr_vector(first, last, e, out) > 0 {
        // The few rows outside the vector loop's range, again with `powf`.
        for ((o, &a), &b) in out.iter_mut().zip(first).zip(last) {
            let r = b / a;
            if a > 0.0 && b > 0.0 && !pow_is_exact(r, e * ln_normal(false, r)) {
                *o = r.powf(e) - 1.0;
            }
        }
    }
    Ok(())
}

widest! {
    /// [`cagr_into`]'s loop; returns how many rows it could not compute
    /// (a ratio or a result outside the normal range).
    fn cagr_vector(first: &[f64], last: &[f64], e: f64, out: &mut [f64]) -> usize, fused {
        let mut redo = 0;
        for ((o, &a), &b) in out.iter_mut().zip(first).zip(last) {
            let r = b / a;
            let y = e * ln_normal(fused, r);
            let valid = a > 0.0 && b > 0.0;
            redo += usize::from(valid && !pow_is_exact(r, y));
            *o = if valid { exp_moderate(fused, y) - 1.0 } else { f64::NAN };
        }
        redo
    }
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
    let n = positive_argument("periods_per_year", periods_per_year)?;
    super::check_out(rates.len(), out.len())?;
    if annualized_vector(rates, n, out) > 0 {
        for (o, &r) in out.iter_mut().zip(rates) {
            let f = 1.0 + r;
            if f > 0.0 && !pow_is_exact(f, n * ln_normal(false, f)) {
                *o = f.powf(n) - 1.0;
            }
        }
    }
    Ok(())
}

widest! {
    /// [`annualized_into`]'s loop; returns how many rows it could not compute.
    fn annualized_vector(rates: &[f64], n: f64, out: &mut [f64]) -> usize, fused {
        let mut redo = 0;
        for (o, &r) in out.iter_mut().zip(rates) {
            let f = 1.0 + r;
            let y = n * ln_normal(fused, f);
            let valid = f > 0.0;
            redo += usize::from(valid && !pow_is_exact(f, y));
            *o = if valid { exp_moderate(fused, y) - 1.0 } else { f64::NAN };
        }
        redo
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether `got` and `want`, both `power - 1`, are within `tol` units of
    /// 2^-52 of the power and the rounding of the `- 1`, or both are NaN.
    fn close(got: f64, want: f64, tol: f64) -> bool {
        let power = (want + 1.0).abs();
        (got.is_nan() && want.is_nan())
            || got == want
            || (got - want).abs() <= (tol * power + power.max(1.0)) * f64::EPSILON
    }

    /// Values a column may hold: ordinary, tiny, huge, zero, negative, NaN, infinite.
    fn value() -> impl Strategy<Value = f64> {
        prop_oneof![
            4 => 1e-3f64..1e6,
            1 => prop::sample::select(vec![
                0.0, -1.0, f64::NAN, f64::INFINITY, 1e-310, 5e-324, 1e300, f64::MAX
            ]),
        ]
    }

    proptest! {
        /// The vector loop and its fix-up give `powf`'s numbers row by row.
        #[test]
        fn cagr_is_powf_row_by_row(
            rows in prop::collection::vec((value(), value()), 0..40),
            years in prop_oneof![0.1f64..50.0, Just(1e-3)],
        ) {
            let (first, last): (Vec<f64>, Vec<f64>) = rows.into_iter().unzip();
            let got = cagr(&first, &last, years).unwrap();
            for ((g, &a), &b) in got.iter().zip(&first).zip(&last) {
                let want = if a > 0.0 && b > 0.0 { (b / a).powf(1.0 / years) - 1.0 } else { f64::NAN };
                // Relative to the power, which is `want + 1`.
                let tol = 4.0 + 2.0 * ((b / a).ln() / years).abs();
                prop_assert!(close(*g, want, tol), "{a} {b} {years}: {g} {want}");
            }
        }

        #[test]
        fn annualized_is_powf_row_by_row(
            rates in prop::collection::vec(prop_oneof![-0.99f64..5.0, value()], 0..40),
            n in prop_oneof![1.0f64..400.0, Just(4.0), Just(12.0)],
        ) {
            let got = annualized(&rates, n).unwrap();
            for (g, &r) in got.iter().zip(&rates) {
                let f = 1.0 + r;
                let want = if f > 0.0 { f.powf(n) - 1.0 } else { f64::NAN };
                let tol = 4.0 + 2.0 * (n * f.ln()).abs();
                prop_assert!(close(*g, want, tol), "{r} {n}: {g} {want}");
            }
        }
    }
}
