//! `growthkit.Period` and `growthkit.Frequency`.

use crate::convert::Int;
use crate::convert::{self, py_date};
use crate::errors::OrPyErr;
use growthkit::{Frequency, Period};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

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

    /// Part `n` of the fiscal year named `year` (`part` is `"year"`,
    /// `"half"`, `"four_months"`, `"quarter"` or `"month"`).
    ///
    /// >>> str(gk.Period.fiscal("month", 2020, 1, "--04-06", "start"))  # the UK tax month 6 April-5 May
    /// '2020-M01[start=--04-06]'
    #[staticmethod]
    fn fiscal(
        part: &str,
        year: Int<i32>,
        n: Int<u32>,
        start: &str,
        named_by: &str,
    ) -> PyResult<PyPeriod> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        let part = growthkit::FiscalPart::parse(part).py()?;
        Period::fiscal(part, year.0, n.0, start, named_by)
            .py()
            .map(wrap)
    }

    /// The fiscal year named `year` that starts on `start` (`"--04-01"`),
    /// named by the year it `"start"`s or `"end"`s in.
    ///
    /// >>> p = gk.Period.fiscal_year(2021, "--10-01", "end")  # US federal FY2021
    /// >>> str(p.start), str(p.end), p.label("en")
    /// ('2020-10-01', '2021-09-30', 'FY2021')
    #[staticmethod]
    fn fiscal_year(year: Int<i32>, start: &str, named_by: &str) -> PyResult<PyPeriod> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        Period::fiscal_year(year.0, start, named_by).py().map(wrap)
    }

    /// Half `half` of the fiscal year named `year`.
    #[staticmethod]
    fn fiscal_half(
        year: Int<i32>,
        half: Int<u32>,
        start: &str,
        named_by: &str,
    ) -> PyResult<PyPeriod> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        Period::fiscal_half(year.0, half.0, start, named_by)
            .py()
            .map(wrap)
    }

    /// Quarter `quarter` of the fiscal year named `year`.
    ///
    /// >>> q = gk.Period.fiscal_quarter(2021, 3, "--07-01", "end")  # Australia, Q3 of 2020-21
    /// >>> str(q.start), str(q.end)
    /// ('2021-01-01', '2021-03-31')
    #[staticmethod]
    fn fiscal_quarter(
        year: Int<i32>,
        quarter: Int<u32>,
        start: &str,
        named_by: &str,
    ) -> PyResult<PyPeriod> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        Period::fiscal_quarter(year.0, quarter.0, start, named_by)
            .py()
            .map(wrap)
    }

    /// Four-month period `n` (1 to 3, SDMX's `T`) of `year`.
    #[staticmethod]
    fn four_monthly(year: Int<i32>, n: Int<u32>) -> PyResult<PyPeriod> {
        Period::four_monthly(year.0, n.0).py().map(wrap)
    }

    /// The business day `date` (Monday to Friday).
    ///
    /// >>> str(gk.Period.business_day("2020-10-05").prev())  # the Friday before
    /// '2020-10-02[B]'
    #[staticmethod]
    fn business_day(date: &Bound<'_, PyAny>) -> PyResult<PyPeriod> {
        Period::business_day(convert::date(date)?).py().map(wrap)
    }

    /// The week ending on `end` (`"SAT"`, pandas' `W-SAT`) that holds `date`.
    ///
    /// >>> str(gk.Period.week_ending("2020-10-07", "SAT"))
    /// '2020-10-04/2020-10-10[W-SAT]'
    #[staticmethod]
    fn week_ending(date: &Bound<'_, PyAny>, end: &str) -> PyResult<PyPeriod> {
        Period::week_ending(convert::date(date)?, convert::week_end(end)?)
            .py()
            .map(wrap)
    }

    /// The period as SDMX writes `TIME_PERIOD` (a fiscal period as its
    /// reporting period, with `reporting_year_start` beside it).
    ///
    /// >>> gk.Period.parse("2021-Q1[start=--10-01,named=end]").to_sdmx()
    /// '2020-Q1'
    fn to_sdmx(&self) -> String {
        self.0.to_sdmx()
    }

    /// The SDMX `REPORTING_YEAR_START_DAY` of a fiscal period (`"--10-01"`);
    /// `None` for calendar periods.
    #[getter]
    fn reporting_year_start(&self) -> Option<String> {
        self.0.reporting_year_start().map(|s| s.to_string())
    }

    #[classattr]
    fn year() -> PeriodYear {
        PeriodYear
    }

    /// The calendar year `year` (what `Period.year(2020)` calls).
    #[staticmethod]
    fn _from_year(year: Int<i32>) -> PyResult<PyPeriod> {
        Period::year(year.0).py().map(wrap)
    }

    /// Half-year `half` (1 or 2) of `year`.
    #[staticmethod]
    fn semiannual(year: Int<i32>, half: Int<u32>) -> PyResult<PyPeriod> {
        Period::semiannual(year.0, half.0).py().map(wrap)
    }

    /// Quarter `quarter` (1 to 4) of `year`.
    ///
    /// >>> str(gk.Period.quarter(2020, 3))
    /// '2020-Q3'
    /// >>> gk.Period.quarter(2020, 5)
    /// Traceback (most recent call last):
    /// growthkit._errors.ArgumentError: quarter `5` is out of range: quarterly periods are numbered 1 to 4
    #[staticmethod]
    fn quarter(year: Int<i32>, quarter: Int<u32>) -> PyResult<PyPeriod> {
        Period::quarter(year.0, quarter.0).py().map(wrap)
    }

    /// Month `month` (1 to 12) of `year`.
    #[staticmethod]
    fn month(year: Int<i32>, month: Int<u32>) -> PyResult<PyPeriod> {
        Period::month(year.0, month.0).py().map(wrap)
    }

    /// ISO 8601 week `week` of ISO year `year`.
    #[staticmethod]
    fn week(year: Int<i32>, week: Int<u32>) -> PyResult<PyPeriod> {
        Period::week(year.0, week.0).py().map(wrap)
    }

    /// The day `date` (a `datetime.date` or an ISO date text).
    ///
    /// >>> import datetime
    /// >>> str(gk.Period.day(datetime.date(2020, 10, 1)))
    /// '2020-10-01'
    #[staticmethod]
    fn day(date: &Bound<'_, PyAny>) -> PyResult<PyPeriod> {
        Period::day(convert::date(date)?).py().map(wrap)
    }

    /// The span of days from `start` to `end`, both included.
    ///
    /// >>> gk.Period.span("2020-10-01", "2020-10-08").days
    /// 8
    #[staticmethod]
    fn span(start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>) -> PyResult<PyPeriod> {
        Period::span(convert::date(start)?, convert::date(end)?)
            .py()
            .map(wrap)
    }

    /// Every period of one kind from `first` to `last`, both included.
    ///
    /// >>> [str(p) for p in gk.Period.range("2020-11", "2021-01")]
    /// ['2020-11', '2020-12', '2021-01']
    #[staticmethod]
    fn range(first: &Bound<'_, PyAny>, last: &Bound<'_, PyAny>) -> PyResult<Vec<PyPeriod>> {
        let ps = Period::range(&convert::period(first)?, &convert::period(last)?).py()?;
        Ok(ps.into_iter().map(wrap).collect())
    }

    /// The period of kind `frequency` that contains the day `date` (a
    /// `datetime.date`, a pandas `Timestamp`, a `numpy.datetime64` or an
    /// ISO date text).
    ///
    /// >>> str(gk.Period.containing("quarterly", "2020-10-01"))
    /// '2020-Q4'
    #[staticmethod]
    fn containing(frequency: &str, date: &Bound<'_, PyAny>) -> PyResult<PyPeriod> {
        Period::containing(convert::frequency(frequency)?, convert::date(date)?)
            .py()
            .map(wrap)
    }

    /// The period of kind `frequency` with ordinal `n` (pandas' ordinals).
    ///
    /// >>> str(gk.Period.from_ordinal("monthly", 600))  # pandas: months since January 1970
    /// '2020-01'
    #[staticmethod]
    fn from_ordinal(frequency: &str, n: Int<i64>) -> PyResult<PyPeriod> {
        Period::from_ordinal(convert::frequency(frequency)?, n.0)
            .py()
            .map(wrap)
    }

    /// The kind: `"annual"`, `"semiannual"`, `"quarterly"`, `"monthly"`,
    /// `"weekly"`, `"daily"` or `"span"`.
    #[getter]
    fn frequency(&self) -> String {
        self.0.frequency().to_string()
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

    /// How many days the period has.
    #[getter]
    fn days(&self) -> i64 {
        self.0.days()
    }

    /// The dense integer index within the kind (pandas' `Period.ordinal`);
    /// `None` for spans.
    #[getter]
    fn ordinal(&self) -> Option<i64> {
        self.0.ordinal()
    }

    /// The period `n` periods of its own kind later (earlier for negative `n`).
    ///
    /// >>> str(gk.Period.parse("2020-12").shift(2))
    /// '2021-02'
    fn shift(&self, n: Int<i64>) -> PyResult<PyPeriod> {
        self.0.shift(n.0).py().map(wrap)
    }

    /// `shift(1)`.
    fn next(&self) -> PyResult<PyPeriod> {
        self.0.next().py().map(wrap)
    }

    /// `shift(-1)`.
    fn prev(&self) -> PyResult<PyPeriod> {
        self.0.prev().py().map(wrap)
    }

    /// The same period `n` years earlier.
    ///
    /// >>> str(gk.Period.parse("2020-02-29").year_ago())
    /// '2019-02-28'
    /// >>> str(gk.Period.parse("2021-01-01/2021-02-28").year_ago())
    /// '2020-01-01/2020-02-29'
    /// >>> gk.Period.parse("2020-W53").year_ago()
    /// Traceback (most recent call last):
    /// growthkit._errors.PeriodError: ...
    #[pyo3(signature = (n = Int(1)), text_signature = "($self, n=1)")]
    fn year_ago(&self, n: Int<i64>) -> PyResult<PyPeriod> {
        self.0.year_ago(n.0).py().map(wrap)
    }

    /// Whether every day of `other` lies within this period.
    ///
    /// >>> gk.Period.parse("2020").contains("2020-Q3")
    /// True
    fn contains(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.contains(&convert::period(other)?))
    }

    /// Whether this period and `other` share a day.
    fn overlaps(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.0.overlaps(&convert::period(other)?))
    }

    /// The period of the coarser kind `frequency` containing this one.
    ///
    /// >>> str(gk.Period.parse("2020-W53").to_frequency("annual"))  # a week goes with its Thursday
    /// '2020'
    fn to_frequency(&self, frequency: &str) -> PyResult<PyPeriod> {
        self.0
            .to_frequency(convert::frequency(frequency)?)
            .py()
            .map(wrap)
    }

    /// The periods of the finer kind `frequency` that make this one up.
    ///
    /// >>> [str(p) for p in gk.Period.parse("2020-S2").subperiods("quarterly")]
    /// ['2020-Q3', '2020-Q4']
    fn subperiods(&self, frequency: &str) -> PyResult<Vec<PyPeriod>> {
        let ps = self.0.subperiods(convert::frequency(frequency)?).py()?;
        Ok(ps.into_iter().map(wrap).collect())
    }

    /// A label for people, in `"en"` or `"zh"`.
    ///
    /// >>> gk.Period.parse("2020-S1").label("zh")
    /// '2020年上半年'
    /// >>> gk.Period.parse("2020-S1").label("fr")
    /// Traceback (most recent call last):
    /// growthkit._errors.ArgumentError: invalid label language `fr`: expected en, zh
    #[pyo3(signature = (lang = "en"))]
    fn label(&self, lang: &str) -> PyResult<String> {
        self.0.label(lang).py()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Period('{}')", self.0)
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

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let parse = py.get_type::<PyPeriod>().getattr("parse")?;
        PyTuple::new(
            py,
            [
                parse.into_any(),
                PyTuple::new(py, [slf.get().0.to_string()])?.into_any(),
            ],
        )
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

    /// The frequency name for a name or SDMX code (`"Q"` gives `"quarterly"`).
    ///
    /// >>> gk.Frequency.parse("Q")
    /// 'quarterly'
    #[staticmethod]
    fn parse(text: &str) -> PyResult<String> {
        Ok(convert::frequency(text)?.to_string())
    }

    /// The SDMX FREQ code (`"A"` … `"D"`); `None` for spans.
    #[staticmethod]
    fn sdmx_code(frequency: &str) -> PyResult<Option<String>> {
        Ok(convert::frequency(frequency)?.sdmx_code().map(String::from))
    }

    /// The frequency of an SDMX FREQ code; `codelist="ecb"` reads `H` as
    /// half-yearly, as the ECB's older codelist does (SDMX's `CL_FREQ` has
    /// it hourly, which is refused).
    ///
    /// >>> gk.Frequency.from_sdmx("H", "ecb")
    /// 'semiannual'
    #[staticmethod]
    #[pyo3(signature = (code, codelist = "sdmx"))]
    fn from_sdmx(code: &str, codelist: &str) -> PyResult<String> {
        let list = growthkit::Codelist::parse(codelist).py()?;
        Frequency::from_sdmx(code, list).py().map(|f| f.to_string())
    }

    /// The frequency name of a pandas frequency string (`"Q-DEC"` gives `"quarterly"`).
    ///
    /// >>> gk.Frequency.from_pandas("Q-DEC")
    /// 'quarterly'
    #[staticmethod]
    fn from_pandas(freqstr: &str) -> PyResult<String> {
        Frequency::from_pandas(freqstr).py().map(|f| f.to_string())
    }

    /// The pandas period frequency (`"Q-DEC"` …); `None` for half-years and spans.
    #[staticmethod]
    fn pandas_code(frequency: &str) -> PyResult<Option<&'static str>> {
        Ok(convert::frequency(frequency)?.pandas_code())
    }

    /// Observations per year as FRED counts them; `None` for spans.
    #[staticmethod]
    fn periods_per_year(frequency: &str) -> PyResult<Option<u32>> {
        Ok(convert::frequency(frequency)?.periods_per_year())
    }
}
