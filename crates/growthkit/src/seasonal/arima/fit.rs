//! [`Arima::fit`] and the [`ArimaFit`] it returns.

use super::estimate::{self, Estimates};
use super::forecast;
use super::model::{ArimaOrders, Model};
use crate::error::{Error, ErrorKind, Result, finite, positive};

/// Seasonal ARIMA models estimated as X-13ARIMA-SEATS estimates them.
#[derive(Debug, Clone, Copy)]
pub struct Arima;

/// One estimated coefficient, with X-13's name and sign convention
/// (`(1 - θB)` for an MA term, `(1 - φB)` for an AR term).
#[derive(Debug, Clone, PartialEq)]
pub struct Coefficient {
    /// X-13's label: `"Nonseasonal MA lag 1"`, `"Seasonal AR lag 12"`.
    pub name: String,
    /// The lag of the term (a multiple of the period for seasonal terms).
    pub lag: usize,
    /// The estimate.
    pub value: f64,
    /// Its standard error.
    pub std_error: f64,
}

/// A fitted model: X-13's `.est` (coefficients, innovation variance) and
/// `.lks` (likelihood statistics) figures, and its forecasts.
#[derive(Debug, Clone)]
pub struct ArimaFit {
    /// The ARMA coefficients: AR before MA, nonseasonal before seasonal.
    pub coefficients: Vec<Coefficient>,
    /// The maximum likelihood innovation variance (X-13's `var`).
    pub variance: f64,
    /// The log-likelihood of the (transformed) differenced series (`lnlkhd`).
    pub log_likelihood: f64,
    /// The log-likelihood's adjustment for the log transform, `-Σ ln y`
    /// over the effective observations (`trnadj`; zero without a transform).
    pub transform_adjustment: f64,
    /// Observations after differencing (`nefobs`).
    pub effective_observations: usize,
    /// Levenberg–Marquardt iterations taken.
    pub iterations: usize,
    /// Whether the estimation converged within X-13's 1500 iterations.
    pub converged: bool,
    model: Model,
    log: bool,
    /// The (transformed) series.
    series: Vec<f64>,
    w: Vec<f64>,
    estimates: Estimates,
}

impl Arima {
    /// Estimates the seasonal ARIMA model `orders` on `values` (one per
    /// period, `period` a year) by exact maximum likelihood, as X-13's
    /// `transform{function=log}` (when `log`) `arima{model=…}
    /// estimate{}` does without regressors.
    ///
    /// # Errors
    ///
    /// `non_finite` for a NaN or infinite value; `non_positive_base` for a
    /// value at or below zero under `log`; `invalid_argument` for a period
    /// of zero, orders beyond X-13's limits, a series with no more
    /// observations after differencing than parameters, or one the model
    /// cannot filter.
    ///
    /// ```
    /// use growthkit::seasonal::{Arima, ArimaOrders};
    ///
    /// let values: Vec<f64> = (0..72)
    ///     .map(|i| 100.0 + i as f64 + [3.0, -1.0, 2.5, -4.0][i % 4] + ((i * 7) % 5) as f64)
    ///     .collect();
    /// let fit = Arima::fit(&values, 4, ArimaOrders::AIRLINE, true)?;
    /// assert_eq!(fit.coefficients[0].name, "Nonseasonal MA lag 1");
    /// assert_eq!(fit.forecasts(4).len(), 4);
    ///
    /// let err = Arima::fit(&values[..5], 4, ArimaOrders::AIRLINE, true).unwrap_err();
    /// assert_eq!(err.code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn fit(values: &[f64], period: usize, orders: ArimaOrders, log: bool) -> Result<ArimaFit> {
        Arima::fit_from(values, period, orders, log, None)
    }

    /// [`Arima::fit`] from the coefficients `start` instead of 0.1 each (as
    /// X-13 re-estimates from the transform test's last estimates).
    pub(crate) fn fit_from(
        values: &[f64],
        period: usize,
        orders: ArimaOrders,
        log: bool,
        start: Option<&[f64]>,
    ) -> Result<ArimaFit> {
        orders.check(period)?;
        let mut series = Vec::with_capacity(values.len());
        for (i, v) in values.iter().enumerate() {
            let name = format!("value {i}");
            let v = if log {
                positive(&name, *v)?.ln()
            } else {
                finite(&name, *v)?
            };
            series.push(v);
        }
        let model = Model::new(orders, period);
        let delta = model.differencing();
        let d = delta.len() - 1;
        let w: Vec<f64> = (d..series.len())
            .map(|t| (0..=d).map(|i| delta[i] * series[t - i]).sum())
            .collect();
        let k = model.terms.len();
        if w.len() <= k + orders.p + orders.sp * period {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the series has `{}` values; the model `{orders}` with period {period} needs more than {}",
                    values.len(),
                    d + k + orders.p + orders.sp * period
                ),
            ));
        }
        let estimates = estimate::estimate(&model, &w, start).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("the model `{orders}` cannot filter this series"),
            )
        })?;
        Ok(ArimaFit::new(model, log, series, w, estimates))
    }
}

