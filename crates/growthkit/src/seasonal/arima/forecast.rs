//! Finite-sample forecasts as X-13's: the differenced series forecast from
//! the MA innovations of the exact filter (`E[a | u]`, `u = φ(B)w`), then the
//! differences undone and the transform inverted, as X-13's `forecast{}`
//! gives them (without bias correction of the log).

/// `h` forecasts of the differenced series `w` under AR operator `phi` and
/// MA operator `theta`, given the innovations at times `p - q …`.
pub(super) fn differenced(
    w: &[f64],
    phi: &[f64],
    theta: &[f64],
    innovations: &[f64],
    h: usize,
) -> Vec<f64> {
    let (p, q, n) = (phi.len() - 1, theta.len() - 1, w.len());
    let mut ext = w.to_vec();
    for step in 1..=h {
        let t = n - 1 + step;
        let ar: f64 = (1..=p).map(|i| -phi[i] * ext[t - i]).sum();
        let ma: f64 = (step..=q)
            .filter_map(|k| {
                (t + q)
                    .checked_sub(k + p)
                    .and_then(|j| innovations.get(j))
                    .map(|a| theta[k] * a)
            })
            .sum();
        ext.push(ar + ma);
    }
    ext.split_off(n)
}

/// The forecasts of `y` (transformed) from those of its differences
/// `delta(B)y = w`.
pub(super) fn integrate(y: &[f64], delta: &[f64], wf: &[f64]) -> Vec<f64> {
    let mut ext = y.to_vec();
    for w in wf {
        let t = ext.len();
        let v = w - (1..delta.len()).map(|i| delta[i] * ext[t - i]).sum::<f64>();
        ext.push(v);
    }
    ext.split_off(y.len())
}
