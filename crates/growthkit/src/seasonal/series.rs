//! [`Series::x11`] and its [`Decomposition`].

use super::arima::Coefficient;
use super::spec::{Filter, Mode, X11Spec};
use super::x11;
use crate::error::{Error, ErrorKind, Result};
use crate::indicator::Indicator;
use crate::period::{Frequency, Period};
use crate::series::Series;

/// X-11's decomposition of a series, each component on the series' periods.
#[derive(Debug, Clone)]
pub struct Decomposition {
    /// The final seasonal factors (X-13's table D10): ratios in the
    /// multiplicative modes, differences in `add`.
    pub seasonal: Series,
    /// The seasonally adjusted series (D11), with the series' indicator
    /// named "…, seasonally adjusted".
    pub adjusted: Series,
    /// The final trend-cycle (D12), with the indicator named "…, trend-cycle".
    pub trend: Series,
    /// The final irregular (D13).
    pub irregular: Series,
    /// The final weights of the extreme values, 0 to 1 (C17).
    pub weights: Series,
    /// The seasonal filter of the final factors, as X-13 names it in D10:
    /// the global MSR's choice for `msr`, and `stable` where the series is
    /// too short for the filter (under five years; under twenty for 3×15).
    pub seasonal_filter: Filter,
    /// The length of the final Henderson trend filter.
    pub trend_filter: usize,
    /// The global moving seasonality ratios measured (one per span tried;
    /// empty unless the filter is `msr`).
    pub msr: Vec<f64>,
    /// The I/C ratio of the final trend estimate.
    pub ic_ratio: f64,
    /// The combined trading-day and holiday factors of the model's
    /// regressors, the leap-year prior factors included (X-13's D18):
    /// ratios under the log, differences without; `None` without calendar
    /// regressors. The adjusted series has them removed too.
    pub calendar: Option<Series>,
    /// The model's forecasts that extended the series
    /// ([`Series::seasonal_adjust`]; `None` for [`Series::x11`]).
    pub forecasts: Option<Series>,
    /// The model's coefficients with X-13's names and standard errors
    /// (empty for [`Series::x11`]).
    pub coefficients: Vec<Coefficient>,
    /// The model's log-likelihood (X-13's `lnlkhd`; `None` for [`Series::x11`]).
    pub log_likelihood: Option<f64>,
    /// The transform the model was fitted to, `"log"` or `"none"` (the
    /// AIC test's choice under `auto`; `None` for [`Series::x11`]).
    pub transform: Option<String>,
}

impl Series {
    /// Seasonal adjustment by X-11, identical to X-13ARIMA-SEATS' `x11{}`
    /// spec on a series without regressors (tables D10 to D13).
    ///
    /// ```
    /// use growthkit::seasonal::X11Spec;
    /// use growthkit::{Frequency, Period, Series};
    /// let first = Period::parse("2015-01")?.ordinal().unwrap();
    /// let ords: Vec<i64> = (first..first + 72).collect();
    /// let values: Vec<f64> = (0..72).map(|i| 100.0 + i as f64 + [5.0, -3.0, 1.0, -2.0, 4.0, -5.0][i % 6] * if i % 12 < 6 { 1.0 } else { -1.0 }).collect();
    /// let s = Series::from_ordinals(Frequency::Monthly, &ords, values)?;
    /// let d = s.x11(&X11Spec::default())?;
    /// assert_eq!(d.adjusted.len(), 72);
    /// assert!(d.seasonal.values().iter().all(|f| (0.9..1.1).contains(f)));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `frequency_mismatch` unless the series is monthly or quarterly with
    /// no gap between periods; `invalid_argument` for fewer than three years,
    /// or a trend filter longer than the series or not odd from 3 to 101;
    /// `non_finite` for a missing value (X-11 fills none: fill it first, or
    /// adjust with a regARIMA model that estimates it);
    /// `non_positive_base` for a value at or below zero in the modes other
    /// than `add`.
    pub fn x11(&self, spec: &X11Spec) -> Result<Decomposition> {
        spec.check()?;
        let (ny, first) = self.x11_layout()?;
        let values = self.values();
        self.check_values(spec, ny)?;
        let t = x11::run(values, values.len(), ny, first, spec);
        Ok(self.decomposition(&t, first))
    }

