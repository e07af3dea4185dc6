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

fn unit(v: &JsValue) -> Result<growthkit::Unit, JsValue> {
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

    /// Reads "billion yuan", "亿元", "%", "10^8 USD", "factories", ….
    ///
    /// ```ts
    /// const u = Unit.parse("亿元"); // u.base === "yuan", u.scale === 8
    /// ```
    pub fn parse(text: &str) -> Result<Unit, JsValue> {
        growthkit::Unit::parse(text)
            .js()
            .map(|inner| Unit { inner })
    }

    /// The base unit, canonically spelt.
    #[wasm_bindgen(getter)]
    pub fn base(&self) -> String {
        self.inner.base().to_string()
    }

    /// The power of ten (SDMX UNIT_MULT).
    #[wasm_bindgen(getter)]
    pub fn scale(&self) -> i32 {
        self.inner.scale()
    }

    /// A label in "en" (default) or "zh".
    pub fn label(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "\"en\" | \"zh\"")] lang: Option<String>,
    ) -> Result<String, JsValue> {
        self.inner.label(lang.as_deref().unwrap_or("en")).js()
    }

    /// The unit's text, which `Unit.parse` reads back.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        self.inner.to_string()
    }

    /// The unit's text.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.inner.to_string()
    }
}

/// A value with a unit.
#[wasm_bindgen]
pub struct Quantity {
    inner: growthkit::Quantity,
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

    /// The number.
    #[wasm_bindgen(getter)]
    pub fn value(&self) -> f64 {
        self.inner.value()
    }

    /// The unit.
    #[wasm_bindgen(getter)]
    pub fn unit(&self) -> Unit {
        Unit {
            inner: self.inner.unit().clone(),
        }
    }

    /// The same amount at scale `k` of its base.
    ///
    /// ```ts
    /// const q = new Quantity(122.7, "billion yuan").toScale(8); // "1227 亿元"
    /// ```
    #[wasm_bindgen(js_name = toScale)]
    pub fn to_scale(&self, k: f64) -> Result<Quantity, JsValue> {
        self.inner
            .to_scale(crate::convert::whole(k, "k")?)
            .js()
            .map(|inner| Quantity { inner })
    }

    /// The same amount in `unit`, which must have the same base.
    pub fn convert(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Unit | string")] unit: &JsValue,
    ) -> Result<Quantity, JsValue> {
        self.inner
            .convert(&self::unit(unit)?)
            .js()
            .map(|inner| Quantity { inner })
    }

    /// "1227 亿元".
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        self.inner.to_string()
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

    /// A short machine name.
    #[wasm_bindgen(getter)]
    pub fn code(&self) -> String {
        self.inner.code().to_string()
    }

    /// The name for people.
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// The unit of its values.
    #[wasm_bindgen(getter)]
    pub fn unit(&self) -> Unit {
        Unit {
            inner: self.inner.unit().clone(),
        }
    }

    /// "flow", "stock", "rate" or "index".
    #[wasm_bindgen(getter)]
    pub fn measure(&self) -> String {
        self.inner.measure().as_str().to_string()
    }

    /// Where it is measured, if given.
    #[wasm_bindgen(getter)]
    pub fn region(&self) -> Option<String> {
        self.inner.region().map(String::from)
    }

    /// Who publishes it, if given.
    #[wasm_bindgen(getter)]
    pub fn source(&self) -> Option<String> {
        self.inner.source().map(String::from)
    }

    /// The JSON object of the indicator.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "IndicatorJSON")]
    pub fn to_json(&self) -> JsValue {
        convert::parse_json(&self.inner.to_json())
    }
}
