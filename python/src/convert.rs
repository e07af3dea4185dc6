//! Conversions between Python values and the core's types: dates, periods
//! given as `Period` or text, frequencies and policies given as text,
//! published figures given as `Reported` or text, value sequences.

use crate::errors::{OrPyErr, invalid_argument};
use crate::period::PyPeriod;
use crate::published::PyReported;
use growthkit::{Base, Date, Frequency, Method, Period, Reported};
use numpy::PyReadonlyArray1;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyFloat, PyString};

/// A `datetime.date`, or an ISO date text, as a core date.
pub fn date(obj: &Bound<'_, PyAny>) -> PyResult<Date> {
    if let Ok(text) = obj.cast::<PyString>() {
        let t = text.to_cow()?;
        let t: &str = &t;
        return t
            .parse::<Date>()
            .map_err(|_| invalid_argument(format!("`{t}` is not an iso date such as 2020-10-01")));
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
    let (y, m, d) = (part("year")?, part("month")?, part("day")?);
    let not_a_date = || invalid_argument(format!("{y:04}-{m:02}-{d:02} is not a date"));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(not_a_date());
    }
    // The year is checked by the core (out_of_range) when the date is used.
    let y = i16::try_from(y).map_err(|_| not_a_date())?;
    Date::new(y, m as i8, d as i8).map_err(|_| not_a_date())
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

/// A `Period` or a period text.
pub fn period(obj: &Bound<'_, PyAny>) -> PyResult<Period> {
    if let Ok(p) = obj.cast::<PyPeriod>() {
        return Ok(p.get().0);
    }
    if let Ok(text) = obj.cast::<PyString>() {
        return Period::parse(&text.to_cow()?).py();
    }
    Err(PyTypeError::new_err(format!(
        "expected a growthkit.Period or a period text such as '2020-Q3', got {}",
        type_name(obj)
    )))
}

/// Periods from any iterable of `Period` or text.
pub fn periods(obj: &Bound<'_, PyAny>) -> PyResult<Vec<Period>> {
    obj.try_iter()?.map(|item| period(&item?)).collect()
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

/// A `Reported` figure or its text as printed.
pub fn reported(obj: &Bound<'_, PyAny>) -> PyResult<Reported> {
    if let Ok(r) = obj.cast::<PyReported>() {
        return Ok(r.get().0.clone());
    }
    if let Ok(text) = obj.cast::<PyString>() {
        return Reported::parse(&text.to_cow()?).py();
    }
    Err(PyTypeError::new_err(format!(
        "expected a growthkit.Reported or a figure as printed such as '122.7', got {}",
        type_name(obj)
    )))
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
