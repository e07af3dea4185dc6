//! `growthkit.Period` and `growthkit.Frequency`.

use crate::convert::{self, py_date};
use crate::errors::OrPyErr;
use growthkit::{Frequency, Period};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

/// An immutable calendar interval of whole days: a year, half-year,
/// quarter, month, ISO week, day or any span of days.
///
/// Build one with `Period.parse("2020-Q3")` (every form of the contract:
/// SDMX, compact, English, ISO 8601 intervals, Chinese labels) or with
/// `Period.year(2020)`, `Period.semiannual(2020, 1)`, `Period.quarter(2020, 3)`,
/// `Period.month(2020, 7)`, `Period.week(2020, 41)`, `Period.day(date)`,
/// `Period.span(start, end)`. Equality, ordering and hashing are by value.
#[pyclass(
    name = "Period",
    module = "growthkit",
    frozen,
    eq,
    hash,
    ord,
    from_py_object
)]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyPeriod(pub Period);

/// `Period.year`: the constructor `Period.year(2020)` on the class, the
/// year (ISO week-year for weeks) on an instance.
#[pyclass(name = "_PeriodYear", module = "growthkit", frozen)]
pub struct PeriodYear;

#[pymethods]
impl PeriodYear {
    fn __get__(
        &self,
        py: Python<'_>,
        obj: Option<&Bound<'_, PyAny>>,
        _cls: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        match obj.filter(|o| !o.is_none()) {
            Some(o) => {
                let p = o.cast::<PyPeriod>()?;
                Ok(p.get()
                    .0
                    .year_number()
                    .into_pyobject(py)?
                    .into_any()
                    .unbind())
            }
            None => Ok(py.get_type::<PyPeriod>().getattr("_from_year")?.unbind()),
        }
    }
}

fn wrap(p: Period) -> PyPeriod {
    PyPeriod(p)
}

#[pymethods]
impl PyPeriod {
    /// Reads a period from any accepted text form. `fiscal_start` (SDMX's
    /// `--MM-DD`) turns on the fiscal forms (`FY2021`, `FY2020-21`,
    /// `2020/21`, `FY2021 Q1`, `2020年度`), with a single year naming the
    /// year the fiscal year ends in unless `named_by="start"`;
    /// `reporting_year_start` counts SDMX reporting periods (`2020-Q1`,
    /// `2020-M07`) from that day; `codes="nbs"` reads NBS's `2019A` and
    /// `201909`.
    ///
    /// >>> gk.Period.parse("H1 2020")
    /// Period('2020-S1')
    /// >>> gk.Period.parse("2020年1-6月").days
    /// 182
    /// >>> str(gk.Period.parse("FY2021 Q1", fiscal_start="--10-01").start)
    /// '2020-10-01'
    /// >>> str(gk.Period.parse("2020-Q1", reporting_year_start="--07-01").start)
    /// '2020-07-01'
    /// >>> str(gk.Period.parse("2019C", codes="nbs"))
    /// '2019-Q3'
    /// >>> gk.Period.parse("2020-13")
    /// Traceback (most recent call last):
    /// growthkit._errors.PeriodError: invalid period `2020-13`...
    #[staticmethod]
    #[pyo3(signature = (text, *, fiscal_start = None, reporting_year_start = None, codes = None, named_by = None))]
    fn parse(
        text: &str,
        fiscal_start: Option<&str>,
        reporting_year_start: Option<&str>,
        codes: Option<&str>,
        named_by: Option<&str>,
    ) -> PyResult<PyPeriod> {
        let options = convert::parse_options(fiscal_start, reporting_year_start, codes, named_by)?;
        Period::parse_with(text, &options).py().map(wrap)
    }

    #[classattr]
    fn year() -> PeriodYear {
        PeriodYear
    }

    /// The first day, a `datetime.date`.
    #[getter]
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_date(py, self.0.start())
    }

    /// The last day (inclusive), a `datetime.date`.
    #[getter]
    fn end<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_date(py, self.0.end())
    }

    fn _repr_html_(&self) -> PyResult<String> {
        Ok(format!(
            "<code>{}</code> <span style=\"opacity:0.7\">{}, {} to {}, {} days · {}</span>",
            self.0,
            self.0.frequency(),
            self.0.start(),
            self.0.end(),
            self.0.days(),
            self.0.label("zh").py()?
        ))
    }
}

/// The seven kinds of period, as their lowercase names.
///
/// Frequencies cross into Python as strings (`"quarterly"`); this class
/// holds the functions that read and describe them.
#[pyclass(name = "Frequency", module = "growthkit", frozen)]
pub struct PyFrequency;

#[pymethods]
impl PyFrequency {
    /// Every frequency name, coarsest first, span last.
    #[classattr]
    #[allow(non_snake_case)]
    fn ALL() -> Vec<&'static str> {
        Frequency::ALL.iter().map(|f| f.as_str()).collect()
    }
}

/// A `Period`, a period text, a pandas `Period` (of a kind growthkit has:
/// `Y-DEC`, `Q-DEC`, `M`, `W-SUN`, `D`), or a date (see [`date`]) as its day.
pub fn period(obj: &Bound<'_, PyAny>) -> PyResult<Period> {
    if let Ok(p) = obj.cast::<PyPeriod>() {
        return Ok(p.get().0);
    }
    if let Ok(text) = obj.cast::<PyString>() {
        return Period::parse(&text.to_cow()?).py();
    }
    if let (Ok(freqstr), Ok(ordinal)) = (obj.getattr("freqstr"), obj.getattr("ordinal")) {
        // A pandas Period: growthkit's ordinals are pandas' ordinals.
        let freq = Frequency::from_pandas(&freqstr.extract::<String>()?).py()?;
        return Period::from_ordinal(freq, ordinal.extract()?).py();
    }
    convert::date(obj)
        .and_then(|d| Period::day(d).py())
        .map_err(|e| {
            if e.is_instance_of::<PyTypeError>(obj.py()) {
                PyTypeError::new_err(format!(
                    "expected a growthkit.Period, a period text such as '2020-Q3', a date \
                 or a pandas Period, got {}",
                    convert::type_name(obj)
                ))
            } else {
                e
            }
        })
}

/// The `str` objects of a non-empty list of texts; `None` for any other argument.
pub fn text_list<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Option<Vec<Bound<'py, PyString>>>> {
    match obj.cast::<pyo3::types::PyList>() {
        Ok(list) if !list.is_empty() && list.iter().all(|i| i.is_instance_of::<PyString>()) => {
            crate::texts::strings(obj).map(Some)
        }
        _ => Ok(None),
    }
}

/// Periods from any iterable of what [`period`] takes (a pandas
/// `PeriodIndex` included).
pub fn periods(obj: &Bound<'_, PyAny>) -> PyResult<Vec<Period>> {
    // A list of texts: read them in Rust at once, borrowing each str's UTF-8.
    if let Some(strings) = text_list(obj)? {
        let texts = crate::texts::borrow_all(&strings)?;
        return growthkit::kernels::parse_period_texts(&texts).py();
    }
    obj.try_iter()?.map(|item| period(&item?)).collect()
}

/// For each date (or period text) of an iterable, the period of `freq` that
/// holds it.
pub fn containing_periods(freq: Frequency, obj: &Bound<'_, PyAny>) -> PyResult<Vec<Period>> {
    obj.try_iter()?
        .map(|item| {
            let item = item?;
            let day = match item.cast::<PyString>() {
                Ok(_) => period(&item)?.start(),
                Err(_) => convert::date(&item)?,
            };
            Period::containing(freq, day).py()
        })
        .collect()
}
