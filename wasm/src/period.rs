//! `Period` and `Frequency`.

use crate::convert;
use crate::errors::OrJsErr;
use growthkit::Frequency as CoreFrequency;
use wasm_bindgen::prelude::*;

/// An immutable calendar interval of whole days: a year, half-year,
/// quarter, month, ISO week, day or any span of days.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Period {
    pub(crate) inner: growthkit::Period,
}

fn wrap(p: growthkit::Period) -> Period {
    Period { inner: p }
}

impl From<growthkit::Period> for Period {
    fn from(p: growthkit::Period) -> Period {
        wrap(p)
    }
}

#[wasm_bindgen]
impl Period {
    /// Reads a period from any accepted text form ("2020-Q3", "H1 2020", "2020年1-6月", …).
    /// `fiscalStart` (SDMX's "--MM-DD") turns on the fiscal forms ("FY2021",
    /// "FY2020-21", "2020/21", "FY2021 Q1", "2020年度"), a single year naming
    /// the year the fiscal year ends in unless `namedBy: "start"`;
    /// `reportingYearStart` counts SDMX reporting periods from that day;
    /// `codes: "nbs"` reads NBS's "2019A" and "201909".
    ///
    /// ```ts
    /// const h1 = Period.parse("H1 2020"); // "2020-S1"
    /// const ytd = Period.parse("2020年1-6月"); // the span 2020-01-01/2020-06-30
    /// const q1 = Period.parse("FY2021 Q1", { fiscalStart: "--10-01" }); // starts 2020-10-01
    /// const r = Period.parse("2020-Q1", { reportingYearStart: "--07-01" }); // July-September 2020
    /// try { Period.parse("2020-13"); } catch (e) { if (isGrowthkitError(e)) console.log(e.code); } // "invalid_period"
    /// ```
    pub fn parse(
        text: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: Option<JsValue>,
    ) -> Result<Period, JsValue> {
        let options = convert::parse_options(options.as_ref())?;
        growthkit::Period::parse_with(text, &options).js().map(wrap)
    }

    /// The year: the ISO week-year for weeks, the first day's year for spans.
    #[wasm_bindgen(getter, js_name = year)]
    pub fn year_number(&self) -> i32 {
        self.inner.year_number()
    }

    /// The first day, as an ISO date text.
    #[wasm_bindgen(getter)]
    pub fn start(&self) -> String {
        self.inner.start().to_string()
    }

    /// The last day (inclusive), as an ISO date text.
    #[wasm_bindgen(getter)]
    pub fn end(&self) -> String {
        self.inner.end().to_string()
    }

    /// Whether `other` is the same period.
    pub fn equals(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] other: &JsValue,
    ) -> bool {
        convert::period(other).is_ok_and(|o| o == self.inner)
    }
}

/// The seven kinds of period, as their lowercase names.
#[wasm_bindgen]
pub struct Frequency;

#[wasm_bindgen]
impl Frequency {
    /// Every frequency name, coarsest first, span last.
    #[wasm_bindgen(unchecked_return_type = "FrequencyName[]")]
    pub fn all() -> Vec<String> {
        CoreFrequency::ALL
            .iter()
            .map(|f| f.as_str().to_string())
            .collect()
    }
}
