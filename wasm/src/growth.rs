//! The scalar growth functions (rates are fractions).

use crate::errors::OrJsErr;
use wasm_bindgen::prelude::*;

/// `current / previous - 1`.
///
/// ```ts
/// const g: number = pctChange(122.7, 116.86); // 0.04997…
/// ```
#[wasm_bindgen(js_name = pctChange)]
pub fn pct_change(current: f64, previous: f64) -> Result<f64, JsValue> {
    growthkit::pct_change(current, previous).js()
}

/// `current / (1 + growth)`.
///
/// ```ts
/// const base = impliedPrevious(122.7, 0.05); // 116.857…
/// ```
#[wasm_bindgen(js_name = impliedPrevious)]
pub fn implied_previous(current: f64, growth: f64) -> Result<f64, JsValue> {
    growthkit::implied_previous(current, growth).js()
}

/// `value * (1 + growth) ** periods` (periods default 1).
#[wasm_bindgen]
pub fn project(
    value: f64,
    growth: f64,
    #[wasm_bindgen(unchecked_optional_param_type = "number")] periods: Option<f64>,
) -> Result<f64, JsValue> {
    growthkit::project(value, growth, periods.unwrap_or(1.0)).js()
}

/// `(last / first) ** (1 / years) - 1`.
#[wasm_bindgen]
pub fn cagr(first: f64, last: f64, years: f64) -> Result<f64, JsValue> {
    growthkit::cagr(first, last, years).js()
}

/// `(1 + rate) ** periodsPerYear - 1`.
#[wasm_bindgen]
pub fn annualize(
    rate: f64,
    #[wasm_bindgen(js_name = periodsPerYear)] periods_per_year: f64,
) -> Result<f64, JsValue> {
    growthkit::annualize(rate, periods_per_year).js()
}

/// `(1 + rate) ** (1 / periodsPerYear) - 1`.
#[wasm_bindgen]
pub fn deannualize(
    rate: f64,
    #[wasm_bindgen(js_name = periodsPerYear)] periods_per_year: f64,
) -> Result<f64, JsValue> {
    growthkit::deannualize(rate, periods_per_year).js()
}

/// `sqrt((1 + g1) * (1 + g2)) - 1` (NBS 两年平均增长).
///
/// ```ts
/// const avg = twoYearAverage(0.183, 0.0); // 0.0877…: sqrt(1.183 * 1.0) - 1
/// ```
#[wasm_bindgen(js_name = twoYearAverage)]
pub fn two_year_average(g1: f64, g2: f64) -> Result<f64, JsValue> {
    growthkit::two_year_average(g1, g2).js()
}

/// `ln(current / previous)`.
#[wasm_bindgen(js_name = logChange)]
pub fn log_change(current: f64, previous: f64) -> Result<f64, JsValue> {
    growthkit::log_change(current, previous).js()
}

/// `currentRate - previousRate`, in the rates' own units.
#[wasm_bindgen(js_name = ppChange)]
pub fn pp_change(
    #[wasm_bindgen(js_name = currentRate)] current_rate: f64,
    #[wasm_bindgen(js_name = previousRate)] previous_rate: f64,
) -> Result<f64, JsValue> {
    growthkit::pp_change(current_rate, previous_rate).js()
}

/// `(componentNow - componentBefore) / totalBefore` (拉动).
#[wasm_bindgen]
pub fn contribution(
    #[wasm_bindgen(js_name = componentNow)] component_now: f64,
    #[wasm_bindgen(js_name = componentBefore)] component_before: f64,
    #[wasm_bindgen(js_name = totalBefore)] total_before: f64,
) -> Result<f64, JsValue> {
    growthkit::contribution(component_now, component_before, total_before).js()
}

/// `(componentNow - componentBefore) / (totalNow - totalBefore)` (贡献率).
#[wasm_bindgen(js_name = contributionShare)]
pub fn contribution_share(
    #[wasm_bindgen(js_name = componentNow)] component_now: f64,
    #[wasm_bindgen(js_name = componentBefore)] component_before: f64,
    #[wasm_bindgen(js_name = totalNow)] total_now: f64,
    #[wasm_bindgen(js_name = totalBefore)] total_before: f64,
) -> Result<f64, JsValue> {
    growthkit::contribution_share(component_now, component_before, total_now, total_before).js()
}

/// `(target / current) ** (1 / periods) - 1`.
#[wasm_bindgen(js_name = requiredGrowth)]
pub fn required_growth(current: f64, target: f64, periods: f64) -> Result<f64, JsValue> {
    growthkit::required_growth(current, target, periods).js()
}
