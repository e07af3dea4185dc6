//! `growthkit.extract`, `growthkit.check` and their `Statement` and
//! `Finding` (the notebook view of a list of statements is in
//! `growthkit/_claims.py`).

use crate::convert;
use crate::dataset::PyDataset;
use crate::errors::OrPyErr;
use crate::series::PySeries;
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
