//! The JSON form shared by Rust, Python and JS (behind the `serde` feature).
//!
//! A period is its canonical text, a frequency its lowercase name, a unit
//! its text ([`Unit`]'s `Display`, which reads back), an indicator
//! `{"code", "name", "unit", "measure", "region", "source"}`, a series
//! `{"indicator": {...} | null, "periods": ["2020-01", ...], "values": [1.5, null, ...]}`
//! with `null` for a missing value, an interval `{"lo": 1.5, "hi": 2.5}`
//! with `null` for an infinite bound (`lo` null is minus infinity, `hi` null
//! plus infinity: the only infinities an interval can have, from overflow).
//!
//! Reading goes through growthkit's own constructors, so a bad document
//! fails with the same error codes as the same data given directly.

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use crate::indicator::{Indicator, Measure};
use crate::interval::Interval;
use crate::period::{Frequency, Period};
use crate::series::Series;
use crate::unit::Unit;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Implements Serialize as `Display` text and Deserialize through `parse`.
macro_rules! as_text {
    ($ty:ty, $to_text:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let to_text: fn(&$ty) -> String = $to_text;
                s.serialize_str(&to_text(self))
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                <$ty>::parse(&text).map_err(D::Error::custom)
            }
        }
    };
}

as_text!(Period, |p| p.to_string());
as_text!(Frequency, |f| f.as_str().to_string());
as_text!(Unit, |u| u.to_string());
as_text!(Measure, |m| m.as_str().to_string());

#[derive(Serialize)]
struct SeriesOut<'a> {
    indicator: Option<&'a Indicator>,
    periods: &'a [Period],
    values: Vec<Option<f64>>,
}

/// An indicator as read, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    code: String,
    name: String,
    unit: String,
    measure: String,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

impl RawIndicator {
    fn build(self) -> Result<Indicator> {
        let mut ind = Indicator::new(
            &self.code,
            &self.name,
            Unit::parse(&self.unit)?,
            Measure::parse(&self.measure)?,
        );
        if let Some(r) = &self.region {
            ind = ind.with_region(r);
        }
        if let Some(s) = &self.source {
            ind = ind.with_source(s);
        }
        Ok(ind)
    }
}

/// A series as read, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeries {
    #[serde(default)]
    indicator: Option<RawIndicator>,
    periods: Vec<String>,
    values: Vec<Option<f64>>,
}

impl RawSeries {
    fn build(self) -> Result<Series> {
        let values = self
            .values
            .into_iter()
            .map(|v| v.unwrap_or(f64::NAN))
            .collect();
        let series = Series::from_texts(&self.periods, values)?;
        Ok(match self.indicator {
            Some(i) => series.with_indicator(i.build()?),
            None => series,
        })
    }
}

impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        RawIndicator::deserialize(d)?
            .build()
            .map_err(D::Error::custom)
    }
}

impl Serialize for Series {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
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
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        RawSeries::deserialize(d)?.build().map_err(D::Error::custom)
    }
}

impl Indicator {
    /// The indicator as JSON text (see the module docs for the form).
    ///
    /// ```
    /// use growthkit::{Indicator, Measure, Unit};
    /// let i = Indicator::new("cpi", "CPI", Unit::parse("index")?, Measure::Index);
    /// assert_eq!(i.to_json(), r#"{"code":"cpi","name":"CPI","unit":"index","measure":"index","region":null,"source":null}"#);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain strings to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an indicator from JSON text, with the same error codes as its
    /// constructors (`invalid_unit` for a unit that is not understood).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for text that is not an indicator document or a
    /// measure that is not one of the four, `invalid_unit` for a bad unit.
    ///
    /// ```
    /// use growthkit::Indicator;
    /// let i = Indicator::from_json(r#"{"code": "m2", "name": "M2", "unit": "亿元", "measure": "stock"}"#)?;
    /// assert_eq!(i.unit().scale(), 8);
    /// let bad = r#"{"code": "m2", "name": "M2", "unit": "亿", "measure": "stock"}"#;
    /// assert_eq!(Indicator::from_json(bad).unwrap_err().code(), "invalid_unit");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Indicator> {
        let raw: RawIndicator = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::InvalidArgument, format!(
                "not an indicator document ({e}): expected {{\"code\", \"name\", \"unit\", \"measure\", \"region\", \"source\"}}"
            ))
        })?;
        raw.build()
    }
}

