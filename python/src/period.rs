//! `growthkit.Period` and `growthkit.Frequency`.

use crate::convert::{self, py_date};
use crate::errors::OrPyErr;
use growthkit::{Frequency, Period};
use pyo3::prelude::*;

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
