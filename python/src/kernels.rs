//! The array kernels, over numpy arrays read in place. `growthkit/kernels.py`
//! converts other inputs to contiguous arrays of the right dtype first.

use crate::convert::Int;
use crate::errors::{OrPyErr, invalid_argument};
use growthkit::Frequency;
use growthkit::kernels;
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

/// A contiguous slice of a numpy array, or a clear error naming it.
fn slice<'a, T: numpy::Element>(a: &'a PyReadonlyArray1<'_, T>, name: &str) -> PyResult<&'a [T]> {
    a.as_slice()
        .map_err(|_| invalid_argument(format!("{name} must be a contiguous one-dimensional array")))
}

/// Runs `kernel` into `out` (checked: float64, contiguous, writable, not
/// the input) or into a new array, and returns that array.
fn into_out<'py>(
    py: Python<'py>,
    len: usize,
    out: Option<Bound<'py, PyArray1<f64>>>,
    kernel: impl FnOnce(&mut [f64]) -> growthkit::Result<()> + Send,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    match out {
        Some(array) => {
            {
                let mut rw = array.try_readwrite().map_err(|_| {
                    invalid_argument(
                        "out must be a writable float64 array that shares no memory with the input"
                            .into(),
                    )
                })?;
                let buf = rw.as_slice_mut().map_err(|_| {
                    invalid_argument("out must be a contiguous one-dimensional array".into())
                })?;
                kernels::check_out(len, buf.len()).py()?;
                py.detach(|| kernel(buf)).py()?;
            }
            Ok(array)
        }
        // numpy's own allocator (which asks the kernel for huge pages on large
        // arrays) makes the new array: a fresh Rust Vec of 80 MB costs more in
        // page faults than the arithmetic.
        None => into_out(py, len, Some(PyArray1::zeros(py, len, false)), kernel),
    }
}

/// `values[i] / values[i - lag] - 1` (see `growthkit.kernels.lag_growth`).
#[pyfunction]
#[pyo3(signature = (values, lag, out = None, arrow = false))]
pub fn _lag_growth<'py>(
    py: Python<'py>,
    values: &Bound<'py, PyAny>,
    lag: Int<i64>,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lag = lag.0;
    let values = crate::arrow::floats(values, "values")?;
    let v = values.slice()?;
    finish(
        py,
        into_out(py, v.len(), out, |o| kernels::lag_growth_into(v, lag, o))?,
        arrow,
    )
}

/// The result as numpy, or as an Arrow array when `arrow`.
fn finish<'py>(
    py: Python<'py>,
    out: Bound<'py, PyArray1<f64>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    if arrow {
        crate::arrow::to_arrow(py, &out)
    } else {
        Ok(out.into_any())
    }
}

/// Group ids: an int64 array read in place, or `str` objects whose text is
/// borrowed.
enum Ids<'py> {
    Int(PyReadonlyArray1<'py, i64>),
    Text(Vec<Bound<'py, PyString>>),
}

impl<'py> Ids<'py> {
    fn read(obj: &Bound<'py, PyAny>) -> PyResult<Ids<'py>> {
        match obj.extract::<PyReadonlyArray1<'py, i64>>() {
            Ok(array) => Ok(Ids::Int(array)),
            Err(_) => Ok(Ids::Text(crate::texts::strings(obj)?)),
        }
    }
}

/// `$body` with `$k` the ids as a slice (of `i64` or of `&str`), whichever
/// kind `$ids` holds: the kernels are generic over the id type.
macro_rules! with_ids {
    ($ids:expr, |$k:ident| $body:expr) => {
        match Ids::read($ids)? {
            Ids::Int(a) => {
                let $k = slice(&a, "ids")?;
                $body
            }
            Ids::Text(s) => {
                let texts = crate::texts::borrow_all(&s)?;
                let $k = &texts[..];
                $body
            }
        }
    };
}

/// Growth within groups matched by ordinal; ids are integers or texts.
#[pyfunction]
#[pyo3(signature = (ids, ordinals, values, lag, out = None, arrow = false))]
pub fn _grouped_growth<'py>(
    py: Python<'py>,
    ids: &Bound<'py, PyAny>,
    ordinals: PyReadonlyArray1<'py, i64>,
    values: &Bound<'py, PyAny>,
    lag: Int<i64>,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lag = lag.0;
    let values = crate::arrow::floats(values, "values")?;
    let (o, v) = (slice(&ordinals, "ordinals")?, values.slice()?);
    let result = with_ids!(ids, |k| into_out(py, v.len(), out, |buf| {
        kernels::grouped_growth_into(k, o, v, lag, buf)
    }))?;
    finish(py, result, arrow)
}

