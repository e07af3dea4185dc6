//! `Dataset` and `datasetFromRows`. The readers, which give a `Dataset`,
//! are in the module `read` (wasm/read), loaded on first use.

use crate::convert::{self, field};
use crate::errors::{OrJsErr, invalid_argument};
use crate::series::Series;
use growthkit::read;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// Many keyed series with observation flags, as statistics files hold them.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Dataset {
    pub(crate) inner: growthkit::Dataset,
}

pub(crate) fn wrap(inner: growthkit::Dataset) -> Dataset {
    Dataset { inner }
}

/// A key given as an object of dimension to code.
fn key(v: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    if !v.is_object() {
        return Err(invalid_argument(format!(
            "a key is an object of dimension to code, such as {{ GEO: \"DE\" }}, not {}",
            convert::describe(v)
        )));
    }
    Object::entries(&Object::from(v.clone()))
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            Ok((
                convert::text(&pair.get(0), "a dimension")?,
                convert::text(&pair.get(1), "a code")?,
            ))
        })
        .collect()
}

fn pairs(k: &[(String, String)]) -> Vec<(&str, &str)> {
    k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[wasm_bindgen]
impl Dataset {
    /// Each series' key as an object of dimension to code, in order.
    #[wasm_bindgen(unchecked_return_type = "Record<string, string>[]")]
    pub fn keys(&self) -> Array {
        self.inner
            .keys()
            .into_iter()
            .map(|k| {
                let o = Object::new();
                for (d, c) in k {
                    let _ = Reflect::set(&o, &JsValue::from_str(d), &JsValue::from_str(c));
                }
                JsValue::from(o)
            })
            .collect()
    }

    /// The series whose keys match `partial` ({ GEO: "DE" }).
    pub fn select(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] partial: &JsValue,
    ) -> Result<Dataset, JsValue> {
        let k = key(partial)?;
        self.inner.select(&pairs(&k)).js().map(wrap)
    }

    /// The one series whose key matches `key`.
    pub fn series(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] key_: &JsValue,
    ) -> Result<Series, JsValue> {
        let k = key(key_)?;
        Ok(Series {
            inner: self.inner.get(&pairs(&k)).js()?.series().clone(),
        })
    }

    /// The flags of the series with `key`, aligned with its periods (`null` where none).
    #[wasm_bindgen(unchecked_return_type = "(string | null)[]")]
    pub fn flags(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] key_: &JsValue,
    ) -> Result<Array, JsValue> {
        let k = key(key_)?;
        Ok(self
            .inner
            .get(&pairs(&k))
            .js()?
            .flags()
            .iter()
            .map(|f| {
                f.as_ref()
                    .map_or(JsValue::NULL, |f| JsValue::from_str(f.code()))
            })
            .collect())
    }

    /// The long table as row objects `{ ...key, period, value, flag }`, the
    /// shape Arquero, Observable Plot and DuckDB-wasm exchange.
    #[wasm_bindgen(js_name = toRows, unchecked_return_type = "Record<string, string | number | null>[]")]
    pub fn to_rows(&self) -> Array {
        let dims = self.inner.dimensions();
        self.inner
            .long()
            .into_iter()
            .map(|(k, p, v, f)| {
                let o = Object::new();
                for (d, c) in dims.iter().zip(k) {
                    let _ = Reflect::set(&o, &JsValue::from_str(d), &JsValue::from_str(c));
                }
                let _ = Reflect::set(
                    &o,
                    &read::PERIOD_COLUMN.into(),
                    &JsValue::from_str(&p.to_string()),
                );
                let value = if v.is_nan() {
                    JsValue::NULL
                } else {
                    JsValue::from_f64(v)
                };
                let _ = Reflect::set(&o, &read::VALUE_COLUMN.into(), &value);
                let flag = f.map_or(JsValue::NULL, |f| JsValue::from_str(f.code()));
                let _ = Reflect::set(&o, &read::FLAG_COLUMN.into(), &flag);
                JsValue::from(o)
            })
            .collect()
    }

    /// The series attributes of the series with `key`.
    #[wasm_bindgen(unchecked_return_type = "Record<string, string>")]
    pub fn attributes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, string>")] key_: &JsValue,
    ) -> Result<Object, JsValue> {
        let k = key(key_)?;
        let o = Object::new();
        for (a, v) in self.inner.get(&pairs(&k)).js()?.attributes() {
            let _ = Reflect::set(&o, &JsValue::from_str(a), &JsValue::from_str(v));
        }
        Ok(o)
    }
}

