//! Every text reader on arbitrary bytes: errors are fine, panics are not,
//! and whatever parses must print and parse back to itself.
#![no_main]

use growthkit::{Codes, Frequency, ParseOptions, Period, Reported, Unit, YearStart};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = Period::parse(text) {
        assert_eq!(Period::parse(&p.to_string()), Ok(p));
        let _ = (p.label("en"), p.label("zh"), p.year_ago(1), p.shift(-3), p.ordinal());
    }
    // With options too: whatever they read prints canonical text that reads
    // back without them.
    let start = YearStart::new(4, 6).unwrap();
    for options in [
        ParseOptions::new().fiscal_start(start),
        ParseOptions::new().reporting_year_start(start),
        ParseOptions::new().codes(Codes::Nbs),
    ] {
        if let Ok(p) = Period::parse_with(text, &options) {
            assert_eq!(Period::parse(&p.to_string()), Ok(p));
            let _ = (p.to_sdmx(), p.label("zh"), p.year_ago(1));
        }
    }
    if let Ok(f) = Frequency::parse(text) {
        assert_eq!(Frequency::parse(&f.to_string()), Ok(f));
    }
    if let Ok(u) = Unit::parse(text) {
        assert_eq!(Unit::parse(&u.to_string()), Ok(u));
    }
    if let Ok(r) = Reported::parse(text) {
        let i = r.interval();
        assert!(i.contains(r.value()), "{text}: {i} misses {}", r.value());
    }
    let _ = growthkit::kernels::parse_periods(&[text]);
});
