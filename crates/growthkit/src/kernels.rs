//! Fast kernels over columns: growth against a lag, growth within groups
//! matched by ordinal, and parsing many period strings at once.
//!
//! Each kernel reads slices without copying them and writes into one output
//! buffer: the `_into` forms take a buffer of the right length, the others
//! allocate it.

use crate::error::{Error, Result};
use crate::period::{Frequency, Period};

fn check_len(what: &str, expected: usize, got: usize) -> Result<()> {
    if expected == got {
        Ok(())
    } else {
        Err(Error::LengthMismatch(format!(
            "{what} has length {got}, but the input has length {expected}"
        )))
    }
}

/// `values[i] / values[i - lag] - 1`, NaN for the first `lag` rows and where
/// the base is not positive (zero, negative or NaN); otherwise the same
/// numbers as numpy's `x[lag:] / x[:-lag] - 1`.
///
/// # Errors
///
/// `invalid_argument` for a lag of 0.
///
/// ```
/// use growthkit::kernels::lag_growth;
/// let g = lag_growth(&[100.0, 0.0, 110.0, 5.0], 2)?;
/// assert!(g[0].is_nan() && g[1].is_nan() && g[3].is_nan());
/// assert!((g[2] - 0.1).abs() < 1e-15);
/// assert_eq!(lag_growth(&[1.0], 0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn lag_growth(values: &[f64], lag: usize) -> Result<Vec<f64>> {
    let mut out = vec![0.0; values.len()];
    lag_growth_into(values, lag, &mut out)?;
    Ok(out)
}

/// [`lag_growth`] into `out`, which must have the length of `values`.
///
/// # Errors
///
/// `invalid_argument` for a lag of 0, `length_mismatch` for an `out` of
/// another length.
///
/// ```
/// use growthkit::kernels::lag_growth_into;
/// let mut out = [0.0; 3];
/// lag_growth_into(&[1.0, 2.0, 3.0], 1, &mut out)?;
/// assert_eq!(out[1], 1.0);
/// assert_eq!(lag_growth_into(&[1.0], 1, &mut out).unwrap_err().code(), "length_mismatch");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn lag_growth_into(values: &[f64], lag: usize, out: &mut [f64]) -> Result<()> {
    if lag == 0 {
        return Err(Error::InvalidArgument(
            "lag is `0`: it must be at least 1".into(),
        ));
    }
    check_len("out", values.len(), out.len())?;
    let lag = lag.min(values.len());
    let (head, tail) = out.split_at_mut(lag);
    head.fill(f64::NAN);
    for ((o, &x), &b) in tail.iter_mut().zip(&values[lag..]).zip(values) {
        *o = if b > 0.0 { x / b - 1.0 } else { f64::NAN };
    }
    Ok(())
}

/// Growth against the row with the same id whose ordinal is `lag` smaller,
/// matched by value: rows may come in any order and with gaps, and the
/// result is aligned to the input rows (NaN where no such row exists or its
/// value is not positive).
///
/// # Errors
///
/// `length_mismatch` when the three columns differ in length,
/// `duplicate_period` when two rows share an id and an ordinal,
/// `invalid_argument` for a lag of 0.
///
/// ```
/// use growthkit::kernels::grouped_growth;
/// // Two regions, months as ordinals, shuffled, region 2 missing one month.
/// let ids = [2, 1, 1, 2];
/// let months = [601, 600, 601, 599];
/// let values = [30.0, 10.0, 11.0, 20.0];
/// let g = grouped_growth(&ids, &months, &values, 1)?;
/// assert!(g[0].is_nan()); // region 2 has no month 600
/// assert!((g[2] - 0.1).abs() < 1e-15);
/// assert_eq!(grouped_growth(&[1, 1], &[5, 5], &[1.0, 2.0], 1).unwrap_err().code(), "duplicate_period");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn grouped_growth<K: Ord>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    lag: i64,
) -> Result<Vec<f64>> {
    let mut out = vec![0.0; values.len()];
    grouped_growth_into(ids, ordinals, values, lag, &mut out)?;
    Ok(out)
}

