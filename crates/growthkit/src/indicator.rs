//! [`Indicator`] and [`Measure`]: what a series measures.

use crate::error::Result;
use crate::method::Method;
use crate::unit::Unit;
use std::fmt;

/// The kind of quantity an indicator is; it fixes the default aggregation
/// over time.
///
/// ```
/// use growthkit::{Measure, Method};
/// assert_eq!(Measure::parse("flow")?.default_method(), Method::Sum);
/// assert_eq!(Measure::Stock.default_method(), Method::Last);
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Summed over time (retail sales, output): aggregates by sum.
    Flow,
    /// A level at a date (population, deposits): aggregates by the last value.
    Stock,
    /// A ratio (unemployment rate): aggregates by the mean.
    Rate,
    /// An index (CPI): aggregates by the mean.
    Index,
}

impl Measure {
    /// Reads `"flow"`, `"stock"`, `"rate"` or `"index"`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    ///
    /// ```
    /// use growthkit::Measure;
    /// assert_eq!(Measure::parse("index")?, Measure::Index);
    /// assert_eq!(Measure::parse("level").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Measure> {
        let table = [
            ("flow", Measure::Flow),
            ("stock", Measure::Stock),
            ("rate", Measure::Rate),
            ("index", Measure::Index),
        ];
        crate::names::parse(text, &table, "measure")
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Flow => "flow",
            Measure::Stock => "stock",
            Measure::Rate => "rate",
            Measure::Index => "index",
        }
    }

    /// The aggregation over time this measure calls for: flow sum, stock
    /// last, rate and index mean.
    pub fn default_method(self) -> Method {
        match self {
            Measure::Flow => Method::Sum,
            Measure::Stock => Method::Last,
            Measure::Rate | Measure::Index => Method::Mean,
        }
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a series measures: a code, a name, a unit, the kind of measure, and
/// optionally the region and the source.
///
/// ```
/// use growthkit::{Indicator, Measure, Unit};
/// let online = Indicator::new("online_retail", "Online retail sales", Unit::parse("billion yuan")?, Measure::Flow)
///     .with_region("Shanghai")
///     .with_source("Shanghai Municipal Commission of Commerce");
/// assert_eq!(online.unit().to_string(), "billion yuan");
/// assert_eq!(online.region(), Some("Shanghai"));
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Indicator {
    code: String,
    name: String,
    unit: Unit,
    measure: Measure,
    region: Option<String>,
    source: Option<String>,
}

impl Indicator {
    /// An indicator without region or source.
    pub fn new(code: &str, name: &str, unit: Unit, measure: Measure) -> Indicator {
        Indicator {
            code: code.to_string(),
            name: name.to_string(),
            unit,
            measure,
            region: None,
            source: None,
        }
    }

    /// The same indicator for `region`.
    pub fn with_region(mut self, region: &str) -> Indicator {
        self.region = Some(region.to_string());
        self
    }

    /// The same indicator from `source`.
    pub fn with_source(mut self, source: &str) -> Indicator {
        self.source = Some(source.to_string());
        self
    }

    /// A short machine name.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name for people.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The unit of its values.
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// Flow, stock, rate or index.
    pub fn measure(&self) -> Measure {
        self.measure
    }

    /// Where it is measured, if given.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Who publishes it, if given.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}
