//! [`Series::seasonal_adjust`]: a regARIMA model's forecasts extend the
//! series, then X-11 adjusts it, as X-13ARIMA-SEATS runs `arima{}`,
//! `forecast{maxlead=…}` and `x11{}` together.

use super::arima::{Arima, ArimaFit, ArimaOrders};
use super::series::Decomposition;
use super::spec::{Mode, X11Spec};
use super::x11;
use crate::error::{Error, ErrorKind, Result, quote};
use crate::series::Series;

/// The transform of the series the model is fitted to (X-13's
/// `transform{function=…}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    /// The series itself (`none`).
    None,
    /// Its logarithms (`log`).
    Log,
    /// Chosen by X-13's AIC test (`auto`): the logarithms when the model's
    /// AICC on them (on the original scale) is lower by more than 2.
    Auto,
}

/// The choices of [`Series::seasonal_adjust`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdjustSpec {
    /// The transform the model is fitted to.
    pub transform: Transform,
    /// The X-11 mode given, or `None` for `mult` under the log and `add`
    /// without (the mode in `x11` is then set when the transform is known).
    pub mode: Option<Mode>,
    /// The seasonal ARIMA model.
    pub orders: ArimaOrders,
    /// How many forecasts extend the series before X-11 (X-13's `maxlead`).
    pub forecast: usize,
    /// The X-11 choices.
    pub x11: X11Spec,
}

impl AdjustSpec {
    /// The spec of X-13's names, as the bindings pass them: `transform`
    /// `"log"`, `"none"` or `"auto"`, `arima` as X-13 writes a model
    /// (`"(0 1 1)(0 1 1)"`), and the X-11 options; `mode` `None` is `mult`
    /// under `log` and `add` without.
    ///
    /// ```
    /// use growthkit::seasonal::AdjustSpec;
    /// let s = AdjustSpec::from_names("log", "(0 1 1)(0 1 1)", 12, None, "msr", None, (1.5, 2.5))?;
    /// assert_eq!((s.orders.q, s.orders.sq, s.x11.mode.name()), (1, 1, "mult"));
    /// assert!(AdjustSpec::from_names("box-cox", "(0 1 1)(0 1 1)", 12, None, "msr", None, (1.5, 2.5)).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `invalid_argument` for another transform, forecasts outside 0 to 120, a model text that is not `(p d q)(P D Q)`, or X-11
    /// options [`X11Spec::from_names`] refuses.
    pub fn from_names(
        transform: &str,
        arima: &str,
        forecast: i64,
        mode: Option<&str>,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> Result<AdjustSpec> {
        let transform = match transform {
            "log" => Transform::Log,
            "none" => Transform::None,
            "auto" => Transform::Auto,
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "{} is not a transform: use \"log\", \"none\" or \"auto\"",
                        quote(transform)
                    ),
                ));
            }
        };
        let Some(forecast) = usize::try_from(forecast).ok().filter(|f| *f <= 120) else {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "forecast is a number of periods from 0 to 120 (X-13's maxlead), not {forecast}"
                ),
            ));
        };
        let given = mode.map(Mode::parse).transpose()?;
        let x11 = X11Spec::from_names(
            mode.unwrap_or("mult"),
            seasonal_filter,
            trend_filter,
            sigma_limits,
        )?;
        Ok(AdjustSpec {
            transform,
            mode: given,
            orders: parse_orders(arima)?,
            forecast,
            x11,
        })
    }
}

/// `(p d q)(P D Q)` as X-13 writes a model.
fn parse_orders(text: &str) -> Result<ArimaOrders> {
    let numbers: Vec<usize> = text
        .split(|c: char| c == '(' || c == ')' || c == ',' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .map(str::parse)
        .collect::<std::result::Result<_, _>>()
        .unwrap_or_default();
    match numbers.as_slice() {
        [p, d, q, sp, sd, sq] if text.matches('(').count() == 2 => {
            Ok(ArimaOrders::new((*p, *d, *q), (*sp, *sd, *sq)))
        }
        _ => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{} is not a model: write it as X-13 does, \"(0 1 1)(0 1 1)\"",
                quote(text)
            ),
        )),
    }
}

impl Series {
    /// Seasonal adjustment as X-13ARIMA-SEATS runs a regARIMA model with
    /// X-11: the model (exact maximum likelihood, [`Arima::fit`]) extends
    /// the series by `forecast` periods, X-11 adjusts the extended series,
    /// and the decomposition is returned on the series' periods with the
    /// forecasts, the coefficients and the log-likelihood.
    ///
    /// # Errors
    ///
    /// Those of [`Series::x11`] and [`Arima::fit`]; `invalid_argument` when
    /// the estimation stops without converging (with the iterations), or
    /// when the log transform meets the additive mode.
    pub fn seasonal_adjust(&self, spec: &AdjustSpec) -> Result<Decomposition> {
        let (ny, first) = self.x11_layout()?;
        let mut x11 = spec.x11;
        x11.mode = spec.mode.unwrap_or(Mode::Add);
        self.check_values(&x11, ny)?;
        let fit = |log: bool, start: Option<&[f64]>| -> Result<ArimaFit> {
            let fit = Arima::fit_from(self.values(), ny, spec.orders, log, start)?;
            if fit.converged {
                return Ok(fit);
            }
            Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the model {} did not converge in {} iterations: try another model",
                    spec.orders, fit.iterations
                ),
            ))
        };
        let positive = self.values().iter().all(|v| *v > 0.0);
        let (log, fit) = match spec.transform {
            Transform::Log => (true, fit(true, None)?),
            Transform::None => (false, fit(false, None)?),
            // X-13's trnaic: the log when its AICC plus aicdiff (-2) is
            // lower; then the chosen model is estimated again from the log
            // model's coefficients, as X-13 leaves them.
            Transform::Auto if positive => {
                let (plain, logs) = (fit(false, None)?, fit(true, None)?);
                let log = logs.aicc() - 2.0 < plain.aicc();
                (log, fit(log, Some(logs.params()))?)
            }
            Transform::Auto => (false, fit(false, None)?),
        };
        x11.mode = spec
            .mode
            .unwrap_or(if log { Mode::Mult } else { Mode::Add });
        if log && x11.mode == Mode::Add {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "a model of the logarithms goes with a multiplicative mode, not add",
            ));
        }
        self.check_values(&x11, ny)?;
        let ahead = fit.forecasts(spec.forecast);
        let mut values = self.values().to_vec();
        values.extend(&ahead);
        let tables = x11::run(&values, self.len(), ny, first, &x11);
        let mut d = self.decomposition(&tables, first);
        let last = self.periods().last().copied();
        let periods = (1..=ahead.len() as i64)
            .map(|i| {
                last.map_or(Err(Error::new(ErrorKind::InvalidArgument, "empty")), |p| {
                    p.shift(i)
                })
            })
            .collect::<Result<Vec<_>>>()?;
        d.forecasts = Some(Series::new(periods, ahead)?);
        d.log_likelihood = Some(fit.log_likelihood);
        d.transform = Some(if log { "log" } else { "none" }.to_string());
        d.coefficients = fit.coefficients;
        Ok(d)
    }
}
