//! `x11`, `seasonalAdjust` and `datasetX11`, which the package's entry
//! binds as `Series.x11`, `Series.seasonalAdjust` and `Dataset.x11`, and
//! their `Decomposition` (whose getters are generated from
//! api/decomposition.toml). The options object carries X-13's names, read
//! by the core's `X11Spec::from_names` and `AdjustSpec::from_names`.

use crate::convert;
use crate::errors::{OrJsErr, invalid_argument};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

/// X-11's decomposition of a series: `seasonal` (X-13's table D10),
/// `adjusted` (D11), `trend` (D12), `irregular` (D13), the extreme-value
/// `weights` (C17) and the filters chosen.
#[wasm_bindgen]
pub struct Decomposition {
    pub(crate) inner: growthkit::seasonal::Decomposition,
}

/// A field of the options object, `None` when absent, null or undefined.
fn field(options: &JsValue, name: &str) -> Option<JsValue> {
    if !options.is_object() {
        return None;
    }
    let v = Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// The options' `component`, `"adjusted"` when absent.
fn component(options: &JsValue) -> Result<String, JsValue> {
    field(options, "component").map_or(Ok("adjusted".into()), |v| convert::text(&v, "component"))
}

/// The spec of `{ mode, seasonalFilter, trendFilter, sigmaLimits }`.
fn spec(options: &JsValue) -> Result<growthkit::seasonal::X11Spec, JsValue> {
    let text = |name: &str, default: &str| match field(options, name) {
        Some(v) => convert::text(&v, name),
        None => Ok(default.to_string()),
    };
    let (mode, filter) = (text("mode", "mult")?, text("seasonalFilter", "msr")?);
    let trend = match field(options, "trendFilter") {
        Some(v) => Some(convert::whole::<i64>(
            v.as_f64().unwrap_or(f64::NAN),
            "trendFilter",
        )?),
        None => None,
    };
    let limits = match field(options, "sigmaLimits") {
        Some(v) => match convert::floats(&v)?.as_slice() {
            [lo, hi] => (*lo, *hi),
            _ => {
                return Err(invalid_argument(
                    "sigmaLimits is a pair [lower, upper]".into(),
                ));
            }
        },
        None => (1.5, 2.5),
    };
    growthkit::seasonal::X11Spec::from_names(&mode, &filter, trend, limits).js()
}

fn dataset_of(v: &JsValue) -> Result<growthkit::Dataset, JsValue> {
    growthkit::Dataset::from_json(&convert::object_json(v, "expected a Dataset")?).js()
}

fn series_of(v: &JsValue) -> Result<growthkit::Series, JsValue> {
    growthkit::Series::from_json(&convert::object_json(v, "expected a Series")?).js()
}

/// Seasonal adjustment by X-11, identical to X-13ARIMA-SEATS' `x11{}`
/// (tables D10 to D13) on a monthly or quarterly series of at least
/// three years with no missing value: `series.x11(options)`. Options, all
/// optional: `mode` (`"mult"`), `seasonalFilter` (`"msr"`), `trendFilter`
/// (automatic), `sigmaLimits` (`[1.5, 2.5]`).
///
/// ```ts
/// const months = Array.from({ length: 48 }, (_, i) => Period.parse("2020-01").shift(i));
/// const sales = new Series(months, months.map((_, i) => 100 + i + 8 * Math.sin((i * Math.PI) / 6)));
/// const d = await sales.x11({ mode: "mult", seasonalFilter: "s3x5" });
/// const qoq = d.adjusted.pctChange(); // growth on the previous month, adjusted
/// ```
#[wasm_bindgen]
pub fn x11(
    #[wasm_bindgen(unchecked_param_type = "Series")] series: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ mode?: \"mult\" | \"add\" | \"pseudoadd\" | \"logadd\"; seasonalFilter?: string; trendFilter?: number; sigmaLimits?: [number, number] }"
    )]
    options: Option<JsValue>,
) -> Result<Decomposition, JsValue> {
    let spec = spec(&options.unwrap_or(JsValue::UNDEFINED))?;
    series_of(series)?
        .x11(&spec)
        .js()
        .map(|inner| Decomposition { inner })
}

