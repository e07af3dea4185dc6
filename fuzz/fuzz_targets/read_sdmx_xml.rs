//! The SDMX-ML reader on arbitrary bytes: errors are fine, panics are not, and a
//! dataset it reads survives its JSON form and the dataset transforms.
#![no_main]

use growthkit::{Dataset, read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ds) = read::read_sdmx_xml(data) {
        assert_eq!(Dataset::from_json(&ds.to_json()).as_ref(), Ok(&ds));
        let _ = (ds.yoy(), ds.pct_change(1), ds.to_sdmx_csv());
    }
});
