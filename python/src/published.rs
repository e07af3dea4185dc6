//! Published figures: `Reported`, `Interval`, the consistency checks,
//! `Target` and `compare_periods`.

use crate::convert::Int;
use crate::convert::{self, type_name};
use crate::errors::OrPyErr;
use growthkit::{Interval, PeriodComparison, RateCheck, Reported, SumCheck, Target};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

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

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Reported('{}')", self.0)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let parse = py.get_type::<PyReported>().getattr("parse")?;
        PyTuple::new(
            py,
            [
                parse.into_any(),
                PyTuple::new(py, [slf.get().0.to_string()])?.into_any(),
            ],
        )
    }
}

/// A closed interval `[lo, hi]` with outward-rounded arithmetic.
#[pyclass(name = "Interval", module = "growthkit", frozen, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyInterval(pub Interval);

/// An `Interval`, or a number as the interval holding just it.
fn interval(obj: &Bound<'_, PyAny>) -> PyResult<Interval> {
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

    /// Whether the intervals share a point.
    fn overlaps(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.overlaps(&interval(other)?))
    }

    fn __add__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(self.0 + interval(other)?))
    }

    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(interval(other)? + self.0))
    }

    fn __sub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(self.0 - interval(other)?))
    }

    fn __rsub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(interval(other)? - self.0))
    }

    fn __mul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(self.0 * interval(other)?))
    }

    fn __rmul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        Ok(PyInterval(interval(other)? * self.0))
    }

    fn __truediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        self.0.checked_div(&interval(other)?).py().map(PyInterval)
    }

    fn __rtruediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyInterval> {
        interval(other)?.checked_div(&self.0).py().map(PyInterval)
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

    /// The interval as JSON text, `{"lo": .., "hi": ..}`, `null` for an infinite bound.
    ///
    /// >>> gk.Interval(1.5, 2.0).to_json()
    /// '{"lo":1.5,"hi":2.0}'
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// An interval from its JSON text.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<PyInterval> {
        Interval::from_json(text).py().map(PyInterval)
    }

    /// Pickled through the JSON form, so that an overflowed (infinite) bound survives.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_json = py.get_type::<PyInterval>().getattr("from_json")?;
        PyTuple::new(
            py,
            [
                from_json.into_any(),
                PyTuple::new(py, [slf.get().0.to_json()])?.into_any(),
            ],
        )
    }
}

/// What the levels allow a published rate to be: `consistent`, `implied`
/// (an `Interval`, percent) and `gap_pp`.
#[pyclass(name = "RateCheck", module = "growthkit", frozen, get_all)]
pub struct PyRateCheck {
    /// Whether some true values agree with the published rate.
    consistent: bool,
    /// The rate, in percent, that the levels allow.
    implied: PyInterval,
    /// Percentage points between the published rate and the implied one.
    gap_pp: f64,
}

impl From<RateCheck> for PyRateCheck {
    fn from(c: RateCheck) -> Self {
        PyRateCheck {
            consistent: c.consistent,
            implied: PyInterval(c.implied),
            gap_pp: c.gap_pp,
        }
    }
}

#[pymethods]
impl PyRateCheck {
    fn __repr__(&self) -> String {
        format!(
            "RateCheck(consistent={}, implied={}, gap_pp={})",
            py_bool(self.consistent),
            self.implied.0,
            self.gap_pp
        )
    }
}

/// Whether rounded parts can add up to a rounded total: `consistent`,
/// `implied` (the `Interval` of the sum) and `gap`.
#[pyclass(name = "SumCheck", module = "growthkit", frozen, get_all)]
pub struct PySumCheck {
    /// Whether some true values of the parts add up to the total.
    consistent: bool,
    /// The interval the sum of the parts can take.
    implied: PyInterval,
    /// How far the total lies from the implied sum.
    gap: f64,
}

#[pymethods]
impl PySumCheck {
    fn __repr__(&self) -> String {
        format!(
            "SumCheck(consistent={}, implied={}, gap={})",
            py_bool(self.consistent),
            self.implied.0,
            self.gap
        )
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// Whether rounded parts can add up to a rounded total.
///
/// >>> gk.check_sum(["1.2", "3.4"], "4.8").consistent  # parts 4.5..4.7, a printed 4.8 is 4.75..4.85
/// False
#[pyfunction]
pub fn check_sum(parts: &Bound<'_, PyAny>, total: &Bound<'_, PyAny>) -> PyResult<PySumCheck> {
    let parts = parts
        .try_iter()?
        .map(|p| convert::reported(&p?))
        .collect::<PyResult<Vec<_>>>()?;
    let c: SumCheck = growthkit::check_sum(&parts, &convert::reported(total)?).py()?;
    Ok(PySumCheck {
        consistent: c.consistent,
        implied: PyInterval(c.implied),
        gap: c.gap,
    })
}

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
            .map(|(p, v)| convert::period(&p).map(|p| (p, v)))
            .transpose()?;
        Target::new(value, convert::period(deadline)?, baseline)
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

/// A growth statement between two periods, headline and per day.
#[pyclass(name = "PeriodComparison", module = "growthkit", frozen, get_all)]
pub struct PyPeriodComparison {
    /// `current / previous - 1`.
    growth: f64,
    /// The growth of the value per day.
    per_day_growth: f64,
    /// Days in the current period.
    current_days: i64,
    /// Days in the previous period.
    previous_days: i64,
    /// Whether the periods differ in length.
    unequal_length: bool,
}

#[pymethods]
impl PyPeriodComparison {
    fn __repr__(&self) -> String {
        format!(
            "PeriodComparison(growth={}, per_day_growth={}, current_days={}, previous_days={}, unequal_length={})",
            self.growth,
            self.per_day_growth,
            self.current_days,
            self.previous_days,
            py_bool(self.unequal_length)
        )
    }
}

/// Compares a value over `current_period` with one over `previous_period`, headline and per day.
#[pyfunction]
pub fn compare_periods(
    current_period: &Bound<'_, PyAny>,
    current: f64,
    previous_period: &Bound<'_, PyAny>,
    previous: f64,
) -> PyResult<PyPeriodComparison> {
    let c: PeriodComparison = growthkit::compare_periods(
        &convert::period(current_period)?,
        current,
        &convert::period(previous_period)?,
        previous,
    )
    .py()?;
    Ok(PyPeriodComparison {
        growth: c.growth,
        per_day_growth: c.per_day_growth,
        current_days: c.current_days,
        previous_days: c.previous_days,
        unequal_length: c.unequal_length,
    })
}
