//! Estimation with regressors as X-13ARIMA-SEATS' `rgarma` runs it
//! (iterative generalised least squares): the regression coefficients by
//! least squares on the series and regressors filtered at the current ARMA
//! coefficients, then the ARMA coefficients by Levenberg–Marquardt on the
//! regression's residuals (at most 40 iterations a pass, to `100·tol`
//! in the first two passes and `tol` after), until the deviance changes
//! by less than `2·tol/n` relatively, within 1500 iterations in all.

use super::estimate::{Estimates, MAX_ITER, TOL, covariance_errors, filter, objective};
use super::likelihood::cholesky;
use super::lm;
use super::model::Model;

/// X-13's `estimate{}` default of ARMA iterations within one pass.
const PASS_ITER: usize = 40;

/// Why an estimation could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// The model cannot filter the series at the coefficients reached.
    Filter,
    /// The regressors are collinear once differenced.
    Singular,
}

/// The GLS step at `params`: the coefficients, `(X'X)⁻¹`'s diagonal of the
/// filtered regressors, the filtered residuals and `ln|Σ|`.
struct Gls {
    beta: Vec<f64>,
    inv_diag: Vec<f64>,
    residuals: Vec<f64>,
    ln_det: f64,
}

fn gls(model: &Model, w: &[f64], xd: &[Vec<f64>], params: &[f64]) -> Result<Gls, Failure> {
    let fy = filter(model, w, params).ok_or(Failure::Filter)?;
    let fx = xd
        .iter()
        .map(|c| filter(model, c, params).map(|f| f.residuals))
        .collect::<Option<Vec<_>>>()
        .ok_or(Failure::Filter)?;
    let k = fx.len();
    let dot = |a: &[f64], b: &[f64]| -> f64 { a.iter().zip(b).map(|(x, y)| x * y).sum() };
    let xtx: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| dot(&fx[i], &fx[j])).collect())
        .collect();
    let xty: Vec<f64> = fx.iter().map(|c| dot(c, &fy.residuals)).collect();
    // X-13's dppfa refuses a pivot at or below zero; below 1e-12 of its
    // diagonal the regressors are collinear in all but rounding
    let l = cholesky(&xtx, 1e-12).ok_or(Failure::Singular)?;
    let beta = solve(&l, &xty);
    let inv_diag = (0..k)
        .map(|i| {
            let e: Vec<f64> = (0..k).map(|j| if i == j { 1.0 } else { 0.0 }).collect();
            solve(&l, &e)[i]
        })
        .collect();
    let mut residuals = fy.residuals;
    for (c, b) in fx.iter().zip(&beta) {
        for (r, x) in residuals.iter_mut().zip(c) {
            *r -= b * x;
        }
    }
    Ok(Gls {
        beta,
        inv_diag,
        residuals,
        ln_det: fy.ln_det,
    })
}

/// The regression coefficients, their standard errors and the estimates of
/// the ARMA part on the residuals `w - Xβ`.
pub(super) struct Fitted {
    pub(super) beta: Vec<f64>,
    pub(super) beta_errors: Vec<f64>,
    pub(super) z: Vec<f64>,
    pub(super) estimates: Estimates,
}

/// Estimates the model with the differenced regressors `xd` on the
/// differenced series `w`, from `start` (0.1 for every coefficient when
/// `None`).
pub(super) fn estimate(
    model: &Model,
    w: &[f64],
    xd: &[Vec<f64>],
    start: Option<&[f64]>,
) -> Result<Fitted, Failure> {
    let n = w.len() as f64;
    let devtol = 2.0 / n * TOL;
    let k = model.terms.len();
    let mut params = start.map_or_else(|| vec![0.1; k], <[f64]>::to_vec);
    let (mut big, mut old, mut pass, mut iterations) = (0.0, 0.0, 0usize, 0usize);
    let mut converged = true;
    loop {
        let g = gls(model, w, xd, &params)?;
        let objfcn = g.residuals.iter().map(|v| v * v).sum::<f64>() * (g.ln_det / n).exp();
        if pass == 0 {
            let largest = g.residuals.iter().fold(0.0, |m: f64, v| m.max(v.abs()));
            big = largest * (g.ln_det / 2.0 / n).exp();
        }
        // X-13's stpitr: the relative change of the deviance from the third pass on
        let next = if iterations >= MAX_ITER {
            converged = false;
            false
        } else {
            !(pass > 1 && objfcn != 0.0 && (old / objfcn - 1.0).abs() < devtol)
        };
        old = objfcn;
        pass += 1;
        let z: Vec<f64> = (0..w.len())
            .map(|t| w[t] - xd.iter().zip(&g.beta).map(|(c, b)| b * c[t]).sum::<f64>())
            .collect();
        if next && k > 0 {
            let tol = 2.0 / n * if pass > 2 { TOL } else { 100.0 * TOL };
            let mut fcn = objective(model, &z, big, n);
            let sol = lm::lmdif(&mut fcn, &params, tol, PASS_ITER);
            iterations += sol.iterations;
            params = sol.x;
            if sol.iterations > 0 {
                continue;
            }
        }
        let variance = g.residuals.iter().map(|v| v * v).sum::<f64>() / n;
        let filtered = filter(model, &z, &params).ok_or(Failure::Filter)?;
        let std_errors = covariance_errors(model, &z, &params, big, variance);
        let beta_errors = g.inv_diag.iter().map(|d| (variance * d).sqrt()).collect();
        return Ok(Fitted {
            beta: g.beta,
            beta_errors,
            z,
            estimates: Estimates {
                params,
                std_errors,
                variance,
                ln_det: g.ln_det,
                iterations,
                converged,
                filtered,
            },
        });
    }
}

/// Solves `L L' x = b`.
pub(super) fn solve(l: &[Vec<f64>], b: &[f64]) -> Vec<f64> {
    let n = b.len();
    let mut x = b.to_vec();
    for i in 0..n {
        x[i] = (x[i] - (0..i).map(|k| l[i][k] * x[k]).sum::<f64>()) / l[i][i];
    }
    for i in (0..n).rev() {
        x[i] = (x[i] - (i + 1..n).map(|k| l[k][i] * x[k]).sum::<f64>()) / l[i][i];
    }
    x
}
