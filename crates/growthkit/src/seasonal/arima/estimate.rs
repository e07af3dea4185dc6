//! Exact maximum likelihood as X-13ARIMA-SEATS' `rgarma` runs it for a
//! model without regressors: Levenberg–Marquardt on the residuals of the
//! exact likelihood scaled by `|Σ|^{1/2n}` (so that their sum of squares is
//! the deviance `σ̂²|Σ|^{1/n}`), from 0.1 for every coefficient, with
//! `ftol = 2·tol/n`; standard errors from the Jacobian at the estimates.

use super::likelihood::{self, Filtered};
use super::lm;
use super::model::Model;

/// X-13's `estimate{tol}` and `maxiter` defaults.
pub(super) const TOL: f64 = 1e-5;
pub(super) const MAX_ITER: usize = 1500;

/// The estimates for one model and differenced series.
#[derive(Debug, Clone)]
pub(super) struct Estimates {
    pub(super) params: Vec<f64>,
    pub(super) std_errors: Vec<f64>,
    pub(super) variance: f64,
    pub(super) ln_det: f64,
    pub(super) iterations: usize,
    pub(super) converged: bool,
    pub(super) filtered: Filtered,
}

/// The residuals at `params`, or `None` where the model cannot filter.
pub(super) fn filter(model: &Model, w: &[f64], params: &[f64]) -> Option<Filtered> {
    likelihood::filter(
        w,
        &model.operator(params, false),
        &model.operator(params, true),
    )
}

/// The scaled residuals Levenberg–Marquardt minimises for `w` (`big` for
/// every residual of a step the model cannot filter, as X-13 sends one back).
pub(super) fn objective<'a>(
    model: &'a Model,
    w: &'a [f64],
    big: f64,
    n: f64,
) -> impl FnMut(&[f64], bool) -> Vec<f64> + 'a {
    let na = w.len() + model.operator(&vec![0.0; model.terms.len()], true).len() - 1;
    move |x: &[f64], trial: bool| -> Vec<f64> {
        match filter(model, w, x).filter(|_| !trial || model.admissible(x)) {
            Some(f) => {
                let s = (f.ln_det / 2.0 / n).exp();
                f.residuals.iter().map(|v| v * s).collect()
            }
            None => vec![big; na],
        }
    }
}

/// The coefficients' standard errors at `x` from the Jacobian of the
/// scaled residuals.
pub(super) fn covariance_errors(
    model: &Model,
    w: &[f64],
    x: &[f64],
    big: f64,
    variance: f64,
) -> Vec<f64> {
    if x.is_empty() {
        return Vec::new();
    }
    let mut fcn = objective(model, w, big, w.len() as f64);
    let f0 = fcn(x, false);
    let jac = lm::jacobian(&mut fcn, x, &f0);
    let cov = covariance(&lm::qrfac(jac, &f0));
    cov.iter().map(|c| (variance * c).sqrt()).collect()
}

/// Estimates the model on the differenced series `w` from `start` (0.1
/// for every coefficient when `None`); `None` when the starting values
/// cannot be filtered.
pub(super) fn estimate(model: &Model, w: &[f64], start: Option<&[f64]>) -> Option<Estimates> {
    let n = w.len() as f64;
    let start = start.map_or_else(|| vec![0.1; model.terms.len()], <[f64]>::to_vec);
    let first = filter(model, w, &start)?;
    let scale0 = (first.ln_det / 2.0 / n).exp();
    let big = first.residuals.iter().fold(0.0, |m: f64, v| m.max(v.abs())) * scale0;
    let (x, iterations, converged) = if start.is_empty() {
        (start, 0, true)
    } else {
        let mut fcn = objective(model, w, big, n);
        let sol = lm::lmdif(&mut fcn, &start, 2.0 / n * TOL, MAX_ITER);
        (sol.x, sol.iterations, sol.stop != lm::Stop::MaxIterations)
    };
    let filtered = filter(model, w, &x)?;
    let variance = filtered.residuals.iter().map(|v| v * v).sum::<f64>() / n;
    let std_errors = covariance_errors(model, w, &x, big, variance);
    Some(Estimates {
        params: x,
        std_errors,
        variance,
        ln_det: filtered.ln_det,
        iterations,
        converged,
        filtered,
    })
}

/// The diagonal of `(J'J)⁻¹` from `J P = Q R`, in the parameters' order
/// (NaN where `R` is singular).
fn covariance(qr: &lm::Qr) -> Vec<f64> {
    let n = qr.r.len();
    let mut out = vec![f64::NAN; n];
    // R⁻¹ by columns, then (R'R)⁻¹ = R⁻¹R⁻ᵀ
    let mut inv = vec![vec![0.0; n]; n];
    for j in 0..n {
        if qr.r[j][j] == 0.0 {
            return out;
        }
        inv[j][j] = 1.0 / qr.r[j][j];
        for i in (0..j).rev() {
            let s: f64 = (i + 1..=j).map(|k| qr.r[i][k] * inv[k][j]).sum();
            inv[i][j] = -s / qr.r[i][i];
        }
    }
    for i in 0..n {
        out[qr.ipvt[i]] = (i..n).map(|k| inv[i][k] * inv[i][k]).sum();
    }
    out
}

/// Solves the augmented system `a = [A | b]` by Gaussian elimination with
/// partial pivoting; `None` when `A` is singular.
pub(super) fn gauss(mut a: Vec<Vec<f64>>) -> Option<Vec<f64>> {
    let n = a.len();
    for c in 0..n {
        let piv = (c..n).max_by(|x, y| a[*x][c].abs().total_cmp(&a[*y][c].abs()))?;
        if a[piv][c] == 0.0 || !a[piv][c].is_finite() {
            return None;
        }
        a.swap(c, piv);
        for r in c + 1..n {
            let f = a[r][c] / a[c][c];
            for k in c..=n {
                a[r][k] -= f * a[c][k];
            }
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|k| a[r][k] * x[k]).sum();
        x[r] = (a[r][n] - s) / a[r][r];
    }
    Some(x)
}
