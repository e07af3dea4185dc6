//! The log-additive mode's return to levels: antilogs of the factors and
//! the trend, with X-13's bias correction of the trend (Thompson and
//! Ozaki, 1992; X-13's `trbias`).

use super::henderson::Trend;
use super::x11::Tables;

/// Turns the log-space `d10` and `d12` of `t` into factors and a trend
/// level, `sti` being the last log irregular (table C13).
pub(super) fn to_levels(t: &mut Tables, sti: &[f64], (f, l, ny): (usize, usize, usize)) {
    for i in f..=l {
        t.d10[i] = t.d10[i].exp();
        t.d12[i] = t.d12[i].exp();
    }
    let n = (l - f + 1) as f64;
    let sig = (sti[f..=l].iter().map(|x| x * x).sum::<f64>() / (2.0 * n)).exp();
    let mut smooth = vec![0.0; t.d10.len()];
    let mut h = Trend {
        fixed: 0,
        nterm: 2 * ny - 1,
        tic: 4.5,
        ratio: 0.0,
    };
    h.smooth(&mut smooth, &t.d10, (f, l));
    for i in f..=l {
        t.d12[i] *= sig * smooth[i];
    }
}
