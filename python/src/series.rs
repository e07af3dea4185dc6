//! `growthkit.Series`: values over periods, with every transform of the core.

use crate::convert;
use crate::errors::OrPyErr;
use crate::period::PyPeriod;
use crate::unit::PyIndicator;
use growthkit::Series;
use numpy::{PyArray1, ToPyArray};
use pyo3::exceptions::{PyKeyError, PyTypeError};
use pyo3::prelude::*;

/// A map from periods to float values, sorted by period, with an optional
/// `Indicator`. NaN is a missing value; periods are unique and do not overlap.
///
/// Every comparison over time matches periods by the calendar, never by row
/// offset: a missing month gives a missing growth rate, not a wrong one.
#[pyclass(name = "Series", module = "growthkit", frozen)]
#[derive(Clone)]
pub struct PySeries(pub Series);

fn wrap(s: Series) -> PySeries {
    PySeries(s)
}

/// An iterator over a series' `(Period, value)` rows, made one at a time.
#[pyclass(module = "growthkit")]
pub struct SeriesIter {
    series: Py<PySeries>,
    next: usize,
}

#[pymethods]
impl SeriesIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> Option<(PyPeriod, f64)> {
        let s = &self.series.bind(py).get().0;
        let row = s
            .periods()
            .get(self.next)
            .copied()
            .zip(s.values().get(self.next).copied());
        self.next += 1;
        row.map(|(p, v)| (PyPeriod(p), v))
    }
}

/// The core series of a `Series` argument.
pub(crate) fn series(obj: &Bound<'_, PyAny>) -> PyResult<Series> {
    obj.cast::<PySeries>()
        .map(|s| s.get().0.clone())
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "expected a growthkit.Series, got {}",
                convert::type_name(obj)
            ))
        })
}

#[pymethods]
impl PySeries {
    /// A series from periods and values (numbers, `None` for missing, or a
    /// float64 array), sorted by period. Periods are `Period`s, texts,
    /// `datetime.date`s, pandas `Period`s or `Timestamp`s, `numpy.datetime64`s
    /// or a pandas `PeriodIndex`; with `freq`, each date becomes the period of
    /// that frequency which holds it (`Series(dates, values, freq="quarterly")`).
    ///
    /// >>> s = gk.Series(["2019-S1", "2020-S1"], [116.86, 122.7])
    /// >>> len(s), s.frequency
    /// (2, 'semiannual')
    /// >>> gk.Series(["2020-01", "2020-01"], [1.0, 2.0])
    /// Traceback (most recent call last):
    /// growthkit._errors.SeriesError: period `2020-01` appears twice: each period may have one value
    #[new]
    #[pyo3(signature = (periods, values, indicator = None, *, freq = None))]
    fn new(
        periods: &Bound<'_, PyAny>,
        values: &Bound<'_, PyAny>,
        indicator: Option<PyIndicator>,
        freq: Option<&str>,
    ) -> PyResult<PySeries> {
        let s = match freq {
            Some(f) => Series::new(
                crate::period::containing_periods(convert::frequency(f)?, periods)?,
                convert::floats(values)?,
            ),
            None => match crate::period::text_list(periods)? {
                Some(strings) => Series::from_texts(
                    &crate::texts::borrow_all(&strings)?,
                    convert::floats(values)?,
                ),
                None => Series::new(crate::period::periods(periods)?, convert::floats(values)?),
            },
        }
        .py()?;
        Ok(PySeries(match indicator {
            Some(i) => s.with_indicator(i.0),
            None => s,
        }))
    }

    /// Iterates over `(Period, value)` pairs in order.
    fn __iter__(slf: Bound<'_, Self>) -> SeriesIter {
        SeriesIter {
            series: slf.unbind(),
            next: 0,
        }
    }

    /// The row `i`: `(Period, value)` (for the notebook view, which shows a few).
    fn _row(&self, i: usize) -> PyResult<(PyPeriod, f64)> {
        match (self.0.periods().get(i), self.0.values().get(i)) {
            (Some(p), Some(v)) => Ok((PyPeriod(*p), *v)),
            _ => Err(pyo3::exceptions::PyIndexError::new_err(format!(
                "row {i} of a series of {}",
                self.0.len()
            ))),
        }
    }

