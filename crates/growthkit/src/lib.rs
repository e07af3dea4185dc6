//! growthkit: periods, indicators and growth arithmetic for official statistics.
//!
//! Statistical releases say things like "in the first half of the year,
//! online retail sales were 122.7 billion yuan, up 5 % year on year".
//! growthkit reads the period, keeps the unit, and does the growth
//! arithmetic the way statisticians do: year on year matched by the
//! calendar, never by row offset, and nothing filled in silently.
//!
//! ```
//! use growthkit::{implied_previous, Indicator, Measure, Period, Quantity, Series, Unit};
//!
//! // "In the first half of the year, online retail sales were 122.7 billion yuan, up 5 %."
//! let h1 = Period::parse("2020年上半年")?;
//! let sales = Quantity::new(122.7, Unit::parse("billion yuan")?)?;
//! let base = implied_previous(sales.value(), 0.05)?; // 116.857… billion yuan in H1 2019
//! assert_eq!(h1.year_ago(1)?.label("en")?, "H1 2019");
//! assert_eq!(sales.to_scale(8)?.to_string(), "1227 亿元");
//!
//! // A series matched by the calendar.
//! let online = Indicator::new("online_retail", "Online retail sales", sales.unit().clone(), Measure::Flow);
//! let s = Series::new(vec![h1.year_ago(1)?, h1], vec![base, 122.7])?.with_indicator(online);
//! assert!((s.yoy().get(&h1).unwrap() - 0.05).abs() < 1e-12);
//! # Ok::<(), growthkit::Error>(())
//! ```
//!
//! # Map
//!
//! - [`Period`], [`Frequency`]: the calendar intervals of statistics, their
//!   text forms (SDMX, English, ISO 8601, Chinese) and arithmetic.
//! - [`Unit`], [`Quantity`], [`Indicator`], [`Measure`]: what is measured and in what.
//! - [`Series`] (the `series/` folder): values over periods, with growth transforms (`yoy`,
//!   `pct_change`, FRED's [`FredTransform`]s, `two_year_average`),
//!   year-to-date handling, aggregation, rebasing, deflating and contributions.
//! - Scalar growth arithmetic: [`pct_change`], [`implied_previous`], [`cagr`], …
//! - Published figures: [`Reported`] numbers and their rounding [`Interval`]s,
//!   [`implied_previous_range`], [`check_growth`], [`check_sum`], [`check_share`];
//!   [`Target`]s and the pace they require; [`compare_periods`] for periods of
//!   unequal length.
//! - [`kernels`]: the same arithmetic over plain columns, for millions of rows.
//! - [`Error`]: one error type with stable [`Error::code`]s.
//!
//! Rates are fractions (0.05 is 5 %), except FRED's transformations, which
//! speak percent as FRED does.
//!
//! # Features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for periods, frequencies,
//!   units, indicators and series, in the JSON form shared with the Python
//!   and JS packages.
#![deny(missing_docs)]
// No panics reachable from input: indexing, unwrap, expect and panic are
// refused outside tests; each remaining indexing is allowed where it stands,
// with the argument that keeps it in bounds.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod args;
pub mod calendar;
pub mod claims;
mod compare;
mod dataset;
mod error;
mod growth;
mod indicator;
mod interval;
pub mod kernels;
mod method;
mod names;
mod period;
#[cfg(feature = "serde")]
pub mod read;
mod reported;
pub mod seasonal;
mod series;
mod target;
mod unit;

pub use compare::{PeriodComparison, compare_periods};
pub use dataset::{Dataset, Flag, KeyedSeries, NON_POSITIVE_BASE};
pub use error::{ERROR_CODES, Error, ErrorFamily, ErrorKind, Result};
pub use growth::{
    Base, annualize, cagr, contribution, contribution_share, deannualize, implied_previous,
    log_change, pct_change, pp_change, project, required_growth, two_year_average,
};
pub use indicator::{Indicator, Measure};
pub use interval::Interval;
pub use method::Method;
pub use period::{
    Codelist, Codes, Date, Fiscal, FiscalPart, Frequency, MAX_YEAR, MIN_YEAR, NamedBy,
    ParseOptions, Period, WeekEnd, YearStart, checked_date, parse_date,
};
pub use reported::{
    RateCheck, Reported, SumCheck, check_growth, check_share, check_sum, implied_previous_range,
};
pub use series::{FredTransform, Series};
pub use target::{DAYS_PER_YEAR, Target};
pub use unit::{Quantity, Unit};

/// The date of a year, month and day, from jiff (panics on an invalid
/// date; use [`Date::new`] for a fallible one).
pub use jiff::civil::date;

/// The README's Rust code, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
