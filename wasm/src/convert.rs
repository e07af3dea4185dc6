//! Conversions between JS values and the core's types. Periods, figures and
//! units may be given as their objects or as text; an object is read
//! through its `toString()`, so JS objects are never moved or consumed.

use crate::errors::{OrJsErr, invalid_argument};
use growthkit::{Base, Date, Frequency, Indicator, Method, Period, Reported};
use js_sys::{Array, Float64Array, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// The text of a string, or of an object's `toString()`.
pub fn text(v: &JsValue, what: &str) -> Result<String, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    if v.is_object() {
        if let Some(s) = js_sys::Object::from(v.clone()).to_string().as_string() {
            return Ok(s);
        }
    }
    Err(invalid_argument(format!(
        "expected {what}, got {}",
        describe(v)
    )))
}

/// A short description of a JS value for messages.
pub fn describe(v: &JsValue) -> String {
    if v.is_undefined() {
        "undefined".into()
    } else if v.is_null() {
        "null".into()
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}

/// A `Period` or a period text.
pub fn period(v: &JsValue) -> Result<Period, JsValue> {
    Period::parse(&text(v, "a Period or a period text such as \"2020-Q3\"")?).js()
}

/// Periods from a JS array of `Period` or text.
pub fn periods(v: &JsValue) -> Result<Vec<Period>, JsValue> {
    let arr = v.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!("expected an array of periods, got {}", describe(v)))
    })?;
    arr.iter().map(|p| period(&p)).collect()
}

/// An ISO date text (`"2020-10-01"`).
pub fn date(v: &JsValue) -> Result<Date, JsValue> {
    let t = text(v, "an iso date text such as \"2020-10-01\"")?;
    t.parse::<Date>()
        .map_err(|_| invalid_argument(format!("`{t}` is not an iso date such as 2020-10-01")))
}

/// A frequency name or SDMX code.
pub fn frequency(t: &str) -> Result<Frequency, JsValue> {
    Frequency::parse(t).js()
}

/// A base policy; `undefined` is the default, `"positive"`.
pub fn base(t: Option<String>) -> Result<Base, JsValue> {
    t.map_or(Ok(Base::Positive), |t| Base::parse(&t).js())
}

/// An aggregation method name.
pub fn method(t: &str) -> Result<Method, JsValue> {
    Method::parse(t).js()
}

/// A `Reported` figure or its text as printed.
pub fn reported(v: &JsValue) -> Result<Reported, JsValue> {
    Reported::parse(&text(v, "a Reported figure or its text such as \"122.7\"")?).js()
}

/// Numbers from a `Float64Array` or an array of numbers, `null` and
/// `undefined` standing for NaN.
pub fn floats(v: &JsValue) -> Result<Vec<f64>, JsValue> {
    if let Some(a) = v.dyn_ref::<Float64Array>() {
        return Ok(a.to_vec());
    }
    let arr = v.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!(
            "expected a Float64Array or an array of numbers, got {}",
            describe(v)
        ))
    })?;
    arr.iter()
        .map(|x| {
            if x.is_null() || x.is_undefined() {
                Ok(f64::NAN)
            } else {
                x.as_f64().ok_or_else(|| {
                    invalid_argument(format!("expected numbers or null, got {}", describe(&x)))
                })
            }
        })
        .collect()
}

/// An indicator from an `Indicator` or its plain JSON object.
pub fn indicator(v: &JsValue) -> Result<Indicator, JsValue> {
    let json = JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid_argument(format!("expected an Indicator, got {}", describe(v))))?;
    Indicator::from_json(&json).js()
}

/// A plain JS value from JSON text made by the core.
pub fn parse_json(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or(JsValue::NULL)
}