/// The coefficients as `{ name, value, stdError }` objects.
pub(crate) fn coefficients(c: &[growthkit::seasonal::Coefficient]) -> js_sys::Array {
    c.iter()
        .map(|c| {
            let o = js_sys::Object::new();
            let set = |k: &str, v: JsValue| Reflect::set(&o, &JsValue::from_str(k), &v).map(|_| ());
            let _ = set("name", JsValue::from_str(&c.name))
                .and(set("value", JsValue::from_f64(c.value)))
                .and(set("stdError", JsValue::from_f64(c.std_error)));
            JsValue::from(o)
        })
        .collect()
}

/// The spec of `seasonalAdjust`'s options.
fn adjust_spec(o: &JsValue) -> Result<growthkit::seasonal::AdjustSpec, JsValue> {
    let x = spec(o)?;
    let text = |name: &str, default: &str| match field(o, name) {
        Some(v) => convert::text(&v, name),
        None => Ok(default.to_string()),
    };
    let (transform, arima) = (text("transform", "log")?, text("arima", "(0 1 1)(0 1 1)")?);
    let forecast = match field(o, "forecast") {
        Some(v) => convert::whole::<i64>(v.as_f64().unwrap_or(f64::NAN), "forecast")?,
        None => 12,
    };
    let mode = field(o, "mode")
        .map(|v| convert::text(&v, "mode"))
        .transpose()?;
    let filter = x.seasonal_filter.name();
    let trend = x.trend_filter.map(|t| t as i64);
    let spec = growthkit::seasonal::AdjustSpec::from_names(
        &transform,
        &arima,
        forecast,
        mode.as_deref(),
        filter,
        trend,
        x.sigma_limits,
    )
    .js()?;
    let types = match field(o, "outliers") {
        Some(v) => convert::text_list(&v).ok_or_else(|| {
            invalid_argument(format!(
                "outliers is an array of types (\"ao\", \"ls\"), not {}",
                convert::describe(&v)
            ))
        })?,
        None => Vec::new(),
    };
    let critical = field(o, "critical").map(|v| v.as_f64().unwrap_or(f64::NAN));
    let types: Vec<&str> = types.iter().map(String::as_str).collect();
    spec.with_regressors(regressors(o)?)
        .with_outliers(&types, critical)
        .js()
}

/// A user regressor from a `Series` object, read through its `periods`,
/// `values` and `indicator` (never moved or consumed).
fn user_series(r: &JsValue, what: &str) -> Result<growthkit::seasonal::Regressor, JsValue> {
    let get = |k: &str| Reflect::get(r, &JsValue::from_str(k));
    let periods = r.is_object().then(|| get("periods")).transpose()?;
    let Some(periods) = periods.filter(|p| !p.is_undefined()) else {
        return Err(invalid_argument(format!(
            "{what}, not {}",
            convert::describe(r)
        )));
    };
    let periods = convert::periods(&periods)?;
    let values = convert::floats(&get("values")?)?;
    let mut s = growthkit::Series::new(periods, values).js()?;
    let ind = get("indicator")?;
    if !ind.is_undefined() && !ind.is_null() {
        s = s.with_indicator(convert::indicator(&ind)?);
    }
    Ok(growthkit::seasonal::Regressor::User(s))
}

/// The options' `regressors`: names the core parses, or Series.
fn regressors(o: &JsValue) -> Result<Vec<growthkit::seasonal::Regressor>, JsValue> {
    let Some(v) = field(o, "regressors") else {
        return Ok(Vec::new());
    };
    let what = "regressors must be an array of names (\"td\", \"easter[8]\") and Series";
    let list = v
        .dyn_ref::<js_sys::Array>()
        .ok_or_else(|| invalid_argument(format!("{what}, not {}", convert::describe(&v))))?;
    list.iter()
        .map(|r| match r.as_string() {
            Some(name) => growthkit::seasonal::Regressor::parse(&name).js(),
            None => user_series(&r, what),
        })
        .collect()
}

