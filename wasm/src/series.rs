//! `Series`: values over periods, with every transform of the core.

use crate::convert::{self, whole};
use crate::errors::{OrJsErr, invalid_argument};
use crate::period::Period;
use crate::unit::Indicator;
use wasm_bindgen::prelude::*;

/// A map from periods to numbers, sorted by period, with an optional
/// `Indicator`. NaN is a missing value; periods are unique and do not
/// overlap. Comparisons over time match periods by the calendar.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Series {
    pub(crate) inner: growthkit::Series,
}

fn wrap(s: growthkit::Series) -> Series {
    Series { inner: s }
}

#[wasm_bindgen]
impl Series {
    /// A series from periods (`Period` or text) and values (a `Float64Array`
    /// or numbers, `null` for missing), with an optional indicator (an
    /// `Indicator` or its JSON object).
    ///
    /// ```ts
    /// const s = new Series(["2019-S1", "2020-S1"], [116.86, 122.7]);
    /// const q = new Series([new Date(Date.UTC(2020, 0, 15))], [1], null, "quarterly"); // 2020-Q1
    /// ```
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "(Period | string | Date)[]")] periods: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Float64Array | (number | null)[]")] values: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Indicator | IndicatorJSON | null")]
        indicator: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "FrequencyName")] frequency: Option<String>,
    ) -> Result<Series, JsValue> {
        let periods = match frequency {
            Some(f) => convert::containing_periods(convert::frequency(&f)?, periods)?,
            None => convert::periods(periods)?,
        };
        let s = growthkit::Series::new(periods, convert::floats(values)?).js()?;
        Ok(wrap(
            match indicator.filter(|i| !i.is_null() && !i.is_undefined()) {
                Some(i) => s.with_indicator(convert::indicator(&i)?),
                None => s,
            },
        ))
    }

    /// A series of one frequency from its periods' ordinals (as
    /// `Period.ordinal` and pandas number them: `Int32Array`, `BigInt64Array`
    /// or whole numbers), values and an optional indicator. In increasing
    /// order, the series keeps the ordinals and makes its periods only when
    /// asked; in any other order it sorts them, as `new Series` does.
    ///
    /// ```ts
    /// const s = Series.fromOrdinals("monthly", new Int32Array([600, 601]), [1, 2]);
    /// s.periods[0].toString(); // "2020-01"
    /// ```
    #[wasm_bindgen(js_name = fromOrdinals)]
    pub fn from_ordinals(
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
        #[wasm_bindgen(unchecked_param_type = "Int32Array | BigInt64Array | number[]")]
        ordinals: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Float64Array | (number | null)[]")] values: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Indicator | IndicatorJSON | null")]
        indicator: Option<JsValue>,
    ) -> Result<Series, JsValue> {
        let ords = crate::kernels::integers(ordinals, "ordinals")?;
        let f = convert::frequency(frequency)?;
        let s = growthkit::Series::from_ordinals(f, &ords, convert::floats(values)?).js()?;
        Ok(wrap(
            match indicator.filter(|i| !i.is_null() && !i.is_undefined()) {
                Some(i) => s.with_indicator(convert::indicator(&i)?),
                None => s,
            },
        ))
    }

    /// How many periods the series has.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.len()
    }

    /// The periods, in order.
    #[wasm_bindgen(getter)]
    pub fn periods(&self) -> Vec<Period> {
        self.inner
            .periods()
            .iter()
            .map(|&p| Period { inner: p })
            .collect()
    }

    /// The values, a new `Float64Array`; NaN where missing.
    #[wasm_bindgen(getter)]
    pub fn values(&self) -> Vec<f64> {
        self.inner.values().to_vec()
    }

    /// The indicator, if any.
    #[wasm_bindgen(getter)]
    pub fn indicator(&self) -> Option<Indicator> {
        self.inner
            .indicator()
            .cloned()
            .map(|i| Indicator { inner: i })
    }

    /// The kind shared by every period; `undefined` when mixed or empty.
    #[wasm_bindgen(getter, unchecked_return_type = "FrequencyName | undefined")]
    pub fn frequency(&self) -> Option<String> {
        self.inner.frequency().map(|f| f.to_string())
    }

    /// The value for `period`; `undefined` when absent or missing.
    pub fn get(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] period: &JsValue,
    ) -> Result<Option<f64>, JsValue> {
        Ok(self.inner.get(&convert::period(period)?))
    }

    /// Whether `period` is one of the series' periods (its value may be missing).
    pub fn contains(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string | Date")] period: &JsValue,
    ) -> Result<bool, JsValue> {
        Ok(self.inner.contains(&convert::period(period)?))
    }

    /// The stored value for `period`, NaN included; `undefined` when the period is absent.
    pub fn lookup(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string | Date")] period: &JsValue,
    ) -> Result<Option<f64>, JsValue> {
        Ok(self.inner.lookup(&convert::period(period)?))
    }

    /// The same series described by `indicator`.
    #[wasm_bindgen(js_name = withIndicator)]
    pub fn with_indicator(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Indicator | IndicatorJSON")] indicator: &JsValue,
    ) -> Result<Series, JsValue> {
        Ok(wrap(
            self.inner
                .clone()
                .with_indicator(convert::indicator(indicator)?),
        ))
    }

    /// The periods within `first.start .. last.end`.
    pub fn slice(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] first: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] last: &JsValue,
    ) -> Result<Series, JsValue> {
        Ok(wrap(
            self.inner
                .slice(&convert::period(first)?, &convert::period(last)?),
        ))
    }

    /// Both series cut to the periods they share, as a two-element array.
    #[wasm_bindgen(unchecked_return_type = "[Series, Series]")]
    pub fn align(&self, other: &Series) -> js_sys::Array {
        let (a, b) = self.inner.align(&other.inner);
        js_sys::Array::of2(&wrap(a).into(), &wrap(b).into())
    }

    /// The sum on the periods both series share.
    pub fn add(&self, other: &Series) -> Series {
        wrap(&self.inner + &other.inner)
    }

    /// The difference on the periods both series share.
    pub fn sub(&self, other: &Series) -> Series {
        wrap(&self.inner - &other.inner)
    }

    /// The product on the periods both series share.
    pub fn mul(&self, other: &Series) -> Series {
        wrap(&self.inner * &other.inner)
    }

    /// The quotient on the periods both series share (division by zero is missing).
    pub fn div(&self, other: &Series) -> Series {
        wrap(&self.inner / &other.inner)
    }

    /// Year-on-year growth.
    ///
    /// ```ts
    /// const s = new Series(["2019-01", "2019-03", "2020-01", "2020-03"], [100, 300, 110, 330]);
    /// const g: Float64Array = s.yoy().values; // [NaN, NaN, 0.1, 0.1]: matched by the calendar
    /// ```
    pub fn yoy(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "BasePolicy")] base: Option<String>,
    ) -> Result<Series, JsValue> {
        Ok(wrap(self.inner.yoy_with(convert::base(base)?)))
    }

    /// Growth against `lag` (default 1) periods earlier.
    ///
    /// ```ts
    /// const g = new Series(["2020-Q1", "2020-Q2"], [100, 102]).pctChange(); // [NaN, 0.02]
    /// ```
    #[wasm_bindgen(js_name = pctChange)]
    pub fn pct_change(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] lag: Option<f64>,
        #[wasm_bindgen(unchecked_optional_param_type = "BasePolicy")] base: Option<String>,
    ) -> Result<Series, JsValue> {
        self.inner
            .pct_change_with(whole(lag.unwrap_or(1.0), "lag")?, convert::base(base)?)
            .js()
            .map(wrap)
    }

    /// The change against `lag` (default 1) periods earlier.
    pub fn diff(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] lag: Option<f64>,
    ) -> Result<Series, JsValue> {
        self.inner
            .diff(whole(lag.unwrap_or(1.0), "lag")?)
            .js()
            .map(wrap)
    }

    /// The change against the same period a year earlier.
    #[wasm_bindgen(js_name = yoyDiff)]
    pub fn yoy_diff(&self) -> Series {
        wrap(self.inner.yoy_diff())
    }

    /// ln x(p) - ln x(p.shift(-lag)).
    #[wasm_bindgen(js_name = logDiff)]
    pub fn log_diff(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] lag: Option<f64>,
    ) -> Result<Series, JsValue> {
        self.inner
            .log_diff(whole(lag.unwrap_or(1.0), "lag")?)
            .js()
            .map(wrap)
    }

    /// Growth against `lag` periods earlier, compounded to a yearly rate.
    pub fn annualized(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] lag: Option<f64>,
        #[wasm_bindgen(unchecked_optional_param_type = "BasePolicy")] base: Option<String>,
    ) -> Result<Series, JsValue> {
        self.inner
            .annualized_with(whole(lag.unwrap_or(1.0), "lag")?, convert::base(base)?)
            .js()
            .map(wrap)
    }

    /// One of FRED's transformations (`lin chg ch1 pch pc1 pca cch cca log`), in FRED's units.
    ///
    /// ```ts
    /// const pc1 = new Series(["2019", "2020"], [100, 105]).transform("pc1"); // [NaN, 5] (percent)
    /// ```
    pub fn transform(&self, code: &str) -> Result<Series, JsValue> {
        growthkit::FredTransform::parse(code)
            .js()
            .map(|t| wrap(self.inner.transform(t)))
    }

    /// The NBS two-year average growth rate.
    #[wasm_bindgen(js_name = twoYearAverage)]
    pub fn two_year_average(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "BasePolicy")] base: Option<String>,
    ) -> Result<Series, JsValue> {
        Ok(wrap(self.inner.two_year_average_with(convert::base(base)?)))
    }

    /// Year-to-date totals from single-period flows.
    #[wasm_bindgen(js_name = cumulateYtd)]
    pub fn cumulate_ytd(&self) -> Result<Series, JsValue> {
        self.inner.cumulate_ytd().js().map(wrap)
    }

    /// Single-period flows from year-to-date totals.
    ///
    /// ```ts
    /// const flows = new Series(["2020-02", "2020-03"], [100, 160]).decumulateYtd();
    /// // periods 2020-01-01/2020-02-29 and 2020-03, values [100, 60]
    /// ```
    #[wasm_bindgen(js_name = decumulateYtd)]
    pub fn decumulate_ytd(&self) -> Result<Series, JsValue> {
        self.inner.decumulate_ytd().js().map(wrap)
    }

    /// The single-period growth implied by year-to-date totals and rates.
    #[wasm_bindgen(js_name = ytdPeriodGrowth)]
    pub fn ytd_period_growth(ytd_values: &Series, ytd_growth: &Series) -> Result<Series, JsValue> {
        growthkit::Series::ytd_period_growth(&ytd_values.inner, &ytd_growth.inner)
            .js()
            .map(wrap)
    }

    /// The series at a coarser frequency.
    ///
    /// ```ts
    /// const q = new Series(["2020-01", "2020-02", "2020-03"], [1, 2, 3]).aggregate("quarterly", "sum"); // 2020-Q1: 6
    /// ```
    pub fn aggregate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FrequencyName")] frequency: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "MethodName")] method: Option<String>,
        #[wasm_bindgen(js_name = minCount, unchecked_optional_param_type = "number | null")]
        min_count: Option<f64>,
    ) -> Result<Series, JsValue> {
        let m = method.as_deref().map(convert::method).transpose()?;
        let k = min_count.map(|k| whole(k, "minCount")).transpose()?;
        self.inner
            .aggregate(convert::frequency(frequency)?, m, k)
            .js()
            .map(wrap)
    }

    /// `method` over the `window` periods ending at each period.
    pub fn rolling(
        &self,
        window: f64,
        #[wasm_bindgen(unchecked_param_type = "MethodName")] method: &str,
    ) -> Result<Series, JsValue> {
        self.inner
            .rolling(whole(window, "window")?, convert::method(method)?)
            .js()
            .map(wrap)
    }

    /// The series as an index with mean `value` (default 100) over `base`.
    pub fn rebase(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] base: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] value: Option<f64>,
    ) -> Result<Series, JsValue> {
        self.inner
            .rebase(&convert::period(base)?, value.unwrap_or(100.0))
            .js()
            .map(wrap)
    }

    /// Nominal to real at the prices of `base`.
    pub fn deflate(
        &self,
        price_index: &Series,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] base: &JsValue,
    ) -> Result<Series, JsValue> {
        self.inner
            .deflate(&price_index.inner, &convert::period(base)?)
            .js()
            .map(wrap)
    }

    /// Each value divided by its period's days.
    #[wasm_bindgen(js_name = perDay)]
    pub fn per_day(&self) -> Series {
        wrap(self.inner.per_day())
    }

    /// x(p) / total(p).
    #[wasm_bindgen(js_name = shareOf)]
    pub fn share_of(&self, total: &Series) -> Series {
        wrap(self.inner.share_of(&total.inner))
    }

    /// Contribution to the total's year-on-year growth (拉动).
    #[wasm_bindgen(js_name = contributionTo)]
    pub fn contribution_to(&self, total: &Series) -> Series {
        wrap(self.inner.contribution_to(&total.inner))
    }

    /// Share of the total's year-on-year change (贡献率).
    #[wasm_bindgen(js_name = contributionShare)]
    pub fn contribution_share(&self, total: &Series) -> Series {
        wrap(self.inner.contribution_share(&total.inner))
    }

    /// Contribution to the total's growth over the previous period (BEA's
    /// contributions to percent change), as a fraction.
    ///
    /// ```ts
    /// const part = new Series(["2020-Q1", "2020-Q2"], [40, 44]);
    /// const total = new Series(["2020-Q1", "2020-Q2"], [100, 102]);
    /// const c = part.contributionToPrevious(total); // [NaN, 0.04]
    /// ```
    #[wasm_bindgen(js_name = contributionToPrevious)]
    pub fn contribution_to_previous(&self, total: &Series) -> Series {
        wrap(self.inner.contribution_to_previous(&total.inner))
    }

    /// Share of the total's change over the previous period.
    #[wasm_bindgen(js_name = contributionSharePrevious)]
    pub fn contribution_share_previous(&self, total: &Series) -> Series {
        wrap(self.inner.contribution_share_previous(&total.inner))
    }

    /// The plain JSON object `{indicator, periods, values}` (so `JSON.stringify(series)` works).
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "SeriesJSON")]
    pub fn to_json(&self) -> JsValue {
        convert::parse_json(&self.inner.to_json())
    }

    /// A series from its JSON object or text.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "SeriesJSON | string")] json: &JsValue,
    ) -> Result<Series, JsValue> {
        let text = match json.as_string() {
            Some(t) => t,
            None => js_sys::JSON::stringify(json)
                .ok()
                .and_then(|s| s.as_string())
                .ok_or_else(|| {
                    invalid_argument(format!(
                        "expected a series object or JSON text, got {}",
                        convert::describe(json)
                    ))
                })?,
        };
        growthkit::Series::from_json(&text).js().map(wrap)
    }
}
