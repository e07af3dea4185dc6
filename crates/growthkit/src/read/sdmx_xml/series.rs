//! A series being read: its key, its attributes (its own, then those of
//! the groups it belongs to, then the data set's), and the unit they give.

use crate::read::units;
use crate::unit::Unit;

/// Attribute ids of the SDMX cross-domain concepts and of the offices'
/// own structures, which a StructureSpecific series writes beside its
/// dimensions.
const ATTRIBUTES: [&str; 40] = [
    "UNIT",
    "UNIT_MEASURE",
    "UNIT_MULT",
    "POWERCODE",
    "SCALE",
    "SCALAR_FACTOR",
    "UOM",
    "DECIMALS",
    "DECIMALS_DISPLAYED",
    "NB_DECIMAL",
    "TIME_FORMAT",
    "COLLECTION",
    "COMPILATION",
    "COVERAGE",
    "SOURCE_AGENCY",
    "SOURCE_PUB",
    "IDBANK",
    "VECTOR_ID",
    "BASE_PER",
    "REFERENCEPERIOD",
    "REFERENCE_PERIOD",
    "UNIT_INDEX_BASE",
    "OBS_STATUS",
    "OBS_CONF",
    "OBS_COM",
    "OBS_QUAL",
    "OBS_TYPE",
    "OBS_PRE_BREAK",
    "CONF_STATUS",
    "BREAKS",
    "COMMENT_TS",
    "DOM_SER_IDS",
    "PUBL_ECB",
    "PUBL_MU",
    "PUBL_PUBLIC",
    "UNIT_DETAIL",
    "OVERLAP",
    "SERIES_NAME",
    "EMBARGO_TIME",
    "REPORTING_YEAR_START_DAY",
];

/// Whether a StructureSpecific component is an attribute rather than a
/// dimension: a known attribute id (as written: Eurostat's lower-case
/// `unit` is a dimension), a title, name, date or unit text, or a
/// value no code would be (a space, a date).
pub(super) fn is_attribute(id: &str, value: &str) -> bool {
    let upper = id.to_ascii_uppercase();
    ATTRIBUTES.contains(&id)
        || upper.starts_with("TITLE")
        || upper.ends_with("_TITLE")
        || upper.ends_with("_UNIT")
        || upper.ends_with("_DATE")
        || upper.ends_with("_NAME")
        || upper.starts_with("LAST_")
        || value.contains(char::is_whitespace)
        || looks_like_date(value)
}

/// `2018-06-14`, `9/23/2025`: dates, which no dimension code is.
fn looks_like_date(v: &str) -> bool {
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let seps = v.bytes().filter(|b| matches!(b, b'-' | b'/')).count();
    digits >= 6 && seps == 2 && digits + seps == v.len()
}

/// A series: key pairs in the order written, attributes, and the period
/// when the series is a cross-section at one time.
#[derive(Default)]
pub(super) struct SeriesState {
    pub key: Vec<(String, String)>,
    pub attributes: Vec<(String, String)>,
    pub time: Option<String>,
}

impl SeriesState {
    /// Sorts the components of a StructureSpecific or Compact element.
    pub fn from_components(pairs: Vec<(String, String)>) -> SeriesState {
        let mut s = SeriesState::default();
        for (id, v) in pairs {
            if id == "TIME_PERIOD" || id == "TIME" {
                s.time = Some(v);
            } else if is_attribute(&id, &v) {
                s.attributes.push((id, v));
            } else {
                s.key.push((id, v));
            }
        }
        s
    }

    /// The attribute `id`, if the series has it.
    pub fn attribute(&self, id: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(a, _)| a == id)
            .map(|(_, v)| v.as_str())
    }

    /// Takes the attributes of the groups whose key agrees with the
    /// series' key, then the data set's, below the series' own.
    pub fn inherit(&mut self, groups: &[Vec<(String, String)>], dataset: &[(String, String)]) {
        for g in groups {
            let shared = g
                .iter()
                .filter(|(id, _)| self.key.iter().any(|(k, _)| k == id))
                .collect::<Vec<_>>();
            let agrees = !shared.is_empty()
                && shared
                    .iter()
                    .all(|(id, v)| self.key.iter().any(|(k, c)| k == id && c == v));
            if agrees {
                for (id, v) in g {
                    self.take(id, v);
                }
            }
        }
        for (id, v) in dataset {
            self.take(id, v);
        }
    }

    fn take(&mut self, id: &str, v: &str) {
        let known = self.key.iter().any(|(k, _)| k == id) || self.attribute(id).is_some();
        if !known {
            self.attributes.push((id.to_string(), v.to_string()));
        }
    }

    /// The unit its attributes (or a `unit` dimension) give, or why there
    /// is none to read. A multiplier without a unit code scales `units`
    /// (INE's thousands of persons: `UNIT_MULT` 3 alone).
    pub fn unit(&self) -> Option<Result<Unit, String>> {
        let mult = match self
            .attribute("UNIT_MULT")
            .or_else(|| self.attribute("POWERCODE"))
            .map(|m| m.trim().parse::<i32>())
        {
            Some(Ok(m)) => Some(m),
            Some(Err(_)) => return Some(Err("its UNIT_MULT is not a power of ten".into())),
            None => None,
        };
        let code = self
            .attribute("UNIT_MEASURE")
            .or_else(|| self.attribute("UNIT"))
            .or_else(|| {
                self.key
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("unit") || k == "UNIT_MEASURE")
                    .map(|(_, v)| v.as_str())
            })
            .filter(|c| !units::is_no_unit(c));
        match (code, mult) {
            (Some(c), _) => {
                Some(units::unit_from_sdmx(c, mult).map_err(|e| e.message().to_string()))
            }
            (None, Some(m)) if m != 0 => {
                Some(Unit::new("units", m).map_err(|e| e.message().to_string()))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn components_split_into_key_and_attributes() {
        let s = SeriesState::from_components(pairs(&[
            ("FREQ", "A"),
            ("GEO", "LU"),
            ("UNIT_MULT", "6"),
            ("EXT_TITLE", "Belgium - GDP"),
            ("LAST_UPDATE", "2018-06-14"),
            ("COUNTRY_UPDATE_DATE", "9/23/2025"),
        ]));
        assert_eq!(s.key, pairs(&[("FREQ", "A"), ("GEO", "LU")]));
        assert_eq!(s.attributes.len(), 4);
    }

    #[test]
    fn a_group_gives_its_attributes_to_the_series_it_keys() {
        let mut s = SeriesState::from_components(pairs(&[("REF_AREA", "SE"), ("FREQ", "M")]));
        let groups = vec![
            pairs(&[("REF_AREA", "SE"), ("UNIT", "PC")]),
            pairs(&[("REF_AREA", "NO"), ("UNIT", "EUR")]),
        ];
        s.inherit(&groups, &pairs(&[("UNIT", "USD"), ("PUBLISHER", "X")]));
        assert_eq!(s.attribute("UNIT"), Some("PC"));
        assert_eq!(s.attribute("PUBLISHER"), Some("X"));
        assert_eq!(s.unit().unwrap().unwrap().base(), "percent");
    }

    #[test]
    fn codes_without_a_unit_give_none() {
        let s = SeriesState::from_components(pairs(&[
            ("K", "1"),
            ("UOM", "249"),
            ("UNIT_MEASURE", "SO"),
        ]));
        assert!(s.unit().is_none());
    }
}