/// Seasonal adjustment as X-13ARIMA-SEATS runs `arima{}`, `forecast{}`
/// and `x11{}`: `series.seasonalAdjust(options)`. The seasonal ARIMA model
/// (exact maximum likelihood) extends the series by `forecast` periods
/// (12), then X-11 adjusts it. Options, all optional: `transform` (`"log"`,
/// `"none"` or `"auto"`), `arima` (`"(0 1 1)(0 1 1)"`), `forecast`,
/// `regressors` (names such as `"td"`, `"easter[8]"`,
/// `"spring_festival[7,7]"`, `"working_days_cn"`, `"ao2020.apr"`, or
/// Series covering the forecasts too), `outliers` (types to identify
/// automatically, `["ao", "ls"]`) at `critical` (X-13's default for the
/// series' length), and those of `x11` (`mode` is `"mult"` under `log`,
/// `"add"` without).
#[wasm_bindgen(js_name = seasonalAdjust)]
pub fn seasonal_adjust(
    #[wasm_bindgen(unchecked_param_type = "Series")] series: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ transform?: \"log\" | \"none\" | \"auto\"; arima?: string; forecast?: number; regressors?: (string | Series)[]; outliers?: (\"ao\" | \"ls\")[]; critical?: number; mode?: \"mult\" | \"add\" | \"pseudoadd\" | \"logadd\"; seasonalFilter?: string; trendFilter?: number; sigmaLimits?: [number, number] }"
    )]
    options: Option<JsValue>,
) -> Result<Decomposition, JsValue> {
    let spec = adjust_spec(&options.unwrap_or(JsValue::UNDEFINED))?;
    series_of(series)?
        .seasonal_adjust(&spec)
        .js()
        .map(|inner| Decomposition { inner })
}

/// Every series of a dataset adjusted by X-11: `dataset.x11(options)`, the
/// dataset of each series' `component` (`"adjusted"`, `"trend"`,
/// `"seasonal"`, `"irregular"`), with the options of `Series.x11`; a
/// series X-11 refuses is left out and named in `notes`.
#[wasm_bindgen(js_name = datasetX11, unchecked_return_type = "Dataset")]
pub fn dataset_x11(
    #[wasm_bindgen(unchecked_param_type = "Dataset")] dataset: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ component?: \"adjusted\" | \"trend\" | \"seasonal\" | \"irregular\"; mode?: \"mult\" | \"add\" | \"pseudoadd\" | \"logadd\"; seasonalFilter?: string; trendFilter?: number; sigmaLimits?: [number, number] }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let spec = spec(&options)?;
    dataset_of(dataset)?
        .x11(&spec, &component(&options)?)
        .js()
        .map(|d| d.to_json())
}

/// Every series of a dataset adjusted as `Series.seasonalAdjust` does:
/// `dataset.seasonalAdjust(options)`, the dataset of each series'
/// `component`, with the options of `Series.seasonalAdjust`; a series
/// refused is left out and named in `notes`.
#[wasm_bindgen(js_name = datasetSeasonalAdjust, unchecked_return_type = "Dataset")]
pub fn dataset_seasonal_adjust(
    #[wasm_bindgen(unchecked_param_type = "Dataset")] dataset: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ component?: \"adjusted\" | \"trend\" | \"seasonal\" | \"irregular\"; transform?: \"log\" | \"none\" | \"auto\"; arima?: string; forecast?: number; regressors?: (string | Series)[]; outliers?: (\"ao\" | \"ls\")[]; critical?: number; mode?: \"mult\" | \"add\" | \"pseudoadd\" | \"logadd\"; seasonalFilter?: string; trendFilter?: number; sigmaLimits?: [number, number] }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let spec = adjust_spec(&options)?;
    dataset_of(dataset)?
        .seasonal_adjust(&spec, &component(&options)?)
        .js()
        .map(|d| d.to_json())
}
