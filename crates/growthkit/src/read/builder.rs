//! Observations gathered into keyed series, with duplicates checked.

use super::malformed;
use crate::dataset::{Dataset, Flag, KeyedSeries};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::series::Series;
use std::collections::{BTreeMap, HashMap};

/// One series being read.
#[derive(Default)]
struct Pending {
    attributes: BTreeMap<String, String>,
    indicator: Option<Indicator>,
    /// Period, value, flag, and the line it came from.
    rows: Vec<(Period, f64, Option<Flag>, usize)>,
}

/// Keyed series in the order their first observation came.
pub(crate) struct Builder {
    dimensions: Vec<String>,
    order: Vec<Vec<String>>,
    series: HashMap<Vec<String>, Pending>,
    notes: Vec<String>,
    repeated: usize,
}

impl Builder {
    pub(crate) fn new(dimensions: Vec<String>) -> Builder {
        Builder {
            dimensions,
            order: Vec::new(),
            series: HashMap::new(),
            notes: Vec::new(),
            repeated: 0,
        }
    }

    fn entry(&mut self, key: &[String]) -> &mut Pending {
        if !self.series.contains_key(key) {
            self.order.push(key.to_vec());
        }
        self.series.entry(key.to_vec()).or_default()
    }

    /// Sets a series attribute (the first value stays; a different later
    /// one is noted).
    pub(crate) fn attribute(&mut self, key: &[String], name: &str, value: &str) {
        let e = self.entry(key);
        match e.attributes.get(name) {
            Some(v) if v != value => {
                let note = format!(
                    "series {key:?}: attribute {name} is both `{v}` and `{value}`; the first is kept"
                );
                self.notes.push(note);
            }
            Some(_) => {}
            None => {
                e.attributes.insert(name.to_string(), value.to_string());
            }
        }
    }

    /// Sets what a series measures.
    pub(crate) fn indicator(&mut self, key: &[String], indicator: Indicator) {
        self.entry(key).indicator = Some(indicator);
    }

    /// Adds an observation read at `line`.
    pub(crate) fn observe(
        &mut self,
        key: &[String],
        period: Period,
        value: f64,
        flag: Option<Flag>,
        line: usize,
    ) {
        self.entry(key).rows.push((period, value, flag, line));
    }

    /// Adds a note.
    pub(crate) fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    /// The dataset: each series sorted by period; an observation repeated
    /// with the same value is kept once (and counted in the notes), one
    /// repeated with another value is an error naming both lines.
    pub(crate) fn finish(mut self) -> Result<Dataset> {
        let mut entries = Vec::with_capacity(self.order.len());
        for key in std::mem::take(&mut self.order) {
            let Some(mut p) = self.series.remove(&key) else {
                continue;
            };
            p.rows.sort_by_key(|r| (r.0, r.3));
            let mut rows: Vec<(Period, f64, Option<Flag>, usize)> =
                Vec::with_capacity(p.rows.len());
            for r in p.rows {
                match rows.last() {
                    Some(last) if last.0 == r.0 => {
                        let same = last.1 == r.1 || (last.1.is_nan() && r.1.is_nan());
                        if !same {
                            return Err(malformed(
                                r.3,
                                None,
                                format!(
                                    "series {key:?} has period `{}` twice with different values: \
                                     {} (line {}) and {}",
                                    r.0, last.1, last.3, r.1
                                ),
                            ));
                        }
                        self.repeated += 1;
                    }
                    _ => rows.push(r),
                }
            }
            let (periods, values): (Vec<Period>, Vec<f64>) =
                rows.iter().map(|r| (r.0, r.1)).unzip();
            let flags = rows.into_iter().map(|r| r.2).collect();
            let mut series = Series::new(periods, values)
                .map_err(|e| e.with_context(format!("series {key:?}")))?;
            if let Some(i) = p.indicator {
                series = series.with_indicator(i);
            }
            entries.push(KeyedSeries::new(key, p.attributes, series, flags)?);
        }
        let mut ds = Dataset::new(self.dimensions, entries)?;
        if self.repeated > 0 {
            ds = ds.with_note(format!(
                "{} observations appeared twice with the same value and were kept once",
                self.repeated
            ));
        }
        for n in self.notes {
            ds = ds.with_note(n);
        }
        Ok(ds)
    }
}