/// A dataset from row objects `{ ...key, period, value, flag }` (the shape
/// Arquero, Observable Plot and DuckDB-wasm exchange, and `toRows()` gives):
/// `options.keys` names the key columns (by default every column but the
/// period, value and flag ones).
///
/// ```ts
/// const ds = datasetFromRows([{ geo: "DE", period: "2019", value: 100 }, { geo: "DE", period: "2020", value: 110 }]);
/// const g = ds.yoy().series({ geo: "DE" }); // 0.1 in 2020
/// ```
#[wasm_bindgen(js_name = datasetFromRows)]
pub fn dataset_from_rows(
    #[wasm_bindgen(unchecked_param_type = "Record<string, string | number | null>[]")]
    rows: &JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ keys?: string[]; period?: string; value?: string; flag?: string }"
    )]
    options: Option<JsValue>,
) -> Result<Dataset, JsValue> {
    let rows = rows
        .dyn_ref::<Array>()
        .ok_or_else(|| invalid_argument("rows must be an array of objects".into()))?;
    let o = options.as_ref();
    let period = field(o, "period")?.unwrap_or_else(|| read::PERIOD_COLUMN.into());
    let value = field(o, "value")?.unwrap_or_else(|| read::VALUE_COLUMN.into());
    let named_flag = field(o, "flag")?;
    let named_keys: Option<Vec<String>> = match o
        .filter(|o| o.is_object())
        .map(|o| Reflect::get(o, &"keys".into()).unwrap_or(JsValue::UNDEFINED))
        .filter(|k| !k.is_undefined() && !k.is_null())
    {
        Some(k) => Some(
            k.dyn_ref::<Array>()
                .ok_or_else(|| invalid_argument("keys must be an array of column names".into()))?
                .iter()
                .map(|c| convert::text(&c, "a column name"))
                .collect::<Result<_, _>>()?,
        ),
        None => None,
    };
    // The columns are the first row's; the core decides which are keys.
    let (keys, flag) = match rows.get(0).dyn_ref::<Object>() {
        Some(first) => {
            let present: Vec<String> = Object::keys(first)
                .iter()
                .filter_map(|k| k.as_string())
                .collect();
            read::long_columns(&present, &period, &value, named_keys, named_flag.as_deref()).js()?
        }
        None => (named_keys.unwrap_or_default(), named_flag),
    };
    let flag = flag.unwrap_or_default();
    let get = |row: &JsValue, name: &str| {
        Reflect::get(row, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    };
    let parsed = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let key = keys
                .iter()
                .map(|k| {
                    let v = get(&row, k);
                    v.as_string()
                        .or_else(|| v.as_f64().map(|x| x.to_string()))
                        .ok_or_else(|| {
                            invalid_argument(format!(
                                "row {}: key column `{k}` is {}",
                                i + 1,
                                convert::describe(&v)
                            ))
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let p = convert::period(&get(&row, &period))?;
            let v = get(&row, &value);
            let x = if v.is_null() || v.is_undefined() {
                f64::NAN
            } else {
                v.as_f64().ok_or_else(|| {
                    invalid_argument(format!("row {}: value is {}", i + 1, convert::describe(&v)))
                })?
            };
            let f = get(&row, &flag)
                .as_string()
                .map(|c| growthkit::Flag::new(&c));
            Ok((key, p, x, f))
        })
        .collect::<Result<Vec<_>, JsValue>>()?;
    growthkit::Dataset::from_rows(keys, parsed).js().map(wrap)
}
