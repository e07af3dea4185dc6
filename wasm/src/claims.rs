//! `extract`, `check`, `Statement` and `Finding`: statements read from text
//! and their checks. A statement crosses back into `check` through its JSON
//! form (`toJSON`), so the JS objects stay usable after the call.

use crate::convert;
use crate::errors::{OrJsErr, invalid_argument};
use crate::period::Period;
use crate::published::{Interval, Reported};
use crate::unit::Unit;
use growthkit::claims::{self, Lang};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;

/// One statement read from text: the indicator as written, its period, a
/// level with its unit and/or a rate with its basis, and where each part
/// was read (`span`, `parts`: code points, end exclusive).
#[wasm_bindgen]
#[derive(Clone)]
pub struct Statement {
    inner: claims::Statement,
}

#[wasm_bindgen]
impl Statement {
    /// The indicator phrase as written.
    #[wasm_bindgen(getter)]
    pub fn indicator(&self) -> Option<String> {
        self.inner.indicator.clone()
    }
    /// A scope qualifier as written (规模以上, "at comparable prices").
    #[wasm_bindgen(getter)]
    pub fn scope(&self) -> Option<String> {
        self.inner.scope.clone()
    }
    /// The period of the figures (a deadline for a target).
    #[wasm_bindgen(getter)]
    pub fn period(&self) -> Option<Period> {
        self.inner.period.map(Period::from)
    }
    /// The level as printed.
    #[wasm_bindgen(getter)]
    pub fn level(&self) -> Option<Reported> {
        self.inner.level.clone().map(|inner| Reported { inner })
    }
    /// The unit of the level.
    #[wasm_bindgen(getter)]
    pub fn unit(&self) -> Option<Unit> {
        self.inner.unit.clone().map(|inner| Unit { inner })
    }
    /// The rate in percent (points for a change in points).
    #[wasm_bindgen(getter)]
    pub fn growth(&self) -> Option<Reported> {
        self.inner.growth.clone().map(|inner| Reported { inner })
    }
    /// "yoy", "previous_period", "annualized", "two_year_average",
    /// "pp_change", "contribution_pp", "contribution_share", "share" or
    /// "since_base".
    #[wasm_bindgen(getter, unchecked_return_type = "Basis | undefined")]
    pub fn basis(&self) -> Option<String> {
        self.inner.basis.map(|b| b.as_str().to_string())
    }
    /// An absolute change as printed, signed by its verb ("rose by 661,000").
    #[wasm_bindgen(getter)]
    pub fn change(&self) -> Option<Reported> {
        self.inner.change.clone().map(|inner| Reported { inner })
    }
    /// The unit of the change.
    #[wasm_bindgen(getter, js_name = changeUnit)]
    pub fn change_unit(&self) -> Option<Unit> {
        self.inner.change_unit.clone().map(|inner| Unit { inner })
    }
    /// "forecast", "target" or "revised", where the text says so.
    #[wasm_bindgen(getter, unchecked_return_type = "Modality | undefined")]
    pub fn modality(&self) -> Option<String> {
        self.inner.modality.map(|m| m.as_str().to_string())
    }
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
    /// Whether the text gives the figure as approximate (5%左右, "about 3%").
    #[wasm_bindgen(getter)]
    pub fn approximate(&self) -> bool {
        self.inner.approximate
    }
    /// Whether it is a target ("build 100 smart factories by 2022").
    #[wasm_bindgen(getter)]
    pub fn target(&self) -> bool {
        self.inner.target
    }
    /// The whole a share or contribution is of, as written.
    #[wasm_bindgen(getter, js_name = relativeTo)]
    pub fn relative_to(&self) -> Option<String> {
        self.inner.relative_to.clone()
    }
    /// The period a change in points compares with.
    #[wasm_bindgen(getter, js_name = comparedTo)]
    pub fn compared_to(&self) -> Option<Period> {
        self.inner.compared_to.map(Period::from)
    }
    /// The index of the statement this one is a part of.
    #[wasm_bindgen(getter, js_name = partOf)]
    pub fn part_of(&self) -> Option<f64> {
        self.inner.part_of.map(|i| i as f64)
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
    /// What could not be read ("indicator", "period", "basis").
    #[wasm_bindgen(getter)]
    pub fn missing(&self) -> Vec<String> {
        self.inner.missing.clone()
    }
    /// The interval of true rates the printed growth allows, in percent.
    #[wasm_bindgen(getter, js_name = growthInterval)]
    pub fn growth_interval(&self) -> Option<Interval> {
        self.inner.growth_interval().map(|inner| Interval { inner })
    }
    /// The JSON form shared with Python and Rust.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "StatementJSON")]
    pub fn to_json(&self) -> JsValue {
        convert::parse_json(&self.inner.to_json())
    }
    /// A statement from its JSON form (an object or its text).
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "StatementJSON | string")] json: &JsValue,
    ) -> Result<Statement, JsValue> {
        claims::Statement::from_json(&convert::json_text(json)?)
            .js()
            .map(|inner| Statement { inner })
    }
}