    /// `(frequency, int64 ordinals)` for a series of one kind that has
    /// them, else None (the pandas crossing uses them).
    fn _ordinals<'py>(&self, py: Python<'py>) -> Option<(String, Bound<'py, PyArray1<i64>>)> {
        let (f, ords) = self.0.ordinals()?;
        Some((f.to_string(), PyArray1::from_vec(py, ords)))
    }

    /// A series of one frequency from its periods' ordinals (as
    /// `Period.ordinal` and pandas' `PeriodIndex.asi8` number them; a numpy
    /// int64 array is read in place) and values. In increasing order, the
    /// series keeps the ordinals and makes its periods only when asked; in
    /// any other order it sorts them, as `Series(periods, values)` does.
    ///
    /// >>> s = gk.Series.from_ordinals("monthly", [600, 601], [1.0, 2.0])
    /// >>> str(s.periods[0])
    /// '2020-01'
    #[staticmethod]
    #[pyo3(signature = (frequency, ordinals, values, indicator = None))]
    fn from_ordinals(
        py: Python<'_>,
        frequency: &str,
        ordinals: &Bound<'_, PyAny>,
        values: &Bound<'_, PyAny>,
        indicator: Option<PyIndicator>,
    ) -> PyResult<PySeries> {
        let f = convert::frequency(frequency)?;
        let ordinals = convert::int64_array(py, ordinals, "ordinals")?;
        let s = Series::from_ordinals(f, ordinals.as_slice()?, convert::floats(values)?).py()?;
        Ok(wrap(match indicator {
            Some(i) => s.with_indicator(i.0),
            None => s,
        }))
    }

    /// The first and last days of every period, as int32 days from 1970-01-01.
    fn _bounds<'py>(
        &self,
        py: Python<'py>,
    ) -> (Bound<'py, PyArray1<i32>>, Bound<'py, PyArray1<i32>>) {
        // Years 1..=9999 are within ±3.7 million days: an i32 holds them.
        let (starts, ends) = self.0.day_numbers();
        let narrow = |d: Vec<i64>| d.into_iter().map(|x| x as i32).collect::<Vec<_>>();
        (
            PyArray1::from_vec(py, narrow(starts)),
            PyArray1::from_vec(py, narrow(ends)),
        )
    }

    /// The canonical period texts as an Arrow string array (for polars and pyarrow).
    fn _texts_arrow<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::arrow::strings_to_arrow(py, self.0.len(), |each| self.0.for_each_period_text(each))
    }

    /// The value stored for a period (`Period` or text), NaN included;
    /// `KeyError` when the series does not have the period.
    fn __getitem__(&self, key: &Bound<'_, PyAny>) -> PyResult<f64> {
        let p = crate::period::period(key)?;
        self.0
            .lookup(&p)
            .ok_or_else(|| PyKeyError::new_err(p.to_string()))
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.contains(&crate::period::period(key)?))
    }

    /// The periods, in order.
    #[getter]
    fn periods<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyList>> {
        // A million new objects would set off the cyclic garbage collector
        // again and again (nine tenths of the time); none of them can form a
        // cycle, so it pauses while the list is made.
        let gc = py.import("gc")?;
        let was_on = gc.call_method0("isenabled")?.is_truthy()?;
        if was_on {
            gc.call_method0("disable")?;
        }
        let list = pyo3::types::PyList::new(py, self.0.periods().iter().copied().map(PyPeriod));
        if was_on {
            gc.call_method0("enable")?;
        }
        list
    }

    /// The values as a new float64 array; NaN where missing.
    #[getter]
    fn values<'py>(&self, py: Python<'py>) -> Bound<'py, PyArray1<f64>> {
        self.0.values().to_pyarray(py)
    }

    /// Equal periods, indicator and values; missing matches missing.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        series(other).is_ok_and(|o| self.0.same_as(&o))
    }

    /// A `pandas.Series` (see `growthkit._pandas.to_pandas`).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "to_pandas", (slf,))
    }

    /// A series from a `pandas.Series` (see `growthkit._pandas.from_pandas`).
    #[staticmethod]
    #[pyo3(signature = (series, indicator = None))]
    fn from_pandas<'py>(
        series: &Bound<'py, PyAny>,
        indicator: Option<PyIndicator>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(series.py(), "from_pandas", (series, indicator))
    }

    /// A polars DataFrame with columns `period` and `value`.
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "to_polars", (slf,))
    }

    /// A series from a polars DataFrame with columns `period` and `value`.
    #[staticmethod]
    #[pyo3(signature = (frame, indicator = None))]
    fn from_polars<'py>(
        frame: &Bound<'py, PyAny>,
        indicator: Option<PyIndicator>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(frame.py(), "from_polars", (frame, indicator))
    }

    /// A chart through pandas and matplotlib.
    #[pyo3(signature = (**kwargs))]
    fn plot<'py>(
        slf: &Bound<'py, Self>,
        kwargs: Option<&Bound<'py, pyo3::types::PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let m = slf.py().import("growthkit._pandas")?;
        m.getattr("plot")?.call((slf,), kwargs)
    }

    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "repr_html", (slf,))
    }

    fn __repr__(&self) -> String {
        let name = self
            .0
            .indicator()
            .map(|i| format!("{} ({}), ", i.name(), i.unit()))
            .unwrap_or_default();
        let shown: Vec<String> = self
            .0
            .iter()
            .take(6)
            .map(|(p, v)| format!("{p}: {v}"))
            .collect();
        let more = if self.0.len() > 6 { ", …" } else { "" };
        format!(
            "Series({name}{} periods: {}{more})",
            self.0.len(),
            shown.join(", ")
        )
    }
}

/// Calls a function of the pure-Python helper module `growthkit._pandas`.
fn helper<'py, A: pyo3::call::PyCallArgs<'py>>(
    py: Python<'py>,
    name: &str,
    args: A,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("growthkit._pandas")?.getattr(name)?.call1(args)
}
