//! The array kernels over typed arrays. Inputs are copied into wasm memory
//! once (a JS typed array cannot be read in place by wasm), the kernel runs
//! over the copy, and the result is copied out to a new `Float64Array`, or
//! into `out` when given.

use crate::convert;
use crate::convert::whole;
use crate::errors::{OrJsErr, invalid_argument};
use growthkit::kernels;
use js_sys::{Array, BigInt64Array, Float64Array, Int32Array};
use wasm_bindgen::prelude::*;

/// The result into `out` (checked: a `Float64Array` of the input's length) or a new array.
fn finish(result: Vec<f64>, out: Option<Float64Array>) -> Result<Float64Array, JsValue> {
    match out {
        Some(o) => {
            kernels::check_out(result.len(), o.length() as usize).js()?;
            o.copy_from(&result);
            Ok(o)
        }
        None => Ok(Float64Array::from(&result[..])),
    }
}

/// Integers from an `Int32Array`, a `BigInt64Array` or a `Float64Array` of whole numbers.
pub(crate) fn integers(v: &JsValue, what: &str) -> Result<Vec<i64>, JsValue> {
    if let Some(a) = v.dyn_ref::<Int32Array>() {
        return Ok(a.to_vec().into_iter().map(i64::from).collect());
    }
    if let Some(a) = v.dyn_ref::<BigInt64Array>() {
        return Ok(a.to_vec());
    }
    // Any other typed array, or a plain array of numbers: whole numbers only.
    if let Some(x) = convert::typed_numbers(v) {
        return x.into_iter().map(|x| whole(x, what)).collect();
    }
    if v.is_array() {
        return convert::floats(v)?
            .into_iter()
            .map(|x| whole(x, what))
            .collect();
    }
    Err(invalid_argument(format!(
        "{what} must be a typed array or an array of whole numbers, got {}",
        convert::describe(v)
    )))
}

/// Group ids: texts from an array, integers from a typed array.
enum Ids {
    Text(Vec<String>),
    Int(Vec<i64>),
}

impl Ids {
    /// Every element a string: text ids; otherwise integers (an element
    /// that is neither is `invalid_argument`). Not judged from the first one.
    fn read(ids: &JsValue) -> Result<Ids, JsValue> {
        match convert::text_list(ids) {
            Some(texts) => Ok(Ids::Text(texts)),
            None => Ok(Ids::Int(integers(ids, "ids")?)),
        }
    }
}

/// `values[i] / values[i - lag] - 1`; NaN for the first `lag` and where the base is not positive.
///
/// ```ts
/// const g = lagGrowth(new Float64Array([100, 110, 121]), 1); // [NaN, 0.1, 0.1]
/// ```
#[wasm_bindgen(js_name = lagGrowth)]
pub fn lag_growth(
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | BigInt64Array | (number | null)[]"
    )]
    values: &JsValue,
    lag: f64,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let lag = whole(lag, "lag")?;
    let v = convert::floats(values)?;
    let mut result = vec![0.0; v.len()];
    kernels::lag_growth_into(&v, lag, &mut result).js()?;
    finish(result, out)
}

/// Growth against the row of the same id whose ordinal is `lag` smaller, matched by value.
#[wasm_bindgen(js_name = groupedGrowth)]
pub fn grouped_growth(
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array | string[]")]
    ids: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array")]
    ordinals: &JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | BigInt64Array | (number | null)[]"
    )]
    values: &JsValue,
    lag: f64,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let (ords, v, lag) = (
        integers(ordinals, "ordinals")?,
        convert::floats(values)?,
        whole(lag, "lag")?,
    );
    let mut result = vec![0.0; v.len()];
    match Ids::read(ids)? {
        Ids::Text(k) => kernels::grouped_growth_into(&k, &ords, &v, lag, &mut result),
        Ids::Int(k) => kernels::grouped_growth_into(&k, &ords, &v, lag, &mut result),
    }
    .js()?;
    finish(result, out)
}

/// Single-period flows from year-to-date totals within groups: the first
/// period of a year keeps its total, each later one is its total minus the
/// previous period's (NaN where missing). `ordinals` count `frequency`
/// periods ("monthly", "quarterly", "semiannual") as `Period.ordinal` does.
#[wasm_bindgen(js_name = decumulateYtd)]
pub fn decumulate_ytd(
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array | string[]")]
    ids: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array")]
    ordinals: &JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | BigInt64Array | (number | null)[]"
    )]
    values: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let (ords, v, f) = (
        integers(ordinals, "ordinals")?,
        convert::floats(values)?,
        convert::frequency(frequency)?,
    );
    let mut result = vec![0.0; v.len()];
    match Ids::read(ids)? {
        Ids::Text(k) => kernels::decumulate_ytd_into(&k, &ords, &v, f, &mut result),
        Ids::Int(k) => kernels::decumulate_ytd_into(&k, &ords, &v, f, &mut result),
    }
    .js()?;
    finish(result, out)
}

