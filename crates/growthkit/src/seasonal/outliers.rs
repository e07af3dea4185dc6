//! Automatic outlier identification as X-13ARIMA-SEATS' `outlier{types=(ao
//! ls)}` runs it (`idotlr`, method `addone`): each forward pass filters
//! every candidate AO and LS at the model's current coefficients, adds the
//! one with the largest statistic above the critical value times the
//! robust residual scale, and re-estimates the model (from X-13's starting
//! values, 0.1 for every coefficient, as X-13 does); then backward deletion
//! drops, one at a time, the identified outlier with the smallest |t|
//! below the critical value, re-estimating each time.

use super::arima::ArimaFit;
use super::regression::{Regressor, outlier_date_of, outlier_name, outlier_position};
use crate::error::Result;
use crate::period::Period;

/// Which outliers to look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OutlierTypes {
    /// Additive outliers.
    pub ao: bool,
    /// Level shifts.
    pub ls: bool,
}

/// X-13's default critical value for `n` observations tested (`setcv`
/// with α = 0.05): the curve `β₀ + β₁ b(n) + β₂ a(n)` of Ljung's
/// approximation, with `a(n) = √(2 ln n)` and `b(n) = (ln ln n + ln 4π) /
/// 2a(n)`, through the normal quantile at n = 2 and Ljung's values at 100
/// and 200.
pub fn critical_value(n: usize) -> f64 {
    const ALPHA: f64 = 0.05;
    // Φ⁻¹((1 + √(1 - α)) / 2), from Python's statistics.NormalDist
    const Z2: f64 = 2.236_476_644_557_789_5;
    let a = |n: f64| (2.0 * n.ln()).sqrt();
    let b = |n: f64| (n.ln().ln() + (4.0 * std::f64::consts::PI).ln()) / (2.0 * a(n));
    // Ljung's critical value (X-13's setcvl)
    let ljung = |n: f64| {
        let pmod = 2.0 - (1.0 + ALPHA).sqrt();
        -(-0.5 * pmod.ln()).ln() / a(n) + a(n) - b(n)
    };
    let rows = [2.0, 100.0, 200.0].map(|x| [1.0, b(x), a(x)]);
    let y = [Z2, ljung(100.0), ljung(200.0)];
    let beta = solve3(rows, y);
    let n = n as f64;
    beta[0] + beta[1] * b(n) + beta[2] * a(n)
}

