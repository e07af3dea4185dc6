//! `extract`, `check`, `Statement` and `Finding`: statements read from text
//! and their checks. A statement crosses back into `check` through its JSON
//! form (`toJSON`), so the JS objects stay usable after the call; the data
//! (a `Series` or a `Dataset` of the core module) crosses the same way.

use crate::convert;
use crate::errors::{OrJsErr, invalid_argument};
use growthkit::claims::{self, Lang};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// One statement read from text: the indicator as written, its period, a
/// level with its unit and/or a rate with its basis, and where each part
/// was read (`span`, `parts`: code points, end exclusive).
#[wasm_bindgen]
#[derive(Clone)]
pub struct Statement {
    pub(crate) inner: claims::Statement,
}

#[wasm_bindgen]
impl Statement {
    /// Where the indicator, period and basis came from: "stated",
    /// "inherited" or "convention" each (absent where not read).
    #[wasm_bindgen(
        getter,
        unchecked_return_type = "{ indicator?: Source; period?: Source; basis?: Source }"
    )]
    pub fn provenance(&self) -> Object {
        let p = self.inner.provenance;
        let o = Object::new();
        for (k, v) in [
            ("indicator", p.indicator),
            ("period", p.period),
            ("basis", p.basis),
        ] {
            if let Some(s) = v {
                let _ = Reflect::set(&o, &k.into(), &s.as_str().into());
            }
        }
        o
    }
    /// `[start, end]` of everything the statement says, in code points.
    #[wasm_bindgen(getter, unchecked_return_type = "[number, number]")]
    pub fn span(&self) -> Array {
        let (a, b) = self.inner.span;
        Array::of2(&(a as f64).into(), &(b as f64).into())
    }
    /// Every span read: `{ kind, start, end }`.
    #[wasm_bindgen(
        getter,
        unchecked_return_type = "{ kind: PartKind; start: number; end: number }[]"
    )]
    pub fn parts(&self) -> Array {
        self.inner
            .parts
            .iter()
            .map(|p| {
                let o = Object::new();
                let _ = Reflect::set(&o, &"kind".into(), &p.kind.as_str().into());
                let _ = Reflect::set(&o, &"start".into(), &(p.start as f64).into());
                let _ = Reflect::set(&o, &"end".into(), &(p.end as f64).into());
                JsValue::from(o)
            })
            .collect()
    }
}

/// One finding of `check`: which statements, what the other figures allow,
/// and whether the printed figure lies inside.
#[wasm_bindgen]
pub struct Finding {
    pub(crate) inner: claims::Finding,
}

#[wasm_bindgen]
impl Finding {}

/// The statements in `text`. `options.referenceDate` (a `Date` or ISO
/// text) places relative periods (上半年, "last year", a holiday);
/// `options.lang` is "en", "zh" or "auto".
///
/// ```ts
/// const [s] = await extract("上半年，全市网上零售额1227亿元，同比增长5%。", { referenceDate: "2020-10-13" });
/// // s.indicator === "网上零售额", s.period?.toString() === "2020-S1", s.basis === "yoy"
/// ```
#[wasm_bindgen]
pub fn extract(
    text: &str,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ referenceDate?: Date | string; lang?: \"en\" | \"zh\" | \"auto\" }"
    )]
    options: Option<JsValue>,
) -> Result<Vec<Statement>, JsValue> {
    let o = options.filter(|o| o.is_object());
    let get = |name: &str| {
        o.as_ref()
            .map(|o| Reflect::get(o, &name.into()).unwrap_or(JsValue::UNDEFINED))
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let date = get("referenceDate")
        .map(|d| convert::date(&d))
        .transpose()?;
    let lang = match get("lang") {
        Some(l) => Lang::parse(&convert::text(&l, "a language")?).js()?,
        None => Lang::Auto,
    };
    Ok(claims::extract(text, date, lang)
        .js()?
        .into_iter()
        .map(|inner| Statement { inner })
        .collect())
}

/// The findings over `statements` (from `extract`), and against `data` (a
/// `Series` or a `Dataset`) when given.
///
/// ```ts
/// const s = await extract("一季度，社会消费品零售总额108659亿元。按经营单位所在地分，一季度城镇消费品零售额94292亿元；乡村消费品零售额14367亿元。", { referenceDate: "2022-04-18" });
/// const [f] = await check(s); // f.kind === "parts_sum", f.consistent === true
/// ```
#[wasm_bindgen]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "Statement[]")] statements: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Series | Dataset")] data: Option<JsValue>,
) -> Result<Vec<Finding>, JsValue> {
    let list = statements
        .dyn_ref::<Array>()
        .ok_or_else(|| invalid_argument("statements must be the array extract() returns".into()))?;
    let st = list
        .iter()
        .map(|s| {
            let text = convert::object_json(&s, "statements must be Statement objects")?;
            claims::Statement::from_json(&text).js()
        })
        .collect::<Result<Vec<_>, JsValue>>()?;
    let mut out = claims::check(&st).js()?;
    if let Some(d) = data.filter(|d| !d.is_undefined() && !d.is_null()) {
        let text = convert::object_json(&d, "data must be a Series or a Dataset")?;
        match growthkit::Dataset::from_json(&text) {
            Ok(ds) => out.extend(claims::check_against_dataset(&st, &ds).js()?),
            Err(_) => {
                let s = growthkit::Series::from_json(&text).js()?;
                out.extend(claims::check_against(&st, &s).js()?);
            }
        }
    }
    Ok(out.into_iter().map(|inner| Finding { inner }).collect())
}

/// Every number in `text`: `{ start, end, value, figure, scale }`.
#[wasm_bindgen(js_name = readNumbers, unchecked_return_type = "{ start: number; end: number; value: number; figure: string; scale: number }[]")]
pub fn read_numbers(text: &str) -> Array {
    claims::read_numbers(text)
        .into_iter()
        .map(|n| {
            let o = Object::new();
            let _ = Reflect::set(&o, &"start".into(), &(n.start as f64).into());
            let _ = Reflect::set(&o, &"end".into(), &(n.end as f64).into());
            let _ = Reflect::set(&o, &"value".into(), &n.value.into());
            let _ = Reflect::set(&o, &"figure".into(), &n.figure.into());
            let _ = Reflect::set(&o, &"scale".into(), &f64::from(n.scale).into());
            JsValue::from(o)
        })
        .collect()
}

/// Every percentage, points figure and multiple in `text`:
/// `{ start, end, value, figure, kind }`, kind "percent", "points" or "multiple".
#[wasm_bindgen(js_name = readPercents, unchecked_return_type = "{ start: number; end: number; value: number; figure: string; kind: \"percent\" | \"points\" | \"multiple\" }[]")]
pub fn read_percents(text: &str) -> Array {
    claims::read_percents(text)
        .into_iter()
        .map(|p| {
            let o = Object::new();
            let _ = Reflect::set(&o, &"start".into(), &(p.start as f64).into());
            let _ = Reflect::set(&o, &"end".into(), &(p.end as f64).into());
            let _ = Reflect::set(&o, &"value".into(), &p.value.into());
            let _ = Reflect::set(&o, &"figure".into(), &p.figure.into());
            let _ = Reflect::set(&o, &"kind".into(), &p.kind.as_str().into());
            JsValue::from(o)
        })
        .collect()
}
