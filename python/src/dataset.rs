//! `growthkit.Dataset` and the readers' native entry points (the public
//! `read_*` functions in `growthkit/_io.py` turn paths, text, bytes and
//! file objects into bytes first).

use crate::arrow;
use crate::convert;
use crate::errors::OrPyErr;
use crate::series::PySeries;
use growthkit::Dataset;
use growthkit::read::{self, CsvOptions};
use numpy::ToPyArray;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Many keyed series with observation flags, as statistics files hold them:
/// `len(ds)` series, `ds.keys()` their keys, `ds.select({"GEO": "DE"})` a
/// part, `ds.series(key)` one `Series`, `ds.flags(key)` its flags; every
/// transform of `Series` applies to all series at once, flags travelling.
#[pyclass(name = "Dataset", module = "growthkit", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyDataset(pub Dataset);

pub(crate) fn wrap(d: Dataset) -> PyDataset {
    PyDataset(d)
}

/// A key given as a dict of dimension to code.
fn key(obj: &Bound<'_, PyAny>) -> PyResult<Vec<(String, String)>> {
    let d = obj.cast::<PyDict>().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err(format!(
            "a key is a dict of dimension to code, such as {{\"GEO\": \"DE\"}}, not {}",
            convert::type_name(obj)
        ))
    })?;
    d.iter()
        .map(|(k, v)| Ok((k.extract::<String>()?, v.extract::<String>()?)))
        .collect()
}

fn pairs(k: &[(String, String)]) -> Vec<(&str, &str)> {
    k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[pymethods]
impl PyDataset {
    /// Each series' key as a dict of dimension to code, in order.
    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.0
            .keys()
            .into_iter()
            .map(|k| {
                let d = PyDict::new(py);
                for (dim, code) in k {
                    d.set_item(dim, code)?;
                }
                Ok(d)
            })
            .collect()
    }

    /// The series whose keys match `partial` (a dict of dimension to code).
    fn select(&self, partial: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
        let k = key(partial)?;
        self.0.select(&pairs(&k)).py().map(wrap)
    }

    /// The one series whose key matches `key`.
    fn series(&self, key_: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        let k = key(key_)?;
        Ok(PySeries(self.0.get(&pairs(&k)).py()?.series().clone()))
    }

    /// The flags of the series with `key`, aligned with its periods (`None` where none).
    fn flags(&self, key_: &Bound<'_, PyAny>) -> PyResult<Vec<Option<String>>> {
        let k = key(key_)?;
        Ok(self
            .0
            .get(&pairs(&k))
            .py()?
            .flags()
            .iter()
            .map(|f| f.as_ref().map(|f| f.code().to_string()))
            .collect())
    }

    /// The series attributes of the series with `key`.
    fn attributes(
        &self,
        key_: &Bound<'_, PyAny>,
    ) -> PyResult<std::collections::BTreeMap<String, String>> {
        let k = key(key_)?;
        Ok(self.0.get(&pairs(&k)).py()?.attributes().clone())
    }

    /// The long table as columns: each dimension, `period` (texts),
    /// `value` (a float64 array) and `flag`.
    fn _columns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let rows = self.0.long();
        let out = PyDict::new(py);
        for (i, dim) in self.0.dimensions().iter().enumerate() {
            let col: Vec<&str> = rows
                .iter()
                .map(|r| r.0.get(i).map_or("", String::as_str))
                .collect();
            out.set_item(dim, PyList::new(py, col)?)?;
        }
        let periods: Vec<String> = rows.iter().map(|r| r.1.to_string()).collect();
        out.set_item(read::PERIOD_COLUMN, PyList::new(py, periods)?)?;
        let values: Vec<f64> = rows.iter().map(|r| r.2).collect();
        out.set_item(read::VALUE_COLUMN, values.to_pyarray(py))?;
        let flags: Vec<Option<&str>> = rows.iter().map(|r| r.3.map(|f| f.code())).collect();
        out.set_item(read::FLAG_COLUMN, PyList::new(py, flags)?)?;
        Ok(out)
    }

    fn __repr__(&self) -> String {
        format!(
            "Dataset({} series, {} observations, dimensions {})",
            self.0.len(),
            self.0.n_observations(),
            self.0.dimensions().join(", ")
        )
    }

    /// The long (or wide) table as a `pandas.DataFrame` (see `growthkit._dataset`).
    #[pyo3(signature = (shape = "long"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, shape: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "to_pandas", (slf, shape))
    }

    /// A dataset from a long `pandas.DataFrame` (see `growthkit._dataset`).
    #[staticmethod]
    #[pyo3(signature = (frame, *, period = "period", value = "value", keys = None, flag = None))]
    fn from_pandas<'py>(
        frame: &Bound<'py, PyAny>,
        period: &str,
        value: &str,
        keys: Option<Vec<String>>,
        flag: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(
            frame.py(),
            "from_pandas",
            (frame, period, value, keys, flag),
        )
    }

    /// A dataset from a long Arrow table (anything with `__arrow_c_stream__`:
    /// a pyarrow Table, a polars DataFrame, a DuckDB result): one column per
    /// key (`keys`, by default every column but the period, value and flag
    /// ones), `period` (growthkit period texts; a date column reads as days),
    /// `value` (numbers, null for missing) and `flag` (by default the column
    /// `flag` where there is one).
    #[staticmethod]
    #[pyo3(signature = (data, *, period = "period", value = "value", keys = None, flag = None))]
    fn from_arrow(
        data: &Bound<'_, PyAny>,
        period: &str,
        value: &str,
        keys: Option<Vec<String>>,
        flag: Option<&str>,
    ) -> PyResult<PyDataset> {
        let c = arrow::long_table(data, period, value, keys, flag)?;
        Dataset::from_columns(c.keys, c.codes, &c.periods, &c.values, c.flags.as_deref())
            .py()
            .map(wrap)
    }

    /// The long table as an Arrow table (keys, `period`, `value` with nulls
    /// for missing values, `flag`), for `pyarrow.table(...)`,
    /// `polars.DataFrame(...)` or DuckDB, which take it without a copy.
    fn to_arrow<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        arrow::long_to_arrow(py, self.0.dimensions(), &self.0.long())
    }

    /// The key and flag columns a long table is read by (see `from_arrow`).
    #[staticmethod]
    fn _long_names(
        present: Vec<String>,
        period: &str,
        value: &str,
        keys: Option<Vec<String>>,
        flag: Option<&str>,
    ) -> PyResult<(Vec<String>, Option<String>)> {
        growthkit::read::long_columns(&present, period, value, keys, flag).py()
    }

    /// The columns of a long table as Python lists (see `from_pandas`).
    #[staticmethod]
    fn _from_columns(
        keys: Vec<String>,
        codes: Vec<Vec<String>>,
        periods: Vec<String>,
        values: numpy::PyReadonlyArray1<'_, f64>,
        flags: Option<Vec<Option<String>>>,
    ) -> PyResult<PyDataset> {
        let v = values.as_slice()?;
        Dataset::from_columns(keys, codes, &periods, v, flags.as_deref())
            .py()
            .map(wrap)
    }

    /// The long table as a `polars.DataFrame`.
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "to_polars", (slf,))
    }

    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "repr_html", (slf,))
    }
}

