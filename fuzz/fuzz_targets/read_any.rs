//! The one entry point on arbitrary bytes (gzip, zip, XML, JSON, tables):
//! errors are fine, panics are not.
#![no_main]

use growthkit::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ds) = read::any(data) {
        let _ = (ds.yoy(), ds.decumulate_ytd(), ds.to_sdmx_csv());
    }
});
