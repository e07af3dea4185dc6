//! [`Arima::fit`] and the [`ArimaFit`] it returns.

use super::estimate::{self, Estimates};
use super::forecast;
use super::igls::{self, Failure};
use super::model::{ArimaOrders, Model};
use crate::error::{Error, ErrorKind, Result, finite, positive};

/// Seasonal ARIMA models estimated as X-13ARIMA-SEATS estimates them.
#[derive(Debug, Clone, Copy)]
pub struct Arima;

/// One estimated coefficient, with X-13's name and sign convention
/// (`(1 - θB)` for an MA term, `(1 - φB)` for an AR term); a regression
/// coefficient has X-13's variable name (`"Mon"`, `"Easter[8]"`) and lag 0.
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
    /// The regression coefficients, then the ARMA coefficients: AR before
    /// MA, nonseasonal before seasonal.
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
    /// The (transformed) series less the regression effects.
    series: Vec<f64>,
    w: Vec<f64>,
    estimates: Estimates,
    /// The regression effects `Xβ` on the series' periods and then the
    /// forecasts' (empty without regressors).
    effects: Vec<f64>,
    /// The differenced regressors (empty without).
    xd: Vec<Vec<f64>>,
}

/// The regression part of a fit: the columns (on the series' periods, then
/// as many forecast periods as will be asked) and their names.
pub(crate) struct Regressors<'a> {
    pub(crate) names: Vec<String>,
    pub(crate) columns: Vec<&'a [f64]>,
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
        let none = Regressors {
            names: Vec::new(),
            columns: Vec::new(),
        };
        Arima::fit_from(values, period, orders, log, None, &none)
    }

    /// [`Arima::fit`] from the coefficients `start` instead of 0.1 each (as
    /// X-13 re-estimates from the transform test's last estimates).
    pub(crate) fn fit_from(
        values: &[f64],
        period: usize,
        orders: ArimaOrders,
        log: bool,
        start: Option<&[f64]>,
        regressors: &Regressors<'_>,
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
        // X-13 takes an earlier estimation's coefficients as they are, but
        // moves an MA factor near the unit circle back (setmdl)
        let start = start.map(|p| model.shrunk(p));
        let start = start.as_deref();
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
        let cannot = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("the model `{orders}` cannot filter this series"),
            )
        };
        if regressors.columns.is_empty() {
            let estimates = estimate::estimate(&model, &w, start).ok_or_else(cannot)?;
            return Ok(ArimaFit::new(model, log, series, w, estimates, Vec::new()));
        }
        let diff = |c: &[f64]| -> Vec<f64> {
            (d..values.len())
                .map(|t| (0..=d).map(|i| delta[i] * c[t - i]).sum())
                .collect()
        };
        let xd: Vec<Vec<f64>> = regressors.columns.iter().map(|c| diff(c)).collect();
        let fitted = igls::estimate(&model, &w, &xd, start).map_err(|f| match f {
            Failure::Filter => cannot(),
            Failure::Singular => Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the regressors {} are collinear once differenced: leave one out",
                    regressors.names.join(", ")
                ),
            ),
        })?;
        let len = regressors
            .columns
            .iter()
            .map(|c| c.len())
            .min()
            .unwrap_or(0);
        let effects: Vec<f64> = (0..len)
            .map(|t| {
                regressors
                    .columns
                    .iter()
                    .zip(&fitted.beta)
                    .map(|(c, b)| b * c[t])
                    .sum()
            })
            .collect();
        let resid: Vec<f64> = series.iter().zip(&effects).map(|(y, e)| y - e).collect();
        let mut fit = ArimaFit::new(model, log, resid, fitted.z, fitted.estimates, effects);
        fit.xd = xd;
        // the log-likelihood's transform adjustment is of the series itself
        fit.transform_adjustment = if log {
            -series[series.len() - fit.effective_observations..]
                .iter()
                .sum::<f64>()
        } else {
            0.0
        };
        let named = regressors
            .names
            .iter()
            .zip(fitted.beta.iter().zip(&fitted.beta_errors));
        let mut coefficients: Vec<Coefficient> = named
            .map(|(name, (v, s))| Coefficient {
                name: name.clone(),
                lag: 0,
                value: *v,
                std_error: *s,
            })
            .collect();
        coefficients.append(&mut fit.coefficients);
        fit.coefficients = coefficients;
        Ok(fit)
    }
}

impl ArimaFit {
    fn new(
        model: Model,
        log: bool,
        series: Vec<f64>,
        w: Vec<f64>,
        estimates: Estimates,
        effects: Vec<f64>,
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
            effects,
            xd: Vec::new(),
        }
    }

    /// What the outlier tests need: the model, the ARMA coefficients, the
    /// differenced regressors and the filtered GLS residuals.
    pub(super) fn parts(&self) -> (&Model, &[f64], &[Vec<f64>], &[f64]) {
        let e = &self.estimates;
        (&self.model, &e.params, &self.xd, &e.filtered.residuals)
    }

    /// The number of estimated parameters X-13 counts (`np`): the
    /// coefficients (regression and ARMA) and the variance.
    pub fn parameters(&self) -> usize {
        self.coefficients.len() + 1
    }

    /// Akaike's criterion on the original scale (X-13's `aic`).
    pub fn aic(&self) -> f64 {
        -2.0 * (self.log_likelihood + self.transform_adjustment) + 2.0 * self.parameters() as f64
    }

    /// The estimated coefficients, in the model's order.
    pub(crate) fn params(&self) -> &[f64] {
        // the ARMA coefficients only: the start of another estimation
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
    /// (`exp` of the log forecasts under `log`), as X-13's `.fct` file,
    /// with the regression effects given for the forecast periods.
    pub fn forecasts(&self, n: usize) -> Vec<f64> {
        let n0 = self.series.len();
        let f = self.transformed_forecasts(n).into_iter().enumerate();
        let out = f.map(|(i, v)| v + self.effects.get(n0 + i).copied().unwrap_or(0.0));
        if self.log {
            out.map(f64::exp).collect()
        } else {
            out.collect()
        }
    }

    /// The regression effects `Xβ` (transformed scale) on the series'
    /// periods and the forecasts' given.
    pub(crate) fn effects(&self) -> &[f64] {
        &self.effects
    }

    /// The forecasts of the series less its regression effects (`exp` of
    /// them under `log`): what X-13 extends the prior-adjusted series by.
    pub(crate) fn residual_forecasts(&self, n: usize) -> Vec<f64> {
        let yf = self.transformed_forecasts(n);
        if self.log {
            yf.into_iter().map(f64::exp).collect()
        } else {
            yf
        }
    }

    /// The forecasts of the transformed series less its regression effects.
    fn transformed_forecasts(&self, n: usize) -> Vec<f64> {
        let p = &self.estimates.params;
        let (phi, theta) = (self.model.operator(p, false), self.model.operator(p, true));
        let innovations = &self.estimates.filtered.residuals[phi.len() - 1..];
        let wf = forecast::differenced(&self.w, &phi, &theta, innovations, n);
        forecast::integrate(&self.series, &self.model.differencing(), &wf)
    }
}
