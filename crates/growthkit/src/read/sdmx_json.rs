//! SDMX-JSON data messages: the draft layout before 1.0 (`structure` and
//! `dataSets` at the top), 1.0 (`data.structure`) and 2.0
//! (`data.structures`), series keyed by indexes or flat observations. A
//! series key that repeats within one message (real ILOSTAT files do this)
//! is merged, never dropped: the object is read entry by entry.

// `Value[key]` on serde_json's values gives `Null` for a missing key or a
// value of another type; it never panics.
#![allow(clippy::indexing_slicing)]
use super::{malformed, text_of, units};
use crate::dataset::Builder;
use crate::dataset::{Dataset, Flag};
use crate::error::{Error, ErrorKind, Result};
use crate::indicator::Indicator;
use crate::period::Period;
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::io::Read;

/// Every entry of a JSON object, in order, repeated keys included.
struct Entries<T>(Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, T>()? {
                    out.push((k, v));
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

#[derive(Deserialize, Default)]
struct SeriesJson {
    #[serde(default)]
    attributes: Vec<Value>,
    #[serde(default)]
    observations: Entries<Vec<Value>>,
}

#[derive(Deserialize, Default)]
struct DataSetJson {
    #[serde(default)]
    structure: Option<usize>,
    #[serde(default)]
    attributes: Vec<Value>,
    #[serde(default)]
    series: Entries<SeriesJson>,
    #[serde(default)]
    observations: Entries<Vec<Value>>,
}

#[derive(Deserialize, Default)]
struct DataJson {
    #[serde(default, rename = "dataSets")]
    data_sets: Vec<DataSetJson>,
    #[serde(default)]
    structure: Option<Value>,
    #[serde(default)]
    structures: Vec<Value>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(default)]
    data: Option<DataJson>,
    #[serde(default, rename = "dataSets")]
    data_sets: Vec<DataSetJson>,
    #[serde(default)]
    structure: Option<Value>,
}

/// A component (dimension or attribute): its id and its values' ids.
struct Component {
    id: String,
    values: Vec<Value>,
}

impl Component {
    fn of(v: &Value) -> Component {
        Component {
            id: v["id"].as_str().unwrap_or("").to_string(),
            values: v["values"].as_array().cloned().unwrap_or_default(),
        }
    }

    /// The code of value `i`: its `id`, else its `name`.
    fn code(&self, i: usize) -> Option<String> {
        let v = self.values.get(i)?;
        v["id"]
            .as_str()
            .or_else(|| v["value"].as_str())
            .or_else(|| v["name"].as_str())
            .map(String::from)
            .or_else(|| v.as_str().map(String::from))
    }

    /// A time value's period: its id, else its `start`/`end` dates.
    fn period(&self, i: usize) -> Result<Period> {
        let v = self
            .values
            .get(i)
            .ok_or_else(|| bad(format!("no time value {i}")))?;
        // 2.0 from the IMF writes `value` where others write `id`.
        let id = v["id"]
            .as_str()
            .or_else(|| v["value"].as_str())
            .unwrap_or("");
        Period::parse(id).or_else(|e| {
            let (s, t) = (v["start"].as_str(), v["end"].as_str());
            match (s, t) {
                (Some(s), Some(t)) => Period::parse(&format!(
                    "{}/{}",
                    s.get(..10).unwrap_or(s),
                    t.get(..10).unwrap_or(t)
                )),
                _ => Err(e),
            }
        })
    }
}

fn bad(message: impl fmt::Display) -> Error {
    Error::new(ErrorKind::MalformedData, format!("sdmx-json: {message}"))
}

/// The components of `structure[kind][level]` (`dataSet` and `dataset` alike).
fn components(structure: &Value, kind: &str, level: &str) -> Vec<Component> {
    let group = &structure[kind];
    let list = group[level].as_array().or_else(|| {
        if level == "dataSet" {
            group["dataset"].as_array()
        } else {
            None
        }
    });
    list.map(|l| l.iter().map(Component::of).collect())
        .unwrap_or_default()
}

/// Reads an SDMX-JSON data message into a dataset: the series dimensions
/// (or, for flat observations, every dimension but time) make the key,
/// `OBS_STATUS` at any level the flag, `UNIT_MEASURE` (OECD.Stat's `UNIT`)
/// and `UNIT_MULT` (`POWERCODE`) at any level the unit; a cross-section
/// (`TIME_PERIOD` among the series dimensions) reads as time series; other attributes are kept as series attributes.
/// `null` values are missing.
///
/// # Errors
///
/// `malformed_data` for text that is not an SDMX-JSON data message, an
/// index that points at no value, a period that does not read, or a key
/// and period given twice with different values.
///
/// ```
/// use growthkit::read::read_sdmx_json;
/// let msg = r#"{"data": {
///   "structure": {
///     "dimensions": {
///       "series": [{"id": "GEO", "values": [{"id": "DE"}]}],
///       "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2019"}, {"id": "2020"}]}]
///     },
///     "attributes": {"observation": [{"id": "OBS_STATUS", "values": [{"id": "P"}]}]}
///   },
///   "dataSets": [{"series": {"0": {"observations": {"0": [100], "1": [105, 0]}}}}]
/// }}"#;
/// let ds = read_sdmx_json(msg.as_bytes())?;
/// assert_eq!(ds.entries()[0].flags()[1].as_ref().unwrap().code(), "P");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_sdmx_json(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let msg: Message = serde_json::from_str(&text).map_err(|e| {
        malformed(
            e.line(),
            None,
            format!(
                "not an SDMX-JSON data message: {e}{}",
                super::any::looks_like(&text, super::Format::SdmxJson).unwrap_or_default()
            ),
        )
    })?;
    let (data_sets, structure) = match msg.data {
        Some(d) => {
            let structure = match d.structure {
                Some(s) => s,
                None => {
                    let i = d.data_sets.first().and_then(|ds| ds.structure).unwrap_or(0);
                    d.structures.get(i).cloned().unwrap_or(Value::Null)
                }
            };
            (d.data_sets, structure)
        }
        None => (msg.data_sets, msg.structure.unwrap_or(Value::Null)),
    };
    if structure.is_null() || data_sets.is_empty() {
        return Err(bad("the message has no structure or no data set"));
    }
    let series_dims = components(&structure, "dimensions", "series");
    let obs_dims = components(&structure, "dimensions", "observation");
    let ds_attrs = components(&structure, "attributes", "dataSet");
    let series_attrs = components(&structure, "attributes", "series");
    let obs_attrs = components(&structure, "attributes", "observation");
    let is_time = |d: &Component| d.id == "TIME_PERIOD" || d.id == "TIME";
    // Time at the observations, or (a cross-section) at the series.
    let (time_at_series, time_pos) = match obs_dims.iter().position(is_time) {
        Some(p) => (false, p),
        None => series_dims.iter().position(is_time).map(|p| (true, p)).ok_or_else(|| {
            bad("no TIME_PERIOD dimension, at the observations or the series: not a time series")
        })?,
    };
    let time_in = |series: bool, j: usize| series == time_at_series && j == time_pos;
    let key_dims: Vec<&Component> = series_dims
        .iter()
        .enumerate()
        .filter(|(j, _)| !time_in(true, *j))
        .chain(
            obs_dims
                .iter()
                .enumerate()
                .filter(|(j, _)| !time_in(false, *j)),
        )
        .map(|(_, d)| d)
        .collect();
    let mut b = Builder::new(key_dims.iter().map(|d| d.id.clone()).collect());
    b.infer_business_days();
    let mut merged = 0usize;
    let (mut present, mut total) = (0usize, 0usize);
    for ds in &data_sets {
        // Data-set attributes: indexes in 2.0, single values in 1.0.
        let mut level0: Vec<(String, String)> = Vec::new();
        for (i, c) in ds_attrs.iter().enumerate() {
            let idx = ds
                .attributes
                .get(i)
                .and_then(Value::as_u64)
                .map_or(Some(0), |x| Some(x as usize));
            if let Some(code) = idx.and_then(|k| c.code(k)) {
                level0.push((c.id.clone(), code));
            }
        }
        let mut seen_keys = std::collections::HashSet::new();
        let groups: Vec<Group<'_>> = if ds.series.0.is_empty() {
            vec![(Vec::new(), Vec::new(), &ds.observations)]
        } else {
            ds.series
                .0
                .iter()
                .map(|(k, s)| Ok((indexes(k)?, s.attributes.clone(), &s.observations)))
                .collect::<Result<_>>()?
        };
        for (series_idx, s_attrs, observations) in groups {
            if !series_idx.is_empty() && !seen_keys.insert(series_idx.clone()) {
                merged += 1;
            }
            let mut attrs = level0.clone();
            for (i, c) in series_attrs.iter().enumerate() {
                if let Some(code) = s_attrs
                    .get(i)
                    .and_then(Value::as_u64)
                    .and_then(|k| c.code(k as usize))
                {
                    attrs.push((c.id.clone(), code));
                }
            }
            for (obs_key, obs) in &observations.0 {
                let oi = indexes(obs_key)?;
                let all: Vec<usize> = series_idx.iter().chain(&oi).copied().collect();
                let mut key = Vec::with_capacity(key_dims.len());
                for (pos, d) in series_dims.iter().enumerate() {
                    if !time_in(true, pos) {
                        key.push(code_at(d, &all, pos)?);
                    }
                }
                for (j, d) in obs_dims.iter().enumerate() {
                    if !time_in(false, j) {
                        key.push(code_at(d, &all, series_dims.len() + j)?);
                    }
                }
                let (time_dims, offset) = if time_at_series {
                    (&series_dims, 0)
                } else {
                    (&obs_dims, series_dims.len())
                };
                let t = all
                    .get(offset + time_pos)
                    .copied()
                    .ok_or_else(|| bad(format!("observation `{obs_key}` has no time index")))?;
                let period = time_dims
                    .get(time_pos)
                    .map(|d| d.period(t))
                    .transpose()?
                    .ok_or_else(|| bad("no time dimension"))?;
                let x = match obs.first() {
                    None | Some(Value::Null) => f64::NAN,
                    Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
                    Some(Value::String(s)) => {
                        super::value(s).map_err(|()| bad(format!("`{s}` is not a number")))?
                    }
                    Some(other) => return Err(bad(format!("`{other}` is not a number"))),
                };
                let mut obs_level = attrs.clone();
                for (i, c) in obs_attrs.iter().enumerate() {
                    // An index into the values, or (2.0, a component with no
                    // values listed) the value itself.
                    let code = match obs.get(i + 1) {
                        Some(Value::String(s)) if c.values.is_empty() => Some(s.clone()),
                        Some(v) => v.as_u64().and_then(|k| c.code(k as usize)),
                        None => None,
                    };
                    if let Some(code) = code {
                        obs_level.push((c.id.clone(), code));
                    }
                }
                let get = |id: &str| {
                    obs_level
                        .iter()
                        .rev()
                        .find(|(a, _)| a == id)
                        .map(|(_, v)| v.clone())
                };
                let flag = get("OBS_STATUS").map(|c| Flag::new(&c));
                // OECD.Stat writes UNIT and POWERCODE for UNIT_MEASURE and UNIT_MULT.
                let unit_code = get("UNIT_MEASURE").or_else(|| get("UNIT"));
                if let Some(u) = unit_code.filter(|u| !units::is_no_unit(u)) {
                    let mult = get("UNIT_MULT")
                        .or_else(|| get("POWERCODE"))
                        .and_then(|m| m.parse().ok());
                    let unit = units::unit_from_sdmx(&u, mult)?;
                    let name = key.join(".");
                    let measure = units::measure_of(&unit);
                    b.indicator(&key, Indicator::new(&name, &name, unit, measure));
                }
                for (a, v) in &attrs {
                    // The unit travels in the indicator, the status in the flags.
                    if !matches!(
                        a.as_str(),
                        "OBS_STATUS" | "UNIT_MEASURE" | "UNIT_MULT" | "UNIT" | "POWERCODE"
                    ) {
                        b.attribute(&key, a, v);
                    }
                }
                present += usize::from(!x.is_nan());
                total += 1;
                b.observe(&key, period, x, flag, 0);
            }
        }
    }
    if total > 0 && present == 0 {
        b.note(format!(
            "every one of the {total} observations is null: the series and their attributes \
             are read, with no value"
        ));
    }
    if merged > 0 {
        b.note(format!(
            "{merged} series keys appeared more than once in the message; their observations were merged"
        ));
    }
    b.finish()
}

/// A series' key indexes, its attribute indexes and its observations.
type Group<'a> = (Vec<usize>, Vec<Value>, &'a Entries<Vec<Value>>);

/// `"0:1:0"` as indexes.
fn indexes(key: &str) -> Result<Vec<usize>> {
    if key.is_empty() {
        return Ok(Vec::new());
    }
    key.split(':')
        .map(|p| {
            p.parse()
                .map_err(|_| bad(format!("`{key}` is not a key of indexes such as 0:1:0")))
        })
        .collect()
}

fn code_at(d: &Component, all: &[usize], pos: usize) -> Result<String> {
    let i = all
        .get(pos)
        .copied()
        .ok_or_else(|| bad(format!("the key has no index for {}", d.id)))?;
    d.code(i)
        .ok_or_else(|| bad(format!("index {i} points at no value of {}", d.id)))
}