fn helper<'py, A: pyo3::call::PyCallArgs<'py>>(
    py: Python<'py>,
    name: &str,
    args: A,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("growthkit._dataset")?.getattr(name)?.call1(args)
}

/// The input of a reader: `bytes` read in place, or a path (`str`) that
/// the reader opens itself, so that a large file is not first copied into
/// Python.
pub(crate) enum Input<'a> {
    Bytes(&'a [u8]),
    Path(String),
}

impl<'a> Input<'a> {
    pub(crate) fn of(obj: &'a Bound<'_, PyAny>) -> PyResult<Input<'a>> {
        if let Ok(b) = obj.cast::<pyo3::types::PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes()));
        }
        obj.extract::<String>().map(Input::Path)
    }

    /// The input as a reader: the bytes, or the file opened.
    pub(crate) fn reader(self) -> PyResult<Box<dyn std::io::Read + 'a>> {
        Ok(match self {
            Input::Bytes(b) => Box::new(b),
            Input::Path(p) => Box::new(std::fs::File::open(p)?),
        })
    }
}

/// FRED CSV bytes (or a path) to a dataset.
#[pyfunction]
#[pyo3(signature = (data, frequency = None))]
pub fn _read_fred_csv(data: &Bound<'_, PyAny>, frequency: Option<&str>) -> PyResult<PyDataset> {
    let f = frequency.map(convert::frequency).transpose()?;
    read::read_fred_csv(Input::of(data)?.reader()?, f)
        .py()
        .map(wrap)
}

/// Plain CSV bytes to a dataset.
#[pyfunction]
#[pyo3(signature = (data, period = None, value = None, keys = None, frequency = None, flag = None))]
pub fn _read_csv(
    data: &Bound<'_, PyAny>,
    period: Option<&str>,
    value: Option<&str>,
    keys: Option<Vec<String>>,
    frequency: Option<&str>,
    flag: Option<&str>,
) -> PyResult<PyDataset> {
    let mut o = CsvOptions::new();
    if let Some(f) = flag {
        o = o.flag(f);
    }
    if let Some(p) = period {
        o = o.period(p);
    }
    if let Some(v) = value {
        o = o.value(v);
    }
    if let Some(k) = &keys {
        o = o.keys(&k.iter().map(String::as_str).collect::<Vec<_>>());
    }
    if let Some(f) = frequency {
        o = o.frequency(convert::frequency(f)?);
    }
    read::read_csv(Input::of(data)?.reader()?, &o)
        .py()
        .map(wrap)
}

/// Registers the class and the readers.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDataset>()?;
    m.add_function(wrap_pyfunction!(_read_fred_csv, m)?)?;
    m.add_function(wrap_pyfunction!(_read_csv, m)?)?;
    Ok(())
}
