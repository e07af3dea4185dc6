//! `growthkit.extract`, `growthkit.check` and their `Statement` and
//! `Finding` (the notebook view of a list of statements is in
//! `growthkit/_claims.py`).

use crate::convert;
use crate::dataset::PyDataset;
use crate::errors::OrPyErr;
use crate::period::PyPeriod;
use crate::published::{PyInterval, PyReported};
use crate::series::PySeries;
use crate::unit::PyUnit;
use growthkit::claims::{self, Basis, Finding, Lang, Statement};
use pyo3::prelude::*;

/// One statement read from text: the indicator as written, its period, a
/// level with its unit and/or a rate with its basis, and where each part
/// was read (`span`, `parts`, in code points, end exclusive).
#[pyclass(name = "Statement", module = "growthkit", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyStatement(pub Statement);

#[pymethods]
impl PyStatement {
    /// The indicator phrase as written, or None.
    #[getter]
    fn indicator(&self) -> Option<String> {
        self.0.indicator.clone()
    }
    /// A scope qualifier as written (规模以上, "at comparable prices"), or None.
    #[getter]
    fn scope(&self) -> Option<String> {
        self.0.scope.clone()
    }
    /// The period of the figures (a deadline for a target), or None.
    #[getter]
    fn period(&self) -> Option<PyPeriod> {
        self.0.period.map(PyPeriod)
    }
    /// The level as printed, or None.
    #[getter]
    fn level(&self) -> Option<PyReported> {
        self.0.level.clone().map(PyReported)
    }
    /// The unit of the level, or None.
    #[getter]
    fn unit(&self) -> Option<PyUnit> {
        self.0.unit.clone().map(PyUnit)
    }
    /// The rate in percent (points for a change in points), or None.
    #[getter]
    fn growth(&self) -> Option<PyReported> {
        self.0.growth.clone().map(PyReported)
    }
    /// `"yoy"`, `"previous_period"`, `"annualized"`, `"two_year_average"`,
    /// `"pp_change"`, `"contribution_pp"`, `"contribution_share"`, `"share"`,
    /// `"since_base"` or None.
    #[getter]
    fn basis(&self) -> Option<&'static str> {
        self.0.basis.map(|b| b.as_str())
    }
    /// An absolute change as printed, signed by its verb ("rose by 661,000"), or None.
    #[getter]
    fn change(&self) -> Option<PyReported> {
        self.0.change.clone().map(PyReported)
    }
    /// The unit of the change, or None.
    #[getter]
    fn change_unit(&self) -> Option<PyUnit> {
        self.0.change_unit.clone().map(PyUnit)
    }
    /// `"forecast"`, `"target"` or `"revised"` where the text says so, or None.
    #[getter]
    fn modality(&self) -> Option<&'static str> {
        self.0.modality.map(|m| m.as_str())
    }
    /// Where the indicator, period and basis came from: a dict of
    /// `"stated"`, `"inherited"` or `"convention"` (None where not read).
    #[getter]
    fn provenance(&self) -> std::collections::BTreeMap<&'static str, Option<&'static str>> {
        let p = self.0.provenance;
        [
            ("indicator", p.indicator),
            ("period", p.period),
            ("basis", p.basis),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.map(|s| s.as_str())))
        .collect()
    }
    /// Whether the text gives the figure as approximate (5%左右, "about 3%").
    #[getter]
    fn approximate(&self) -> bool {
        self.0.approximate
    }
    /// Whether it is a target ("build 100 smart factories by 2022").
    #[getter]
    fn target(&self) -> bool {
        self.0.target
    }
    /// The whole a share or contribution is of, as written, or None.
    #[getter]
    fn relative_to(&self) -> Option<String> {
        self.0.relative_to.clone()
    }
    /// The period a change in points compares with, or None.
    #[getter]
    fn compared_to(&self) -> Option<PyPeriod> {
        self.0.compared_to.map(PyPeriod)
    }
    /// The index of the statement this one is a part of, or None.
    #[getter]
    fn part_of(&self) -> Option<usize> {
        self.0.part_of
    }
    /// `(start, end)` of everything the statement says, in code points.
    #[getter]
    fn span(&self) -> (usize, usize) {
        self.0.span
    }
    /// Every span read: `(kind, start, end)`, kind one of `"indicator"`,
    /// `"scope"`, `"period"`, `"level"`, `"growth"`, `"basis"`.
    #[getter]
    fn parts(&self) -> Vec<(&'static str, usize, usize)> {
        self.0
            .parts
            .iter()
            .map(|p| (p.kind.as_str(), p.start, p.end))
            .collect()
    }
    /// What could not be read (`"indicator"`, `"period"`, `"basis"`).
    #[getter]
    fn missing(&self) -> Vec<String> {
        self.0.missing.clone()
    }
    /// The interval of true rates the printed growth allows, in percent.
    #[getter]
    fn growth_interval(&self) -> Option<PyInterval> {
        self.0.growth_interval().map(PyInterval)
    }

    /// The JSON form shared with Rust and JS.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// A statement from its JSON form.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<PyStatement> {
        Statement::from_json(text).py().map(PyStatement)
    }

    fn __repr__(&self) -> String {
        let s = &self.0;
        let mut out = vec![format!("{:?}", s.indicator.as_deref().unwrap_or("?"))];
        if let Some(p) = &s.period {
            out.push(p.to_string());
        }
        if let (Some(l), Some(u)) = (&s.level, &s.unit) {
            out.push(format!("{l} {u}"));
        }
        if let Some(g) = &s.growth {
            let points = matches!(s.basis, Some(Basis::PpChange | Basis::ContributionPp));
            let sign = if points { " pp" } else { "%" };
            out.push(format!("{g}{sign} {}", s.basis.map_or("?", |b| b.as_str())));
        }
        if !s.missing.is_empty() {
            out.push(format!("missing {}", s.missing.join(", ")));
        }
        format!("Statement({})", out.join(", "))
    }
}

