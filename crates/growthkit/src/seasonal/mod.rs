//! Seasonal adjustment by X-11 as the Census Bureau's X-13ARIMA-SEATS
//! computes it (Version 1.1): [`Series::x11`](crate::Series::x11) returns the final tables D10
//! to D13 (seasonal factors, adjusted series, trend, irregular), the
//! extreme-value weights C17 and the filters chosen.
//!
//! The steps follow X-13's own routines, read from its published source
//! and Ladiray and Quenneville's *Seasonal Adjustment with the X-11
//! Method*: 2×12 (2×4) centred averages, the 3×3 … 3×15 seasonal filters
//! with X-11's end weights, Henderson trends with Musgrave's end weights
//! chosen by the I/C ratio, extreme values weighted by moving five-year
//! standard deviations, and the final seasonal filter chosen by the global
//! moving seasonality ratio. The tests compare every value with `x13as`.
//!
//! [`Arima::fit`] estimates a seasonal ARIMA model such as the airline
//! model `(0 1 1)(0 1 1)` as X-13's `arima{}` and `estimate{}` specs do
//! (exact maximum likelihood, X-13's Levenberg–Marquardt path, its
//! starting values and tolerance), with X-13's standard errors,
//! likelihood statistics and forecasts.
// The work arrays are 1-based like X-13's and sized from the series length
// checked in `Series::x11` (at least three years; a Henderson filter no
// longer than the series), with two years of room past the last index for
// the end fills: every index below stays inside them.
// The loops keep X-13's index arithmetic (several arrays at one index), which
// is how each step is checked against its routine.
#![allow(clippy::indexing_slicing, clippy::needless_range_loop)]

mod adjust;
mod arima;
mod dataset;
mod extremes;
mod filters;
mod henderson;
mod logadd;
mod msr;
mod outliers;
mod regression;
mod series;
mod spec;
mod x11;

pub use adjust::{AdjustSpec, Transform};
pub use arima::{Arima, ArimaFit, ArimaOrders, Coefficient};
pub use outliers::{OutlierTypes, critical_value};
pub use regression::Regressor;
pub use series::Decomposition;
pub use spec::{Filter, Mode, X11Spec};
