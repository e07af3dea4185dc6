//! The statistics of X-13ARIMA-SEATS' automatic outlier identification
//! (`idotlr`, `ttest`, `medabs`): the robust residual scale, and for a
//! candidate outlier column `o` (an AO or LS regressor), on the scale the
//! model filters to, `o'a / sqrt(o'o - o'X(X'X)⁻¹X'o)`: the t-value of its
//! coefficient in the regression times the residual scale, compared with
//! the critical value times the robust scale.

use super::estimate::filter;
use super::fit::ArimaFit;
use super::likelihood::cholesky;

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The median of the absolute values (the mean of the middle two for an
/// even count), as X-13's `medabs`.
fn median_abs(v: &[f64]) -> f64 {
    let mut a: Vec<f64> = v.iter().map(|x| x.abs()).collect();
    a.sort_by(f64::total_cmp);
    let m = a.len() / 2;
    match a.len() {
        0 => 0.0,
        n if n % 2 == 0 => (a[m - 1] + a[m]) / 2.0,
        _ => a[m],
    }
}

impl ArimaFit {
    /// X-13's robust residual scale (the median absolute residual over
    /// 0.6745, on the effective observations), and for each candidate
    /// column (on the observed periods, undifferenced) its statistic, or
    /// `None` where it is collinear with the regressors or cannot be
    /// filtered.
    pub(crate) fn outlier_tests(&self, candidates: &[Vec<f64>]) -> (f64, Vec<Option<f64>>) {
        let (model, params, xd, a) = self.parts();
        let nef = self.effective_observations;
        let rbmse = median_abs(&a[a.len().saturating_sub(nef)..]) / 0.6745;
        let fx: Vec<Vec<f64>> = xd
            .iter()
            .filter_map(|c| filter(model, c, params).map(|f| f.residuals))
            .collect();
        let k = fx.len();
        let xtx: Vec<Vec<f64>> = (0..k)
            .map(|i| (0..k).map(|j| dot(&fx[i], &fx[j])).collect())
            .collect();
        let l = if k > 0 {
            cholesky(&xtx, 1e-12)
        } else {
            Some(Vec::new())
        };
        let delta = model.differencing();
        let d = delta.len() - 1;
        // X-13 leaves out of o'o the filtered values below the square root
        // of the smallest double
        let tiny = f64::MIN_POSITIVE.sqrt();
        let test = |o: &Vec<f64>| -> Option<f64> {
            let l = l.as_ref()?;
            let od: Vec<f64> = (d..o.len())
                .map(|t| (0..=d).map(|i| delta[i] * o[t - i]).sum())
                .collect();
            let of = filter(model, &od, params)?.residuals;
            let oo: f64 = of.iter().filter(|v| v.abs() > tiny).map(|v| v * v).sum();
            // c = L⁻¹X'o, so c'c = o'X(X'X)⁻¹X'o
            let mut c: Vec<f64> = fx.iter().map(|x| dot(x, &of)).collect();
            for i in 0..k {
                c[i] = (c[i] - (0..i).map(|j| l[i][j] * c[j]).sum::<f64>()) / l[i][i];
            }
            let den = oo - dot(&c, &c);
            (den > 0.0).then(|| dot(&of, a) / den.sqrt())
        };
        (rbmse, candidates.iter().map(test).collect())
    }
}
