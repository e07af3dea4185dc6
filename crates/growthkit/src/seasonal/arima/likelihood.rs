//! The exact Gaussian likelihood of a stationary ARMA model for the
//! differenced series, the way X-13ARIMA-SEATS' `armafl` forms it (exact
//! AR and MA, `exact=arma`): the first `p` values `w_p` and the AR-filtered
//! rest `u = φ(B)w` are taken jointly. `u` is a pure MA process, whose
//! innovations given `u` are `â = M'(MM')⁻¹u` (`n - p + q` of them, `M`
//! the banded MA matrix); `w_p` given `u` has mean `X'(MM')⁻¹u` and
//! variance `Σ_p - X'(MM')⁻¹X` with `X = Cov(u, w_p)`. The residuals are
//! the whitened `w_p` followed by `â`, and `ln|Σ|` adds the two
//! log-determinants; all in units of the innovation variance.

/// The residuals and log-determinant at one set of parameters.
#[derive(Debug, Clone)]
pub(super) struct Filtered {
    /// The whitened `w_p` (first `p`), then the MA innovations `â = E[a | u]`
    /// (which X-13's forecasts take as the innovations, leaving out what
    /// `w_p` tells of the earliest ones).
    pub(super) residuals: Vec<f64>,
    /// `ln |Σ| / σ²ⁿ`, X-13's `Lndtcv`.
    pub(super) ln_det: f64,
}

/// The banded Cholesky factor of the Toeplitz matrix with autocovariances
/// `acv[0..=q]`, `n` by `n`: row `i` holds `L[i][i-q..=i]` at
/// `l[i*(q+1)..][..=q]` (one flat array: the filter runs for every
/// likelihood evaluation).
struct Band {
    q: usize,
    l: Vec<f64>,
}

impl Band {
    fn new(acv: &[f64], n: usize) -> Option<Band> {
        let q = acv.len() - 1;
        let w = q + 1;
        let mut l = vec![0.0; n * w];
        for i in 0..n {
            let lo = i.saturating_sub(q);
            for j in lo..=i {
                // L[i][j] = (acv[i-j] - Σ_k L[i][k] L[j][k]) / L[j][j], k from max(lo, j-q) to j-1
                let k0 = lo.max(j.saturating_sub(q));
                let (ri, rj) = (i * w + q - i, j * w + q - j);
                let dot: f64 = l[ri + k0..ri + j]
                    .iter()
                    .zip(&l[rj + k0..rj + j])
                    .map(|(a, b)| a * b)
                    .sum();
                let s = acv[i - j] - dot;
                if j == i {
                    if s.is_nan() || s <= 0.0 {
                        return None;
                    }
                    l[ri + i] = s.sqrt();
                } else {
                    l[ri + j] = s / l[rj + j];
                }
            }
        }
        Some(Band { q, l })
    }

    /// `L[i][k]` for `k` within the band of row `i`.
    fn at(&self, i: usize, k: usize) -> f64 {
        self.l[i * (self.q + 1) + self.q - i + k]
    }

    /// Solves `L L' x = b`.
    fn solve(&self, b: &[f64]) -> Vec<f64> {
        let (q, n) = (self.q, b.len());
        let mut x = b.to_vec();
        let w = q + 1;
        for i in 0..n {
            let lo = i.saturating_sub(q);
            let row = &self.l[i * w + q - i..];
            let s: f64 = row[lo..i].iter().zip(&x[lo..i]).map(|(a, b)| a * b).sum();
            x[i] = (x[i] - s) / row[i];
        }
        for i in (0..n).rev() {
            let hi = (i + q).min(n - 1);
            let s: f64 = (i + 1..=hi).map(|k| self.at(k, i) * x[k]).sum();
            x[i] = (x[i] - s) / self.at(i, i);
        }
        x
    }

    fn ln_det(&self) -> f64 {
        let n = self.l.len() / (self.q + 1);
        2.0 * (0..n).map(|i| self.at(i, i).ln()).sum::<f64>()
    }
}

/// `M'x`: the innovations weighted by the MA operator `theta`, `x.len() + q` long.
fn ma_adjoint(theta: &[f64], x: &[f64]) -> Vec<f64> {
    let q = theta.len() - 1;
    (0..x.len() + q)
        .map(|j| {
            theta
                .iter()
                .enumerate()
                .filter_map(|(k, t)| (j + k).checked_sub(q).and_then(|i| x.get(i)).map(|v| t * v))
                .sum()
        })
        .collect()
}

/// The ψ weights `θ(B)/φ(B)` up to lag `n - 1`.
fn psi(phi: &[f64], theta: &[f64], n: usize) -> Vec<f64> {
    let mut out = vec![0.0; n];
    for j in 0..n {
        let mut v = theta.get(j).copied().unwrap_or(0.0);
        for i in 1..phi.len().min(j + 1) {
            v -= phi[i] * out[j - i];
        }
        out[j] = v;
    }
    out
}

