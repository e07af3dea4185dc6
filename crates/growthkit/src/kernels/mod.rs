//! Fast kernels over columns: growth against a lag, growth within groups
//! matched by ordinal, vector powers (compound growth, annualisation,
//! two-year averages), and parsing many period strings at once.
//!
//! Each kernel reads slices without copying them and writes into one output
//! buffer: the `_into` forms take a buffer of the right length, the others
//! allocate it.

mod exp_log;
mod grouped_series;
mod matching;
mod powers;
mod widest;

use widest::widest;

pub use grouped_series::{RowTransform, grouped_series};
pub use powers::{
    annualized, annualized_into, cagr, cagr_into, two_year_average, two_year_average_into,
};

use crate::period::parse::slow_parse;
use crate::period::{ParseOptions, quick};

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use crate::period::{Frequency, Period};
use std::hash::Hash;

fn check_len(what: &str, expected: usize, got: usize) -> Result<()> {
    if expected == got {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::LengthMismatch,
            format!("{what} has length {got}, but the input has length {expected}"),
        ))
    }
}

/// `values[i] / values[i - lag] - 1`, NaN for the first `lag` rows and where
/// the base is not positive (zero, negative or NaN); otherwise the same
/// numbers as numpy's `x[lag:] / x[:-lag] - 1`. A negative lag compares with
/// a later row (NaN for the last `-lag` rows), as in
/// [`Series::pct_change`](crate::Series::pct_change) and [`grouped_growth`].
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
/// let lead = lag_growth(&[100.0, 110.0], -1)?;
/// assert!((lead[0] - (100.0 / 110.0 - 1.0)).abs() < 1e-15 && lead[1].is_nan());
/// assert_eq!(lag_growth(&[1.0], 0).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn lag_growth(values: &[f64], lag: i64) -> Result<Vec<f64>> {
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
#[allow(clippy::indexing_slicing)] // `k` is cut to the length of `values`, which `out` shares.
pub fn lag_growth_into(values: &[f64], lag: i64, out: &mut [f64]) -> Result<()> {
    if lag == 0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "lag is `0`: it must not be zero",
        ));
    }
    check_out(values.len(), out.len())?;
    let k = usize::try_from(lag.unsigned_abs())
        .unwrap_or(usize::MAX)
        .min(values.len());
    let growth = |x: f64, b: f64| if b > 0.0 { x / b - 1.0 } else { f64::NAN };
    if lag > 0 {
        let (head, tail) = out.split_at_mut(k);
        head.fill(f64::NAN);
        zip_rows(&values[k..], values, tail, growth);
    } else {
        let (head, tail) = out.split_at_mut(values.len() - k);
        tail.fill(f64::NAN);
        zip_rows(values, &values[k..], head, growth);
    }
    Ok(())
}

widest! {
    /// `out[i] = f(values[i], bases[i])`, for any arithmetic `f` that the
    /// compiler can vectorise.
    pub(crate) fn zip_rows[F: Fn(f64, f64) -> f64](values: &[f64], bases: &[f64], out: &mut [f64], f: F) {
        for ((o, &x), &b) in out.iter_mut().zip(values).zip(bases) {
            *o = f(x, b);
        }
    }
}

/// How many threads to share `rows` rows among: one per core (at most 8)
/// from a million rows on, where threads save more than they cost; one on
/// targets without threads.
fn threads_for(rows: usize) -> usize {
    const MIN_ROWS: usize = 1 << 20;
    #[cfg(not(target_family = "wasm"))]
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    #[cfg(target_family = "wasm")]
    let cores = 1;
    if rows < MIN_ROWS { 1 } else { cores }
}

/// Runs `work(first_row, part)` over `out` cut into one part per thread
/// ([`threads_for`]).
fn on_every_core(out: &mut [f64], work: impl Fn(usize, &mut [f64]) + Sync) {
    let threads = threads_for(out.len());
    if threads < 2 {
        return work(0, out);
    }
    let part = out.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let work = &work;
        let mut parts = out.chunks_mut(part).enumerate();
        let first = parts.next();
        for (i, chunk) in parts {
            scope.spawn(move || work(i * part, chunk));
        }
        if let Some((_, chunk)) = first {
            work(0, chunk);
        }
    });
}

/// Checks an output buffer for a kernel: it must have the input's length.
/// The bindings call this before they allocate or borrow `out`.
///
/// # Errors
///
/// `length_mismatch` when the lengths differ.
///
/// ```
/// assert!(growthkit::kernels::check_out(3, 3).is_ok());
/// assert_eq!(growthkit::kernels::check_out(3, 2).unwrap_err().code(), "length_mismatch");
/// ```
pub fn check_out(input: usize, out: usize) -> Result<()> {
    check_len("out", input, out)
}