impl ArimaFit {
    fn new(
        model: Model,
        log: bool,
        series: Vec<f64>,
        w: Vec<f64>,
        estimates: Estimates,
    ) -> ArimaFit {
        let n = w.len();
        let coefficients = model
            .terms
            .iter()
            .zip(estimates.params.iter().zip(&estimates.std_errors))
            .map(|(t, (v, s))| Coefficient {
                name: t.name(),
                lag: t.lag,
                value: *v,
                std_error: *s,
            })
            .collect();
        let var = estimates.variance;
        let log_likelihood =
            -(estimates.ln_det + n as f64 * ((2.0 * std::f64::consts::PI * var).ln() + 1.0)) / 2.0;
        let transform_adjustment = if log {
            -series[series.len() - n..].iter().sum::<f64>()
        } else {
            0.0
        };
        ArimaFit {
            coefficients,
            variance: var,
            log_likelihood,
            transform_adjustment,
            effective_observations: n,
            iterations: estimates.iterations,
            converged: estimates.converged,
            model,
            log,
            series,
            w,
            estimates,
        }
    }

    /// The number of estimated parameters X-13 counts (`np`): the
    /// coefficients and the variance.
    pub fn parameters(&self) -> usize {
        self.coefficients.len() + 1
    }

    /// Akaike's criterion on the original scale (X-13's `aic`).
    pub fn aic(&self) -> f64 {
        -2.0 * (self.log_likelihood + self.transform_adjustment) + 2.0 * self.parameters() as f64
    }

    /// The estimated coefficients, in the model's order.
    pub(crate) fn params(&self) -> &[f64] {
        &self.estimates.params
    }

    /// Akaike's criterion corrected for the sample size, on the original
    /// scale (X-13's `aicc`, which its transform test compares).
    pub fn aicc(&self) -> f64 {
        let (n, np) = (self.effective_observations as f64, self.parameters() as f64);
        -2.0 * (self.log_likelihood + self.transform_adjustment) + 2.0 * np * (n / (n - np - 1.0))
    }

    /// Schwarz's criterion on the original scale (X-13's `bic`).
    pub fn bic(&self) -> f64 {
        let n = self.effective_observations as f64;
        -2.0 * (self.log_likelihood + self.transform_adjustment) + self.parameters() as f64 * n.ln()
    }

    /// The `n` forecasts after the last value, on the series' scale
    /// (`exp` of the log forecasts under `log`), as X-13's `.fct` file.
    pub fn forecasts(&self, n: usize) -> Vec<f64> {
        let p = &self.estimates.params;
        let (phi, theta) = (self.model.operator(p, false), self.model.operator(p, true));
        let innovations = &self.estimates.filtered.residuals[phi.len() - 1..];
        let wf = forecast::differenced(&self.w, &phi, &theta, innovations, n);
        let yf = forecast::integrate(&self.series, &self.model.differencing(), &wf);
        if self.log {
            yf.into_iter().map(f64::exp).collect()
        } else {
            yf
        }
    }
}
