//! `readFredCsv` and `readCsv`, the readers that take options, each over a
//! string (the text of a `fetch()` or a dropped `File`), a `Uint8Array` or
//! an `ArrayBuffer`. Each gives the dataset's JSON text, which the package's
//! entry turns into the core's `Dataset` (so its type is `Dataset`).

use crate::convert::{self, field};
use crate::errors::{OrJsErr, invalid_argument};
use growthkit::read::{self, CsvOptions};
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

/// Reads FRED's CSV into a Dataset; options `{ frequency }` override the inferred one.
#[wasm_bindgen(js_name = readFredCsv, unchecked_return_type = "Dataset")]
pub fn read_fred_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ frequency?: FrequencyName }")]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let f = field(options.as_ref(), "frequency")?
        .map(|f| convert::frequency(&f))
        .transpose()?;
    Ok(read::read_fred_csv(&convert::bytes(src)?[..], f)
        .js()?
        .to_json())
}

/// Reads a plain CSV table; options `{ period, value, keys, flag, frequency }`.
#[wasm_bindgen(js_name = readCsv, unchecked_return_type = "Dataset")]
pub fn read_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ period?: string; value?: string; keys?: string[]; flag?: string; frequency?: FrequencyName }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let o = options.as_ref();
    let mut opts = CsvOptions::new();
    if let Some(p) = field(o, "period")? {
        opts = opts.period(&p);
    }
    if let Some(v) = field(o, "value")? {
        opts = opts.value(&v);
    }
    if let Some(keys) = o
        .filter(|o| o.is_object())
        .map(|o| Reflect::get(o, &"keys".into()).unwrap_or(JsValue::UNDEFINED))
        .filter(|k| !k.is_undefined() && !k.is_null())
    {
        let arr = keys
            .dyn_ref::<Array>()
            .ok_or_else(|| invalid_argument("keys must be an array of column names".into()))?;
        let names = arr
            .iter()
            .map(|k| convert::text(&k, "a column name"))
            .collect::<Result<Vec<_>, _>>()?;
        opts = opts.keys(&names.iter().map(String::as_str).collect::<Vec<_>>());
    }
    if let Some(f) = field(o, "frequency")? {
        opts = opts.frequency(convert::frequency(&f)?);
    }
    if let Some(f) = field(o, "flag")? {
        opts = opts.flag(&f);
    }
    Ok(read::read_csv(&convert::bytes(src)?[..], &opts)
        .js()?
        .to_json())
}