/// Year-to-date totals to single-period flows within groups; ids are
/// integers or texts.
#[pyfunction]
#[pyo3(signature = (ids, ordinals, values, frequency, out = None))]
pub fn _decumulate_ytd<'py>(
    py: Python<'py>,
    ids: &Bound<'py, PyAny>,
    ordinals: PyReadonlyArray1<'py, i64>,
    values: PyReadonlyArray1<'py, f64>,
    frequency: &str,
    out: Option<Bound<'py, PyArray1<f64>>>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let f = crate::convert::frequency(frequency)?;
    let (o, v) = (slice(&ordinals, "ordinals")?, slice(&values, "values")?);
    with_ids!(ids, |k| into_out(py, v.len(), out, |buf| {
        kernels::decumulate_ytd_into(k, o, v, f, buf)
    }))
}

/// The kinds and ordinals of many period texts: a list of `str` or an
/// Arrow column of strings (read in Rust, no Python `str` per row).
fn parsed_periods(texts: &Bound<'_, PyAny>) -> PyResult<kernels::ParsedPeriods> {
    if crate::arrow::is_arrow(texts)? {
        let column = crate::arrow::strings(texts, "texts")?;
        let refs: Vec<&str> = column.iter().map(|s| s.unwrap_or("")).collect();
        kernels::parse_periods(&refs).py()
    } else {
        let strings = crate::texts::strings(texts)?;
        let refs = crate::texts::borrow_all(&strings)?;
        kernels::parse_periods(&refs).py()
    }
}

/// The one frequency (`frequency_mismatch` if they mix kinds) and the
/// ordinals of a column of period texts, as a table transform needs them.
#[pyfunction]
pub fn _parse_periods_one_kind<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
) -> PyResult<(String, Bound<'py, PyArray1<i64>>)> {
    let parsed = parsed_periods(texts)?;
    let f = parsed.single_frequency().py()?;
    Ok((f.to_string(), PyArray1::from_vec(py, parsed.ordinals)))
}

/// Frequencies and ordinals of many period texts.
#[pyfunction]
pub fn _parse_periods<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyArray1<i64>>)> {
    let parsed = parsed_periods(texts)?;
    // One str object per frequency, shared by every row of it.
    let mut names: Vec<(Frequency, Bound<'py, PyString>)> = Vec::new();
    let mut name_of = |f: Frequency| match names.iter().find(|(g, _)| *g == f) {
        Some((_, n)) => n.clone(),
        None => {
            let n = PyString::new(py, &f.to_string());
            names.push((f, n.clone()));
            n
        }
    };
    let freqs = PyList::new(py, parsed.frequencies.iter().map(|&f| name_of(f)))?;
    Ok((freqs, PyArray1::from_vec(py, parsed.ordinals)))
}

/// Year-on-year growth (or change, with `diff`) within groups, matched by
/// the calendar; ids are integers or texts.
#[pyfunction]
#[pyo3(signature = (ids, ordinals, values, frequency, diff = false, base = None, out = None, arrow = false))]
#[allow(clippy::too_many_arguments)]
pub fn _grouped_yoy<'py>(
    py: Python<'py>,
    ids: &Bound<'py, PyAny>,
    ordinals: PyReadonlyArray1<'py, i64>,
    values: &Bound<'py, PyAny>,
    frequency: &str,
    diff: bool,
    base: Option<&str>,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let f = crate::convert::frequency(frequency)?;
    let op = if diff {
        kernels::Against::Diff
    } else {
        let base = base.map(crate::convert::base).transpose()?;
        kernels::Against::Growth(base.unwrap_or_default())
    };
    let values = crate::arrow::floats(values, "values")?;
    let (o, v) = (slice(&ordinals, "ordinals")?, values.slice()?);
    let result = with_ids!(ids, |k| into_out(py, v.len(), out, |buf| {
        kernels::grouped_yoy_into(k, o, v, f, op, buf)
    }))?;
    finish(py, result, arrow)
}

