//! `growthkit.Series`: values over periods, with every transform of the core.

use crate::convert;
use crate::convert::Int;
use crate::errors::OrPyErr;
use crate::period::PyPeriod;
use crate::unit::PyIndicator;
use growthkit::{FredTransform, Series};
use numpy::{PyArray1, ToPyArray};
use pyo3::exceptions::{PyKeyError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

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
fn series(obj: &Bound<'_, PyAny>) -> PyResult<Series> {
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
                convert::containing_periods(convert::frequency(f)?, periods)?,
                convert::floats(values)?,
            ),
            None => match convert::text_list(periods)? {
                Some(strings) => Series::from_texts(
                    &crate::texts::borrow_all(&strings)?,
                    convert::floats(values)?,
                ),
                None => Series::new(convert::periods(periods)?, convert::floats(values)?),
            },
        }
        .py()?;
        Ok(PySeries(match indicator {
            Some(i) => s.with_indicator(i.0),
            None => s,
        }))
    }

    fn __len__(&self) -> usize {
        self.0.len()
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
        let p = convert::period(key)?;
        self.0
            .lookup(&p)
            .ok_or_else(|| PyKeyError::new_err(p.to_string()))
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.contains(&convert::period(key)?))
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

    /// The indicator, if any.
    #[getter]
    fn indicator(&self) -> Option<PyIndicator> {
        self.0.indicator().cloned().map(PyIndicator)
    }

    /// The kind shared by every period; `None` when mixed or empty.
    #[getter]
    fn frequency(&self) -> Option<String> {
        self.0.frequency().map(|f| f.to_string())
    }

    /// The same series described by `indicator`.
    fn with_indicator(&self, indicator: PyIndicator) -> PySeries {
        wrap(self.0.clone().with_indicator(indicator.0))
    }

    /// Whether `period` is one of the series' periods (its value may be missing).
    fn contains(&self, period: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.contains(&convert::period(period)?))
    }

    /// The stored value for `period`, NaN included; `None` when the period is absent.
    ///
    /// >>> s = gk.Series(["2020-01"], [None])
    /// >>> s.lookup("2020-01"), s.lookup("2020-02"), s.get("2020-01")
    /// (nan, None, None)
    fn lookup(&self, period: &Bound<'_, PyAny>) -> PyResult<Option<f64>> {
        Ok(self.0.lookup(&convert::period(period)?))
    }

    /// The value for `period`; `None` when absent or missing.
    fn get(&self, period: &Bound<'_, PyAny>) -> PyResult<Option<f64>> {
        Ok(self.0.get(&convert::period(period)?))
    }

    /// The periods within `first.start .. last.end`.
    fn slice(&self, first: &Bound<'_, PyAny>, last: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(
            self.0
                .slice(&convert::period(first)?, &convert::period(last)?),
        ))
    }

    /// Both series cut to the periods they share.
    fn align(&self, other: &Bound<'_, PyAny>) -> PyResult<(PySeries, PySeries)> {
        let (a, b) = self.0.align(&series(other)?);
        Ok((wrap(a), wrap(b)))
    }

    fn __add__(&self, other: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(&self.0 + &series(other)?))
    }

    fn __sub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(&self.0 - &series(other)?))
    }

    fn __mul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(&self.0 * &series(other)?))
    }

    fn __truediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(&self.0 / &series(other)?))
    }

    /// Equal periods, indicator and values; missing matches missing.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        series(other).is_ok_and(|o| self.0.same_as(&o))
    }

    /// Year-on-year growth, x(p) / x(p.year_ago()) - 1.
    ///
    /// >>> s = gk.Series(["2019-01", "2019-03", "2020-01", "2020-03"], [100, 300, 110, 330])
    /// >>> s.yoy().values.round(12).tolist()  # matched by the calendar
    /// [nan, nan, 0.1, 0.1]
    #[pyo3(signature = (base = "positive"))]
    fn yoy(&self, base: &str) -> PyResult<PySeries> {
        Ok(wrap(self.0.yoy_with(convert::base(base)?)))
    }

    /// Growth against `lag` periods earlier.
    ///
    /// >>> gk.Series(["2020-Q1", "2020-Q2"], [100, 102]).pct_change().values.round(12).tolist()
    /// [nan, 0.02]
    #[pyo3(signature = (lag = Int(1), base = "positive"), text_signature = "($self, lag=1, base='positive')")]
    fn pct_change(&self, lag: Int<i64>, base: &str) -> PyResult<PySeries> {
        self.0
            .pct_change_with(lag.0, convert::base(base)?)
            .py()
            .map(wrap)
    }

    /// The change against `lag` periods earlier.
    #[pyo3(signature = (lag = Int(1)), text_signature = "($self, lag=1)")]
    fn diff(&self, lag: Int<i64>) -> PyResult<PySeries> {
        self.0.diff(lag.0).py().map(wrap)
    }

    /// The change against the same period a year earlier.
    fn yoy_diff(&self) -> PySeries {
        wrap(self.0.yoy_diff())
    }

    /// ln x(p) - ln x(p.shift(-lag)).
    #[pyo3(signature = (lag = Int(1)), text_signature = "($self, lag=1)")]
    fn log_diff(&self, lag: Int<i64>) -> PyResult<PySeries> {
        self.0.log_diff(lag.0).py().map(wrap)
    }

    /// (x(p) / x(p.shift(-lag)))^(periods_per_year / lag) - 1.
    #[pyo3(signature = (lag = Int(1), base = "positive"), text_signature = "($self, lag=1, base='positive')")]
    fn annualized(&self, lag: Int<i64>, base: &str) -> PyResult<PySeries> {
        self.0
            .annualized_with(lag.0, convert::base(base)?)
            .py()
            .map(wrap)
    }

    /// One of FRED's transformations (`lin chg ch1 pch pc1 pca cch cca log`), in FRED's units.
    ///
    /// >>> round(float(gk.Series(["2019", "2020"], [100, 105]).transform("pc1").values[1]), 12)
    /// 5.0
    fn transform(&self, code: &str) -> PyResult<PySeries> {
        FredTransform::parse(code)
            .py()
            .map(|t| wrap(self.0.transform(t)))
    }

    /// The NBS two-year average growth rate.
    #[pyo3(signature = (base = "positive"))]
    fn two_year_average(&self, base: &str) -> PyResult<PySeries> {
        Ok(wrap(self.0.two_year_average_with(convert::base(base)?)))
    }

    /// Year-to-date totals from single-period flows.
    fn cumulate_ytd(&self) -> PyResult<PySeries> {
        self.0.cumulate_ytd().py().map(wrap)
    }

    /// Single-period flows from year-to-date totals (January-February as one span where January is missing).
    ///
    /// >>> s = gk.Series(["2020-02", "2020-03"], [100, 160]).decumulate_ytd()
    /// >>> [str(p) for p in s.periods], s.values.tolist()
    /// (['2020-01-01/2020-02-29', '2020-03'], [100.0, 60.0])
    fn decumulate_ytd(&self) -> PyResult<PySeries> {
        self.0.decumulate_ytd().py().map(wrap)
    }

    /// The single-period growth implied by year-to-date totals and rates.
    #[staticmethod]
    fn ytd_period_growth(
        ytd_values: &Bound<'_, PyAny>,
        ytd_growth: &Bound<'_, PyAny>,
    ) -> PyResult<PySeries> {
        Series::ytd_period_growth(&series(ytd_values)?, &series(ytd_growth)?)
            .py()
            .map(wrap)
    }

    /// The series at a coarser frequency; incomplete periods are NaN unless
    /// `min_count` values are present.
    ///
    /// >>> q = gk.Series(["2020-01", "2020-02", "2020-03"], [1, 2, 3]).aggregate("quarterly", "sum")
    /// >>> str(q.periods[0]), float(q.values[0])
    /// ('2020-Q1', 6.0)
    #[pyo3(signature = (frequency, method = None, min_count = None))]
    fn aggregate(
        &self,
        frequency: &str,
        method: Option<&str>,
        min_count: Option<Int<usize>>,
    ) -> PyResult<PySeries> {
        let m = method.map(convert::method).transpose()?;
        self.0
            .aggregate(convert::frequency(frequency)?, m, min_count.map(|c| c.0))
            .py()
            .map(wrap)
    }

    /// `method` over the `window` periods ending at each period.
    fn rolling(&self, window: Int<usize>, method: &str) -> PyResult<PySeries> {
        self.0
            .rolling(window.0, convert::method(method)?)
            .py()
            .map(wrap)
    }

    /// The series as an index with mean `value` over `base`.
    #[pyo3(signature = (base, value = 100.0))]
    fn rebase(&self, base: &Bound<'_, PyAny>, value: f64) -> PyResult<PySeries> {
        self.0.rebase(&convert::period(base)?, value).py().map(wrap)
    }

    /// Nominal to real at the prices of `base`.
    fn deflate(
        &self,
        price_index: &Bound<'_, PyAny>,
        base: &Bound<'_, PyAny>,
    ) -> PyResult<PySeries> {
        self.0
            .deflate(&series(price_index)?, &convert::period(base)?)
            .py()
            .map(wrap)
    }

    /// Each value divided by its period's days.
    fn per_day(&self) -> PySeries {
        wrap(self.0.per_day())
    }

    /// x(p) / total(p).
    fn share_of(&self, total: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(self.0.share_of(&series(total)?)))
    }

    /// Contribution to the total's year-on-year growth (拉动).
    fn contribution_to(&self, total: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(self.0.contribution_to(&series(total)?)))
    }

    /// Share of the total's year-on-year change (贡献率).
    fn contribution_share(&self, total: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(self.0.contribution_share(&series(total)?)))
    }

    /// Contribution to the total's growth over the previous period (BEA's
    /// contributions to percent change), as a fraction.
    ///
    /// >>> part = gk.Series(["2020-Q1", "2020-Q2"], [40, 44])
    /// >>> total = gk.Series(["2020-Q1", "2020-Q2"], [100, 102])
    /// >>> float(part.contribution_to_previous(total).values[1])
    /// 0.04
    fn contribution_to_previous(&self, total: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(self.0.contribution_to_previous(&series(total)?)))
    }

    /// Share of the total's change over the previous period.
    fn contribution_share_previous(&self, total: &Bound<'_, PyAny>) -> PyResult<PySeries> {
        Ok(wrap(self.0.contribution_share_previous(&series(total)?)))
    }

    /// The series as JSON text: `{"indicator", "periods", "values"}`.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// Reads a series from JSON text.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<PySeries> {
        Series::from_json(text).py().map(wrap)
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

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_json = py.get_type::<PySeries>().getattr("from_json")?;
        PyTuple::new(
            py,
            [
                from_json.into_any(),
                PyTuple::new(py, [slf.get().0.to_json()])?.into_any(),
            ],
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
