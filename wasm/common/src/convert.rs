//! Conversions between JS values and the core's types. Periods, figures and
//! units may be given as their objects or as text; an object is read
//! through its `toString()`, so JS objects are never moved or consumed.

use crate::errors::{OrJsErr, invalid_argument};
use growthkit::{Base, Date, Frequency, Indicator, Method, Period, Reported};
use js_sys::{Array, ArrayBuffer, Float64Array, JSON, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// The text of a string, or of an object's `toString()`.
pub fn text(v: &JsValue, what: &str) -> Result<String, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    if v.is_object()
        && let Some(s) = js_sys::Object::from(v.clone()).to_string().as_string()
    {
        return Ok(s);
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

/// A whole-number argument, checked by the core's rules
/// (`growthkit::args::whole`): a fraction, NaN or infinity is
/// `invalid_argument`, beyond 64 bits `out_of_range`, outside `T`'s range
/// `invalid_argument`. Never truncated.
pub fn whole<T: growthkit::args::Whole>(n: f64, what: &str) -> Result<T, JsValue> {
    growthkit::args::whole(what, n).js()
}

/// The UTC day of a JS `Date`; an invalid `Date` is `invalid_argument`.
fn utc_day(d: &js_sys::Date) -> Result<Date, JsValue> {
    if d.get_time().is_nan() {
        return Err(invalid_argument(
            "the Date is invalid (its time is NaN)".into(),
        ));
    }
    let year = whole::<i64>(f64::from(d.get_utc_full_year()), "year")?;
    let (month, day) = (
        i64::from(d.get_utc_month()) + 1,
        i64::from(d.get_utc_date()),
    );
    growthkit::checked_date(year, month, day).js()
}

/// A `Period`, a period text, or a JS `Date` (its UTC day).
pub fn period(v: &JsValue) -> Result<Period, JsValue> {
    if let Some(d) = v.dyn_ref::<js_sys::Date>() {
        return Period::day(utc_day(d)?).js();
    }
    Period::parse(&text(v, "a Period or a period text such as \"2020-Q3\"")?).js()
}

/// Periods from a JS array of `Period` or text.
pub fn periods(v: &JsValue) -> Result<Vec<Period>, JsValue> {
    let arr = v.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!("expected an array of periods, got {}", describe(v)))
    })?;
    arr.iter().map(|p| period(&p)).collect()
}

/// The texts of an array whose every element is a string, else `None` (an
/// array of `Period`s or `Date`s, or not an array).
pub fn text_list(v: &JsValue) -> Option<Vec<String>> {
    let arr = v.dyn_ref::<Array>()?;
    arr.iter().map(|e| e.as_string()).collect()
}

/// For each `Date` or date text of an array, the period of `freq` that holds it.
pub fn containing_periods(freq: Frequency, v: &JsValue) -> Result<Vec<Period>, JsValue> {
    let arr = v.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!("expected an array of dates, got {}", describe(v)))
    })?;
    arr.iter()
        .map(|d| {
            let day = match d.dyn_ref::<js_sys::Date>() {
                Some(_) => date(&d)?,
                None => period(&d)?.start(),
            };
            Period::containing(freq, day).js()
        })
        .collect()
}

/// An ISO date text (`"2020-10-01"`), or a JS `Date` as its UTC day.
pub fn date(v: &JsValue) -> Result<Date, JsValue> {
    if let Some(d) = v.dyn_ref::<js_sys::Date>() {
        return utc_day(d);
    }
    let t = text(v, "an iso date text such as \"2020-10-01\" or a Date")?;
    growthkit::parse_date(&t).js()
}

/// A frequency name or SDMX code.
pub fn frequency(t: &str) -> Result<Frequency, JsValue> {
    Frequency::parse(t).js()
}

/// A base policy's name.
pub fn base(t: &str) -> Result<Base, JsValue> {
    Base::parse(t).js()
}

/// An aggregation method name.
pub fn method(t: &str) -> Result<Method, JsValue> {
    Method::parse(t).js()
}

/// A `Reported` figure or its text as printed.
pub fn reported(v: &JsValue) -> Result<Reported, JsValue> {
    Reported::parse(&text(v, "a Reported figure or its text such as \"122.7\"")?).js()
}

/// Figures as printed, from an array of `Reported` or texts.
pub fn reported_list(v: &JsValue) -> Result<Vec<Reported>, JsValue> {
    let arr = v.dyn_ref::<js_sys::Array>().ok_or_else(|| {
        invalid_argument(format!("expected an array of figures, got {}", describe(v)))
    })?;
    arr.iter().map(|p| reported(&p)).collect()
}