/// [`grouped_growth`] into `out`, which must have the length of `values`.
///
/// # Errors
///
/// As [`grouped_growth`], and `length_mismatch` for an `out` of another length.
///
/// ```
/// use growthkit::kernels::grouped_growth_into;
/// let mut out = [0.0; 2];
/// grouped_growth_into(&["a", "a"], &[1, 2], &[4.0, 5.0], 1, &mut out)?;
/// assert_eq!(out[1], 0.25);
/// assert!(grouped_growth_into(&["a"], &[1, 2], &[4.0, 5.0], 1, &mut out).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn grouped_growth_into<K: Ord>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    lag: i64,
    out: &mut [f64],
) -> Result<()> {
    if lag == 0 {
        return Err(Error::InvalidArgument(
            "lag is `0`: it must not be zero".into(),
        ));
    }
    check_len("ids", values.len(), ids.len())?;
    check_len("ordinals", values.len(), ordinals.len())?;
    check_len("out", values.len(), out.len())?;
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_unstable_by(|&a, &b| ids[a].cmp(&ids[b]).then(ordinals[a].cmp(&ordinals[b])));
    let mut start = 0;
    while start < order.len() {
        let id = &ids[order[start]];
        let len = order[start..].partition_point(|&r| ids[r] == *id);
        let group = &order[start..start + len];
        for pair in group.windows(2) {
            if ordinals[pair[0]] == ordinals[pair[1]] {
                return Err(Error::DuplicatePeriod(format!(
                    "rows {} and {} have the same id and ordinal `{}`: each id may have one row per period",
                    pair[0].min(pair[1]),
                    pair[0].max(pair[1]),
                    ordinals[pair[0]]
                )));
            }
        }
        for &row in group {
            out[row] = ordinals[row]
                .checked_sub(lag)
                .and_then(|want| group.binary_search_by(|&r| ordinals[r].cmp(&want)).ok())
                .map_or(f64::NAN, |k| {
                    let base = values[group[k]];
                    if base > 0.0 {
                        values[row] / base - 1.0
                    } else {
                        f64::NAN
                    }
                });
        }
        start += len;
    }
    Ok(())
}

/// The kinds and ordinals of many periods, column by column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedPeriods {
    /// The kind of each period.
    pub frequencies: Vec<Frequency>,
    /// The ordinal of each period within its kind ([`Period::ordinal`]).
    pub ordinals: Vec<i64>,
}

/// Parses many period texts at once into kinds and ordinals.
///
/// # Errors
///
/// `invalid_period` for a text that is not a period, `invalid_argument` for
/// a span (spans have no ordinal); the message names the row.
///
/// ```
/// use growthkit::{Frequency, kernels::parse_periods};
/// let p = parse_periods(&["2020Q3", "2020-07"])?;
/// assert_eq!(p.frequencies, [Frequency::Quarterly, Frequency::Monthly]);
/// assert_eq!(p.ordinals, [202, 606]);
/// assert_eq!(parse_periods(&["2020-07", "July"]).unwrap_err().code(), "invalid_period");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn parse_periods<S: AsRef<str>>(texts: &[S]) -> Result<ParsedPeriods> {
    let mut parsed = ParsedPeriods {
        frequencies: Vec::with_capacity(texts.len()),
        ordinals: Vec::with_capacity(texts.len()),
    };
    for (row, text) in texts.iter().enumerate() {
        let p = Period::parse(text.as_ref()).map_err(|e| e.context(&format!("row {row}")))?;
        let ordinal = p.ordinal().ok_or_else(|| {
            Error::InvalidArgument(format!(
                "row {row}: span `{p}` has no ordinal; parse spans one by one with Period::parse"
            ))
        })?;
        parsed.frequencies.push(p.frequency());
        parsed.ordinals.push(ordinal);
    }
    Ok(parsed)
}
