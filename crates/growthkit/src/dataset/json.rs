//! The JSON form of a dataset, shared with Python and JS:
//! `{"dimensions": [...], "series": [{"key": [...], "attributes": {...},
//! "indicator": {...} | null, "periods": [...], "values": [...],
//! "flags": [...]}], "notes": [...]}`, with `null` for a missing value or
//! flag. Reading goes through the same constructors as building one.

use super::{Dataset, Flag, KeyedSeries};
use crate::error::{Error, ErrorKind, Result};
use crate::indicator::Indicator;
use crate::series::Series;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatasetJson {
    dimensions: Vec<String>,
    series: Vec<EntryJson>,
    #[serde(default)]
    notes: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryJson {
    key: Vec<String>,
    #[serde(default)]
    attributes: BTreeMap<String, String>,
    #[serde(default)]
    indicator: Option<Indicator>,
    periods: Vec<String>,
    values: Vec<Option<f64>>,
    #[serde(default)]
    flags: Option<Vec<Option<String>>>,
}

impl Dataset {
    /// The dataset as JSON text (see the module docs for the form).
    ///
    /// ```
    /// use growthkit::{Dataset, read::read_sdmx_csv};
    /// let ds = read_sdmx_csv("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2020,1.5\n".as_bytes())?;
    /// assert_eq!(Dataset::from_json(&ds.to_json())?, ds);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let doc = DatasetJson {
            dimensions: self.dimensions.clone(),
            series: self
                .entries
                .iter()
                .map(|e| EntryJson {
                    key: e.key.clone(),
                    attributes: e.attributes.clone(),
                    indicator: e.series.indicator().cloned(),
                    periods: e.series.periods().iter().map(ToString::to_string).collect(),
                    values: e
                        .series
                        .values()
                        .iter()
                        .map(|v| (!v.is_nan()).then_some(*v))
                        .collect(),
                    flags: Some(
                        e.flags
                            .iter()
                            .map(|f| f.as_ref().map(|f| f.code().to_string()))
                            .collect(),
                    ),
                })
                .collect(),
            notes: self.notes.clone(),
        };
        // Serialising strings and numbers to a String cannot fail.
        serde_json::to_string(&doc).unwrap_or_default()
    }

    /// Reads a dataset from its JSON text.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for text that is not a dataset document; the
    /// codes of [`Series::new`] and [`Dataset::new`] for bad contents.
    pub fn from_json(text: &str) -> Result<Dataset> {
        let doc: DatasetJson = serde_json::from_str(text).map_err(|e| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "not a dataset document ({e}): expected {{\"dimensions\": [...], \
                     \"series\": [{{\"key\", \"periods\", \"values\", \"flags\"}}]}}"
                ),
            )
        })?;
        let entries = doc
            .series
            .into_iter()
            .map(|e| {
                let values = e.values.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
                let mut series = Series::from_texts(&e.periods, values)?;
                if let Some(i) = e.indicator {
                    series = series.with_indicator(i);
                }
                // Flags align with the periods as given; the series sorts them.
                let mut by_period: Vec<(String, Option<Flag>)> = e
                    .periods
                    .iter()
                    .cloned()
                    .zip(
                        e.flags
                            .unwrap_or_default()
                            .into_iter()
                            .map(|f| f.map(|c| Flag::new(&c)))
                            .chain(std::iter::repeat(None)),
                    )
                    .collect();
                by_period.sort_by_key(|(p, _)| crate::period::Period::parse(p).ok());
                let flags = by_period.into_iter().map(|(_, f)| f).collect();
                KeyedSeries::new(e.key, e.attributes, series, flags)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut ds = Dataset::new(doc.dimensions, entries)?;
        ds.notes = doc.notes;
        Ok(ds)
    }
}