/// The frequencies and ordinals of many period texts: `{frequencies, ordinals}`,
/// the ordinals as an `Int32Array` (every ordinal of years 1-9999 fits).
/// Elements are read as `String(element)` writes them (a `Period` gives its
/// canonical text).
#[wasm_bindgen(js_name = parsePeriods, unchecked_return_type = "{ frequencies: FrequencyName[]; ordinals: Int32Array }")]
pub fn parse_periods(
    #[wasm_bindgen(unchecked_param_type = "string[]")] texts: &JsValue,
) -> Result<JsValue, JsValue> {
    let arr = texts.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!(
            "expected an array of period texts, got {}",
            convert::describe(texts)
        ))
    })?;
    // One crossing instead of a million: join the texts in JS, split in Rust.
    // An element holding a newline makes the counts differ, and then each
    // element is read on its own.
    let joined: String = arr.join("\n").into();
    let lines: Vec<&str> = if arr.length() == 0 {
        Vec::new()
    } else {
        joined.split('\n').collect()
    };
    let parsed = if lines.len() == arr.length() as usize {
        kernels::parse_periods(&lines).js()?
    } else {
        let owned: Vec<String> = arr
            .iter()
            .map(|t| convert::text(&t, "period texts"))
            .collect::<Result<_, _>>()?;
        kernels::parse_periods(&owned).js()?
    };
    // The names travel as one text that JS splits: a million separate
    // strings would cost a million crossings.
    let freqs: Array = if parsed.frequencies.is_empty() {
        Array::new()
    } else {
        let names: Vec<String> = parsed.frequencies.iter().map(|f| f.to_string()).collect();
        js_sys::JsString::from(names.join("\n")).split("\n")
    };
    // Ordinals of years 1..=9999 lie within ±3 million: they fit an i32.
    let ords: Vec<i32> = parsed.ordinals.iter().map(|&o| o as i32).collect();
    let obj = js_sys::Object::new();
    js_sys::Reflect::set(&obj, &JsValue::from_str("frequencies"), &freqs)?;
    js_sys::Reflect::set(
        &obj,
        &JsValue::from_str("ordinals"),
        &Int32Array::from(&ords[..]),
    )?;
    Ok(obj.into())
}

/// Year-on-year growth (or the change, with `diff`) within groups, matched
/// by the calendar as `Series.yoy` matches it; rows in any order.
///
/// ```ts
/// const ords = new BigInt64Array([BigInt(Period.parse("2019-Q3").ordinal!), BigInt(Period.parse("2020-Q3").ordinal!)]);
/// const g = groupedYoy(new Int32Array([1, 1]), ords, new Float64Array([100, 105]), "quarterly"); // [NaN, 0.05]
/// ```
#[wasm_bindgen(js_name = groupedYoy)]
#[allow(clippy::too_many_arguments)]
pub fn grouped_yoy(
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array | string[]")]
    ids: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | Float64Array")]
    ordinals: &JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | BigInt64Array | (number | null)[]"
    )]
    values: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "boolean")] diff: Option<bool>,
    #[wasm_bindgen(unchecked_optional_param_type = "BasePolicy")] base: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "Float64Array")] out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let (ords, v, f) = (
        integers(ordinals, "ordinals")?,
        convert::floats(values)?,
        convert::frequency(frequency)?,
    );
    let op = if diff.unwrap_or(false) {
        kernels::Against::Diff
    } else {
        kernels::Against::Growth(
            base.as_deref()
                .map(convert::base)
                .transpose()?
                .unwrap_or_default(),
        )
    };
    let mut result = vec![0.0; v.len()];
    match Ids::read(ids)? {
        Ids::Text(k) => kernels::grouped_yoy_into(&k, &ords, &v, f, op, &mut result),
        Ids::Int(k) => kernels::grouped_yoy_into(&k, &ords, &v, f, op, &mut result),
    }
    .js()?;
    finish(result, out)
}

/// `(last / first)^(1 / years) - 1` row by row, NaN where either value is
/// not positive: `cagr` over columns.
///
/// ```ts
/// const g = cagrKernel(new Float64Array([100, 100]), new Float64Array([121, 0]), 2); // [0.1, NaN]
/// ```
#[wasm_bindgen(js_name = cagrKernel)]
pub fn cagr_kernel(
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | (number | null)[]"
    )]
    first: &JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | (number | null)[]"
    )]
    last: &JsValue,
    years: f64,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let (a, b) = (convert::floats(first)?, convert::floats(last)?);
    let mut result = vec![0.0; a.len()];
    kernels::cagr_into(&a, &b, years, &mut result).js()?;
    finish(result, out)
}

/// `(1 + rate)^periodsPerYear - 1` row by row, NaN where `1 + rate` is not
/// positive: `annualize` over a column.
///
/// ```ts
/// const a = annualizedKernel(new Float64Array([0.01]), 4); // [0.04060401]
/// ```
#[wasm_bindgen(js_name = annualizedKernel)]
pub fn annualized_kernel(
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | (number | null)[]"
    )]
    rates: &JsValue,
    periods_per_year: f64,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let r = convert::floats(rates)?;
    let mut result = vec![0.0; r.len()];
    kernels::annualized_into(&r, periods_per_year, &mut result).js()?;
    finish(result, out)
}

/// `sqrt((1 + g1)(1 + g2)) - 1` row by row, NaN where a factor is not
/// positive: `twoYearAverage` over columns.
///
/// ```ts
/// const a = twoYearAverageKernel(new Float64Array([0.21]), new Float64Array([0])); // [0.1]
/// ```
#[wasm_bindgen(js_name = twoYearAverageKernel)]
pub fn two_year_average_kernel(
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | (number | null)[]"
    )]
    g1: &JsValue,
    #[wasm_bindgen(
        unchecked_param_type = "Float64Array | Float32Array | Int32Array | (number | null)[]"
    )]
    g2: &JsValue,
    out: Option<Float64Array>,
) -> Result<Float64Array, JsValue> {
    let (a, b) = (convert::floats(g1)?, convert::floats(g2)?);
    let mut result = vec![0.0; a.len()];
    kernels::two_year_average_into(&a, &b, &mut result).js()?;
    finish(result, out)
}