/// One finding of `check`: which statements, what the other figures allow,
/// and whether the printed figure lies inside.
#[pyclass(name = "Finding", module = "growthkit", frozen)]
pub struct PyFinding(pub Finding);

#[pymethods]
impl PyFinding {
    /// What was checked (`"implied_base"`, `"parts_sum"`, `"share"`, …).
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.as_str()
    }
    /// Indexes into the list of statements, the checked one first.
    #[getter]
    fn statements(&self) -> Vec<usize> {
        self.0.statements.clone()
    }
    /// False only when no true values within every figure's rounding agree.
    #[getter]
    fn consistent(&self) -> bool {
        self.0.consistent
    }
    /// The interval the other figures allow, or None.
    #[getter]
    fn allowed(&self) -> Option<PyInterval> {
        self.0.allowed.map(PyInterval)
    }
    /// The interval of the checked figure as printed, or None.
    #[getter]
    fn printed(&self) -> Option<PyInterval> {
        self.0.printed.map(PyInterval)
    }
    /// One line saying what was found, in the language of the text checked
    /// (Chinese for a Chinese statement).
    #[getter]
    fn message(&self) -> String {
        self.0.message.clone()
    }
    /// The same in English, whatever the text's language.
    #[getter]
    fn message_en(&self) -> String {
        self.0.message_en.clone()
    }

    fn __repr__(&self) -> String {
        format!(
            "Finding({}, {}, {:?})",
            self.0.kind.as_str(),
            if self.0.consistent {
                "consistent"
            } else {
                "INCONSISTENT"
            },
            self.0.message
        )
    }
}

/// The statements of `text` (see `growthkit.extract`).
#[pyfunction]
#[pyo3(signature = (text, reference_date = None, lang = None))]
pub fn _extract(
    text: &str,
    reference_date: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
) -> PyResult<Vec<PyStatement>> {
    let date = reference_date.map(convert::date).transpose()?;
    let lang = lang.map(Lang::parse).transpose().py()?.unwrap_or_default();
    Ok(claims::extract(text, date, lang)
        .py()?
        .into_iter()
        .map(PyStatement)
        .collect())
}

/// The findings over `statements`, and against `data` (a `Series` or a
/// `Dataset`) when given (see `growthkit.check`).
#[pyfunction]
#[pyo3(signature = (statements, data = None))]
pub fn _check(
    statements: Vec<Bound<'_, PyStatement>>,
    data: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyFinding>> {
    let st: Vec<Statement> = statements.iter().map(|s| s.get().0.clone()).collect();
    let mut out = claims::check(&st).py()?;
    if let Some(d) = data {
        if let Ok(s) = d.cast::<PySeries>() {
            out.extend(claims::check_against(&st, &s.get().0).py()?);
        } else if let Ok(ds) = d.cast::<PyDataset>() {
            out.extend(claims::check_against_dataset(&st, &ds.get().0).py()?);
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "data must be a growthkit Series or Dataset, not {}",
                convert::type_name(d)
            )));
        }
    }
    Ok(out.into_iter().map(PyFinding).collect())
}

/// Every number in `text`: `(start, end, value, figure, scale)`.
#[pyfunction]
pub fn read_numbers(text: &str) -> Vec<(usize, usize, f64, String, i32)> {
    claims::read_numbers(text)
        .into_iter()
        .map(|n| (n.start, n.end, n.value, n.figure, n.scale))
        .collect()
}

/// Every percentage, points figure and multiple in `text`:
/// `(start, end, value, figure, kind)`, kind `"percent"`, `"points"` or `"multiple"`.
#[pyfunction]
pub fn read_percents(text: &str) -> Vec<(usize, usize, f64, String, &'static str)> {
    claims::read_percents(text)
        .into_iter()
        .map(|p| (p.start, p.end, p.value, p.figure, p.kind.as_str()))
        .collect()
}
