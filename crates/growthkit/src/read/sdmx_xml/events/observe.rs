//! An observation into the dataset: its series made ready (key,
//! attributes, unit), its period, value and flag read, deletions counted.

use super::Parse;
use crate::dataset::{Builder, Dataset, Flag};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::read::units::measure_of;
use std::collections::HashMap;

/// SDMX frequency codes coarse enough that a date in their series is at
/// another frequency (a monthly series holding daily dates).
const COARSE: [&str; 4] = ["A", "S", "Q", "M"];

/// One observation's texts, borrowed from the element they came from.
pub(super) struct One<'t> {
    pub time: Option<&'t str>,
    pub value: Option<&'t str>,
    pub dimension: Option<&'t str>,
    pub status: Option<&'t str>,
}

impl Parse<'_> {
    /// The observation just read (a Generic `Obs`) goes into its series.
    pub(super) fn emit(&mut self) -> Result<()> {
        let Some(obs) = self.obs.take() else {
            return Ok(());
        };
        let status = obs
            .attributes
            .iter()
            .find(|(id, _)| id == "OBS_STATUS")
            .map(|(_, v)| v.as_str());
        let others: Vec<(String, String)> = obs
            .attributes
            .iter()
            .filter(|(id, _)| id != "OBS_STATUS")
            .cloned()
            .collect();
        let o = One {
            time: obs.period.as_deref(),
            value: obs.value.as_deref(),
            dimension: obs.dimension.as_deref(),
            status,
        };
        self.observe(o, &others)
    }

    /// An observation into its series: its period (or the series'), value,
    /// flag, cross-section code and other attributes.
    pub(super) fn observe(&mut self, o: One<'_>, others: &[(String, String)]) -> Result<()> {
        self.ready()?;
        if self.deleting {
            self.deleted += 1;
            return Ok(());
        }
        let period = match o.time {
            Some(t) => self.period(t)?,
            None => match self.series.as_ref().and_then(|s| s.time.clone()) {
                Some(t) => self.period(&t)?,
                None => {
                    return Err(self.bad(
                        "an observation has no period (TIME_PERIOD), at the observation or its series",
                    ));
                }
            },
        };
        let raw = o.value.unwrap_or("");
        let value = crate::read::value(raw)
            .map_err(|()| self.bad(format!("OBS_VALUE `{raw}` is not a number")))?;
        let flag = o.status.map(|c| self.intern(c));
        let line = self.advance_line();
        let plain = o.dimension.is_none() && !self.needs_refrequency(period);
        if plain && others.is_empty() {
            // The common case: the series' key as it is, no copy.
            if let (Some(b), Some(key)) = (self.builder.as_mut(), self.key.as_deref()) {
                b.observe(key, period, value, flag, line);
            }
            return Ok(());
        }
        let mut key = self.key.clone().unwrap_or_default();
        if let Some(d) = o.dimension {
            key.push(d.to_string());
        }
        self.refrequency(&mut key, period);
        for (id, v) in others {
            self.obs_attribute(&key, id, v);
        }
        if let Some(b) = self.builder.as_mut() {
            b.observe(&key, period, value, flag, line);
        }
        Ok(())
    }

    /// A series' period text, read once.
    fn period(&mut self, text: &str) -> Result<Period> {
        if let Some(p) = self.periods.get(text) {
            return Ok(*p);
        }
        let p =
            Period::parse(text).map_err(|e| self.bad(format!("TIME_PERIOD: {}", e.message())))?;
        if self.periods.len() < 100_000 {
            self.periods.insert(text.to_string(), p);
        }
        Ok(p)
    }

    /// Whether a period is at a finer frequency than its series' code.
    fn needs_refrequency(&self, period: Period) -> bool {
        let Some(code) = period.frequency().sdmx_code() else {
            return false;
        };
        let at = self
            .dims
            .iter()
            .position(|d| d == "FREQ" || d == "FREQUENCY" || d == "freq");
        let slot = at.and_then(|i| self.key.as_ref().and_then(|k| k.get(i)));
        slot.is_some_and(|v| COARSE.contains(&v.as_str()) && !v.starts_with(code))
    }

    /// A date in a series whose frequency dimension is coarser goes under
    /// the code of its own frequency.
    fn refrequency(&mut self, key: &mut [String], period: Period) {
        let Some(code) = period.frequency().sdmx_code() else {
            return;
        };
        let at = self
            .dims
            .iter()
            .position(|d| d == "FREQ" || d == "FREQUENCY" || d == "freq");
        if let Some(slot) = at.and_then(|i| key.get_mut(i))
            && COARSE.contains(&slot.as_str())
            && !slot.starts_with(code)
        {
            *slot = code.to_string();
            self.refrequenced += 1;
        }
    }

    /// Observation attributes other than the flag are kept on the series
    /// when they are the same for all its observations.
    fn obs_attribute(&mut self, key: &[String], id: &str, v: &str) {
        match self.first_obs_attributes.get(id) {
            Some(first) if first != v => {
                self.varying.insert(id.to_string());
            }
            Some(_) => {}
            None => {
                self.first_obs_attributes
                    .insert(id.to_string(), v.to_string());
                if let Some(b) = self.builder.as_mut() {
                    b.attribute(key, id, v);
                }
            }
        }
    }

    fn intern(&mut self, code: &str) -> Flag {
        crate::dataset::intern_flag(&mut self.flags, code)
    }

    /// The open series, made known to the builder at its first observation.
    fn ready(&mut self) -> Result<()> {
        if self.key.is_some() {
            return Ok(());
        }
        let Some(mut s) = self.series.take() else {
            return Err(self.bad("an observation outside a series: growthkit reads time series"));
        };
        if let Some(i) = s.key.iter().position(|(k, _)| k == "TIME_PERIOD") {
            s.time = Some(s.key.remove(i).1);
        }
        s.inherit(&self.groups, &self.dataset);
        let mut names: Vec<String> = s.key.iter().map(|(k, _)| k.clone()).collect();
        if let Some(d) = self.at_observation.clone().filter(|d| d != "TIME_PERIOD") {
            if d == "AllDimensions" || s.time.is_none() {
                return Err(self.bad(format!(
                    "the observations are at dimension {d} (a cross-section), and the series \
                     have no TIME_PERIOD: growthkit reads time series"
                )));
            }
            names.push(d);
        }
        let key = self.key_in_order(&s, &names)?;
        let unit = s.unit();
        let b = self.builder.as_mut();
        if let Some(b) = b {
            for (id, v) in &s.attributes {
                b.attribute(&key, id, v);
            }
            match unit {
                Some(Ok(u)) => {
                    let name = key.join(".");
                    b.indicator(
                        &key,
                        Indicator::new(&name, &name, u.clone(), measure_of(&u)),
                    );
                }
                Some(Err(why)) => {
                    self.unit_notes.insert(why);
                }
                None => {}
            }
        }
        self.first_obs_attributes.clear();
        self.key = Some(key);
        self.series = Some(s);
        Ok(())
    }

    /// The series' codes in the order of the dataset's dimensions (set by
    /// the first series).
    fn key_in_order(&mut self, s: &super::SeriesState, names: &[String]) -> Result<Vec<String>> {
        if self.builder.is_none() {
            self.dims = names.to_vec();
            let mut b = Builder::new(names.to_vec());
            b.infer_business_days();
            self.builder = Some(b);
        }
        let mut same = names.to_vec();
        same.sort();
        let mut dims = self.dims.clone();
        dims.sort();
        if same != dims {
            return Err(self.bad(format!(
                "a series has the dimensions {names:?}, the first series {:?}: \
                 one message holds one structure",
                self.dims
            )));
        }
        let cross = self
            .at_observation
            .as_deref()
            .filter(|d| *d != "TIME_PERIOD");
        let codes: HashMap<&str, &str> = s
            .key
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        Ok(self
            .dims
            .iter()
            .filter(|d| Some(d.as_str()) != cross)
            .map(|d| {
                codes
                    .get(d.as_str())
                    .map_or_else(String::new, |v| v.to_string())
            })
            .collect())
    }

    /// A series closes: one without observations is still read, empty.
    pub(super) fn close_series(&mut self) -> Result<()> {
        if self.key.is_none() && self.series.is_some() && !self.deleting {
            self.ready()?;
        }
        self.series = None;
        self.key = None;
        Ok(())
    }

    /// What was read, owned.
    pub(super) fn done(self) -> Done {
        Done {
            builder: self.builder,
            root: self.root,
            deleted: self.deleted,
            refrequenced: self.refrequenced,
            varying: self.varying,
            unit_notes: self.unit_notes,
        }
    }
}