impl Series {
    /// The series as JSON text (see the module docs for the form).
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-01", "2020-02"], vec![1.5, f64::NAN])?;
    /// assert_eq!(s.to_json(), r#"{"indicator":null,"periods":["2020-01","2020-02"],"values":[1.5,null]}"#);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain strings and numbers to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a series from JSON text, with the same checks and error codes
    /// as [`Series::new`].
    ///
    /// # Errors
    ///
    /// `invalid_argument` for text that is not a series document,
    /// `invalid_period`, `invalid_unit`, `duplicate_period`, … for a
    /// document whose contents are invalid.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_json(r#"{"periods": ["2020-Q1"], "values": [null]}"#)?;
    /// assert!(s.values()[0].is_nan());
    /// assert_eq!(Series::from_json(r#"{"periods": ["2020-Q5"], "values": [1]}"#).unwrap_err().code(), "invalid_period");
    /// assert_eq!(Series::from_json("[1, 2]").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Series> {
        let raw: RawSeries = serde_json::from_str(text).map_err(|e| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "not a series document ({e}): expected {{\"indicator\": {{...}} | null, \
                 \"periods\": [...], \"values\": [...]}}"
                ),
            )
        })?;
        raw.build()
    }
}

/// An interval as written: `null` for an infinite bound.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IntervalJson {
    lo: Option<f64>,
    hi: Option<f64>,
}

impl Serialize for Interval {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let finite = |x: f64| x.is_finite().then_some(x);
        IntervalJson {
            lo: finite(self.lo()),
            hi: finite(self.hi()),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Interval {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = IntervalJson::deserialize(d)?;
        Interval::with_infinite_bounds(
            raw.lo.unwrap_or(f64::NEG_INFINITY),
            raw.hi.unwrap_or(f64::INFINITY),
        )
        .map_err(D::Error::custom)
    }
}

impl Interval {
    /// The interval as JSON text: `{"lo": .., "hi": ..}`, `null` for an
    /// infinite bound.
    ///
    /// ```
    /// use growthkit::Interval;
    /// assert_eq!(Interval::new(1.5, 2.0)?.to_json(), r#"{"lo":1.5,"hi":2.0}"#);
    /// let huge = Interval::new(1.0, f64::MAX)? * Interval::new(2.0, 2.0)?;
    /// assert_eq!(huge.hi(), f64::INFINITY); // overflowed, outward
    /// assert!(huge.to_json().ends_with(r#""hi":null}"#));
    /// assert_eq!(Interval::from_json(&huge.to_json())?, huge);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising two optional numbers to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an interval from its JSON text.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for text that is not an interval document or whose
    /// `lo` exceeds its `hi`.
    ///
    /// ```
    /// use growthkit::Interval;
    /// assert_eq!(Interval::from_json(r#"{"lo": null, "hi": 3}"#)?.lo(), f64::NEG_INFINITY);
    /// assert_eq!(Interval::from_json(r#"{"lo": 3, "hi": 1}"#).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Interval> {
        let raw: IntervalJson = serde_json::from_str::<serde_json::Value>(text)
            .and_then(|v| match v {
                serde_json::Value::Object(_) => serde_json::from_value(v),
                _ => Err(serde_json::Error::custom("not an object")),
            })
            .map_err(|e| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    format!("not an interval document ({e}): expected {{\"lo\": .., \"hi\": ..}}"),
                )
            })?;
        Interval::with_infinite_bounds(
            raw.lo.unwrap_or(f64::NEG_INFINITY),
            raw.hi.unwrap_or(f64::INFINITY),
        )
    }
}
