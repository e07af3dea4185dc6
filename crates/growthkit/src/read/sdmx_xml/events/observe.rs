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

impl Parse<'_> {
    /// The observation just read goes into its series.
    pub(super) fn emit(&mut self) -> Result<()> {
        let Some(obs) = self.obs.take() else {
            return Ok(());
        };
        self.ready()?;
        if self.deleting {
            self.deleted += 1;
            return Ok(());
        }
        let time = obs
            .period
            .or_else(|| self.series.as_ref().and_then(|s| s.time.clone()));
        let Some(time) = time else {
            return Err(self.bad(
                "an observation has no period (TIME_PERIOD), at the observation or its series",
            ));
        };
        let period = self.period(&time)?;
        let raw = obs.value.as_deref().unwrap_or("");
        let value = crate::read::value(raw)
            .map_err(|()| self.bad(format!("OBS_VALUE `{raw}` is not a number")))?;
        let mut key = self.key.clone().unwrap_or_default();
        if let Some(d) = obs.dimension {
            key.push(d);
        }
        self.refrequency(&mut key, period);
        let mut flag = None;
        for (id, v) in &obs.attributes {
            if id == "OBS_STATUS" {
                flag = Some(self.intern(v));
            } else {
                self.obs_attribute(&key, id, v);
            }
        }
        let line = self.advance_line();
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
        if let Some(f) = self.flags.iter().find(|f| f.code() == code) {
            return f.clone();
        }
        let f = Flag::new(code);
        self.flags.push(f.clone());
        f
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
            self.builder = Some(Builder::new(names.to_vec()));
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

    /// The dataset, with what was skipped or inferred in its notes.
    pub(super) fn finish(self) -> Result<Dataset> {
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
