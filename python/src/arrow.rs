//! Columns from Arrow objects (anything with `__arrow_c_array__` or
//! `__arrow_c_stream__`: a polars Series, a pyarrow Array or ChunkedArray, a
//! pandas column with an Arrow dtype, a DuckDB result) or numpy arrays,
//! read in place where they can be: a single float64 chunk without nulls is
//! borrowed; other numbers are cast, several chunks joined, and nulls become
//! NaN (a missing value) in one copy. Results go back as numpy arrays or,
//! on request, as an Arrow array (missing values as nulls).

use crate::errors::{OrPyErr, invalid_argument};
use arrow_array::types::{ArrowPrimitiveType, Float64Type};
use arrow_array::{Array, ArrayRef, Float64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3_arrow::{PyArray, PyChunkedArray, PyTable};
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
    if let [one] = parts.as_slice()
        && one.null_count() == 0
        && let Some(a) = one.as_any().downcast_ref::<Float64Array>()
    {
        return Ok(Floats::Arrow(a.clone())); // shares the buffer: no copy
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

/// The columns of a long table read from an Arrow table (`__arrow_c_stream__`:
/// a pyarrow Table, a polars DataFrame, a DuckDB result, a pandas DataFrame
/// with pyarrow installed) or from Python lists: key codes, period texts,
/// values (NaN where missing) and flags.
pub struct LongColumns {
    pub keys: Vec<String>,
    pub codes: Vec<Vec<String>>,
    pub periods: Vec<String>,
    pub values: Vec<f64>,
    pub flags: Option<Vec<Option<String>>>,
}

/// Read a long table from an Arrow table.
pub fn long_table(
    obj: &Bound<'_, PyAny>,
    period: &str,
    value: &str,
    keys: Option<Vec<String>>,
    flag: Option<&str>,
) -> PyResult<LongColumns> {
    if !obj.hasattr(intern!(obj.py(), "__arrow_c_stream__"))? {
        return Err(invalid_argument(format!(
            "data must be an Arrow table (an object with __arrow_c_stream__, such as a \
             pyarrow Table or a polars DataFrame), not {}",
            crate::convert::type_name(obj)
        )));
    }
    let (batches, schema) = obj.extract::<PyTable>()?.into_inner();
    let present: Vec<String> = schema.fields().iter().map(|f| f.name().clone()).collect();
    let (keys, flag) = growthkit::read::long_columns(&present, period, value, keys, flag).py()?;
    let column = |name: &str| -> Vec<ArrayRef> {
        let i = schema.index_of(name).expect("checked above");
        batches.iter().map(|b| b.column(i).clone()).collect()
    };
    let texts = |name: &str, nulls: bool| -> PyResult<Vec<Option<String>>> {
        let mut out = Vec::new();
        for part in column(name) {
            let cast = arrow_cast::cast(&part, &DataType::Utf8).map_err(|e| {
                invalid_argument(format!("column `{name}` cannot be read as text: {e}"))
            })?;
            let s = cast
                .as_any()
                .downcast_ref::<StringArray>()
                .ok_or_else(|| invalid_argument(format!("{name}: the cast to text failed")))?;
            if !nulls && s.null_count() > 0 {
                return Err(invalid_argument(format!("column `{name}` has a null")));
            }
            out.extend(s.iter().map(|x| x.map(String::from)));
        }
        Ok(out)
    };
    let required = |name: &str| -> PyResult<Vec<String>> {
        Ok(texts(name, false)?.into_iter().flatten().collect())
    };
    let codes = keys.iter().map(|k| required(k)).collect::<PyResult<_>>()?;
    let periods = required(period)?;
    let mut values = Vec::with_capacity(periods.len());
    for part in column(value) {
        if !part.data_type().is_numeric() {
            return Err(invalid_argument(format!(
                "column `{value}` must hold numbers, not {}",
                part.data_type()
            )));
        }
        let cast = arrow_cast::cast(&part, &DataType::Float64)
            .map_err(|e| invalid_argument(format!("column `{value}`: {e}")))?;
        let f = cast
            .as_any()
            .downcast_ref::<Float64Array>()
            .ok_or_else(|| invalid_argument(format!("{value}: the cast to float64 failed")))?;
        values.extend(f.iter().map(|x| x.unwrap_or(f64::NAN)));
    }
    let flags = flag.as_deref().map(|f| texts(f, true)).transpose()?;
    Ok(LongColumns {
        keys,
        codes,
        periods,
        values,
        flags,
    })
}

/// A long table as an Arrow table: one text column per key dimension, then
/// `period` (canonical texts), `value` (float64, null where missing) and
/// `flag` (text, null where none).
pub fn long_to_arrow<'py>(
    py: Python<'py>,
    dimensions: &[String],
    rows: &[(&[String], growthkit::Period, f64, Option<&growthkit::Flag>)],
) -> PyResult<Bound<'py, PyAny>> {
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (i, dim) in dimensions.iter().enumerate() {
        fields.push(Field::new(dim, DataType::Utf8, false));
        let col: StringArray = rows.iter().map(|r| Some(r.0[i].as_str())).collect();
        columns.push(Arc::new(col));
    }
    fields.push(Field::new(
        growthkit::read::PERIOD_COLUMN,
        DataType::Utf8,
        false,
    ));
    let periods: StringArray = rows.iter().map(|r| Some(r.1.to_string())).collect();
    columns.push(Arc::new(periods));
    fields.push(Field::new(
        growthkit::read::VALUE_COLUMN,
        DataType::Float64,
        true,
    ));
    let values: Float64Array = rows
        .iter()
        .map(|r| (!r.2.is_nan()).then_some(r.2))
        .collect();
    columns.push(Arc::new(values));
    fields.push(Field::new(
        growthkit::read::FLAG_COLUMN,
        DataType::Utf8,
        true,
    ));
    let flags: StringArray = rows.iter().map(|r| r.3.map(|f| f.code())).collect();
    columns.push(Arc::new(flags));
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), columns)
        .map_err(|e| invalid_argument(format!("building the Arrow table: {e}")))?;
    Ok(Bound::new(py, PyTable::try_new(vec![batch], schema)?)?.into_any())
}

/// The texts a writer passes to its callback as an Arrow string array of
/// `len` rows (a guess for the buffer's size; any count works).
pub fn strings_to_arrow<'py>(
    py: Python<'py>,
    len: usize,
    write: impl FnOnce(&mut dyn FnMut(&str)),
) -> PyResult<Bound<'py, PyAny>> {
    let mut b = arrow_array::builder::StringViewBuilder::with_capacity(len);
    write(&mut |t| b.append_value(t));
    let array = b.finish();
    Ok(Bound::new(py, PyArray::from_array_ref(Arc::new(array)))?.into_any())
}
