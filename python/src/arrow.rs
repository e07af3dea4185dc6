//! Columns from Arrow objects (anything with `__arrow_c_array__` or
//! `__arrow_c_stream__`: a polars Series, a pyarrow Array or ChunkedArray, a
//! pandas column with an Arrow dtype, a DuckDB result) or numpy arrays,
//! read in place where they can be: a single float64 chunk without nulls is
//! borrowed; other numbers are cast, several chunks joined, and nulls become
//! NaN (a missing value) in one copy. Results go back as numpy arrays or,
//! on request, as an Arrow array (missing values as nulls).

use crate::errors::invalid_argument;
use arrow_array::types::{ArrowPrimitiveType, Float64Type};
use arrow_array::{Array, ArrayRef, Float64Array, StringArray};
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3_arrow::{PyArray, PyChunkedArray};
use std::sync::Arc;

/// A float64 column read from Python.
pub enum Floats<'py> {
    Numpy(PyReadonlyArray1<'py, f64>),
    Arrow(Float64Array),
    Copied(Vec<f64>),
}

impl Floats<'_> {
    /// The values, NaN where missing.
    pub fn slice(&self) -> PyResult<&[f64]> {
        match self {
            Floats::Numpy(a) => a.as_slice().map_err(|_| {
                invalid_argument("values must be a contiguous one-dimensional array".into())
            }),
            Floats::Arrow(a) => Ok(a.values()),
            Floats::Copied(v) => Ok(v),
        }
    }
}

/// Whether `obj` speaks the Arrow PyCapsule interface.
pub fn is_arrow(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let py = obj.py();
    Ok(obj.hasattr(intern!(py, "__arrow_c_array__"))?
        || obj.hasattr(intern!(py, "__arrow_c_stream__"))?)
}

/// The chunks of an Arrow object.
fn chunks(obj: &Bound<'_, PyAny>) -> PyResult<Vec<ArrayRef>> {
    if obj.hasattr(intern!(obj.py(), "__arrow_c_array__"))? {
        Ok(vec![obj.extract::<PyArray>()?.into_inner().0])
    } else {
        Ok(obj.extract::<PyChunkedArray>()?.into_inner().0)
    }
}

/// A float64 column from a numpy array or an Arrow object.
pub fn floats<'py>(obj: &Bound<'py, PyAny>, name: &str) -> PyResult<Floats<'py>> {
    if !is_arrow(obj)? {
        return obj
            .extract::<PyReadonlyArray1<'py, f64>>()
            .map(Floats::Numpy)
            .map_err(|_| {
                invalid_argument(format!(
                    "{name} must be a float64 array or an Arrow column of numbers"
                ))
            });
    }
    let parts = chunks(obj)?;
    if let [one] = parts.as_slice() {
        if one.null_count() == 0 {
            if let Some(a) = one.as_any().downcast_ref::<Float64Array>() {
                return Ok(Floats::Arrow(a.clone())); // shares the buffer: no copy
            }
        }
    }
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in &parts {
        // Only numbers: a cast from text would read what is not a number as null.
        if !part.data_type().is_numeric() {
            return Err(invalid_argument(format!(
                "{name} must be an Arrow column of numbers, got {}",
                part.data_type()
            )));
        }
        let cast = arrow_cast::cast(part, &<Float64Type as ArrowPrimitiveType>::DATA_TYPE)
            .map_err(|e| {
                invalid_argument(format!(
                    "{name}: an Arrow column of {} is not numbers: {e}",
                    part.data_type()
                ))
            })?;
        let f = cast
            .as_any()
            .downcast_ref::<Float64Array>()
            .ok_or_else(|| invalid_argument(format!("{name}: the cast to float64 failed")))?;
        out.extend(f.iter().map(|x| x.unwrap_or(f64::NAN)));
    }
    Ok(Floats::Copied(out))
}

/// A result as an Arrow float64 array, NaN (missing) as null.
pub fn to_arrow<'py>(
    py: Python<'py>,
    values: &Bound<'py, PyArray1<f64>>,
) -> PyResult<Bound<'py, PyAny>> {
    let v = values.readonly();
    let slice = v
        .as_slice()
        .map_err(|_| invalid_argument("not contiguous".into()))?;
    let array: Float64Array = slice.iter().map(|x| (!x.is_nan()).then_some(*x)).collect();
    Ok(Bound::new(py, PyArray::from_array_ref(Arc::new(array)))?.into_any())
}

/// An Arrow column of strings as one `StringArray` (views and large strings
/// cast, chunks joined); a null is refused, as an empty text would be.
pub fn strings(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<StringArray> {
    let parts = chunks(obj)?;
    let mut out: Vec<Option<String>> = Vec::new();
    let mut single: Option<StringArray> = None;
    for part in &parts {
        if part.null_count() > 0 {
            return Err(invalid_argument(format!(
                "{name} has a null where a period text is needed"
            )));
        }
        let cast = arrow_cast::cast(part, &arrow_schema::DataType::Utf8).map_err(|e| {
            invalid_argument(format!("{name} must be an Arrow column of strings: {e}"))
        })?;
        let s = cast
            .as_any()
            .downcast_ref::<StringArray>()
            .ok_or_else(|| invalid_argument(format!("{name}: the cast to strings failed")))?
            .clone();
        if parts.len() == 1 {
            single = Some(s);
        } else {
            out.extend(s.iter().map(|x| x.map(String::from)));
        }
    }
    Ok(single.unwrap_or_else(|| out.into_iter().collect()))
}