/// What a message held: the series read and what the notes will say.
pub(in crate::read::sdmx_xml) struct Done {
    builder: Option<Builder>,
    root: bool,
    deleted: usize,
    refrequenced: usize,
    varying: std::collections::BTreeSet<String>,
    unit_notes: std::collections::BTreeSet<String>,
}

impl Done {
    /// The dataset, with what was skipped or inferred in its notes.
    pub(in crate::read::sdmx_xml) fn finish(self) -> Result<Dataset> {
        let Some(mut b) = self.builder else {
            if !self.root {
                return Err(crate::error::malformed(
                    1,
                    None,
                    "the input is empty: expected SDMX-ML",
                ));
            }
            let ds = Dataset::new(Vec::new(), Vec::new())?;
            return Ok(ds.with_note("the message holds no series"));
        };
        if self.deleted > 0 {
            b.note(format!(
                "{} observations of data sets with action=\"Delete\" are deletions of earlier \
                 data, not data; they were not read",
                self.deleted
            ));
        }
        if self.refrequenced > 0 {
            b.note(format!(
                "{} observations are dated at a finer frequency than their series' frequency \
                 code; they were read as a series of their own, under the code of their frequency",
                self.refrequenced
            ));
        }
        if !self.varying.is_empty() {
            let ids: Vec<&str> = self.varying.iter().map(String::as_str).collect();
            b.note(format!(
                "the observation attributes {} vary within a series; each series keeps the \
                 first value as its attribute",
                ids.join(", ")
            ));
        }
        for why in self.unit_notes {
            b.note(format!("a series has no unit: {why}"));
        }
        b.finish()
    }
}
