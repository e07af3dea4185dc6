//! The JSON form shared by Rust, Python and JS (behind the `serde` feature).
//!
//! A period is its canonical text, a frequency its lowercase name, a unit
//! its text ([`Unit`]'s `Display`, which reads back), a series
//! `{"indicator": {...} | null, "periods": ["2020-01", ...], "values": [1.5, null, ...]}`
//! with `null` for a missing value.

use crate::indicator::{Indicator, Measure};
use crate::period::{Frequency, Period};
use crate::series::Series;
use crate::unit::Unit;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Period::parse(&text).map_err(D::Error::custom)
    }
}

impl Serialize for Frequency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Frequency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Frequency::parse(&text).map_err(D::Error::custom)
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Unit::parse(&text).map_err(D::Error::custom)
    }
}

impl Serialize for Measure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Measure::parse(&text).map_err(D::Error::custom)
    }
}

#[derive(Serialize)]
struct SeriesOut<'a> {
    indicator: Option<&'a Indicator>,
    periods: &'a [Period],
    values: Vec<Option<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesIn {
    #[serde(default)]
    indicator: Option<Indicator>,
    periods: Vec<Period>,
    values: Vec<Option<f64>>,
}

impl Serialize for Series {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SeriesOut {
            indicator: self.indicator(),
            periods: self.periods(),
            values: self
                .values()
                .iter()
                .map(|v| (!v.is_nan()).then_some(*v))
                .collect(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Series {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = SeriesIn::deserialize(d)?;
        let values = raw
            .values
            .into_iter()
            .map(|v| v.unwrap_or(f64::NAN))
            .collect();
        let series = Series::new(raw.periods, values).map_err(D::Error::custom)?;
        Ok(match raw.indicator {
            Some(i) => series.with_indicator(i),
            None => series,
        })
    }
}