/// The autocovariances `γ₀ … γ_{p-1}` of the ARMA process `φ(B)w = θ(B)a`
/// (unit variance): the first `p + 1` Yule–Walker-type equations solved.
fn arma_acv(phi: &[f64], theta: &[f64]) -> Option<Vec<f64>> {
    let p = phi.len() - 1;
    let psi = psi(phi, theta, theta.len());
    let mut a = vec![vec![0.0; p + 2]; p + 1];
    for k in 0..=p {
        for (i, c) in phi.iter().enumerate() {
            let lag = k.abs_diff(i);
            if lag <= p {
                a[k][lag] += c;
            }
        }
        a[k][p + 1] = (k..theta.len()).map(|j| theta[j] * psi[j - k]).sum();
    }
    let g = super::estimate::gauss(a)?;
    Some(g.into_iter().take(p).collect())
}

/// The exact likelihood's residuals for the differenced series `w` under
/// AR operator `phi` and MA operator `theta` (coefficients of `B^0 …`), or
/// `None` where the covariance is not positive definite.
pub(super) fn filter(w: &[f64], phi: &[f64], theta: &[f64]) -> Option<Filtered> {
    let (p, q) = (phi.len() - 1, theta.len() - 1);
    let n = w.len();
    let m = n.checked_sub(p).filter(|m| *m > 0)?;
    let u: Vec<f64> = (p..n)
        .map(|t| (0..=p).map(|i| phi[i] * w[t - i]).sum())
        .collect();
    let acv_u: Vec<f64> = (0..=q)
        .map(|k| (k..=q).map(|i| theta[i] * theta[i - k]).sum())
        .collect();
    let band = Band::new(&acv_u, m)?;
    let x = band.solve(&u);
    let ahat = ma_adjoint(theta, &x);
    let mut ln_det = band.ln_det();
    if p == 0 {
        return Some(Filtered {
            residuals: ahat,
            ln_det,
        });
    }
    let ar = ArPart::new(w, phi, theta, &band, &x, m)?;
    ln_det += ar.ln_det;
    let mut residuals = ar.whitened;
    residuals.extend(ahat);
    Some(Filtered { residuals, ln_det })
}

/// The `w_p` part: the whitened `w_p - X'(MM')⁻¹u` and `ln|V|`.
struct ArPart {
    whitened: Vec<f64>,
    ln_det: f64,
}

impl ArPart {
    fn new(
        w: &[f64],
        phi: &[f64],
        theta: &[f64],
        band: &Band,
        x: &[f64],
        m: usize,
    ) -> Option<ArPart> {
        let (p, q) = (phi.len() - 1, theta.len() - 1);
        let acv = arma_acv(phi, theta)?;
        let psi_w = psi(phi, theta, p + q + 1);
        // X[t][j] = Cov(u at time p + t, w_j) = Σ_k θ_k ψ_{j - p - t + k}
        let cov = |t: usize, j: usize| -> f64 {
            (0..=q)
                .filter_map(|k| (j + k).checked_sub(p + t).map(|l| theta[k] * psi_w[l]))
                .sum()
        };
        let cols: Vec<Vec<f64>> = (0..p)
            .map(|j| (0..m).map(|t| cov(t, j)).collect())
            .collect();
        let ycols: Vec<Vec<f64>> = cols.iter().map(|c| band.solve(c)).collect();
        let dot = |a: &[f64], b: &[f64]| -> f64 { a.iter().zip(b).map(|(x, y)| x * y).sum() };
        let mut v = vec![vec![0.0; p]; p];
        for i in 0..p {
            for j in 0..p {
                v[i][j] = acv[i.abs_diff(j)] - dot(&cols[i], &ycols[j]);
            }
        }
        let l = cholesky(&v, 0.0)?;
        let resid: Vec<f64> = (0..p).map(|j| w[j] - dot(&cols[j], x)).collect();
        let whitened = forward(&l, &resid);
        let ln_det = 2.0 * (0..p).map(|i| l[i][i].ln()).sum::<f64>();
        Some(ArPart { whitened, ln_det })
    }
}

/// The Cholesky factor of `a`, or `None` when a pivot is at or below
/// `floor` times its diagonal element (0 for positive definiteness).
pub(super) fn cholesky(a: &[Vec<f64>], floor: f64) -> Option<Vec<Vec<f64>>> {
    let n = a.len();
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let s = a[i][j] - (0..j).map(|k| l[i][k] * l[j][k]).sum::<f64>();
            if i == j {
                if s.is_nan() || s <= floor * a[i][i].abs() || s <= 0.0 {
                    return None;
                }
                l[i][i] = s.sqrt();
            } else {
                l[i][j] = s / l[j][j];
            }
        }
    }
    Some(l)
}

fn forward(l: &[Vec<f64>], b: &[f64]) -> Vec<f64> {
    let mut x = b.to_vec();
    for i in 0..x.len() {
        x[i] = (x[i] - (0..i).map(|k| l[i][k] * x[k]).sum::<f64>()) / l[i][i];
    }
    x
}