/// `(last / first)^(1 / years) - 1` over columns (see `growthkit.kernels.cagr`).
#[pyfunction]
#[pyo3(signature = (first, last, years, out = None, arrow = false))]
pub fn _cagr<'py>(
    py: Python<'py>,
    first: &Bound<'py, PyAny>,
    last: &Bound<'py, PyAny>,
    years: f64,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (a, b) = (
        crate::arrow::floats(first, "first")?,
        crate::arrow::floats(last, "last")?,
    );
    let (a, b) = (a.slice()?, b.slice()?);
    finish(
        py,
        into_out(py, a.len(), out, |o| kernels::cagr_into(a, b, years, o))?,
        arrow,
    )
}

/// `(1 + rate)^periods_per_year - 1` over a column (see `growthkit.kernels.annualized`).
#[pyfunction]
#[pyo3(signature = (rates, periods_per_year, out = None, arrow = false))]
pub fn _annualized<'py>(
    py: Python<'py>,
    rates: &Bound<'py, PyAny>,
    periods_per_year: f64,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let r = crate::arrow::floats(rates, "rates")?;
    let r = r.slice()?;
    finish(
        py,
        into_out(py, r.len(), out, |o| {
            kernels::annualized_into(r, periods_per_year, o)
        })?,
        arrow,
    )
}

/// `sqrt((1 + g1)(1 + g2)) - 1` over columns (see `growthkit.kernels.two_year_average`).
#[pyfunction]
#[pyo3(signature = (g1, g2, out = None, arrow = false))]
pub fn _two_year_average<'py>(
    py: Python<'py>,
    g1: &Bound<'py, PyAny>,
    g2: &Bound<'py, PyAny>,
    out: Option<Bound<'py, PyArray1<f64>>>,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (a, b) = (
        crate::arrow::floats(g1, "g1")?,
        crate::arrow::floats(g2, "g2")?,
    );
    let (a, b) = (a.slice()?, b.slice()?);
    finish(
        py,
        into_out(py, a.len(), out, |o| {
            kernels::two_year_average_into(a, b, o)
        })?,
        arrow,
    )
}

/// A `Series` transform within each group of a long table
/// (`kernels::grouped_series`): `transform` is `"diff"`, `"cumulate_ytd"`,
/// `"rebase"` (to `to` over the period `base`) or `"annualized"`.
#[pyfunction]
#[pyo3(signature = (ids, ordinals, values, frequency, transform, lag, base, to))]
#[allow(clippy::too_many_arguments)]
pub fn _grouped_series<'py>(
    py: Python<'py>,
    ids: &Bound<'py, PyAny>,
    ordinals: PyReadonlyArray1<'py, i64>,
    values: PyReadonlyArray1<'py, f64>,
    frequency: &str,
    transform: &str,
    lag: Int<i64>,
    base: Option<&Bound<'py, PyAny>>,
    to: f64,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let f = crate::convert::frequency(frequency)?;
    let base = base.map(crate::period::period).transpose()?;
    let t = kernels::RowTransform::named(transform, lag.0, base, to).py()?;
    let (o, v) = (slice(&ordinals, "ordinals")?, slice(&values, "values")?);
    let got = with_ids!(ids, |k| kernels::grouped_series(k, f, o, v, &t));
    Ok(PyArray1::from_vec(py, got.py()?))
}