    /// The decomposition of X-11's tables on the series' periods.
    pub(super) fn decomposition(&self, t: &x11::Tables, first: usize) -> Decomposition {
        let n = self.len();
        let part = |v: &[f64]| v[first..first + n].to_vec();
        let named = |suffix: &str, what: &str| {
            self.indicator().map(|i| {
                let name = format!("{}, {what}", i.name());
                let code = format!("{}_{suffix}", i.code());
                let mut out = Indicator::new(&code, &name, i.unit().clone(), i.measure());
                if let Some(r) = i.region() {
                    out = out.with_region(r);
                }
                if let Some(s) = i.source() {
                    out = out.with_source(s);
                }
                out
            })
        };
        Decomposition {
            seasonal: self.with_values(part(&t.d10), None),
            adjusted: self.with_values(part(&t.d11), named("sa", "seasonally adjusted")),
            trend: self.with_values(part(&t.d12), named("trend", "trend-cycle")),
            irregular: self.with_values(part(&t.d13), None),
            weights: self.with_values(part(&t.c17), None),
            seasonal_filter: t.seasonal_filter,
            trend_filter: t.trend_filter,
            msr: t.msr.clone(),
            ic_ratio: t.ic_ratio,
            calendar: None,
            forecasts: None,
            coefficients: Vec::new(),
            log_likelihood: None,
            transform: None,
        }
    }

    /// Periods a year and the position in its year of the first period, for
    /// a monthly or quarterly series without gaps.
    pub(super) fn x11_layout(&self) -> Result<(usize, usize)> {
        let kind = |f: Frequency| match f {
            Frequency::Monthly => Some(12),
            Frequency::Quarterly => Some(4),
            _ => None,
        };
        let Some((freq, ords)) = self.ordinal_cache() else {
            return Err(Error::new(
                ErrorKind::FrequencyMismatch,
                "X-11 adjusts a monthly or quarterly series: this one mixes kinds of periods or is empty",
            ));
        };
        let Some(ny) = kind(*freq) else {
            return Err(Error::new(
                ErrorKind::FrequencyMismatch,
                format!("X-11 adjusts monthly and quarterly series, not {}", freq),
            ));
        };
        if let Some(w) = ords.windows(2).find(|w| matches!(w, [a, b] if b - a != 1)) {
            let text = |o: i64| {
                Period::from_ordinal(*freq, o)
                    .map(|p| p.to_string())
                    .unwrap_or_default()
            };
            return Err(Error::new(
                ErrorKind::FrequencyMismatch,
                format!(
                    "X-11 needs every period: {} is followed by {}; add the periods between (as missing values to be filled)",
                    text(w[0]),
                    text(w[1])
                ),
            ));
        }
        let first = ords.first().map_or(0, |o| o.rem_euclid(ny as i64)) as usize + 1;
        Ok((ny, first))
    }

    /// Refuses short series, missing values and (but in `add`) values at or
    /// below zero.
    pub(super) fn check_values(&self, spec: &X11Spec, ny: usize) -> Result<()> {
        let n = self.len();
        if n < 3 * ny {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "X-11 needs at least three years ({} periods): got {n}",
                    3 * ny
                ),
            ));
        }
        if let Some(t) = spec.trend_filter.filter(|&t| t > n) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("a {t}-term Henderson filter needs at least {t} periods: got {n}"),
            ));
        }
        let at = |i: usize| {
            self.periods()
                .get(i)
                .map(|p| p.to_string())
                .unwrap_or_default()
        };
        if let Some(i) = self.values().iter().position(|v| v.is_nan()) {
            return Err(Error::new(
                ErrorKind::NonFinite,
                format!(
                    "a missing value at {}: X-11 fills none; fill it first (interpolate, or use a published figure) or adjust with a regARIMA model that estimates missing values",
                    at(i)
                ),
            ));
        }
        if spec.mode != Mode::Add
            && let Some(i) = self.values().iter().position(|v| *v <= 0.0)
        {
            return Err(Error::new(
                ErrorKind::NonPositiveBase,
                format!(
                    "the value at {} is {}: the {} mode needs values above zero (use mode \"add\")",
                    at(i),
                    self.values()[i],
                    spec.mode.name()
                ),
            ));
        }
        Ok(())
    }
}