/// Growth against the row with the same id whose ordinal is `lag` smaller,
/// matched by value: rows may come in any order and with gaps, and the
/// result is aligned to the input rows (NaN where no such row exists or its
/// value is not positive).
///
/// Rows grouped by id with increasing ordinals (the usual panel layout) take
/// a fast path without extra memory; any other order costs one table of 4
/// bytes per slot of each id's ordinal range.
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
pub fn grouped_growth<K: Hash + Eq + Sync>(
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
#[allow(clippy::indexing_slicing)] // rows come from `0..values.len()`, the length all columns share.
pub fn grouped_growth_into<K: Hash + Eq + Sync>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    lag: i64,
    out: &mut [f64],
) -> Result<()> {
    if lag == 0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "lag is `0`: it must not be zero",
        ));
    }
    check_len("ids", values.len(), ids.len())?;
    check_len("ordinals", values.len(), ordinals.len())?;
    check_out(values.len(), out.len())?;
    matching::match_into(ids, ordinals, values, lag, out, |m| match m.base {
        Some(b) if b > 0.0 => m.value / b - 1.0,
        _ => f64::NAN,
    })
}

/// Single-period flows from year-to-date totals in a panel: for each row,
/// its total minus the total of the same id one period earlier in the same
/// year; the first period of a year keeps its total. `frequency` is the
/// kind the ordinals count (monthly, quarterly or semiannual, as
/// [`Period::ordinal`] numbers them). NaN where the previous period is
/// missing, including a February without a January: use
/// [`Series::decumulate_ytd`](crate::Series::decumulate_ytd) for the
/// January-February span.
///
/// # Errors
///
/// `length_mismatch`, `duplicate_period` as [`grouped_growth`];
/// `frequency_mismatch` for a frequency other than monthly, quarterly or
/// semiannual.
///
/// ```
/// use growthkit::{Frequency, kernels::decumulate_ytd};
/// // One id, months Jan-Mar 2020 (ordinals 600-602) as year-to-date totals.
/// let flows = decumulate_ytd(&[7, 7, 7], &[602, 600, 601], &[33.0, 10.0, 22.0], Frequency::Monthly)?;
/// assert_eq!(flows, [11.0, 10.0, 12.0]);
/// assert!(decumulate_ytd(&[7], &[1], &[1.0], Frequency::Weekly).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn decumulate_ytd<K: Hash + Eq + Sync>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    frequency: Frequency,
) -> Result<Vec<f64>> {
    let mut out = vec![0.0; values.len()];
    decumulate_ytd_into(ids, ordinals, values, frequency, &mut out)?;
    Ok(out)
}

/// [`decumulate_ytd`] into `out`, which must have the length of `values`.
///
/// # Errors
///
/// As [`decumulate_ytd`], and `length_mismatch` for an `out` of another length.
///
/// ```
/// use growthkit::{Frequency, kernels::decumulate_ytd_into};
/// let mut out = [0.0; 2];
/// decumulate_ytd_into(&[1, 1], &[200, 201], &[5.0, 12.0], Frequency::Quarterly, &mut out)?;
/// assert_eq!(out, [5.0, 7.0]);
/// assert!(decumulate_ytd_into(&[1], &[200], &[5.0], Frequency::Quarterly, &mut out).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
#[allow(clippy::indexing_slicing)] // rows come from `0..values.len()`, the length all columns share.
pub fn decumulate_ytd_into<K: Hash + Eq + Sync>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    frequency: Frequency,
    out: &mut [f64],
) -> Result<()> {
    let per_year = match frequency {
        Frequency::Monthly => 12,
        Frequency::Quarterly => 4,
        Frequency::Semiannual => 2,
        f => {
            return Err(Error::new(
                ErrorKind::FrequencyMismatch,
                format!("year-to-date totals are monthly, quarterly or semiannual, not {f}"),
            ));
        }
    };
    check_len("ids", values.len(), ids.len())?;
    check_len("ordinals", values.len(), ordinals.len())?;
    check_out(values.len(), out.len())?;
    matching::match_into(ids, ordinals, values, 1, out, |m| {
        if m.ordinal.rem_euclid(per_year) == 0 {
            m.value
        } else {
            m.base.map_or(f64::NAN, |b| m.value - b)
        }
    })
}

/// The kinds and ordinals of many periods, column by column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedPeriods {
    /// The kind of each period.
    pub frequencies: Vec<Frequency>,
    /// The ordinal of each period within its kind ([`Period::ordinal`]).
    pub ordinals: Vec<i64>,
}

