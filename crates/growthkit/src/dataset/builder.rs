//! Observations gathered into keyed series, with duplicates checked.

use super::{Dataset, Flag, KeyedSeries};
use crate::error::Result;
use crate::error::malformed;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::series::Series;
use std::collections::{BTreeMap, HashMap};

/// One series being read, column by column (so that the series takes its
/// columns without a copy).
#[derive(Default)]
struct Pending {
    attributes: BTreeMap<String, String>,
    /// Attributes seen with a second value.
    conflicted: std::collections::BTreeSet<String>,
    indicator: Option<Indicator>,
    periods: Vec<Period>,
    values: Vec<f64>,
    flags: Vec<Option<Flag>>,
    /// The line each observation came from, for messages.
    lines: Vec<u32>,
}

/// Keyed series in the order their first observation came.
pub(crate) struct Builder {
    dimensions: Vec<String>,
    keys: Vec<Vec<String>>,
    pending: Vec<Pending>,
    index: HashMap<Vec<String>, usize>,
    /// The series of the last row: files usually list a series' rows together.
    last: Option<usize>,
    notes: Vec<String>,
    repeated: usize,
    /// Attributes given two values in one series: how many series each.
    conflicting: BTreeMap<String, usize>,
    /// Whether a series of weekday dates only is read as business days.
    business_days: bool,
}

#[cfg_attr(not(feature = "serde"), allow(dead_code))] // the readers use all of it
impl Builder {
    pub(crate) fn new(dimensions: Vec<String>) -> Builder {
        Builder {
            dimensions,
            keys: Vec::new(),
            pending: Vec::new(),
            index: HashMap::new(),
            last: None,
            notes: Vec::new(),
            repeated: 0,
            conflicting: BTreeMap::new(),
            business_days: false,
        }
    }

    /// The position of the series with `key`, made when new.
    fn position(&mut self, key: &[String]) -> usize {
        if let Some(i) = self
            .last
            .filter(|&i| self.keys.get(i).is_some_and(|k| k == key))
        {
            return i;
        }
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => {
                let i = self.pending.len();
                self.index.insert(key.to_vec(), i);
                self.keys.push(key.to_vec());
                self.pending.push(Pending::default());
                i
            }
        };
        self.last = Some(i);
        i
    }

    fn entry(&mut self, key: &[String]) -> &mut Pending {
        let i = self.position(key);
        // `position` returns an index it has just pushed or found.
        #[allow(clippy::indexing_slicing)]
        &mut self.pending[i]
    }

    /// Sets a series attribute (the first value stays; a different later
    /// one is counted, and said once an attribute in the notes).
    pub(crate) fn attribute(&mut self, key: &[String], name: &str, value: &str) {
        let e = self.entry(key);
        match e.attributes.get(name) {
            Some(v) if v != value => {
                if e.conflicted.insert(name.to_string()) {
                    *self.conflicting.entry(name.to_string()).or_default() += 1;
                }
            }
            Some(_) => {}
            None => {
                e.attributes.insert(name.to_string(), value.to_string());
            }
        }
    }

    /// Reads a series of weekday dates only (two or more) as business days,
    /// as the CSV readers infer them: SDMX's daily exchange rates are
    /// TARGET days, and the previous business day of a Monday is the Friday.
    pub(crate) fn infer_business_days(&mut self) {
        self.business_days = true;
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
        let p = self.entry(key);
        p.periods.push(period);
        p.values.push(value);
        p.flags.push(flag);
        p.lines.push(u32::try_from(line).unwrap_or(u32::MAX));
    }

    /// Adds a note.
    pub(crate) fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    /// The dataset: each series sorted by period; an observation repeated
    /// with the same value is kept once (and counted in the notes), one
    /// repeated with another value is an error naming both lines.
    pub(crate) fn finish(mut self) -> Result<Dataset> {
        let mut entries = Vec::with_capacity(self.keys.len());
        let mut converted = 0usize;
        let keys = std::mem::take(&mut self.keys);
        let pending = std::mem::take(&mut self.pending);
        for (key, p) in keys.into_iter().zip(pending) {
            let Pending {
                attributes,
                conflicted: _,
                indicator,
                mut periods,
                mut values,
                mut flags,
                lines,
            } = p;
            if !periods.windows(2).all(|w| w.first() < w.get(1)) {
                let kept = sorted_once(&key, &periods, &values, &lines)?;
                self.repeated += periods.len() - kept.len();
                periods = kept
                    .iter()
                    .filter_map(|&i| periods.get(i).copied())
                    .collect();
                values = kept
                    .iter()
                    .filter_map(|&i| values.get(i).copied())
                    .collect();
                flags = kept.iter().filter_map(|&i| flags.get(i).cloned()).collect();
            }
            if self.business_days && weekdays_only(&periods) {
                periods = periods
                    .iter()
                    .map(|p| Period::business_day(p.start()))
                    .collect::<Result<_>>()?;
                converted += 1;
            }
            let mut series = Series::keeping_ordinals(periods, values)
                .map_err(|e| e.with_context(format!("series {key:?}")))?;
            if let Some(i) = indicator {
                series = series.with_indicator(i);
            }
            entries.push(KeyedSeries::new(key, attributes, series, flags)?);
        }
        let mut ds = Dataset::new(self.dimensions, entries)?;
        if converted > 0 {
            ds = ds.with_note(format!(
                "{converted} series of daily dates fall on weekdays only: they were read as \
                 business days (the day before a Monday is the Friday)"
            ));
        }
        if self.repeated > 0 {
            ds = ds.with_note(format!(
                "{} observations appeared twice with the same value and were kept once",
                self.repeated
            ));
        }
        for n in self.notes {
            ds = ds.with_note(n);
        }
        for (name, n) in self.conflicting {
            ds = ds.with_note(format!(
                "attribute {name} has more than one value in {n} series (it varies by \
                 observation); each series keeps its first value"
            ));
        }
        Ok(ds)
    }
}

/// Whether periods are two or more days, every one a weekday.
fn weekdays_only(periods: &[Period]) -> bool {
    use crate::period::Frequency;
    periods.len() >= 2
        && periods.iter().all(|p| {
            p.frequency() == Frequency::Daily
                && !matches!(
                    p.start().weekday(),
                    jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                )
        })
}

/// The observations of one series sorted by period (then line), each
/// repeated one kept once, as positions into the columns; a period given
/// twice with different values is an error naming both lines.
fn sorted_once(
    key: &[String],
    periods: &[Period],
    values: &[f64],
    lines: &[u32],
) -> Result<Vec<usize>> {
    let mut order: Vec<usize> = (0..periods.len()).collect();
    order.sort_by_key(|&i| (periods.get(i).copied(), lines.get(i).copied()));
    let mut kept: Vec<usize> = Vec::with_capacity(order.len());
    for i in order {
        let (Some(pi), Some(vi)) = (periods.get(i), values.get(i)) else {
            continue;
        };
        let Some(&j) = kept.last().filter(|&&j| periods.get(j) == Some(pi)) else {
            kept.push(i);
            continue;
        };
        let vj = values.get(j).copied().unwrap_or(f64::NAN);
        if !(vj == *vi || (vj.is_nan() && vi.is_nan())) {
            let line = |k: usize| lines.get(k).map_or(0, |&l| l as usize);
            let (lj, li) = (line(j), line(i));
            return Err(malformed(
                li.max(lj),
                None,
                format!(
                    "series {key:?} has period `{pi}` twice with different values: \
                     {vj} (line {}) and {vi} (line {})",
                    lj.min(li),
                    lj.max(li)
                ),
            ));
        }
    }
    Ok(kept)
}