/// One finding of `check`: which statements, what the other figures allow,
/// and whether the printed figure lies inside.
#[wasm_bindgen]
pub struct Finding {
    inner: claims::Finding,
}

#[wasm_bindgen]
impl Finding {
    /// What was checked ("implied_base", "parts_sum", "share", …).
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.inner.kind.as_str().to_string()
    }
    /// Indexes into the statements, the checked one first.
    #[wasm_bindgen(getter)]
    pub fn statements(&self) -> Vec<f64> {
        self.inner.statements.iter().map(|&i| i as f64).collect()
    }
    /// False only when no true values within every figure's rounding agree.
    #[wasm_bindgen(getter)]
    pub fn consistent(&self) -> bool {
        self.inner.consistent
    }
    /// The interval the other figures allow.
    #[wasm_bindgen(getter)]
    pub fn allowed(&self) -> Option<Interval> {
        self.inner.allowed.map(|inner| Interval { inner })
    }
    /// The interval of the checked figure as printed.
    #[wasm_bindgen(getter)]
    pub fn printed(&self) -> Option<Interval> {
        self.inner.printed.map(|inner| Interval { inner })
    }
    /// One line saying what was found, in the language of the text
    /// checked (Chinese for a Chinese statement).
    #[wasm_bindgen(getter)]
    pub fn message(&self) -> String {
        self.inner.message.clone()
    }
    /// The same in English, whatever the text's language.
    #[wasm_bindgen(getter, js_name = messageEn)]
    pub fn message_en(&self) -> String {
        self.inner.message_en.clone()
    }
}

/// The statements in `text`. `options.referenceDate` (a `Date` or ISO
/// text) places relative periods (上半年, "last year", a holiday);
/// `options.lang` is "en", "zh" or "auto".
///
/// ```ts
/// const [s] = extract("上半年，全市网上零售额1227亿元，同比增长5%。", { referenceDate: "2020-10-13" });
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

/// The JSON text of a JS object through its `toJSON` method.
fn to_json_text(v: &JsValue, what: &str) -> Result<String, JsValue> {
    let method = Reflect::get(v, &"toJSON".into())
        .ok()
        .and_then(|m| m.dyn_into::<Function>().ok())
        .ok_or_else(|| invalid_argument(format!("{what}, not {}", convert::describe(v))))?;
    convert::json_text(&method.call0(v)?)
}

/// The findings over `statements` (from `extract`), and against `data` (a
/// `Series` or a `Dataset`) when given.
///
/// ```ts
/// const s = extract("一季度，社会消费品零售总额108659亿元。按经营单位所在地分，一季度城镇消费品零售额94292亿元；乡村消费品零售额14367亿元。", { referenceDate: "2022-04-18" });
/// const [f] = check(s); // f.kind === "parts_sum", f.consistent === true
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
            let text = to_json_text(&s, "statements must be Statement objects")?;
            claims::Statement::from_json(&text).js()
        })
        .collect::<Result<Vec<_>, JsValue>>()?;
    let mut out = claims::check(&st).js()?;
    if let Some(d) = data.filter(|d| !d.is_undefined() && !d.is_null()) {
        let text = to_json_text(&d, "data must be a Series or a Dataset")?;
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
