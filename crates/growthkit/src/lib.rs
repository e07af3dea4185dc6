//! growthkit: periods, indicators and growth arithmetic for official statistics.
#![deny(missing_docs)]

mod error;
mod period;

pub use error::{ERROR_CODES, Error, Result};
pub use period::{Date, Frequency, MAX_YEAR, MIN_YEAR, Period};
pub use jiff::civil::date;
