//! `readExcel`: an Excel workbook (`.xlsx`, `.xls`) as a `Uint8Array` or an
//! `ArrayBuffer`, with the options `{ sheet, headerRows }`; the dataset
//! leaves as its JSON text, which the entry makes the core's `Dataset`.

use crate::convert;
use crate::errors::{OrJsErr, invalid_argument};
use growthkit::read::{self, ExcelOptions};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

/// Reads an Excel workbook into a Dataset: an ABS time-series workbook as
/// one series per column keyed by `series_id`; any other sheet (`sheet`, by
/// default the first) as a plain table whose `headerRows` rows (by default
/// 1) name a period column and one column per series.
///
/// ```ts
/// const book = new Uint8Array(await (await fetch("5206001.xlsx")).arrayBuffer());
/// const ds = await readExcel(book);
/// ds.series({ series_id: "A2304402X" }); // GDP, million AUD
/// await readExcel(book, { sheet: "Data1", headerRows: 10 }); // as a plain table
/// ```
#[wasm_bindgen(js_name = readExcel, unchecked_return_type = "Dataset")]
pub fn read_excel(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] src: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ sheet?: string; headerRows?: number }")]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let get = |name: &str| {
        options
            .as_ref()
            .filter(|o| o.is_object())
            .map(|o| Reflect::get(o, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED))
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let sheet = get("sheet")
        .map(|v| convert::text(&v, "sheet"))
        .transpose()?;
    let header_rows = match get("headerRows") {
        Some(v) => {
            let n = v
                .as_f64()
                .ok_or_else(|| invalid_argument("headerRows must be a number".into()))?;
            Some(convert::whole::<usize>(n, "headerRows")?)
        }
        None => None,
    };
    let options = ExcelOptions { sheet, header_rows };
    Ok(read::read_excel(&convert::bytes(src)?[..], &options)
        .js()?
        .to_json())
}
