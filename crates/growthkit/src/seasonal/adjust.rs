//! [`Series::seasonal_adjust`]: a regARIMA model's forecasts extend the
//! series, then X-11 adjusts it, as X-13ARIMA-SEATS runs `arima{}`,
//! `forecast{maxlead=…}` and `x11{}` together.

use super::arima::{Arima, ArimaFit, ArimaOrders, Regressors};
use super::outliers::{self, OutlierTypes};
use super::regression::{Column, Effect, Regressor, leap_year_factors};
use super::series::Decomposition;
use super::spec::{Mode, X11Spec};
use super::x11;
use crate::error::{Error, ErrorKind, Result, quote};
use crate::period::Period;
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
#[derive(Debug, Clone, PartialEq)]
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
    /// The regression variables of the model (none by default).
    pub regressors: Vec<Regressor>,
    /// The outliers to identify automatically (none by default).
    pub outliers: OutlierTypes,
    /// Their critical |t|: `None` for X-13's default for the series'
    /// length ([`outliers::critical_value`]).
    pub critical: Option<f64>,
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
            regressors: Vec::new(),
            outliers: OutlierTypes::default(),
            critical: None,
        })
    }

    /// The spec with automatic outlier identification (X-13's
    /// `outlier{types=…}`): `types` among `"ao"` and `"ls"` (empty for
    /// none), at the critical |t| `critical` (X-13's default for the
    /// series' length when `None`).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for another type, or a critical value not above zero.
    pub fn with_outliers(mut self, types: &[&str], critical: Option<f64>) -> Result<AdjustSpec> {
        let mut out = OutlierTypes::default();
        for t in types {
            match *t {
                "ao" => out.ao = true,
                "ls" => out.ls = true,
                _ => {
                    return Err(Error::new(
                        ErrorKind::InvalidArgument,
                        format!("{} is not an outlier type: use \"ao\" and \"ls\"", quote(t)),
                    ));
                }
            }
        }
        if let Some(c) = critical.filter(|c| !(c.is_finite() && *c > 0.0)) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("the critical value is a |t| above zero, not {c}"),
            ));
        }
        self.outliers = out;
        self.critical = critical;
        Ok(self)
    }

    /// The spec with the regression variables `regressors` (built-in ones
    /// by [`Regressor::parse`], or [`Regressor::User`] series).
    #[must_use]
    pub fn with_regressors(mut self, regressors: Vec<Regressor>) -> AdjustSpec {
        self.regressors = regressors;
        self
    }
}

/// The regression matrix for one transform: the columns on the series' and
/// the forecasts' periods, and X-13's prior factors (the leap year, for
/// `td` under the log; ones otherwise).
struct Design {
    columns: Vec<Column>,
    prior: Vec<f64>,
}

impl Design {
    fn new(regressors: &[Regressor], periods: &[Period], log: bool) -> Result<Design> {
        let mut columns = Vec::new();
        for r in ordered(regressors) {
            columns.extend(r.columns(periods, log)?);
        }
        let prior = if log && regressors.iter().any(Regressor::leap_year_prior) {
            leap_year_factors(periods)
        } else {
            vec![1.0; periods.len()]
        };
        Ok(Design { columns, prior })
    }