impl ParsedPeriods {
    /// The one kind all the periods have, as a table transform needs it.
    ///
    /// # Errors
    ///
    /// `frequency_mismatch` when the periods mix kinds or there are none,
    /// naming the kinds found.
    ///
    /// ```
    /// use growthkit::{Frequency, kernels::parse_periods};
    /// assert_eq!(parse_periods(&["2020Q3", "2020Q4"])?.single_frequency()?, Frequency::Quarterly);
    /// let mixed = parse_periods(&["2020Q3", "2020-07"])?.single_frequency().unwrap_err();
    /// assert_eq!(mixed.code(), "frequency_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn single_frequency(&self) -> Result<Frequency> {
        let mut kinds: Vec<Frequency> = Vec::new();
        for &f in &self.frequencies {
            if !kinds.contains(&f) {
                kinds.push(f);
            }
        }
        match kinds.as_slice() {
            [one] => Ok(*one),
            _ => {
                let mut names: Vec<String> = kinds.iter().map(|f| f.to_string()).collect();
                names.sort();
                Err(Error::new(
                    ErrorKind::FrequencyMismatch,
                    format!(
                        "the period column mixes kinds ({}): a table transform needs one",
                        names.join(", ")
                    ),
                ))
            }
        }
    }
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
        let text = text.as_ref();
        let (frequency, ordinal) = match quick(text.as_bytes()) {
            Some(found) => found,
            None => {
                let p = slow_parse(text, &ParseOptions::new())
                    .map_err(|e| e.with_context(format!("row {row}")))?;
                let ordinal = p.ordinal().ok_or_else(|| {
                    Error::new(ErrorKind::InvalidArgument, format!(
                        "row {row}: span `{p}` has no ordinal; parse spans one by one with Period::parse"
                    ))
                })?;
                (p.frequency(), ordinal)
            }
        };
        parsed.frequencies.push(frequency);
        parsed.ordinals.push(ordinal);
    }
    Ok(parsed)
}

/// Many period texts read at once, as [`Period::parse`] reads each (spans
/// included), through the quick reader of [`parse_periods`] where it applies.
///
/// # Errors
///
/// `invalid_period` for a text that is not a period; the message names the row.
///
/// ```
/// use growthkit::{Period, kernels::parse_period_texts};
/// let p = parse_period_texts(&["2020-07", "2020-10-01/2020-10-08"])?;
/// assert_eq!(p, [Period::parse("2020-07")?, Period::parse("2020-10-01/2020-10-08")?]);
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn parse_period_texts<S: AsRef<str>>(texts: &[S]) -> Result<Vec<Period>> {
    texts
        .iter()
        .enumerate()
        .map(|(row, text)| {
            let text = text.as_ref();
            match quick(text.as_bytes()) {
                Some((f, o)) => Period::from_ordinal(f, o),
                None => slow_parse(text, &ParseOptions::new()),
            }
            .map_err(|e| e.with_context(format!("row {row}")))
        })
        .collect()
}

/// The ordinal of the period a year before each period of kind `freq` (as
/// [`Period::year_ago`] matches it: the same quarter, month or fiscal part;
/// the same ISO week number; 52 weeks back for weeks ending on another day;
/// the same date for days, 29 February going to 28 February), or `None`
/// where there is none (week 53 of a year with 52).
///
/// # Errors
///
/// `invalid_argument` for spans (which have no ordinals), `out_of_range` for
/// an ordinal outside years 1..=9999.
///
/// ```
/// use growthkit::{Frequency, Period, kernels::year_ago_ordinals};
/// let m = Period::parse("2020-07")?.ordinal().unwrap();
/// assert_eq!(year_ago_ordinals(Frequency::Monthly, &[m])?, [Some(m - 12)]);
/// let w53 = Period::parse("2020-W53")?.ordinal().unwrap();
/// assert_eq!(year_ago_ordinals(Frequency::Weekly, &[w53])?, [None]);
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn year_ago_ordinals(freq: Frequency, ordinals: &[i64]) -> Result<Vec<Option<i64>>> {
    // Kinds whose year is a fixed number of periods.
    if freq == Frequency::Daily {
        // The same date a year before, on integers.
        use crate::period::dates::{MAX_YEAR, MIN_YEAR, civil_from_days, years_before_day};
        return ordinals
            .iter()
            .map(|&o| {
                let (y, _, _) = civil_from_days(o);
                if (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
                    Ok(years_before_day(o, 1))
                } else {
                    Period::from_ordinal(freq, o).map(|_| None) // its out_of_range error
                }
            })
            .collect();
    }
    let fixed = match freq {
        Frequency::Weekly | Frequency::Daily | Frequency::BusinessDaily => None,
        Frequency::WeeklyEnding(_) => Some(52),
        Frequency::Span => {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "spans have no ordinals: match them with Series.yoy",
            ));
        }
        f => f.periods_per_year().map(i64::from),
    };
    ordinals
        .iter()
        .map(|&o| match fixed {
            Some(n) => Ok(o.checked_sub(n)),
            None => {
                let p = Period::from_ordinal(freq, o)?;
                Ok(p.year_ago(1).ok().and_then(|b| b.ordinal()))
            }
        })
        .collect()
}

