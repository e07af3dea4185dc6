//! `Unit`, `Quantity` and `Indicator`.

use crate::convert;
use crate::errors::OrJsErr;
use growthkit::Measure;
use wasm_bindgen::prelude::*;

/// A base unit plus a power-of-ten scale ("billion yuan", "亿元").
#[wasm_bindgen]
#[derive(Clone)]
pub struct Unit {
    pub(crate) inner: growthkit::Unit,
}

pub(crate) fn unit(v: &JsValue) -> Result<growthkit::Unit, JsValue> {
    growthkit::Unit::parse(&convert::text(
        v,
        "a Unit or a unit text such as \"billion yuan\"",
    )?)
    .js()
}

#[wasm_bindgen]
impl Unit {
    /// A unit from a base and a power of ten (default 0).
    #[wasm_bindgen(constructor)]
    pub fn new(
        base: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] scale: Option<f64>,
    ) -> Result<Unit, JsValue> {
        growthkit::Unit::new(base, crate::convert::whole(scale.unwrap_or(0.0), "scale")?)
            .js()
            .map(|inner| Unit { inner })
    }
}

/// A value with a unit.
#[wasm_bindgen]
pub struct Quantity {
    pub(crate) inner: growthkit::Quantity,
}

#[wasm_bindgen]
impl Quantity {
    /// A finite value in `unit` (a `Unit` or its text).
    #[wasm_bindgen(constructor)]
    pub fn new(
        value: f64,
        #[wasm_bindgen(unchecked_param_type = "Unit | string")] unit: &JsValue,
    ) -> Result<Quantity, JsValue> {
        growthkit::Quantity::new(value, self::unit(unit)?)
            .js()
            .map(|inner| Quantity { inner })
    }
}

/// What a series measures.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Indicator {
    pub(crate) inner: growthkit::Indicator,
}

#[wasm_bindgen]
impl Indicator {
    /// An indicator; `measure` is "flow", "stock", "rate" or "index".
    #[wasm_bindgen(constructor)]
    pub fn new(
        code: &str,
        name: &str,
        #[wasm_bindgen(unchecked_param_type = "Unit | string")] unit: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "\"flow\" | \"stock\" | \"rate\" | \"index\"")]
        measure: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] region: Option<String>,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] source: Option<String>,
    ) -> Result<Indicator, JsValue> {
        let mut i =
            growthkit::Indicator::new(code, name, self::unit(unit)?, Measure::parse(measure).js()?);
        if let Some(r) = region {
            i = i.with_region(&r);
        }
        if let Some(s) = source {
            i = i.with_source(&s);
        }
        Ok(Indicator { inner: i })
    }
}
