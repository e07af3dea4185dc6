//! Published figures: `Reported`, `Interval`, the consistency checks,
//! `Target` and `compare_periods`.

use crate::convert::Int;
use crate::convert::type_name;
use crate::errors::OrPyErr;
use growthkit::{Interval, PeriodComparison, RateCheck, Reported, SumCheck, Target};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

/// A published figure as printed, with the interval of true values it stands for.
#[pyclass(name = "Reported", module = "growthkit", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyReported(pub Reported);

#[pymethods]
impl PyReported {
    /// A figure from its value and the decimals it was published with.
    #[new]
    fn new(value: f64, decimals: Int<u32>) -> PyResult<PyReported> {
        Reported::new(value, decimals.0).py().map(PyReported)
    }
}

/// A closed interval `[lo, hi]` with outward-rounded arithmetic.
#[pyclass(name = "Interval", module = "growthkit", frozen, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyInterval(pub Interval);

/// An `Interval`, or a number as the interval holding just it.
pub(crate) fn interval(obj: &Bound<'_, PyAny>) -> PyResult<Interval> {
    if let Ok(i) = obj.cast::<PyInterval>() {
        return Ok(i.get().0);
    }
    match obj.extract::<f64>() {
        Ok(x) => Interval::point(x).py(),
        Err(_) => Err(PyTypeError::new_err(format!(
            "expected a growthkit.Interval or a number, got {}",
            type_name(obj)
        ))),
    }
}

#[pymethods]
impl PyInterval {
    /// The interval from `lo` to `hi`, both included.
    #[new]
    fn new(lo: f64, hi: f64) -> PyResult<PyInterval> {
        Interval::new(lo, hi).py().map(PyInterval)
    }

    fn __contains__(&self, x: f64) -> bool {
        self.0.contains(x)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Interval({}, {})", self.0.lo(), self.0.hi())
    }

    fn __format__(&self, spec: &str) -> String {
        match spec
            .strip_prefix('.')
            .and_then(|p| p.trim_end_matches('f').parse::<usize>().ok())
        {
            Some(p) => format!("{:.p$}", self.0),
            None => self.0.to_string(),
        }
    }
}

/// What the levels allow a published rate to be: `consistent`, `implied`
/// (an `Interval`, percent) and `gap_pp`.
#[pyclass(name = "RateCheck", module = "growthkit", frozen)]
pub struct PyRateCheck(pub RateCheck);

/// Whether rounded parts can add up to a rounded total: `consistent`,
/// `implied` (the `Interval` of the sum) and `gap`.
#[pyclass(name = "SumCheck", module = "growthkit", frozen)]
pub struct PySumCheck(pub SumCheck);

/// A growth statement between two periods, headline and per day.
#[pyclass(name = "PeriodComparison", module = "growthkit", frozen)]
pub struct PyPeriodComparison(pub PeriodComparison);

/// A target value by the end of a deadline period, from an optional
/// baseline `(period, value)`.
#[pyclass(name = "Target", module = "growthkit", frozen)]
pub struct PyTarget(pub Target);

#[pymethods]
impl PyTarget {
    /// `Target(100, "2022", baseline=("2019", 20))`.
    #[new]
    #[pyo3(signature = (value, deadline, baseline = None))]
    fn new(
        value: f64,
        deadline: &Bound<'_, PyAny>,
        baseline: Option<(Bound<'_, PyAny>, f64)>,
    ) -> PyResult<PyTarget> {
        let baseline = baseline
            .map(|(p, v)| crate::period::period(&p).map(|p| (p, v)))
            .transpose()?;
        Target::new(value, crate::period::period(deadline)?, baseline)
            .py()
            .map(PyTarget)
    }

    /// The baseline `(period, value)`, if given.
    #[getter]
    fn baseline(&self) -> Option<(crate::period::PyPeriod, f64)> {
        self.0
            .baseline()
            .map(|(p, v)| (crate::period::PyPeriod(p), v))
    }

    fn __repr__(&self) -> String {
        match self.0.baseline() {
            Some((p, v)) => format!(
                "Target({}, '{}', baseline=('{p}', {v}))",
                self.0.value(),
                self.0.deadline()
            ),
            None => format!("Target({}, '{}')", self.0.value(), self.0.deadline()),
        }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let t = &slf.get().0;
        let baseline = t.baseline().map(|(p, v)| (p.to_string(), v));
        let args = (t.value(), t.deadline().to_string(), baseline).into_pyobject(py)?;
        PyTuple::new(py, [py.get_type::<PyTarget>().into_any(), args.into_any()])
    }
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

/// Figures as printed, from any iterable of `Reported` or texts.
pub fn reported_list(obj: &Bound<'_, PyAny>) -> PyResult<Vec<Reported>> {
    obj.try_iter()?.map(|p| reported(&p?)).collect()
}
