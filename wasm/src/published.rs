//! Published figures: `Reported`, `Interval`, the checks, `Target`, `comparePeriods`.

use crate::convert;
use crate::errors::{OrJsErr, invalid_argument};
use crate::period::Period;
use wasm_bindgen::prelude::*;

/// A published figure as printed, with the interval of true values it stands for.
#[wasm_bindgen]
pub struct Reported {
    pub(crate) inner: growthkit::Reported,
}

#[wasm_bindgen]
impl Reported {
    /// A figure from its value and the decimals it was published with.
    #[wasm_bindgen(constructor)]
    pub fn new(value: f64, decimals: f64) -> Result<Reported, JsValue> {
        growthkit::Reported::new(value, convert::whole(decimals, "decimals")?)
            .js()
            .map(|inner| Reported { inner })
    }
}

/// A closed interval `[lo, hi]` with outward-rounded arithmetic.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Interval {
    pub(crate) inner: growthkit::Interval,
}

pub(crate) fn wrap(inner: growthkit::Interval) -> Interval {
    Interval { inner }
}

/// An `Interval`, or a number as the interval holding just it: the inputs
/// Python's `Interval` takes. The instance is read through its `lo` and `hi`
/// getters (so it is not moved out of JS); other objects are refused.
pub(crate) fn interval(v: &JsValue) -> Result<growthkit::Interval, JsValue> {
    if let Some(x) = v.as_f64() {
        return growthkit::Interval::point(x).js();
    }
    let class = js_sys::Reflect::get(v, &JsValue::from_str("constructor"))
        .ok()
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string());
    if class.as_deref() != Some("Interval") {
        return Err(invalid_argument(format!(
            "expected an Interval or a number, got {}",
            convert::describe(v)
        )));
    }
    let get = |k: &str| {
        js_sys::Reflect::get(v, &JsValue::from_str(k))
            .ok()
            .and_then(|x| x.as_f64())
    };
    match (get("lo"), get("hi")) {
        (Some(lo), Some(hi)) => growthkit::Interval::from_json(&format!(
            r#"{{"lo": {}, "hi": {}}}"#,
            json_bound(lo),
            json_bound(hi)
        ))
        .js(),
        _ => Err(invalid_argument(format!(
            "expected an Interval or a number, got {}",
            convert::describe(v)
        ))),
    }
}

#[wasm_bindgen]
impl Interval {
    /// The interval from `lo` to `hi`, both included.
    #[wasm_bindgen(constructor)]
    pub fn new(lo: f64, hi: f64) -> Result<Interval, JsValue> {
        growthkit::Interval::new(lo, hi).js().map(wrap)
    }

    /// "[lo, hi]", with `digits` decimals if given.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] digits: Option<f64>,
    ) -> Result<String, JsValue> {
        Ok(match digits {
            Some(p) => format!(
                "{:.p$}",
                self.inner,
                p = convert::whole::<usize>(p, "digits")?.min(20)
            ),
            None => self.inner.to_string(),
        })
    }
}

/// What the levels allow a published rate to be.
#[wasm_bindgen]
pub struct RateCheck {
    pub(crate) inner: growthkit::RateCheck,
}

/// Whether rounded parts can add up to a rounded total.
#[wasm_bindgen]
pub struct SumCheck {
    pub(crate) inner: growthkit::SumCheck,
}

/// A growth statement between two periods, headline and per day.
#[wasm_bindgen]
pub struct PeriodComparison {
    pub(crate) inner: growthkit::PeriodComparison,
}

/// A bound in the JSON form: `null` for an infinity.
fn json_bound(x: f64) -> String {
    if x.is_finite() {
        format!("{x:?}")
    } else {
        "null".into()
    }
}

/// A target value by the end of a deadline period, from an optional baseline.
#[wasm_bindgen]
pub struct Target {
    pub(crate) inner: growthkit::Target,
}

#[wasm_bindgen]
impl Target {
    /// `new Target(100, "2022", ["2019", 20])`; the baseline is optional.
    #[wasm_bindgen(constructor)]
    pub fn new(
        value: f64,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] deadline: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "[Period | string, number] | null")]
        baseline: Option<js_sys::Array>,
    ) -> Result<Target, JsValue> {
        let baseline = match baseline {
            Some(b) => {
                let v = b
                    .get(1)
                    .as_f64()
                    .ok_or_else(|| invalid_argument("a baseline is [period, value]".into()))?;
                Some((convert::period(&b.get(0))?, v))
            }
            None => None,
        };
        growthkit::Target::new(value, convert::period(deadline)?, baseline)
            .js()
            .map(|inner| Target { inner })
    }

    /// The baseline `[period, value]`, or `null` when there is none.
    #[wasm_bindgen(getter, unchecked_return_type = "[Period, number] | null")]
    pub fn baseline(&self) -> JsValue {
        match self.inner.baseline() {
            Some((p, v)) => {
                js_sys::Array::of2(&JsValue::from(Period::from(p)), &JsValue::from_f64(v)).into()
            }
            None => JsValue::NULL,
        }
    }
}
