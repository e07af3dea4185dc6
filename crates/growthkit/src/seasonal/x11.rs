//! The X-11 iterations B, C and D as X-13ARIMA-SEATS runs them on a series
//! without regressors (X-13's `x11pt2` and `x11pt3`), over 1-based arrays
//! whose index `i` falls in period `(i - 1) % ny + 1` of its year.

use super::extremes;
use super::filters::{averag, divsub, repeat_years, seasonal_factors};
use super::henderson::Trend;
use super::msr;
use super::spec::{Filter, Mode, X11Spec};

/// X-11's final tables, 1-based like the work arrays (index 0 unused).
#[derive(Debug, Clone)]
pub(super) struct Tables {
    pub(super) d10: Vec<f64>,
    pub(super) d11: Vec<f64>,
    pub(super) d12: Vec<f64>,
    pub(super) d13: Vec<f64>,
    pub(super) c17: Vec<f64>,
    pub(super) seasonal_filter: Filter,
    pub(super) trend_filter: usize,
    pub(super) msr: Vec<f64>,
    pub(super) ic_ratio: f64,
}

/// The work arrays and settings of one run.
struct Work {
    mode: Mode,
    ny: usize,
    /// First and last index of the series, and the last observed.
    f: usize,
    l: usize,
    obs: usize,
    filter: Filter,
    stable: bool,
    limits: (f64, f64),
    trend: Trend,
    sto: Vec<f64>,
    stcsi: Vec<f64>,
    stc: Vec<f64>,
    stsi: Vec<f64>,
    sts: Vec<f64>,
    stci: Vec<f64>,
    sti: Vec<f64>,
    stwt: Vec<f64>,
}

/// Runs X-11 on `values`, the first of which falls in period `first`
/// (1-based) of its year; `values` are positive where the mode needs it
/// and number at least three years.
/// `observed` of the values are observations, the rest forecasts that
/// extend the series (X-13's `Posfob` and `Posffc`).
pub(super) fn run(
    values: &[f64],
    observed: usize,
    ny: usize,
    first: usize,
    spec: &X11Spec,
) -> Tables {
    let (f, l) = (first, first + values.len() - 1);
    let obs = first + observed - 1;
    let len = l + 2 * ny + 2;
    let mut sto = vec![0.0; len];
    for (i, v) in values.iter().enumerate() {
        sto[f + i] = if spec.mode == Mode::LogAdd {
            v.ln()
        } else {
            *v
        };
    }
    let mut w = Work {
        mode: spec.mode,
        ny,
        f,
        l,
        obs,
        filter: spec.seasonal_filter,
        stable: spec.seasonal_filter == Filter::Stable,
        limits: spec.sigma_limits,
        trend: Trend::new(spec.trend_filter, ny),
        stcsi: sto.clone(),
        sto,
        stc: vec![0.0; len],
        stsi: vec![0.0; len],
        sts: vec![0.0; len],
        stci: vec![0.0; len],
        sti: vec![0.0; len],
        stwt: vec![1.0; len],
    };
    w.iteration(true);
    w.iteration(false);
    let c17 = w.stwt.clone();
    w.first_estimates(false);
    w.finish(values, c17)
}

impl Work {
    fn divides(&self) -> bool {
        self.mode.divides()
    }

    fn xbar(&self) -> f64 {
        if self.divides() { 1.0 } else { 0.0 }
    }

    /// Seasonal factors of `stsi[lo..=hi]` into `sts` by the filter of
    /// the first or second estimate.
    fn seasonal(&mut self, lo: usize, hi: usize, first: bool) {
        let filter = self.filter.in_estimate(first);
        seasonal_factors(
            self.mode,
            &mut self.sts,
            &self.stsi,
            (lo, hi, self.ny),
            filter,
            self.stable,
        );
    }

    /// Weights of the irregulars `sti[lo..=hi]` and the SI values
    /// `stsi[lo..=hi]` with the extremes replaced; then the factors again.
    fn replace_extremes(&mut self, lo: usize, hi: usize, first: bool) {
        let range = (lo, hi, self.ny);
        let xbar = self.xbar();
        extremes::weights(&self.sti, &mut self.stwt, range, xbar, self.limits);
        extremes::replace(&mut self.stsi, &self.stwt, range);
        self.seasonal(lo, hi, first);
    }

    /// The irregular `sti = stsi / sts` over `lo..=hi`.
    fn si_irregular(&mut self, lo: usize, hi: usize) {
        for i in lo..=hi {
            self.sti[i] = match self.mode {
                Mode::PseudoAdd => self.stsi[i] - self.sts[i] + 1.0,
                Mode::Mult => self.stsi[i] / self.sts[i],
                Mode::Add | Mode::LogAdd => self.stsi[i] - self.sts[i],
            };
        }
    }

