//! The scalar growth functions (rates are fractions).

use crate::errors::OrPyErr;
use pyo3::prelude::*;

/// `current / previous - 1`.
///
/// >>> round(gk.pct_change(122.7, 116.86), 6)
/// 0.049974
/// >>> gk.pct_change(1.0, 0.0)
/// Traceback (most recent call last):
/// growthkit._errors.ArgumentError: previous is `0`; growth needs a base greater than zero
#[pyfunction]
pub fn pct_change(current: f64, previous: f64) -> PyResult<f64> {
    growthkit::pct_change(current, previous).py()
}

/// `current / (1 + growth)`.
///
/// >>> round(gk.implied_previous(122.7, 0.05), 3)
/// 116.857
#[pyfunction]
pub fn implied_previous(current: f64, growth: f64) -> PyResult<f64> {
    growthkit::implied_previous(current, growth).py()
}

/// `value * (1 + growth) ** periods`.
#[pyfunction]
#[pyo3(signature = (value, growth, periods = 1.0))]
pub fn project(value: f64, growth: f64, periods: f64) -> PyResult<f64> {
    growthkit::project(value, growth, periods).py()
}

/// `(last / first) ** (1 / years) - 1`.
///
/// >>> round(gk.cagr(100.0, 121.0, 2.0), 12)
/// 0.1
#[pyfunction]
pub fn cagr(first: f64, last: f64, years: f64) -> PyResult<f64> {
    growthkit::cagr(first, last, years).py()
}

/// `(1 + rate) ** periods_per_year - 1`.
#[pyfunction]
pub fn annualize(rate: f64, periods_per_year: f64) -> PyResult<f64> {
    growthkit::annualize(rate, periods_per_year).py()
}

/// `(1 + rate) ** (1 / periods_per_year) - 1`.
#[pyfunction]
pub fn deannualize(rate: f64, periods_per_year: f64) -> PyResult<f64> {
    growthkit::deannualize(rate, periods_per_year).py()
}

/// `sqrt((1 + g1) * (1 + g2)) - 1` (NBS 两年平均增长).
///
/// >>> round(gk.two_year_average(0.183, 0.0), 4)  # NBS: sqrt(1.183 * 1.0) - 1
/// 0.0877
#[pyfunction]
pub fn two_year_average(g1: f64, g2: f64) -> PyResult<f64> {
    growthkit::two_year_average(g1, g2).py()
}

/// `ln(current / previous)`.
#[pyfunction]
pub fn log_change(current: f64, previous: f64) -> PyResult<f64> {
    growthkit::log_change(current, previous).py()
}

/// `current_rate - previous_rate`, in the rates' own units.
#[pyfunction]
pub fn pp_change(current_rate: f64, previous_rate: f64) -> PyResult<f64> {
    growthkit::pp_change(current_rate, previous_rate).py()
}

/// `(component_now - component_before) / total_before` (拉动).
#[pyfunction]
pub fn contribution(component_now: f64, component_before: f64, total_before: f64) -> PyResult<f64> {
    growthkit::contribution(component_now, component_before, total_before).py()
}

/// `(component_now - component_before) / (total_now - total_before)` (贡献率).
#[pyfunction]
pub fn contribution_share(
    component_now: f64,
    component_before: f64,
    total_now: f64,
    total_before: f64,
) -> PyResult<f64> {
    growthkit::contribution_share(component_now, component_before, total_now, total_before).py()
}

/// `(target / current) ** (1 / periods) - 1`.
#[pyfunction]
pub fn required_growth(current: f64, target: f64, periods: f64) -> PyResult<f64> {
    growthkit::required_growth(current, target, periods).py()
}