/// The numbers of any typed array of numbers (`Float64Array`,
/// `Float32Array`, `Int32Array`, `Uint8Array`, … and the BigInt arrays),
/// as `f64`; `None` for anything else.
pub fn typed_numbers(v: &JsValue) -> Option<Vec<f64>> {
    use js_sys::{
        BigInt64Array, BigUint64Array, Float32Array, Int8Array, Int16Array, Int32Array, Uint8Array,
        Uint8ClampedArray, Uint16Array, Uint32Array,
    };
    macro_rules! widen {
        ($($t:ty),*) => {$(
            if let Some(a) = v.dyn_ref::<$t>() {
                return Some(a.to_vec().into_iter().map(f64::from).collect());
            }
        )*};
    }
    if let Some(a) = v.dyn_ref::<Float64Array>() {
        return Some(a.to_vec());
    }
    widen!(
        Float32Array,
        Int8Array,
        Uint8Array,
        Uint8ClampedArray,
        Int16Array,
        Uint16Array,
        Int32Array,
        Uint32Array
    );
    #[allow(clippy::cast_precision_loss)]
    // documented: BigInt values beyond 2^53 round, as Number() does
    if let Some(a) = v.dyn_ref::<BigInt64Array>() {
        return Some(a.to_vec().into_iter().map(|x| x as f64).collect());
    }
    #[allow(clippy::cast_precision_loss)]
    if let Some(a) = v.dyn_ref::<BigUint64Array>() {
        return Some(a.to_vec().into_iter().map(|x| x as f64).collect());
    }
    None
}

/// Numbers from any typed array of numbers or an array of numbers, `null`
/// and `undefined` standing for NaN.
pub fn floats(v: &JsValue) -> Result<Vec<f64>, JsValue> {
    if let Some(x) = typed_numbers(v) {
        return Ok(x);
    }
    let arr = v.dyn_ref::<Array>().ok_or_else(|| {
        invalid_argument(format!(
            "expected a typed array or an array of numbers, got {}",
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

/// JSON text: a string as it is, any other value through `JSON.stringify`.
pub fn json_text(v: &JsValue) -> Result<String, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid_argument(format!("expected a JSON document, got {}", describe(v))))
}

/// The JSON text of a JS object through its `toJSON` method (a `Series`,
/// a `Dataset` or a `Statement` crossing between modules); `what` says
/// what was expected.
pub fn object_json(v: &JsValue, what: &str) -> Result<String, JsValue> {
    let method = js_sys::Reflect::get(v, &"toJSON".into())
        .ok()
        .and_then(|m| m.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| invalid_argument(format!("{what}, not {}", describe(v))))?;
    json_text(&method.call0(v)?)
}

/// A plain JS value from JSON text made by the core.
pub fn parse_json(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or(JsValue::NULL)
}

/// The options of `Period.parse`: `{ fiscalStart, reportingYearStart, codes, namedBy }`.
pub fn parse_options(v: Option<&JsValue>) -> Result<growthkit::ParseOptions, JsValue> {
    let Some(v) = v.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(growthkit::ParseOptions::new());
    };
    if !v.is_object() {
        return Err(invalid_argument(format!(
            "parse options must be an object such as {{ fiscalStart: \"--04-01\" }}, got {}",
            describe(v)
        )));
    }
    let field = |name: &str| -> Result<Option<String>, JsValue> {
        let x = js_sys::Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        if x.is_undefined() || x.is_null() {
            Ok(None)
        } else {
            text(&x, name).map(Some)
        }
    };
    let (fiscal, reporting) = (field("fiscalStart")?, field("reportingYearStart")?);
    let (codes, named_by) = (field("codes")?, field("namedBy")?);
    growthkit::ParseOptions::from_texts(
        fiscal.as_deref(),
        reporting.as_deref(),
        codes.as_deref(),
        named_by.as_deref(),
    )
    .js()
}

/// The bytes of a file given as a string, a `Uint8Array` or an `ArrayBuffer`.
pub fn bytes(src: &JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = src.as_string() {
        return Ok(s.into_bytes());
    }
    if let Some(a) = src.dyn_ref::<Uint8Array>() {
        return Ok(a.to_vec());
    }
    if let Some(b) = src.dyn_ref::<ArrayBuffer>() {
        return Ok(Uint8Array::new(b).to_vec());
    }
    Err(invalid_argument(format!(
        "expected the file as a string, a Uint8Array or an ArrayBuffer, got {}",
        describe(src)
    )))
}

/// An optional string field of an options object (`undefined` and `null`
/// are absent; anything else must be text).
pub fn field(options: Option<&JsValue>, name: &str) -> Result<Option<String>, JsValue> {
    let Some(o) = options.filter(|o| o.is_object()) else {
        return Ok(None);
    };
    let v = js_sys::Reflect::get(o, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else {
        text(&v, name).map(Some)
    }
}
