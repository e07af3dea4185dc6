//! Conversions between Python values and the core's types: dates, periods
//! given as `Period` or text, frequencies and policies given as text,
//! published figures given as `Reported` or text, value sequences.

use crate::errors::{OrPyErr, invalid_argument};
use growthkit::{Base, Date, Frequency, Method, Period};
use numpy::PyReadonlyArray1;
use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyFloat, PyString};

/// A `datetime.date` (or `datetime.datetime`, `pandas.Timestamp`: the day
/// that holds it), a `numpy.datetime64` (its day), or an ISO date text, as a
/// core date.
pub fn date(obj: &Bound<'_, PyAny>) -> PyResult<Date> {
    if is_datetime64(obj) {
        let days: i64 = obj
            .call_method1("astype", ("datetime64[D]",))?
            .call_method1("astype", ("int64",))?
            .extract()?;
        return Period::from_ordinal(Frequency::Daily, days)
            .py()
            .map(|p| p.start());
    }
    if let Ok(text) = obj.cast::<PyString>() {
        let t = text.to_cow()?;
        let t: &str = &t;
        return growthkit::parse_date(t).py();
    }
    let part = |name: &str| -> PyResult<i64> {
        obj.getattr(name)
            .and_then(|v| v.extract::<i64>())
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "expected a datetime.date or an iso date text, got {}",
                    type_name(obj)
                ))
            })
    };
    growthkit::checked_date(part("year")?, part("month")?, part("day")?).py()
}

/// A core date as a `datetime.date`.
pub fn py_date<'py>(py: Python<'py>, d: Date) -> PyResult<Bound<'py, PyAny>> {
    static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let cls = DATE.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("datetime")?.getattr("date")?.unbind())
    })?;
    cls.bind(py).call1((d.year(), d.month(), d.day()))
}

/// The Python type name of `obj`, for messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// Whether `obj` is a `numpy.datetime64` scalar.
fn is_datetime64(obj: &Bound<'_, PyAny>) -> bool {
    obj.get_type()
        .fully_qualified_name()
        .is_ok_and(|n| n.to_cow().is_ok_and(|n| n == "numpy.datetime64"))
}

/// A frequency name or SDMX code.
pub fn frequency(text: &str) -> PyResult<Frequency> {
    Frequency::parse(text).py()
}

/// A base policy name.
pub fn base(text: &str) -> PyResult<Base> {
    Base::parse(text).py()
}

/// An aggregation method name.
pub fn method(text: &str) -> PyResult<Method> {
    Method::parse(text).py()
}

/// Floats from a float64 array (read in place) or any iterable of numbers,
/// `None` standing for NaN.
pub fn floats(obj: &Bound<'_, PyAny>) -> PyResult<Vec<f64>> {
    if let Ok(array) = obj.extract::<PyReadonlyArray1<'_, f64>>() {
        return Ok(array.as_array().iter().copied().collect());
    }
    obj.try_iter()?
        .map(|item| {
            let item = item?;
            if item.is_none() {
                Ok(f64::NAN)
            } else if let Ok(f) = item.cast::<PyFloat>() {
                Ok(f.value())
            } else {
                item.extract::<f64>().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "expected numbers or None, got {}",
                        type_name(&item)
                    ))
                })
            }
        })
        .collect()
}

/// A one-dimensional array of integers as contiguous int64, read in place
/// when it is one already; floats (which would be truncated) and unsigned
/// 64-bit integers (which could wrap) are `invalid_argument`.
pub fn int64_array<'py>(
    py: Python<'py>,
    obj: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<numpy::PyReadonlyArray1<'py, i64>> {
    let np = py.import("numpy")?;
    let array = np.call_method1("asarray", (obj,))?;
    let dtype = array.getattr("dtype")?;
    let kind: String = dtype.getattr("kind")?.extract()?;
    let size: usize = dtype.getattr("itemsize")?.extract()?;
    let empty = array.getattr("size")?.extract::<usize>()? == 0;
    if !(kind == "i" || (kind == "u" && size < 8) || empty) {
        return Err(invalid_argument(format!(
            "{what} must be integers (int64 or narrower), got an array of {}",
            dtype.str()?
        )));
    }
    np.call_method1("ascontiguousarray", (array, "int64"))?
        .extract()
        .map_err(|_| invalid_argument(format!("{what} must be a one-dimensional array")))
}

/// An integer argument, checked by the core's rules (`growthkit::args`):
/// beyond 64 bits is `out_of_range`, outside `T`'s range `invalid_argument`,
/// never Python's `OverflowError` or a silent wrap. A float is a `TypeError`.
pub struct Int<T>(pub T);

impl<'a, 'py, T: growthkit::args::Whole> FromPyObject<'a, 'py> for Int<T> {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        match obj.extract::<i64>() {
            Ok(x) => growthkit::args::narrow("integer argument", x).py().map(Int),
            Err(e) if e.is_instance_of::<PyOverflowError>(obj.py()) => {
                let text = obj.str()?.to_cow()?.into_owned();
                Err(crate::errors::to_py(&growthkit::args::beyond_64_bits(
                    "integer argument",
                    &text,
                )))
            }
            Err(e) => Err(e),
        }
    }
}

/// The options of `Period.parse`, each given as text.
pub fn parse_options(
    fiscal_start: Option<&str>,
    reporting_year_start: Option<&str>,
    codes: Option<&str>,
    named_by: Option<&str>,
) -> PyResult<growthkit::ParseOptions> {
    growthkit::ParseOptions::from_texts(fiscal_start, reporting_year_start, codes, named_by).py()
}

/// `(cls.<ctor>, (text,))`: what `__reduce__` gives pickle, so that a value
/// comes back through one of its class's text constructors.
pub fn reduce<'py, T: pyo3::PyTypeInfo>(
    py: Python<'py>,
    ctor: &str,
    text: String,
) -> PyResult<Bound<'py, pyo3::types::PyTuple>> {
    let f = py.get_type::<T>().getattr(ctor)?;
    pyo3::types::PyTuple::new(
        py,
        [
            f.into_any(),
            pyo3::types::PyTuple::new(py, [text])?.into_any(),
        ],
    )
}
