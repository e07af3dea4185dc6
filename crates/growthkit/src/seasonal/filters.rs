//! The moving averages of X-11 over the 1-based work arrays of
//! [`super::x11`]: the m×n averages, the seasonal filters with their end
//! weights, the centring of seasonal factors and the repeated-year fill.

use super::spec::{Filter, Mode};

/// `y[k]` = the m×n moving average of `x` at `k`, for every `k` of
/// `ib..=ie` where the average is whole (X-13's `averag`).
pub(super) fn averag(x: &[f64], y: &mut [f64], ib: usize, ie: usize, m: usize, n: usize) {
    let ki = (m + n) / 2 - 1;
    if ie < ib + 2 * ki {
        return;
    }
    let mn = (m * n) as f64;
    for k in ib + ki..=ie - ki {
        let i1 = k - ki;
        let t: f64 = (i1..i1 + m).map(|i| x[i..i + n].iter().sum::<f64>()).sum();
        y[k] = t / mn;
    }
}

/// `out = a / b` in the multiplicative modes, `a - b` in the others, over
/// `lo..=hi` (X-13's `divsub`).
pub(super) fn divsub(mode: Mode, out: &mut [f64], a: &[f64], b: &[f64], lo: usize, hi: usize) {
    for i in lo..=hi {
        out[i] = if mode.divides() {
            a[i] / b[i]
        } else {
            a[i] - b[i]
        };
    }
}

/// The mean of `v`.
pub(super) fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

/// End weights of the 3×9 seasonal filter, by row (the first row for the
/// first point, six values; then seven, eight, nine and ten).
const W9: [f64; 40] = [
    0.246, 0.221, 0.197, 0.173, 0.112, 0.051, 0.208, 0.192, 0.176, 0.160, 0.144, 0.092, 0.028,
    0.173, 0.163, 0.154, 0.143, 0.133, 0.123, 0.079, 0.032, 0.141, 0.137, 0.132, 0.128, 0.123,
    0.117, 0.113, 0.075, 0.034, 0.084, 0.120, 0.118, 0.117, 0.116, 0.114, 0.113, 0.111, 0.073,
    0.034,
];

/// End weights of the 3×15 seasonal filter, by row (nine values, then ten
/// … sixteen).
const W15: [f64; 100] = [
    0.16, 0.16, 0.16, 0.16, 0.16, 0.06667, 0.06667, 0.04444, 0.02222, //
    0.14667, 0.14667, 0.14667, 0.14667, 0.14667, 0.06667, 0.06667, 0.06667, 0.04444,
    0.0222, //
    0.13333, 0.13333, 0.13333, 0.13333, 0.13333, 0.06667, 0.06667, 0.06667, 0.06667, 0.04444,
    0.02223, //
    0.12, 0.12, 0.12, 0.12, 0.12, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.04444,
    0.02221, //
    0.10667, 0.10667, 0.10667, 0.10667, 0.10667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
    0.06667, 0.04444, 0.02219, //
    0.09333, 0.09333, 0.09333, 0.09333, 0.09333, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
    0.06667, 0.06667, 0.04444, 0.02222, //
    0.08, 0.08, 0.08, 0.08, 0.08, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
    0.06667, 0.04444, 0.0222, //
    0.04889, 0.07111, 0.07111, 0.07111, 0.07111, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
    0.06667, 0.06667, 0.06667, 0.06667, 0.04444, 0.0222,
];

/// The end points of a 3×9 or 3×15 filter from the tables (X-13's `endsf`):
/// `s` and `out` are 1-based of length `k`.
fn end_weights(s: &[f64], out: &mut [f64], k: usize, w: &[f64], nend: usize) {
    let (mut kk, mut jj) = (0, 1);
    while jj <= nend && jj <= k + 1 - jj {
        let (j1, j2) = (jj, k + 1 - jj);
        let jk = jj + nend;
        if jk > k {
            out[j1] = mean(&s[1..=k]);
            out[j2] = out[j1];
        } else {
            let (mut a, mut b, mut sw) = (0.0, 0.0, 0.0);
            for l in 1..=jk {
                a += w[kk + l - 1] * s[l];
                b += w[kk + l - 1] * s[k - l + 1];
                sw += w[kk + l - 1];
            }
            out[j1] = a / sw;
            out[j2] = if j1 == j2 { out[j1] } else { b / sw };
        }
        kk += jk;
        jj += 1;
    }
}