/// What [`grouped_matched_into`] computes from a value and its base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Against {
    /// Growth, `x / b - 1`, under a base policy.
    Growth(crate::Base),
    /// The change, `x - b`.
    Diff,
}

/// For each row, `x` against the row of the same id whose ordinal is that
/// row's `bases` entry (growth or change, as `op` says); NaN where there is
/// no base or no such row. Rows may come in any order. This is the kernel
/// behind calendar-matched year-on-year growth on tables (`bases` from
/// [`year_ago_ordinals`]).
///
/// # Errors
///
/// `length_mismatch` when the columns or `out` differ in length,
/// `duplicate_period` when two rows share an id and an ordinal.
///
/// ```
/// use growthkit::{Base, kernels::{Against, grouped_matched_into}};
/// let mut out = [0.0; 3];
/// grouped_matched_into(&["a", "a", "b"], &[10, 22, 22], &[None, Some(10), Some(10)], &[100.0, 110.0, 5.0], Against::Growth(Base::Positive), &mut out)?;
/// assert!(out[0].is_nan() && out[2].is_nan()); // b has no ordinal 10
/// assert!((out[1] - 0.1).abs() < 1e-15);
/// # Ok::<(), growthkit::Error>(())
/// ```
#[allow(clippy::indexing_slicing)] // rows come from `0..values.len()`, the length all columns share.
pub fn grouped_matched_into<K: Hash + Eq>(
    ids: &[K],
    ordinals: &[i64],
    bases: &[Option<i64>],
    values: &[f64],
    op: Against,
    out: &mut [f64],
) -> Result<()> {
    check_len("ids", values.len(), ids.len())?;
    check_len("ordinals", values.len(), ordinals.len())?;
    check_len("bases", values.len(), bases.len())?;
    check_out(values.len(), out.len())?;
    let mut rows: rustc_hash::FxHashMap<(&K, i64), usize> = rustc_hash::FxHashMap::default();
    rows.reserve(values.len());
    for (i, (k, &o)) in ids.iter().zip(ordinals).enumerate() {
        if let Some(j) = rows.insert((k, o), i) {
            return Err(Error::new(
                ErrorKind::DuplicatePeriod,
                format!(
                    "rows {j} and {i} have the same id and ordinal `{o}`: each id may have one row per period"
                ),
            ));
        }
    }
    for i in 0..values.len() {
        let base = bases[i].and_then(|b| rows.get(&(&ids[i], b)));
        out[i] = match (base, op) {
            (Some(&j), Against::Growth(policy)) => policy.growth(values[i], values[j]),
            (Some(&j), Against::Diff) => values[i] - values[j],
            (None, _) => f64::NAN,
        };
        if !out[i].is_finite() {
            out[i] = f64::NAN;
        }
    }
    Ok(())
}

/// Year-on-year growth (or change) within groups, matched by the calendar
/// as [`Series::yoy`](crate::Series::yoy) matches it, on a panel of rows in
/// any order: [`year_ago_ordinals`] then [`grouped_matched_into`].
///
/// # Errors
///
/// As those two.
///
/// ```
/// use growthkit::{Base, Frequency, Period, kernels::{Against, grouped_yoy_into}};
/// let d = |t: &str| Period::parse(t).unwrap().ordinal().unwrap();
/// let days = [d("2020-02-29"), d("2021-02-28"), d("2019-02-28")];
/// let mut out = [0.0; 3];
/// grouped_yoy_into(&[1, 1, 1], &days, &[10.0, 11.0, 8.0], Frequency::Daily, Against::Growth(Base::Positive), &mut out)?;
/// assert!((out[0] - 0.25).abs() < 1e-15); // 29 February 2020 against 28 February 2019: 10 / 8 - 1
/// assert!(out[1].is_nan()); // 28 February 2021 against 28 February 2020, which is no row
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn grouped_yoy_into<K: Hash + Eq>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    freq: Frequency,
    op: Against,
    out: &mut [f64],
) -> Result<()> {
    let bases = year_ago_ordinals(freq, ordinals)?;
    grouped_matched_into(ids, ordinals, &bases, values, op, out)
}