    /// An iteration's first seasonal and trend estimates (tables 2 to 7)
    /// and its SI values on that trend (table 8 or 9).
    fn first_estimates(&mut self, part_b: bool) {
        let (f, l, ny) = (self.f, self.l, self.ny);
        let (mfda, mlda) = (f + ny / 2, l - ny / 2);
        averag(&self.stcsi, &mut self.stc, f, l, 2, ny);
        divsub(
            self.mode,
            &mut self.stsi,
            &self.stcsi,
            &self.stc,
            mfda,
            mlda,
        );
        if part_b {
            self.seasonal(mfda, mlda, true);
            self.si_irregular(mfda, mlda);
            self.replace_extremes(mfda, mlda, true);
        } else {
            self.seasonal(mfda, mlda, true);
        }
        repeat_years(&mut self.sts, mfda, mlda, l, ny);
        for i in f..=l {
            self.stci[i] = if self.mode == Mode::PseudoAdd && (mfda..=mlda).contains(&i) {
                self.stcsi[i] - self.stc[i] * (self.sts[i] - 1.0)
            } else if self.divides() {
                self.stcsi[i] / self.sts[i]
            } else {
                self.stcsi[i] - self.sts[i]
            };
        }
        self.trend.estimate(
            self.mode,
            (&mut self.stc, &self.stci),
            (f, l, self.obs, ny),
            part_b,
        );
        divsub(self.mode, &mut self.stsi, &self.stcsi, &self.stc, f, l);
    }

    /// Iteration B or C: the seasonal factors, the irregular's weights and
    /// the series with its extremes modified for the next iteration.
    fn iteration(&mut self, part_b: bool) {
        let (f, l) = (self.f, self.l);
        self.first_estimates(part_b);
        if part_b {
            self.seasonal(f, l, false);
            self.si_irregular(f, l);
            self.replace_extremes(f, l, false);
        } else {
            self.seasonal(f, l, false);
        }
        for i in f..=l {
            self.stci[i] = match self.mode {
                Mode::PseudoAdd => self.sto[i] - self.stc[i] * (self.sts[i] - 1.0),
                _ if self.divides() => self.sto[i] / self.sts[i],
                _ => self.sto[i] - self.sts[i],
            };
        }
        divsub(self.mode, &mut self.sti, &self.stci, &self.stc, f, l);
        let xbar = self.xbar();
        extremes::weights(
            &self.sti,
            &mut self.stwt,
            (f, l, self.ny),
            xbar,
            self.limits,
        );
        for i in f..=l {
            let (x, wt) = (self.sti[i], self.stwt[i]);
            let ex = if self.divides() {
                x / (1.0 + wt * (x - 1.0))
            } else {
                x * (1.0 - wt)
            };
            self.stcsi[i] = match self.mode {
                Mode::PseudoAdd => self.stc[i] * (self.sts[i] + (x / ex - 1.0)),
                _ if self.divides() => self.sto[i] / ex,
                _ => self.sto[i] - ex,
            };
        }
    }

    /// The filter the final factors were made with, as X-13 names it in
    /// D10: the stable mean when fewer than five years are in range (or
    /// fewer than twenty for 3×15), whatever was asked or chosen.
    fn applied_filter(&self) -> Filter {
        let years = (self.l + 1 - self.f) / self.ny;
        match self.filter.in_estimate(false) {
            _ if years < 5 => Filter::Stable,
            Filter::S3x15 if years < 20 => Filter::Stable,
            f => f,
        }
    }

    /// Iteration D's final tables (X-13's `x11pt3`): the seasonal filter
    /// chosen, D10, then the trend of the modified adjusted series, D11 to D13.
    fn finish(mut self, values: &[f64], c17: Vec<f64>) -> Tables {
        let (f, l, ny) = (self.f, self.l, self.ny);
        let mut ratios = Vec::new();
        if self.filter == Filter::Msr {
            let (chosen, r) = msr::choose(self.mode, &self.stsi, (f, self.obs, ny));
            self.filter = chosen;
            ratios = r;
        }
        self.seasonal(f, l, false);
        let mut sa = vec![0.0; self.stci.len()];
        for i in f..=l {
            sa[i] = match self.mode {
                Mode::PseudoAdd => self.stcsi[i] - self.stc[i] * (self.sts[i] - 1.0),
                _ if self.divides() => self.stcsi[i] / self.sts[i],
                _ => self.stcsi[i] - self.sts[i],
            };
        }
        self.trend
            .estimate(self.mode, (&mut self.stc, &sa), (f, l, self.obs, ny), false);
        let mut t = Tables {
            d10: self.sts.clone(),
            d11: vec![0.0; self.sts.len()],
            d12: self.stc.clone(),
            d13: vec![0.0; self.sts.len()],
            c17,
            seasonal_filter: self.applied_filter(),
            trend_filter: self.trend.nterm,
            msr: ratios,
            ic_ratio: self.trend.ratio,
        };
        if self.mode == Mode::LogAdd {
            super::logadd::to_levels(&mut t, &self.sti, (f, l, ny));
        }
        for (i, v) in values.iter().enumerate() {
            let j = f + i;
            let (s, tr) = (t.d10[j], t.d12[j]);
            t.d11[j] = match self.mode {
                Mode::PseudoAdd => v - tr * (s - 1.0),
                Mode::Add => v - s,
                _ => v / s,
            };
            t.d13[j] = if self.mode == Mode::Add {
                t.d11[j] - tr
            } else {
                t.d11[j] / tr
            };
        }
        t
    }
}
