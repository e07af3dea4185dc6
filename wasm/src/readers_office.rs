//! The readers of statistics offices' own layouts: `readEurostatTsv`,
//! `readWorldbankCsv`, `readOnsCsv`, `readWideCsv`, each over a string, a
//! `Uint8Array` or an `ArrayBuffer` (gzip and zip opened), as `readSdmxCsv`.

use crate::dataset::{Dataset, bytes, wrap};
use crate::errors::OrJsErr;
use growthkit::read;
use wasm_bindgen::prelude::*;

/// Reads any format growthkit reads, decided from the content (never a file
/// name): SDMX-ML, SDMX-JSON, SDMX-CSV, Eurostat TSV, ONS, World Bank, BIS
/// and IMF wide CSV, FRED, NBS JSON, plain CSV; gzip and zip opened. The
/// first note says which format was read and why.
///
/// ```ts
/// const ds = read("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2020,1\n");
/// ds.notes[0]; // "read as SDMX-CSV (...)"
/// ```
#[wasm_bindgen(js_name = read)]
pub fn read_any(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::any(&bytes(src)?[..]).js().map(wrap)
}

/// Reads an SDMX-ML data message (2.0, 2.1, 3.0; Generic, Compact,
/// StructureSpecific) into a Dataset.
#[wasm_bindgen(js_name = readSdmxXml)]
pub fn read_sdmx_xml(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] src: &JsValue,
) -> Result<Dataset, JsValue> {
    read::read_sdmx_xml(&bytes(src)?[..]).js().map(wrap)
}

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
