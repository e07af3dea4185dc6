//! regARIMA estimation as X-13ARIMA-SEATS' `arima{}`, `estimate{}` and
//! `forecast{}` specs do it for a seasonal ARIMA model without regressors:
//! exact maximum likelihood (`exact=arma`) by Levenberg–Marquardt from
//! X-13's starting values and tolerances, standard errors from the final
//! Jacobian, and finite-sample forecasts.
// The polynomials and work arrays are indexed by lag and time within
// lengths fixed from the orders and the series length checked in
// `Arima::fit` (more observations after differencing than parameters);
// the loops keep the index arithmetic of the formulas they implement.
#![allow(clippy::indexing_slicing, clippy::needless_range_loop)]

mod estimate;
mod fit;
mod forecast;
mod igls;
mod likelihood;
mod lm;
mod model;
mod outlier_tests;

pub(crate) use fit::Regressors;
pub use fit::{Arima, ArimaFit, Coefficient};
pub use model::ArimaOrders;
