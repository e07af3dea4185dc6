//! `Series`: values over periods, with every transform of the core.

use crate::convert;
use crate::errors::OrJsErr;
use crate::period::Period;
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
        // Texts go through the core's text constructor, as Python's do.
        let s = match (frequency, convert::text_list(periods)) {
            (Some(f), _) => growthkit::Series::new(
                convert::containing_periods(convert::frequency(&f)?, periods)?,
                convert::floats(values)?,
            ),
            (None, Some(texts)) => growthkit::Series::from_texts(&texts, convert::floats(values)?),
            (None, None) => {
                growthkit::Series::new(convert::periods(periods)?, convert::floats(values)?)
            }
        }
        .js()?;
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
}