    fn regressors(&self) -> Regressors<'_> {
        Regressors {
            names: self.columns.iter().map(|c| c.name.clone()).collect(),
            columns: self.columns.iter().map(|c| c.values.as_slice()).collect(),
        }
    }

    /// The regression effects of kind `effect` at `t` (transformed scale).
    fn effect(&self, fit: &ArimaFit, t: usize, effect: Effect) -> f64 {
        let beta = fit.coefficients.iter().map(|c| c.value);
        self.columns
            .iter()
            .zip(beta)
            .filter(|(c, _)| c.effect == effect)
            .map(|(c, b)| b * c.values[t])
            .sum()
    }

    /// The calendar effects (trading day, holiday, and the prior) at `t`:
    /// a factor under the log, a difference without.
    fn calendar(&self, fit: &ArimaFit, t: usize, log: bool) -> f64 {
        let e = self.effect(fit, t, Effect::Calendar);
        if log { self.prior[t] * e.exp() } else { e }
    }

    /// `component` with the effects of kind `effect` put back (outliers: a
    /// level shift into the trend, an additive outlier into the irregular).
    fn put_back(&self, fit: &ArimaFit, component: &Series, effect: Effect, log: bool) -> Series {
        let values = component.values().iter().enumerate().map(|(t, v)| {
            let e = self.effect(fit, t, effect);
            if log { v * e.exp() } else { v + e }
        });
        component.with_values(values.collect(), component.indicator().cloned())
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
        let periods = self.extended_periods(spec.forecast)?;
        let n = self.len();
        let fit_with = |log: bool, start: Option<&[f64]>, extra: &[Regressor]| {
            let mut all = spec.regressors.clone();
            all.extend_from_slice(extra);
            let design = Design::new(&all, &periods, log)?;
            let values: Vec<f64> = self
                .values()
                .iter()
                .zip(&design.prior)
                .map(|(v, p)| v / p)
                .collect();
            let fit = Arima::fit_from(&values, ny, spec.orders, log, start, &design.regressors())?;
            if fit.converged {
                return Ok::<_, Error>((fit, design));
            }
            Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the model {} did not converge in {} iterations: try another model",
                    spec.orders, fit.iterations
                ),
            ))
        };
        let fit = |log: bool, start: Option<&[f64]>| fit_with(log, start, &[]);
        let positive = self.values().iter().all(|v| *v > 0.0);
        let (log, (fit, design)) = match spec.transform {
            Transform::Log => (true, fit(true, None)?),
            Transform::None => (false, fit(false, None)?),
            // X-13's trnaic: the log when its AICC plus aicdiff (-2) is
            // lower; then the chosen model is estimated again from the log
            // model's coefficients, as X-13 leaves them.
            Transform::Auto if positive => {
                let (plain, logs) = (fit(false, None)?.0, fit(true, None)?.0);
                let log = logs.aicc() - 2.0 < plain.aicc();
                (log, fit(log, Some(logs.params()))?)
            }
            Transform::Auto => (false, fit(false, None)?),
        };
        let (fit, design) = if spec.outliers == OutlierTypes::default() {
            (fit, design)
        } else {
            let critical = spec.critical.unwrap_or_else(|| outliers::critical_value(n));
            // each estimation from X-13's starting values, as X-13 does
            let found = outliers::identify(
                spec.outliers,
                critical,
                self.periods(),
                &spec.regressors,
                fit,
                |extra, start| fit_with(log, start, extra).map(|f| f.0),
            )?;
            let mut all = spec.regressors.clone();
            all.extend(found.found);
            (found.fit, Design::new(&all, &periods, log)?)
        };
        x11.mode = spec
            .mode
            .unwrap_or(if log { Mode::Mult } else { Mode::Add });
        check_mode(log, x11.mode, !design.columns.is_empty())?;
        self.check_values(&x11, ny)?;
        // X-11 adjusts the series less its regression effects and prior
        // factors (X-13's B1), extended by that series' forecasts
        let effects = fit.effects();
        let mut b1: Vec<f64> = (0..n)
            .map(|t| {
                let v = self.values()[t];
                let e = effects.get(t).copied().unwrap_or(0.0);
                if log {
                    v / (design.prior[t] * e.exp())
                } else {
                    v - e
                }
            })
            .collect();
        b1.extend(fit.residual_forecasts(spec.forecast));
        let tables = x11::run(&b1, n, ny, first, &x11);
        let mut d = self.decomposition(&tables, first);
        let calendar: Vec<f64> = (0..n).map(|t| design.calendar(&fit, t, log)).collect();
        let adjusted: Vec<f64> = (0..n)
            .map(|t| {
                let (o, s, c) = (self.values()[t], d.seasonal.values()[t], calendar[t]);
                if log { o / (s * c) } else { o - s - c }
            })
            .collect();
        let has_calendar = design.columns.iter().any(|c| c.effect == Effect::Calendar)
            || design.prior.iter().any(|p| *p != 1.0);
        if !design.columns.is_empty() {
            d.adjusted = d
                .adjusted
                .with_values(adjusted, d.adjusted.indicator().cloned());
            d.trend = design.put_back(&fit, &d.trend, Effect::Trend, log);
            d.irregular = design.put_back(&fit, &d.irregular, Effect::Irregular, log);
        }
        if has_calendar {
            d.calendar = Some(self.with_values(calendar, None));
        }
        let ahead: Vec<f64> = fit
            .forecasts(spec.forecast)
            .iter()
            .zip(&design.prior[n..])
            .map(|(f, p)| f * p)
            .collect();
        d.forecasts = Some(Series::new(periods[n..].to_vec(), ahead)?);
        d.log_likelihood = Some(fit.log_likelihood);
        d.transform = Some(if log { "log" } else { "none" }.to_string());
        d.coefficients = fit.coefficients;
        Ok(d)
    }

    /// The series' periods and the `h` after them.
    fn extended_periods(&self, h: usize) -> Result<Vec<Period>> {
        let mut out = self.periods().to_vec();
        let last = self.periods().last().copied();
        for i in 1..=h as i64 {
            let p = last.map_or(Err(Error::new(ErrorKind::InvalidArgument, "empty")), |p| {
                p.shift(i)
            })?;
            out.push(p);
        }
        Ok(out)
    }
}

/// The regressors in X-13's order: the outliers together, by date, where
/// the first of them is given.
fn ordered(regressors: &[Regressor]) -> Vec<&Regressor> {
    let date = |r: &Regressor| match r {
        Regressor::AdditiveOutlier(y, k) | Regressor::LevelShift(y, k) => Some((*y, *k)),
        _ => None,
    };
    let mut outliers: Vec<&Regressor> = regressors.iter().filter(|r| date(r).is_some()).collect();
    outliers.sort_by_key(|r| date(r));
    let mut out = Vec::with_capacity(regressors.len());
    for r in regressors {
        match date(r) {
            None => out.push(r),
            Some(_) if out.iter().all(|o| date(o).is_none()) => out.append(&mut outliers),
            Some(_) => {}
        }
    }
    out
}

/// The mode must suit the transform: a model of the logarithms goes with a
/// multiplicative mode, and regression effects of a model of the series
/// itself are differences, which only `add` removes.
fn check_mode(log: bool, mode: Mode, regression: bool) -> Result<()> {
    if log && mode == Mode::Add {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "a model of the logarithms goes with a multiplicative mode, not add",
        ));
    }
    if !log && regression && mode != Mode::Add {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "regression effects of a model of the series itself (transform none) are differences: use mode add, not {}",
                mode.name()
            ),
        ));
    }
    Ok(())
}
