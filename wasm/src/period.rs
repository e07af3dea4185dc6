//! `Period` and `Frequency`.

use crate::convert::{self, whole};
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

    /// Part `n` of the fiscal year named `year` (`part` is "year", "half",
    /// "four_months", "quarter" or "month").
    ///
    /// ```ts
    /// const m = Period.fiscal("month", 2020, 1, "--04-06", "start"); // the UK tax month 6 April-5 May
    /// ```
    pub fn fiscal(
        #[wasm_bindgen(
            unchecked_param_type = "\"year\" | \"half\" | \"four_months\" | \"quarter\" | \"month\""
        )]
        part: &str,
        year: f64,
        n: f64,
        start: &str,
        #[wasm_bindgen(unchecked_param_type = "NamedBy")] named_by: &str,
    ) -> Result<Period, JsValue> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        let part = growthkit::FiscalPart::parse(part).js()?;
        growthkit::Period::fiscal(part, whole(year, "year")?, whole(n, "n")?, start, named_by)
            .js()
            .map(wrap)
    }

    /// The fiscal year named `year` that starts on `start` ("--04-01"),
    /// named by the year it starts or ends in.
    ///
    /// ```ts
    /// const fy = Period.fiscalYear(2021, "--10-01", "end"); // US FY2021: 2020-10-01 to 2021-09-30
    /// ```
    #[wasm_bindgen(js_name = fiscalYear)]
    pub fn fiscal_year(
        year: f64,
        start: &str,
        #[wasm_bindgen(unchecked_param_type = "NamedBy")] named_by: &str,
    ) -> Result<Period, JsValue> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        growthkit::Period::fiscal_year(whole(year, "year")?, start, named_by)
            .js()
            .map(wrap)
    }

    /// Half `half` of the fiscal year named `year`.
    #[wasm_bindgen(js_name = fiscalHalf)]
    pub fn fiscal_half(
        year: f64,
        half: f64,
        start: &str,
        #[wasm_bindgen(unchecked_param_type = "NamedBy")] named_by: &str,
    ) -> Result<Period, JsValue> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        growthkit::Period::fiscal_half(whole(year, "year")?, whole(half, "half")?, start, named_by)
            .js()
            .map(wrap)
    }

    /// Quarter `quarter` of the fiscal year named `year`.
    ///
    /// ```ts
    /// const q3 = Period.fiscalQuarter(2021, 3, "--07-01", "end"); // Australia: January-March 2021
    /// ```
    #[wasm_bindgen(js_name = fiscalQuarter)]
    pub fn fiscal_quarter(
        year: f64,
        quarter: f64,
        start: &str,
        #[wasm_bindgen(unchecked_param_type = "NamedBy")] named_by: &str,
    ) -> Result<Period, JsValue> {
        let (start, named_by) = convert::fiscal(start, named_by)?;
        growthkit::Period::fiscal_quarter(
            whole(year, "year")?,
            whole(quarter, "quarter")?,
            start,
            named_by,
        )
        .js()
        .map(wrap)
    }

    /// Four-month period `n` (1 to 3, SDMX's `T`) of `year`.
    #[wasm_bindgen(js_name = fourMonthly)]
    pub fn four_monthly(year: f64, n: f64) -> Result<Period, JsValue> {
        growthkit::Period::four_monthly(whole(year, "year")?, whole(n, "n")?)
            .js()
            .map(wrap)
    }

    /// The business day `date` (Monday to Friday).
    ///
    /// ```ts
    /// const friday = Period.businessDay("2020-10-05").prev(); // "2020-10-02[B]"
    /// ```
    #[wasm_bindgen(js_name = businessDay)]
    pub fn business_day(
        #[wasm_bindgen(unchecked_param_type = "string | Date")] date: &JsValue,
    ) -> Result<Period, JsValue> {
        growthkit::Period::business_day(convert::date(date)?)
            .js()
            .map(wrap)
    }

    /// The week ending on `end` ("SAT", pandas' "W-SAT") that holds `date`.
    ///
    /// ```ts
    /// const w = Period.weekEnding("2020-10-07", "SAT"); // "2020-10-04/2020-10-10[W-SAT]"
    /// ```
    #[wasm_bindgen(js_name = weekEnding)]
    pub fn week_ending(
        #[wasm_bindgen(unchecked_param_type = "string | Date")] date: &JsValue,
        end: &str,
    ) -> Result<Period, JsValue> {
        growthkit::Period::week_ending(convert::date(date)?, growthkit::WeekEnd::parse(end).js()?)
            .js()
            .map(wrap)
    }

    /// The period as SDMX writes `TIME_PERIOD` (a fiscal period as its
    /// reporting period, with `reportingYearStart` beside it).
    #[wasm_bindgen(js_name = toSdmx)]
    pub fn to_sdmx(&self) -> String {
        self.inner.to_sdmx()
    }

    /// SDMX's `REPORTING_YEAR_START_DAY` of a fiscal period ("--10-01");
    /// `undefined` for calendar periods.
    #[wasm_bindgen(getter, js_name = reportingYearStart)]
    pub fn reporting_year_start(&self) -> Option<String> {
        self.inner.reporting_year_start().map(|s| s.to_string())
    }

    /// The calendar year `year`; the package exposes it as `Period.year(2020)`
    /// (the build adds that static beside the instance getter `year`, which
    /// wasm-bindgen cannot export under one name).
    #[wasm_bindgen(js_name = _fromYear)]
    pub fn from_year(year: f64) -> Result<Period, JsValue> {
        growthkit::Period::year(whole(year, "year")?).js().map(wrap)
    }

    /// Half-year `half` (1 or 2) of `year`.
    pub fn semiannual(year: f64, half: f64) -> Result<Period, JsValue> {
        growthkit::Period::semiannual(whole(year, "year")?, whole(half, "half")?)
            .js()
            .map(wrap)
    }

    /// Quarter `quarter` (1 to 4) of `year`.
    ///
    /// ```ts
    /// const q3: Period = Period.quarter(2020, 3); // "2020-Q3"
    /// ```
    pub fn quarter(year: f64, quarter: f64) -> Result<Period, JsValue> {
        growthkit::Period::quarter(whole(year, "year")?, whole(quarter, "quarter")?)
            .js()
            .map(wrap)
    }

    /// Month `month` (1 to 12) of `year`.
    pub fn month(year: f64, month: f64) -> Result<Period, JsValue> {
        growthkit::Period::month(whole(year, "year")?, whole(month, "month")?)
            .js()
            .map(wrap)
    }

    /// ISO 8601 week `week` of ISO year `year`.
    pub fn week(year: f64, week: f64) -> Result<Period, JsValue> {
        growthkit::Period::week(whole(year, "year")?, whole(week, "week")?)
            .js()
            .map(wrap)
    }

    /// The day `date`: an ISO date text or a `Date` (its UTC day).
    ///
    /// ```ts
    /// const d = Period.day(new Date(Date.UTC(2020, 9, 1))); // "2020-10-01"
    /// ```
    pub fn day(
        #[wasm_bindgen(unchecked_param_type = "string | Date")] date: &JsValue,
    ) -> Result<Period, JsValue> {
        growthkit::Period::day(convert::date(date)?).js().map(wrap)
    }

    /// The span of days from `start` to `end` (ISO date texts or `Date`s), both included.
    ///
    /// ```ts
    /// const gw = Period.span("2020-10-01", "2020-10-08"); // gw.days === 8
    /// ```
    pub fn span(
        #[wasm_bindgen(unchecked_param_type = "string | Date")] start: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] end: &JsValue,
    ) -> Result<Period, JsValue> {
        growthkit::Period::span(convert::date(start)?, convert::date(end)?)
            .js()
            .map(wrap)
    }

    /// Every period of one kind from `first` to `last`, both included.
    ///
    /// ```ts
    /// const months: Period[] = Period.range("2020-11", "2021-01"); // 2020-11, 2020-12, 2021-01
    /// ```
    pub fn range(
        #[wasm_bindgen(unchecked_param_type = "Period | string")] first: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] last: &JsValue,
    ) -> Result<Vec<Period>, JsValue> {
        let ps =
            growthkit::Period::range(&convert::period(first)?, &convert::period(last)?).js()?;
        Ok(ps.into_iter().map(wrap).collect())
    }

    /// The period of kind `frequency` that contains the day `date` (an ISO
    /// date text or a `Date`, its UTC day).
    ///
    /// ```ts
    /// const q = Period.containing("quarterly", "2020-10-01"); // "2020-Q4"
    /// ```
    pub fn containing(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
        #[wasm_bindgen(unchecked_param_type = "string | Date")] date: &JsValue,
    ) -> Result<Period, JsValue> {
        growthkit::Period::containing(convert::frequency(frequency)?, convert::date(date)?)
            .js()
            .map(wrap)
    }

    /// The period of kind `frequency` with ordinal `n` (pandas' ordinals).
    #[wasm_bindgen(js_name = fromOrdinal)]
    pub fn from_ordinal(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
        n: f64,
    ) -> Result<Period, JsValue> {
        growthkit::Period::from_ordinal(convert::frequency(frequency)?, whole(n, "n")?)
            .js()
            .map(wrap)
    }

    /// The kind of period.
    #[wasm_bindgen(getter, unchecked_return_type = "FrequencyName")]
    pub fn frequency(&self) -> String {
        self.inner.frequency().to_string()
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

    /// How many days the period has.
    #[wasm_bindgen(getter)]
    pub fn days(&self) -> f64 {
        self.inner.days() as f64
    }

    /// The dense index within the kind (pandas' ordinals); `undefined` for spans.
    #[wasm_bindgen(getter)]
    pub fn ordinal(&self) -> Option<f64> {
        self.inner.ordinal().map(|n| n as f64)
    }

    /// The period `n` periods of its own kind later (earlier for negative `n`).
    pub fn shift(&self, n: f64) -> Result<Period, JsValue> {
        self.inner.shift(whole(n, "n")?).js().map(wrap)
    }

    /// `shift(1)`.
    pub fn next(&self) -> Result<Period, JsValue> {
        self.inner.next().js().map(wrap)
    }

    /// `shift(-1)`.
    pub fn prev(&self) -> Result<Period, JsValue> {
        self.inner.prev().js().map(wrap)
    }

    /// The same period `n` (default 1) years earlier.
    ///
    /// ```ts
    /// const before = Period.parse("2021-01-01/2021-02-28").yearAgo(); // "2020-01-01/2020-02-29"
    /// ```
    #[wasm_bindgen(js_name = yearAgo)]
    pub fn year_ago(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] n: Option<f64>,
    ) -> Result<Period, JsValue> {
        self.inner
            .year_ago(whole(n.unwrap_or(1.0), "n")?)
            .js()
            .map(wrap)
    }

    /// Whether every day of `other` lies within this period.
    pub fn contains(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] other: &JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self.inner.contains(&convert::period(other)?))
    }

    /// Whether this period and `other` share a day.
    pub fn overlaps(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] other: &JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self.inner.overlaps(&convert::period(other)?))
    }

    /// The period of the coarser kind `frequency` containing this one.
    ///
    /// ```ts
    /// const y = Period.parse("2020-W53").toFrequency("annual"); // "2020": a week goes with its Thursday
    /// ```
    #[wasm_bindgen(js_name = toFrequency)]
    pub fn to_frequency(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    ) -> Result<Period, JsValue> {
        self.inner
            .to_frequency(convert::frequency(frequency)?)
            .js()
            .map(wrap)
    }

    /// The periods of the finer kind `frequency` that make this one up.
    pub fn subperiods(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    ) -> Result<Vec<Period>, JsValue> {
        let ps = self.inner.subperiods(convert::frequency(frequency)?).js()?;
        Ok(ps.into_iter().map(wrap).collect())
    }

    /// A label for people, in `"en"` (default) or `"zh"`.
    ///
    /// ```ts
    /// const zh: string = Period.parse("2020-S1").label("zh"); // "2020年上半年"
    /// ```
    pub fn label(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "\"en\" | \"zh\"")] lang: Option<String>,
    ) -> Result<String, JsValue> {
        self.inner.label(lang.as_deref().unwrap_or("en")).js()
    }

    /// Whether `other` is the same period.
    pub fn equals(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] other: &JsValue,
    ) -> bool {
        convert::period(other).is_ok_and(|o| o == self.inner)
    }

    /// -1, 0 or 1: by first day, then last day, then kind (for `Array.sort`).
    pub fn compare(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] other: &JsValue,
    ) -> Result<i32, JsValue> {
        Ok(self.inner.cmp(&convert::period(other)?) as i32)
    }

    /// The canonical text ("2020-Q3").
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        self.inner.to_string()
    }

    /// The canonical text, so that `JSON.stringify` writes periods as text.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.inner.to_string()
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

    /// The frequency name for a name or SDMX code ("Q" gives "quarterly").
    ///
    /// ```ts
    /// const f: FrequencyName = Frequency.parse("Q"); // "quarterly"
    /// ```
    #[wasm_bindgen(unchecked_return_type = "FrequencyName")]
    pub fn parse(text: &str) -> Result<String, JsValue> {
        Ok(convert::frequency(text)?.to_string())
    }

    /// The SDMX FREQ code; `undefined` for spans.
    #[wasm_bindgen(js_name = sdmxCode)]
    pub fn sdmx_code(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    ) -> Result<Option<String>, JsValue> {
        Ok(convert::frequency(frequency)?.sdmx_code().map(String::from))
    }

    /// The frequency of an SDMX FREQ code; codelist "ecb" reads `H` as
    /// half-yearly, as the ECB's older codelist does.
    #[wasm_bindgen(js_name = fromSdmx, unchecked_return_type = "FrequencyName")]
    pub fn from_sdmx(
        code: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "\"sdmx\" | \"ecb\"")] codelist: Option<
            String,
        >,
    ) -> Result<String, JsValue> {
        let list = growthkit::Codelist::parse(codelist.as_deref().unwrap_or("sdmx")).js()?;
        CoreFrequency::from_sdmx(code, list)
            .js()
            .map(|f| f.to_string())
    }

    /// The frequency name of a pandas frequency string (`"Q-DEC"` gives `"quarterly"`).
    #[wasm_bindgen(js_name = fromPandas, unchecked_return_type = "FrequencyName")]
    pub fn from_pandas(freqstr: &str) -> Result<String, JsValue> {
        CoreFrequency::from_pandas(freqstr)
            .js()
            .map(|f| f.as_str().to_string())
    }

    /// The pandas period frequency (`"Q-DEC"` …); `undefined` for half-years and spans.
    #[wasm_bindgen(js_name = pandasCode)]
    pub fn pandas_code(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    ) -> Result<Option<String>, JsValue> {
        Ok(convert::frequency(frequency)?
            .pandas_code()
            .map(String::from))
    }

    /// Observations per year as FRED counts them; `undefined` for spans.
    #[wasm_bindgen(js_name = periodsPerYear)]
    pub fn periods_per_year(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
    ) -> Result<Option<u32>, JsValue> {
        Ok(convert::frequency(frequency)?.periods_per_year())
    }
}
