//! The readers of statistics offices' own layouts: `readEurostatTsv`,
//! `readWorldbankCsv`, `readOnsCsv`, `readWideCsv`, each over a string, a
//! `Uint8Array` or an `ArrayBuffer` (gzip and zip opened), as `readSdmxCsv`.

use crate::dataset::{Dataset, bytes, wrap};
use crate::errors::OrJsErr;
use growthkit::read;
use wasm_bindgen::prelude::*;

/// Reads Eurostat's TSV (bulk or API) into a Dataset.
///
/// ```ts
/// const ds = readEurostatTsv("unit,geo\\time\t2021 \t2020 \nPC,DE\t25.3 \t25.6 b\n");
/// ds.flags({ geo: "DE" }); // ["b", null]: oldest first
/// ```
#[wasm_bindgen(js_name = readEurostatTsv)]
pub fn read_eurostat_tsv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::read_eurostat_tsv(&bytes(src)?[..]).js().map(wrap)
}

/// Reads a World Bank CSV (WDI bulk `API_*.csv` or a DataBank export) into a Dataset.
#[wasm_bindgen(js_name = readWorldbankCsv)]
pub fn read_worldbank_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::read_worldbank_csv(&bytes(src)?[..]).js().map(wrap)
}

/// Reads an ONS time-series CSV into a Dataset, one series per frequency.
#[wasm_bindgen(js_name = readOnsCsv)]
pub fn read_ons_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::read_ons_csv(&bytes(src)?[..]).js().map(wrap)
}

/// Reads a wide CSV (BIS bulk `csv_col`, the IMF portal) into a Dataset.
#[wasm_bindgen(js_name = readWideCsv)]
pub fn read_wide_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::read_wide_csv(&bytes(src)?[..]).js().map(wrap)
}
