//! Series JSON from arbitrary text: a series that reads must write the same
//! document back.
#![no_main]

use growthkit::Series;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = Series::from_json(text) {
        let again = Series::from_json(&s.to_json()).expect("a written series reads back");
        assert_eq!(again.to_json(), s.to_json());
    }
});
