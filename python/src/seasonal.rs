//! `Series.x11` and its `Decomposition` (whose properties are generated
//! from api/decomposition.toml). The options are X-13's names, read by the
//! core's `X11Spec::from_names`.

use crate::dataset::PyDataset;
use crate::errors::OrPyErr;
use crate::series::PySeries;
use pyo3::prelude::*;

/// X-11's decomposition of a series: `seasonal` (X-13's table D10),
/// `adjusted` (D11), `trend` (D12), `irregular` (D13), the extreme-value
/// `weights` (C17) and the filters chosen.
#[pyclass(name = "Decomposition", module = "growthkit", frozen)]
pub struct PyDecomposition(pub growthkit::seasonal::Decomposition);

#[pymethods]
impl PySeries {
    /// Seasonal adjustment by X-11, identical to X-13ARIMA-SEATS' `x11{}`
    /// (tables D10 to D13) on a monthly or quarterly series of at least
    /// three years with no missing value. Runs without the GIL.
    #[pyo3(signature = (mode = "mult", seasonal_filter = "msr", trend_filter = None, sigma_limits = (1.5, 2.5)))]
    fn x11(
        &self,
        py: Python<'_>,
        mode: &str,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> PyResult<PyDecomposition> {
        let spec = growthkit::seasonal::X11Spec::from_names(
            mode,
            seasonal_filter,
            trend_filter,
            sigma_limits,
        )
        .py()?;
        py.detach(|| self.0.x11(&spec)).py().map(PyDecomposition)
    }

    /// Seasonal adjustment as X-13ARIMA-SEATS runs `arima{}`, `forecast{}`
    /// and `x11{}`: the seasonal ARIMA model (exact maximum likelihood)
    /// extends the series by `forecast` periods, then X-11 adjusts it.
    /// `regressors`: names (`"td"`, `"easter[8]"` …) or Series;
    /// `outliers`: the types to identify (`["ao", "ls"]`), at `critical`.
    #[pyo3(signature = (transform = "log", arima = "(0 1 1)(0 1 1)", forecast = 12, regressors = None, outliers = None, critical = None, mode = None, seasonal_filter = "msr", trend_filter = None, sigma_limits = (1.5, 2.5)))]
    #[allow(clippy::too_many_arguments)]
    fn seasonal_adjust(
        &self,
        py: Python<'_>,
        transform: &str,
        arima: &str,
        forecast: i64,
        regressors: Option<Vec<Bound<'_, PyAny>>>,
        outliers: Option<Vec<String>>,
        critical: Option<f64>,
        mode: Option<&str>,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> PyResult<PyDecomposition> {
        let spec = adjust_spec(
            (transform, arima, forecast),
            (regressors, outliers, critical),
            (mode, seasonal_filter, trend_filter, sigma_limits),
        )?;
        py.detach(|| self.0.seasonal_adjust(&spec))
            .py()
            .map(PyDecomposition)
    }
}

/// The core's spec of `seasonal_adjust`'s arguments: the model, the
/// regressors and outliers, and the X-11 options.
type X11Args<'a> = (Option<&'a str>, &'a str, Option<i64>, (f64, f64));
type RegressionArgs<'py> = (
    Option<Vec<Bound<'py, PyAny>>>,
    Option<Vec<String>>,
    Option<f64>,
);
fn adjust_spec(
    (transform, arima, forecast): (&str, &str, i64),
    (regressors, outliers, critical): RegressionArgs<'_>,
    (mode, seasonal_filter, trend_filter, sigma_limits): X11Args<'_>,
) -> PyResult<growthkit::seasonal::AdjustSpec> {
    let regressors = regressors
        .unwrap_or_default()
        .iter()
        .map(regressor)
        .collect::<PyResult<Vec<_>>>()?;
    let spec = growthkit::seasonal::AdjustSpec::from_names(
        transform,
        arima,
        forecast,
        mode,
        seasonal_filter,
        trend_filter,
        sigma_limits,
    )
    .py()?
    .with_regressors(regressors);
    let types: Vec<&str> = outliers.iter().flatten().map(String::as_str).collect();
    spec.with_outliers(&types, critical).py()
}

/// A regressor: a Series, or a name the core parses.
fn regressor(r: &Bound<'_, PyAny>) -> PyResult<growthkit::seasonal::Regressor> {
    if let Ok(s) = r.cast::<PySeries>() {
        return Ok(growthkit::seasonal::Regressor::User(s.get().0.clone()));
    }
    let name: String = r.extract().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err("a regressor is a name such as \"td\" or a Series")
    })?;
    growthkit::seasonal::Regressor::parse(&name).py()
}

/// The coefficients as `(name, value, standard error)`.
pub(crate) fn coefficients(c: &[growthkit::seasonal::Coefficient]) -> Vec<(String, f64, f64)> {
    c.iter()
        .map(|c| (c.name.clone(), c.value, c.std_error))
        .collect()
}

#[pymethods]
impl PyDataset {
    /// Every series adjusted by X-11 on every core, without the GIL: the
    /// dataset of each series' `component` (`"adjusted"`, `"trend"`,
    /// `"seasonal"`, `"irregular"`); a series X-11 refuses is left out and
    /// named in `notes`.
    #[pyo3(signature = (component = "adjusted", mode = "mult", seasonal_filter = "msr", trend_filter = None, sigma_limits = (1.5, 2.5)))]
    fn x11(
        &self,
        py: Python<'_>,
        component: &str,
        mode: &str,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> PyResult<PyDataset> {
        let spec = growthkit::seasonal::X11Spec::from_names(
            mode,
            seasonal_filter,
            trend_filter,
            sigma_limits,
        )
        .py()?;
        py.detach(|| self.0.x11(&spec, component))
            .py()
            .map(PyDataset)
    }

    /// Every series adjusted as `Series.seasonal_adjust` does, on every
    /// core, without the GIL: the dataset of each series' `component`; a
    /// series refused is left out and named in `notes`.
    #[pyo3(signature = (component = "adjusted", transform = "log", arima = "(0 1 1)(0 1 1)", forecast = 12, regressors = None, outliers = None, critical = None, mode = None, seasonal_filter = "msr", trend_filter = None, sigma_limits = (1.5, 2.5)))]
    #[allow(clippy::too_many_arguments)]
    fn seasonal_adjust(
        &self,
        py: Python<'_>,
        component: &str,
        transform: &str,
        arima: &str,
        forecast: i64,
        regressors: Option<Vec<Bound<'_, PyAny>>>,
        outliers: Option<Vec<String>>,
        critical: Option<f64>,
        mode: Option<&str>,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> PyResult<PyDataset> {
        let spec = adjust_spec(
            (transform, arima, forecast),
            (regressors, outliers, critical),
            (mode, seasonal_filter, trend_filter, sigma_limits),
        )?;
        py.detach(|| self.0.seasonal_adjust(&spec, component))
            .py()
            .map(PyDataset)
    }
}
