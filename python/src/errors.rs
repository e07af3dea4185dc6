//! growthkit errors as Python exceptions: `growthkit.GrowthkitError`
//! (a `ValueError`) and its families, defined in `growthkit/_errors.py`,
//! each instance carrying the stable `.code`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// The Python exception for a core error, made by `growthkit._errors.from_code`.
pub fn to_py(e: &growthkit::Error) -> PyErr {
    Python::attach(|py| {
        let made = py
            .import("growthkit._errors")
            .and_then(|m| m.call_method1("from_code", (e.code(), e.to_string())));
        match made {
            Ok(exc) => PyErr::from_value(exc),
            // Only when the Python package is missing around the native module.
            Err(_) => PyValueError::new_err(format!("[{}] {e}", e.code())),
        }
    })
}

/// Converts core results for return to Python.
pub trait OrPyErr<T> {
    /// The value, or the error as a Python exception.
    fn py(self) -> PyResult<T>;
}

impl<T> OrPyErr<T> for growthkit::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(|e| to_py(&e))
    }
}

/// A growthkit `invalid_argument` error raised from the binding itself (a
/// wrong array type or shape).
pub fn invalid_argument(message: String) -> PyErr {
    to_py(&growthkit::Error::new(
        growthkit::ErrorKind::InvalidArgument,
        message,
    ))
}
