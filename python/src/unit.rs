//! `growthkit.Unit`, `growthkit.Quantity` and `growthkit.Indicator`.

use crate::convert::Int;
use crate::convert::type_name;
use crate::errors::OrPyErr;
use growthkit::{Indicator, Measure, Quantity, Unit};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

/// A base unit plus a power-of-ten scale: `Unit.parse("亿元")` is yuan at
/// scale 8, `Unit.parse("billion yuan")` yuan at scale 9.
#[pyclass(name = "Unit", module = "growthkit", frozen, eq, hash, from_py_object)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyUnit(pub Unit);

/// A `Unit` or a unit text.
pub fn unit(obj: &Bound<'_, PyAny>) -> PyResult<Unit> {
    if let Ok(u) = obj.cast::<PyUnit>() {
        return Ok(u.get().0.clone());
    }
    if let Ok(t) = obj.cast::<PyString>() {
        return Unit::parse(&t.to_cow()?).py();
    }
    Err(PyTypeError::new_err(format!(
        "expected a growthkit.Unit or a unit text such as 'billion yuan', got {}",
        type_name(obj)
    )))
}

#[pymethods]
impl PyUnit {
    /// A unit from a base and a power of ten.
    #[new]
    #[pyo3(signature = (base, scale = Int(0)), text_signature = "(base, scale=0)")]
    fn new(base: &str, scale: Int<i32>) -> PyResult<PyUnit> {
        Unit::new(base, scale.0).py().map(PyUnit)
    }
}

/// A value with a unit.
#[pyclass(name = "Quantity", module = "growthkit", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyQuantity(pub Quantity);

#[pymethods]
impl PyQuantity {
    /// A finite value in `unit` (a `Unit` or its text).
    #[new]
    fn new(value: f64, unit: &Bound<'_, PyAny>) -> PyResult<PyQuantity> {
        Quantity::new(value, self::unit(unit)?).py().map(PyQuantity)
    }

    fn __repr__(&self) -> String {
        format!("Quantity({}, '{}')", self.0.value(), self.0.unit())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let q = &slf.get().0;
        let args = (q.value(), q.unit().to_string()).into_pyobject(py)?;
        PyTuple::new(
            py,
            [py.get_type::<PyQuantity>().into_any(), args.into_any()],
        )
    }
}

/// What a series measures: code, name, unit, measure (`"flow"`, `"stock"`,
/// `"rate"`, `"index"`), and optionally region and source.
#[pyclass(name = "Indicator", module = "growthkit", frozen, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub struct PyIndicator(pub Indicator);

#[pymethods]
impl PyIndicator {
    /// An indicator; `unit` is a `Unit` or its text.
    #[new]
    #[pyo3(signature = (code, name, unit, measure, region = None, source = None))]
    fn new(
        code: &str,
        name: &str,
        unit: &Bound<'_, PyAny>,
        measure: &str,
        region: Option<&str>,
        source: Option<&str>,
    ) -> PyResult<PyIndicator> {
        let mut i = Indicator::new(code, name, self::unit(unit)?, Measure::parse(measure).py()?);
        if let Some(r) = region {
            i = i.with_region(r);
        }
        if let Some(s) = source {
            i = i.with_source(s);
        }
        Ok(PyIndicator(i))
    }

    fn __repr__(&self) -> String {
        format!(
            "Indicator('{}', '{}', '{}', '{}')",
            self.0.code(),
            self.0.name(),
            self.0.unit(),
            self.0.measure()
        )
    }
}
