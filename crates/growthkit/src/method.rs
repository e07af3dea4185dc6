//! How values over several periods combine into one: the aggregation
//! methods, a leaf that series, indicators and datasets all see.

use crate::error::Result;
use std::fmt;

/// How values over several periods combine into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// The sum (flows).
    Sum,
    /// The arithmetic mean (rates, indices).
    Mean,
    /// The first value in time.
    First,
    /// The last value in time (stocks).
    Last,
    /// The smallest value.
    Min,
    /// The largest value.
    Max,
}

impl Method {
    /// Every method, in the order of their names' table.
    pub const ALL: [Method; 6] = [
        Method::Sum,
        Method::Mean,
        Method::First,
        Method::Last,
        Method::Min,
        Method::Max,
    ];

    /// Reads `sum`, `mean`, `first`, `last`, `min` or `max`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    ///
    /// ```
    /// use growthkit::Method;
    /// assert_eq!(Method::parse("last")?, Method::Last);
    /// assert_eq!(Method::parse("median").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Method> {
        let table = Method::ALL.map(|m| (m.as_str(), m));
        crate::names::parse(text, &table, "aggregation method")
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Sum => "sum",
            Method::Mean => "mean",
            Method::First => "first",
            Method::Last => "last",
            Method::Min => "min",
            Method::Max => "max",
        }
    }

    /// Combines values in time order; NaN for none.
    pub fn apply(self, values: &[f64]) -> f64 {
        let (Some(&first), Some(&last)) = (values.first(), values.last()) else {
            return f64::NAN;
        };
        match self {
            Method::Sum => values.iter().sum(),
            Method::Mean => values.iter().sum::<f64>() / values.len() as f64,
            Method::First => first,
            Method::Last => last,
            Method::Min => values.iter().copied().fold(f64::INFINITY, f64::min),
            Method::Max => values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
