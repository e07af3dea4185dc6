//! Writing a dataset as SDMX-CSV 2.0.

use super::Dataset;
use std::collections::BTreeSet;

impl Dataset {
    /// The dataset as SDMX-CSV 2.0: `STRUCTURE,STRUCTURE_ID,ACTION`, the
    /// dimensions, `TIME_PERIOD` (SDMX's text, [`Period::to_sdmx`](crate::Period::to_sdmx)),
    /// `OBS_VALUE` (empty when missing), `OBS_STATUS`, then `UNIT_MEASURE`
    /// and `UNIT_MULT` from each series' unit, `REPORTING_YEAR_START_DAY`
    /// for fiscal periods, and the series attributes. What
    /// [`read_sdmx_csv`](crate::read::read_sdmx_csv) reads back is the same
    /// dataset, for a dataset it read.
    ///
    /// ```
    /// use growthkit::read::read_sdmx_csv;
    /// let ds = read_sdmx_csv("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nX,DE,2020,1.5,P\n".as_bytes())?;
    /// let text = ds.to_sdmx_csv();
    /// assert!(text.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS"));
    /// assert_eq!(read_sdmx_csv(text.as_bytes())?, ds);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_sdmx_csv(&self) -> String {
        let mut attrs: BTreeSet<&str> = BTreeSet::new();
        let mut units = false;
        let mut fiscal = false;
        for e in &self.entries {
            attrs.extend(e.attributes.keys().map(String::as_str));
            units |= e.series.indicator().is_some();
            fiscal |= e
                .series
                .periods()
                .iter()
                .any(|p| p.reporting_year_start().is_some());
        }
        for fixed in [
            "UNIT_MEASURE",
            "UNIT_MULT",
            "REPORTING_YEAR_START_DAY",
            "OBS_STATUS",
        ] {
            attrs.remove(fixed);
        }
        let mut header: Vec<&str> = vec!["STRUCTURE", "STRUCTURE_ID", "ACTION"];
        header.extend(self.dimensions.iter().map(String::as_str));
        header.extend(["TIME_PERIOD", "OBS_VALUE", "OBS_STATUS"]);
        if units {
            header.extend(["UNIT_MEASURE", "UNIT_MULT"]);
        }
        if fiscal {
            header.push("REPORTING_YEAR_START_DAY");
        }
        header.extend(attrs.iter().copied());
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        // Writing to a Vec cannot fail.
        let _ = w.write_record(&header);
        for e in &self.entries {
            let unit = e.series.indicator().map(|i| i.unit());
            for ((p, v), f) in e.series.iter().zip(&e.flags) {
                let mut row: Vec<String> = vec![
                    "dataflow".into(),
                    "GROWTHKIT:DATASET(1.0)".into(),
                    "I".into(),
                ];
                row.extend(e.key.iter().cloned());
                row.push(p.to_sdmx());
                row.push(if v.is_nan() {
                    String::new()
                } else {
                    format!("{v}")
                });
                row.push(f.as_ref().map(|f| f.code().to_string()).unwrap_or_default());
                if units {
                    row.push(unit.map(|u| u.base().to_string()).unwrap_or_default());
                    row.push(unit.map(|u| u.scale().to_string()).unwrap_or_default());
                }
                if fiscal {
                    row.push(
                        p.reporting_year_start()
                            .map(|s| s.to_string())
                            .unwrap_or_default(),
                    );
                }
                for a in &attrs {
                    row.push(e.attributes.get(*a).cloned().unwrap_or_default());
                }
                let _ = w.write_record(&row);
            }
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}
