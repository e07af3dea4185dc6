//! Levenberg–Marquardt least squares with a forward-difference Jacobian,
//! following the algorithm of Moré's MINPACK `lmdif` (trust region on the
//! scaled step, the LM parameter by `lmpar`'s safeguarded Newton
//! iteration, QR with column pivoting) as X-13ARIMA-SEATS calls it:
//! `xtol = gtol = 0`, `factor = 100`, scaling by the Jacobian's column norms.

const EPSMCH: f64 = f64::EPSILON;
const DWARF: f64 = f64::MIN_POSITIVE;

/// Why the iterations stopped (MINPACK's `info`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    /// The relative reduction of the sum of squares fell below `ftol` (1).
    Converged,
    /// The iteration limit was reached (5).
    MaxIterations,
    /// No further reduction is possible in machine precision (6 to 8, or a zero gradient).
    Stalled,
}

/// The end point of a fit.
#[derive(Debug, Clone)]
pub(super) struct Solution {
    pub(super) x: Vec<f64>,
    pub(super) iterations: usize,
    pub(super) stop: Stop,
}

fn norm(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// The forward-difference Jacobian at `x` (columns), MINPACK's `fdjac2`
/// with `epsfcn = 0`.
pub(super) fn jacobian<F: FnMut(&[f64], bool) -> Vec<f64>>(
    fcn: &mut F,
    x: &[f64],
    fvec: &[f64],
) -> Vec<Vec<f64>> {
    let eps = EPSMCH.sqrt();
    let mut xs = x.to_vec();
    (0..x.len())
        .map(|j| {
            let temp = xs[j];
            let h = if eps * temp.abs() == 0.0 {
                eps
            } else {
                eps * temp.abs()
            };
            xs[j] = temp + h;
            let f = fcn(&xs, false);
            xs[j] = temp;
            f.iter().zip(fvec).map(|(a, b)| (a - b) / h).collect()
        })
        .collect()
}

/// The QR factorisation with column pivoting of the columns `a` (MINPACK's
/// `qrfac`): `r` (upper triangle, row-major, `r[i][j]`), the permutation,
/// and the column norms; `a` keeps the Householder vectors.
pub(super) struct Qr {
    pub(super) r: Vec<Vec<f64>>,
    pub(super) ipvt: Vec<usize>,
    pub(super) acnorm: Vec<f64>,
    /// The first `n` elements of `Q'f`.
    pub(super) qtf: Vec<f64>,
}

pub(super) fn qrfac(mut a: Vec<Vec<f64>>, f: &[f64]) -> Qr {
    let n = a.len();
    let m = f.len();
    let acnorm: Vec<f64> = a.iter().map(|c| norm(c)).collect();
    let mut rdiag = acnorm.clone();
    let mut wa = acnorm.clone();
    let mut ipvt: Vec<usize> = (0..n).collect();
    for j in 0..n.min(m) {
        let kmax = (j..n).fold(j, |b, k| if rdiag[k] > rdiag[b] { k } else { b });
        if kmax != j {
            a.swap(j, kmax);
            rdiag[kmax] = rdiag[j];
            wa[kmax] = wa[j];
            ipvt.swap(j, kmax);
        }
        let mut ajnorm = norm(&a[j][j..]);
        if ajnorm != 0.0 {
            if a[j][j] < 0.0 {
                ajnorm = -ajnorm;
            }
            a[j][j..].iter_mut().for_each(|v| *v /= ajnorm);
            a[j][j] += 1.0;
            let (left, right) = a.split_at_mut(j + 1);
            let aj = &left[j];
            for (off, ak) in right.iter_mut().enumerate() {
                let k = j + 1 + off;
                let sum: f64 = (j..m).map(|i| aj[i] * ak[i]).sum();
                let temp = sum / aj[j];
                (j..m).for_each(|i| ak[i] -= temp * aj[i]);
                if rdiag[k] != 0.0 {
                    let t = ak[j] / rdiag[k];
                    rdiag[k] *= (1.0 - t * t).max(0.0).sqrt();
                    if 0.05 * (rdiag[k] / wa[k]).powi(2) <= EPSMCH {
                        rdiag[k] = norm(&ak[j + 1..]);
                        wa[k] = rdiag[k];
                    }
                }
            }
        }
        rdiag[j] = -ajnorm;
    }
    let mut w = f.to_vec();
    let mut r = vec![vec![0.0; n]; n];
    for j in 0..n {
        if a[j][j] != 0.0 {
            let sum: f64 = (j..m).map(|i| a[j][i] * w[i]).sum();
            let temp = -sum / a[j][j];
            (j..m).for_each(|i| w[i] += a[j][i] * temp);
        }
        for (i, row) in r.iter_mut().enumerate().take(j) {
            row[j] = a[j][i];
        }
        r[j][j] = rdiag[j];
    }
    let qtf = w.into_iter().take(n).collect();
    Qr {
        r,
        ipvt,
        acnorm,
        qtf,
    }
}

/// Solves `min ‖[R; D]z - [qtb; 0]‖` for the permuted `x` (MINPACK's
/// `qrsolv`): fills the strict lower triangle of `r` with `S` (where
/// `S'S = P'(J'J + D²)P`) and returns `x` and `S`'s diagonal.
fn qrsolv(r: &mut [Vec<f64>], ipvt: &[usize], diag: &[f64], qtb: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let n = r.len();
    let mut x = vec![0.0; n];
    let mut wa = qtb.to_vec();
    for j in 0..n {
        for i in j..n {
            r[i][j] = r[j][i];
        }
        x[j] = r[j][j];
    }
    let mut sdiag = vec![0.0; n];
    for j in 0..n {
        let l = ipvt[j];
        if diag[l] != 0.0 {
            sdiag[j..].iter_mut().for_each(|v| *v = 0.0);
            sdiag[j] = diag[l];
            let mut qtbpj = 0.0;
            for k in j..n {
                if sdiag[k] == 0.0 {
                    continue;
                }
                let (sin, cos) = if r[k][k].abs() < sdiag[k].abs() {
                    let cotan = r[k][k] / sdiag[k];
                    let sin = 0.5 / (0.25 + 0.25 * cotan * cotan).sqrt();
                    (sin, sin * cotan)
                } else {
                    let tan = sdiag[k] / r[k][k];
                    let cos = 0.5 / (0.25 + 0.25 * tan * tan).sqrt();
                    (cos * tan, cos)
                };
                r[k][k] = cos * r[k][k] + sin * sdiag[k];
                let temp = cos * wa[k] + sin * qtbpj;
                qtbpj = -sin * wa[k] + cos * qtbpj;
                wa[k] = temp;
                for i in k + 1..n {
                    let temp = cos * r[i][k] + sin * sdiag[i];
                    sdiag[i] = -sin * r[i][k] + cos * sdiag[i];
                    r[i][k] = temp;
                }
            }
        }
        sdiag[j] = r[j][j];
        r[j][j] = x[j];
    }
    let nsing = sdiag.iter().position(|v| *v == 0.0).unwrap_or(n);
    wa[nsing..].iter_mut().for_each(|v| *v = 0.0);
    for j in (0..nsing).rev() {
        let sum: f64 = (j + 1..nsing).map(|i| r[i][j] * wa[i]).sum();
        wa[j] = (wa[j] - sum) / sdiag[j];
    }
    for j in 0..n {
        x[ipvt[j]] = wa[j];
    }
    (x, sdiag)
}

/// The LM parameter and step for the trust radius `delta` (MINPACK's
/// `lmpar`); returns the step (to subtract) and the new parameter.
fn lmpar(qr: &mut Qr, diag: &[f64], delta: f64, par0: f64) -> (Vec<f64>, f64) {
    let n = qr.r.len();
    let (ipvt, qtb) = (qr.ipvt.clone(), qr.qtf.clone());
    let r = &mut qr.r;
    let nsing = (0..n).position(|j| r[j][j] == 0.0).unwrap_or(n);
    let mut wa1: Vec<f64> = (0..n)
        .map(|j| if j < nsing { qtb[j] } else { 0.0 })
        .collect();
    for k in (0..nsing).rev() {
        wa1[k] /= r[k][k];
        let temp = wa1[k];
        (0..k).for_each(|i| wa1[i] -= r[i][k] * temp);
    }
    let mut x = vec![0.0; n];
    (0..n).for_each(|j| x[ipvt[j]] = wa1[j]);
    let scaled = |x: &[f64]| -> Vec<f64> { x.iter().zip(diag).map(|(a, d)| a * d).collect() };
    let mut wa2 = scaled(&x);
    let mut dxnorm = norm(&wa2);
    let mut fp = dxnorm - delta;
    if fp <= 0.1 * delta {
        return (x, 0.0);
    }
    let mut parl = 0.0;
    if nsing == n {
        let mut w: Vec<f64> = (0..n)
            .map(|j| diag[ipvt[j]] * (wa2[ipvt[j]] / dxnorm))
            .collect();
        for j in 0..n {
            let sum: f64 = (0..j).map(|i| r[i][j] * w[i]).sum();
            w[j] = (w[j] - sum) / r[j][j];
        }
        let temp = norm(&w);
        parl = ((fp / delta) / temp) / temp;
    }
    let g: Vec<f64> = (0..n)
        .map(|j| (0..=j).map(|i| r[i][j] * qtb[i]).sum::<f64>() / diag[ipvt[j]])
        .collect();
    let gnorm = norm(&g);
    let mut paru = gnorm / delta;
    if paru == 0.0 {
        paru = DWARF / delta.min(0.1);
    }
    let mut par = par0.max(parl).min(paru);
    if par == 0.0 {
        par = gnorm / dxnorm;
    }
    for iter in 1.. {
        if par == 0.0 {
            par = DWARF.max(0.001 * paru);
        }
        let d: Vec<f64> = diag.iter().map(|v| par.sqrt() * v).collect();
        let (xs, sdiag) = qrsolv(r, &ipvt, &d, &qtb);
        x = xs;
        wa2 = scaled(&x);
        dxnorm = norm(&wa2);
        let temp = fp;
        fp = dxnorm - delta;
        if fp.abs() <= 0.1 * delta || (parl == 0.0 && fp <= temp && temp < 0.0) || iter == 10 {
            break;
        }
        let mut w: Vec<f64> = (0..n)
            .map(|j| diag[ipvt[j]] * (wa2[ipvt[j]] / dxnorm))
            .collect();
        for j in 0..n {
            w[j] /= sdiag[j];
            let temp = w[j];
            (j + 1..n).for_each(|i| w[i] -= r[i][j] * temp);
        }
        let temp = norm(&w);
        let parc = ((fp / delta) / temp) / temp;
        if fp > 0.0 {
            parl = parl.max(par);
        }
        if fp < 0.0 {
            paru = paru.min(par);
        }
        par = parl.max(par + parc);
    }
    (x, par)
}

/// The state carried between the outer iterations of [`lmdif`].
struct State {
    x: Vec<f64>,
    fvec: Vec<f64>,
    fnorm: f64,
    diag: Vec<f64>,
    delta: f64,
    par: f64,
    xnorm: f64,
    iterations: usize,
    ftol: f64,
}

/// Minimises `‖fcn(x)‖²` from `x0` (MINPACK's `lmdif` with `xtol = gtol =
/// 0`, `mode = 1`, `factor = 100`); `fcn(x, trial)` gives the residuals, a
/// trial step being one that may be refused. Stops when the actual and
/// predicted relative reductions are both at most `ftol`, or after
/// `max_iter` successful iterations.
pub(super) fn lmdif<F: FnMut(&[f64], bool) -> Vec<f64>>(
    mut fcn: F,
    x0: &[f64],
    ftol: f64,
    max_iter: usize,
) -> Solution {
    let n = x0.len();
    let fvec = fcn(x0, false);
    let fnorm = norm(&fvec);
    let mut s = State {
        x: x0.to_vec(),
        fvec,
        fnorm,
        diag: vec![1.0; n],
        delta: 0.0,
        par: 0.0,
        xnorm: 0.0,
        iterations: 0,
        ftol,
    };
    let max_fev = max_iter.max(200) * (n + 1);
    let mut nfev = 1;
    loop {
        let jac = jacobian(&mut fcn, &s.x, &s.fvec);
        nfev += n;
        let mut qr = qrfac(jac, &s.fvec);
        if s.iterations == 0 {
            s.diag = qr
                .acnorm
                .iter()
                .map(|v| if *v == 0.0 { 1.0 } else { *v })
                .collect();
            s.xnorm = norm(
                &s.x.iter()
                    .zip(&s.diag)
                    .map(|(a, b)| a * b)
                    .collect::<Vec<_>>(),
            );
            s.delta = if s.xnorm == 0.0 {
                100.0
            } else {
                100.0 * s.xnorm
            };
        }
        if gradient_norm(&qr, s.fnorm) <= 0.0 {
            return s.finish(Stop::Stalled);
        }
        for (d, a) in s.diag.iter_mut().zip(&qr.acnorm) {
            *d = d.max(*a);
        }
        loop {
            let (step, stop) = inner(&mut fcn, &mut s, &mut qr);
            nfev += 1;
            let stop = stop
                .or((s.iterations >= max_iter || nfev >= max_fev).then_some(Stop::MaxIterations));
            if let Some(stop) = stop {
                return s.finish(stop);
            }
            if step {
                break;
            }
        }
    }
}

impl State {
    fn finish(self, stop: Stop) -> Solution {
        Solution {
            x: self.x,
            iterations: self.iterations,
            stop,
        }
    }
}

/// The scaled gradient's largest cosine with a column (MINPACK's `gnorm`).
fn gradient_norm(qr: &Qr, fnorm: f64) -> f64 {
    if fnorm == 0.0 {
        return 0.0;
    }
    let n = qr.r.len();
    (0..n)
        .filter(|j| qr.acnorm[qr.ipvt[*j]] != 0.0)
        .map(|j| {
            let sum: f64 = (0..=j).map(|i| qr.r[i][j] * (qr.qtf[i] / fnorm)).sum();
            (sum / qr.acnorm[qr.ipvt[j]]).abs()
        })
        .fold(0.0, f64::max)
}

/// One trial step of the inner loop: whether it was taken, and whether to stop.
fn inner<F: FnMut(&[f64], bool) -> Vec<f64>>(
    fcn: &mut F,
    s: &mut State,
    qr: &mut Qr,
) -> (bool, Option<Stop>) {
    let n = s.x.len();
    let (wa1, par) = lmpar(qr, &s.diag, s.delta, s.par);
    s.par = par;
    let p: Vec<f64> = wa1.iter().map(|v| -v).collect();
    let trial: Vec<f64> = s.x.iter().zip(&p).map(|(a, b)| a + b).collect();
    let pnorm = norm(
        &p.iter()
            .zip(&s.diag)
            .map(|(a, d)| a * d)
            .collect::<Vec<_>>(),
    );
    if s.iterations == 0 {
        s.delta = s.delta.min(pnorm);
    }
    let f1 = fcn(&trial, true);
    let fnorm1 = norm(&f1);
    let actred = if 0.1 * fnorm1 < s.fnorm {
        1.0 - (fnorm1 / s.fnorm).powi(2)
    } else {
        -1.0
    };
    let mut wa3 = vec![0.0; n];
    for j in 0..n {
        let temp = p[qr.ipvt[j]];
        (0..=j).for_each(|i| wa3[i] += qr.r[i][j] * temp);
    }
    let temp1 = norm(&wa3) / s.fnorm;
    let temp2 = (s.par.sqrt() * pnorm) / s.fnorm;
    let prered = temp1 * temp1 + temp2 * temp2 / 0.5;
    let dirder = -(temp1 * temp1 + temp2 * temp2);
    let ratio = if prered != 0.0 { actred / prered } else { 0.0 };
    if ratio <= 0.25 {
        let mut temp = if actred >= 0.0 {
            0.5
        } else {
            0.5 * dirder / (dirder + 0.5 * actred)
        };
        if 0.1 * fnorm1 >= s.fnorm || temp < 0.1 {
            temp = 0.1;
        }
        s.delta = temp * s.delta.min(pnorm / 0.1);
        s.par /= temp;
    } else if s.par == 0.0 || ratio >= 0.75 {
        s.delta = pnorm / 0.5;
        s.par *= 0.5;
    }
    let step = ratio >= 1e-4;
    if step {
        s.x = trial;
        s.xnorm = norm(
            &s.x.iter()
                .zip(&s.diag)
                .map(|(a, d)| a * d)
                .collect::<Vec<_>>(),
        );
        s.fvec = f1;
        s.fnorm = fnorm1;
        s.iterations += 1;
    }
    let small = |tol: f64| actred.abs() <= tol && prered <= tol && 0.5 * ratio <= 1.0;
    let stop = if small(s.ftol) {
        Some(Stop::Converged)
    } else if small(EPSMCH) || s.delta <= EPSMCH * s.xnorm {
        Some(Stop::Stalled)
    } else {
        None
    };
    (step, stop)
}