/// Solves the 3×3 system by Cramer's rule.
fn solve3(m: [[f64; 3]; 3], y: [f64; 3]) -> [f64; 3] {
    let det = |m: [[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(m);
    let mut out = [0.0; 3];
    for (j, o) in out.iter_mut().enumerate() {
        let mut mj = m;
        for i in 0..3 {
            mj[i][j] = y[i];
        }
        *o = det(mj) / d;
    }
    out
}

/// A candidate: a level shift (or an additive outlier) at position `t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    ls: bool,
    t: usize,
}

impl Candidate {
    fn column(self, n: usize) -> Vec<f64> {
        (0..n)
            .map(|i| match (self.ls, i.cmp(&self.t)) {
                (false, std::cmp::Ordering::Equal) => 1.0,
                (true, std::cmp::Ordering::Less) => -1.0,
                _ => 0.0,
            })
            .collect()
    }

    fn regressor(self, p: &Period) -> Regressor {
        let (y, k) = outlier_date_of(p);
        if self.ls {
            Regressor::LevelShift(y, k)
        } else {
            Regressor::AdditiveOutlier(y, k)
        }
    }

    fn of(r: &Regressor, periods: &[Period]) -> Option<Candidate> {
        let (ls, y, k) = match r {
            Regressor::AdditiveOutlier(y, k) => (false, *y, *k),
            Regressor::LevelShift(y, k) => (true, *y, *k),
            _ => return None,
        };
        let t = outlier_position(periods, y, k)?;
        Some(Candidate { ls, t })
    }
}

/// The outcome: the final fit and the outliers identified (in the order
/// found).
pub(super) struct Identified {
    pub(super) fit: ArimaFit,
    pub(super) found: Vec<Regressor>,
}

/// Runs the identification on a model already fitted (`fit`, with the
/// regressors `given`) to the `periods` observed; `refit(outliers)`
/// estimates the model with the outliers found added.
pub(super) fn identify(
    types: OutlierTypes,
    critical: f64,
    periods: &[Period],
    given: &[Regressor],
    fit: ArimaFit,
    mut refit: impl FnMut(&[Regressor], Option<&[f64]>) -> Result<ArimaFit>,
) -> Result<Identified> {
    let n = periods.len();
    let mut fit = fit;
    let mut found: Vec<Candidate> = Vec::new();
    let user: Vec<Candidate> = given
        .iter()
        .filter_map(|r| Candidate::of(r, periods))
        .collect();
    let regs = |found: &[Candidate]| -> Vec<Regressor> {
        found.iter().map(|c| c.regressor(&periods[c.t])).collect()
    };
    // points X-13 tests: an LS not at the first point, and with AOs also
    // tested not at the second or last (they equal an AO there)
    let tested = |c: &Candidate, found: &[Candidate]| -> bool {
        let kind = if c.ls { types.ls } else { types.ao };
        let skip_ls = c.ls && (c.t == 0 || (types.ao && (c.t == 1 || c.t == n - 1)));
        kind && !skip_ls && !found.contains(c) && !user.contains(c)
    };
    let mut untestable: Vec<Candidate> = Vec::new();
    loop {
        let candidates: Vec<Candidate> = (0..n)
            .flat_map(|t| [Candidate { ls: false, t }, Candidate { ls: true, t }])
            .filter(|c| tested(c, &found) && !untestable.contains(c))
            .collect();
        let columns: Vec<Vec<f64>> = candidates.iter().map(|c| c.column(n)).collect();
        let (rbmse, stats) = fit.outlier_tests(&columns);
        let limit = critical * rbmse;
        let mut best: Option<(Candidate, f64)> = None;
        let mut t = 0;
        while t < candidates.len() {
            // the candidates of one point: X-13 takes the larger |t| first
            let at = candidates[t].t;
            let mut here: Vec<(Candidate, f64)> = Vec::new();
            while t < candidates.len() && candidates[t].t == at {
                match stats[t] {
                    Some(s) => here.push((candidates[t], s)),
                    None => untestable.push(candidates[t]),
                }
                t += 1;
            }
            here.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
            if let Some((c, s)) = here.into_iter().find(|(_, s)| s.abs() > limit)
                && best.is_none_or(|(_, b)| s.abs() > b.abs())
            {
                best = Some((c, s));
            }
        }
        let Some((c, _)) = best else { break };
        found.push(c);
        found.sort_by_key(|c| (c.t, c.ls));
        // X-13's first re-estimation starts from its starting values, the
        // later ones from the estimates before them
        let start = Some(fit.params().to_vec());
        fit = refit(&regs(&found), start.as_deref())?;
    }
    backward(critical, periods, &mut found, &mut fit, &mut refit, &regs)?;
    Ok(Identified {
        found: regs(&found),
        fit,
    })
}

/// X-13's backward deletion: while the identified outlier with the
/// smallest |t| is below the critical value, drop it and re-estimate.
fn backward(
    critical: f64,
    periods: &[Period],
    found: &mut Vec<Candidate>,
    fit: &mut ArimaFit,
    refit: &mut impl FnMut(&[Regressor], Option<&[f64]>) -> Result<ArimaFit>,
    regs: &impl Fn(&[Candidate]) -> Vec<Regressor>,
) -> Result<()> {
    while !found.is_empty() {
        let names: Vec<String> = found
            .iter()
            .map(|c| outlier_name(c.ls, &periods[c.t]))
            .collect();
        let t_of = |name: &str| {
            fit.coefficients
                .iter()
                .find(|k| k.name == name)
                .map(|k| k.value / k.std_error)
        };
        // the smallest |t| of each type (the last of equals), AO before LS
        let mut smallest: Vec<(usize, f64)> = Vec::new();
        for ls in [false, true] {
            let mut m: Option<(usize, f64)> = None;
            for (i, _) in found.iter().enumerate().filter(|(_, c)| c.ls == ls) {
                let t = t_of(&names[i]).unwrap_or(0.0);
                if m.is_none_or(|(_, v)| t.abs() <= v.abs()) {
                    m = Some((i, t));
                }
            }
            smallest.extend(m);
        }
        smallest.sort_by(|a, b| a.1.abs().total_cmp(&b.1.abs()));
        let Some(&(i, _)) = smallest.iter().find(|(_, t)| t.abs() < critical) else {
            break;
        };
        found.remove(i);
        let start = fit.params().to_vec();
        *fit = refit(&regs(found), Some(&start))?;
    }
    Ok(())
}
