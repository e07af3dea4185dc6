//! China NBS's query answers (`data.stats.gov.cn` `easyquery`): values in
//! `returndata.datanodes`, indicator names and units in
//! `returndata.wdnodes`, periods coded `2019A`..`2019D` (quarters) and
//! `201909` (months).

// `Value[key]` on serde_json's values gives `Null` for a missing key or a
// value of another type; it never panics.
#![allow(clippy::indexing_slicing)]
use super::{text_of, units};
use crate::dataset::Builder;
use crate::dataset::{Dataset, KeyedSeries};
use crate::error::{Error, ErrorKind, Result};
use crate::indicator::{Indicator, Measure};
use crate::period::{Codes, ParseOptions, Period};
use crate::unit::Unit;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;

/// The unit base of an index whose base is the same period a year before.
pub const PREVIOUS_YEAR_INDEX: &str = "index (previous year = 100)";

fn bad(message: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::MalformedData, format!("nbs json: {message}"))
}

/// Reads an NBS query answer: one series per indicator (and region, for
/// regional queries), named and measured as the `wdnodes` say. An index on
/// the same period of the previous year (`上年同期=100`, `上年同月=100`,
/// `上年=100`) gets the unit
/// `index (previous year = 100)`, so that nobody takes its year-on-year
/// change by mistake: [`index_to_growth`] turns it into growth rates. A
/// cumulative value (`累计值`, January to the quarter's end) stands at its
/// quarter, as growthkit's year-to-date series do, with the attribute
/// `CUMULATIVE` = `year to date`. A node without data (`hasdata: false`)
/// is a missing value.
///
/// # Errors
///
/// `malformed_data` for text that is not an NBS answer, or a period code
/// that does not read.
pub fn read_nbs_json(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let doc: Value = serde_json::from_str(&text)
        .map_err(|e| super::malformed(e.line(), None, format!("not JSON: {e}")))?;
    let root = &doc["returndata"];
    let nodes = root["datanodes"]
        .as_array()
        .ok_or_else(|| bad("no returndata.datanodes"))?;
    let wd = root["wdnodes"]
        .as_array()
        .ok_or_else(|| bad("no returndata.wdnodes"))?;
    // Dimension codes to their nodes, and the order of the key dimensions.
    let mut names: HashMap<(String, String), (String, String)> = HashMap::new();
    let mut dims = Vec::new();
    for group in wd {
        let code = group["wdcode"].as_str().unwrap_or("").to_string();
        for n in group["nodes"].as_array().into_iter().flatten() {
            let c = n["code"].as_str().unwrap_or("").to_string();
            let name = n["cname"].as_str().unwrap_or(&c).to_string();
            let unit = n["unit"].as_str().unwrap_or("").to_string();
            names.insert((code.clone(), c), (name, unit));
        }
        if code != "sj" {
            dims.push(code);
        }
    }
    let nbs = ParseOptions::new().codes(Codes::Nbs);
    let mut b = Builder::new(dims.iter().map(|d| nbs_dimension(d)).collect());
    for (i, node) in nodes.iter().enumerate() {
        let wds = node["wds"]
            .as_array()
            .ok_or_else(|| bad(format!("datanode {i} has no wds")))?;
        let code_of = |dim: &str| {
            wds.iter()
                .find(|w| w["wdcode"] == dim)
                .and_then(|w| w["valuecode"].as_str())
                .map(String::from)
        };
        let key: Vec<String> = dims
            .iter()
            .map(|d| code_of(d).unwrap_or_default())
            .collect();
        let sj = code_of("sj").ok_or_else(|| bad(format!("datanode {i} has no period (sj)")))?;
        let period = Period::parse_with(&sj, &nbs).map_err(|e| bad(e.message()))?;
        let zb = code_of("zb").unwrap_or_default();
        let (name, unit) = names
            .get(&("zb".to_string(), zb.clone()))
            .cloned()
            .unwrap_or_default();
        if name.contains("累计") {
            // Year-to-date values stand at the period they run to, as
            // growthkit's year-to-date series do (see Series::decumulate_ytd).
            b.attribute(&key, "CUMULATIVE", "year to date");
        }
        let data = &node["data"];
        let x = if data["hasdata"] == false {
            f64::NAN
        } else {
            data["data"]
                .as_f64()
                .ok_or_else(|| bad(format!("datanode {i} has no number")))?
        };
        // 上年同期=100, 上年同月=100, 上年=100 (and with a full-width ＝).
        let index = name.contains("上年") && (name.contains("=100") || name.contains("＝100"));
        let unit = if index {
            Unit::new(PREVIOUS_YEAR_INDEX, 0)?
        } else if unit.trim().is_empty() {
            Unit::new("units", 0)?
        } else {
            units::unit_from_sdmx(&unit, None)?
        };
        let measure = if index {
            Measure::Index
        } else {
            units::measure_of(&unit)
        };
        b.indicator(
            &key,
            Indicator::new(&zb, &name, unit, measure).with_source("NBS"),
        );
        b.observe(&key, period, x, None, i + 1);
    }
    b.finish()
}

/// NBS's dimension codes as names: `zb` indicator, `reg` region, `sj` period.
fn nbs_dimension(code: &str) -> String {
    match code {
        "zb" => "indicator".to_string(),
        "reg" => "region".to_string(),
        other => other.to_string(),
    }
}

/// Growth rates from indices on the same period of the previous year:
/// `index / 100 - 1` for every series whose unit is `index (previous year =
/// 100)` (106.2 is growth of 0.062). Other series are refused rather than
/// converted wrongly.
///
/// # Errors
///
/// `invalid_argument` for a series of another unit.
pub fn index_to_growth(ds: &Dataset) -> Result<Dataset> {
    ds.map_entries(|e| {
        let unit = e.series().indicator().map(|i| i.unit().base().to_string());
        if unit.as_deref() != Some(PREVIOUS_YEAR_INDEX) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "series {:?} is not an index on the previous year (its unit is {}): \
                     only such an index converts to growth as index / 100 - 1",
                    e.key(),
                    unit.unwrap_or_else(|| "not given".into())
                ),
            ));
        }
        let values = e
            .series()
            .values()
            .iter()
            .map(|x| x / 100.0 - 1.0)
            .collect();
        let s = crate::Series::new(e.series().periods().to_vec(), values)?;
        KeyedSeries::new(
            e.key().to_vec(),
            e.attributes().clone(),
            s,
            e.flags().to_vec(),
        )
    })
}