/// A seasonal filter over one month's values `s[1..=k]` into `out[1..=k]`.
pub(super) fn seasonal_ma(filter: Filter, s: &[f64], out: &mut [f64], k: usize) {
    match filter {
        Filter::S3x3 => {
            averag(s, out, 1, k, 3, 3);
            out[1] = (11.0 * (s[1] + s[2]) + 5.0 * s[3]) / 27.0;
            out[k] = (11.0 * (s[k] + s[k - 1]) + 5.0 * s[k - 2]) / 27.0;
            if k == 3 {
                out[2] = (s[1] + s[2] + s[3]) / 3.0;
            } else {
                out[2] = (0.7 * (s[1] + s[3]) + s[2] + 0.3 * s[4]) / 2.7;
                out[k - 1] = (0.7 * (s[k] + s[k - 2]) + s[k - 1] + 0.3 * s[k - 3]) / 2.7;
            }
        }
        Filter::S3x5 => three_by_five(s, out, k),
        Filter::S3x9 => {
            averag(s, out, 1, k, 3, 9);
            end_weights(s, out, k, &W9, 5);
        }
        Filter::S3x15 if k >= 20 => {
            averag(s, out, 1, k, 3, 15);
            end_weights(s, out, k, &W15, 8);
        }
        Filter::S3x1 => {
            averag(s, out, 1, k, 1, 3);
            out[1] = 0.61 * s[1] + 0.39 * s[2];
            out[k] = 0.61 * s[k] + 0.39 * s[k - 1];
        }
        _ => {
            let m = mean(&s[1..=k]);
            out[1..=k].fill(m);
        }
    }
}

/// The 3×5 filter with X-11's end weights.
fn three_by_five(s: &[f64], out: &mut [f64], k: usize) {
    averag(s, out, 1, k, 3, 5);
    out[1] = (17.0 * (s[1] + s[2] + s[3]) + 9.0 * s[4]) / 60.0;
    out[k] = (17.0 * (s[k] + s[k - 1] + s[k - 2]) + 9.0 * s[k - 3]) / 60.0;
    if k == 4 {
        out[2] = mean(&s[1..=4]);
        out[3] = out[2];
    } else {
        out[2] = (15.0 * (s[1] + s[2] + s[3]) + 11.0 * s[4] + 4.0 * s[5]) / 60.0;
        out[k - 1] =
            (15.0 * (s[k] + s[k - 1] + s[k - 2]) + 11.0 * s[k - 3] + 4.0 * s[k - 4]) / 60.0;
    }
    if k == 5 {
        out[3] = mean(&s[1..=5]);
    } else if k > 5 {
        out[3] = (9.0 * s[1] + 13.0 * (s[2] + s[3] + s[4]) + 8.0 * s[5] + 4.0 * s[6]) / 60.0;
        out[k - 2] = (9.0 * s[k]
            + 13.0 * (s[k - 1] + s[k - 2] + s[k - 3])
            + 8.0 * s[k - 4]
            + 4.0 * s[k - 5])
            / 60.0;
    }
}

/// Fills `sts` from `ie+1` to `ke` with the value of a year before, and as
/// many points before `ib` with the value a year after (X-13's `forcst`
/// with no weight on the trend of the factors).
pub(super) fn repeat_years(sts: &mut [f64], ib: usize, ie: usize, ke: usize, ny: usize) {
    let l = ke - ie;
    for j in ie + 1..=ke {
        sts[j] = sts[j - ny];
    }
    if ib > 1 {
        for i in 1..=l.min(ib - 1) {
            sts[ib - i] = sts[ib - i + ny];
        }
    }
}

/// The seasonal factors of `stsi[lfda..=llda]` into `sts`: each month's
/// values through `filter` (the stable mean when fewer than five years are
/// in range), then centred by a 2×`ny` average (X-13's `vsfb` and `vsfc`).
/// `stable_ends` is whether the user chose the stable filter, which
/// changes how the centring's ends are filled.
pub(super) fn seasonal_factors(
    mode: Mode,
    sts: &mut [f64],
    stsi: &[f64],
    (lfda, llda, ny): (usize, usize, usize),
    filter: Filter,
    stable_ends: bool,
) {
    let short = llda + 1 < lfda + 5 * ny;
    let mut s = vec![0.0; (llda - lfda) / ny + 3];
    let mut out = s.clone();
    for j in lfda..lfda + ny {
        let mut k = 0;
        for i in (j..=llda).step_by(ny) {
            k += 1;
            s[k] = stsi[i];
        }
        seasonal_ma(if short { Filter::Stable } else { filter }, &s, &mut out, k);
        for (n, i) in (j..=llda).step_by(ny).enumerate() {
            sts[i] = out[n + 1];
        }
    }
    centre(mode, sts, (lfda, llda, ny), stable_ends);
}

/// Divides (subtracts) the factors by their centred 2×`ny` average, the
/// ends repeating the first and last average (or, for a stable filter, the
/// average a year on).
fn centre(mode: Mode, sts: &mut [f64], (lfda, llda, ny): (usize, usize, usize), stable: bool) {
    let mut t = vec![0.0; llda + 1];
    averag(sts, &mut t, lfda, llda, 2, ny);
    let (kfda, klda) = (lfda + ny / 2, llda - ny / 2);
    for i in 1..=ny / 2 {
        t[kfda - i] = if stable { t[kfda - i + ny] } else { t[kfda] };
        t[klda + i] = if stable { t[klda + i - ny] } else { t[klda] };
    }
    let old = sts.to_vec();
    divsub(mode, sts, &old, &t, lfda, llda);
}
