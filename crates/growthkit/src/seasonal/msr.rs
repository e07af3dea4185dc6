//! The global moving seasonality ratio (MSR) and X-11's choice of the final
//! seasonal filter by it (X-13's `vsfa` and `sfmsr`, from X-11-ARIMA/88).

use super::filters::averag;
use super::spec::{Filter, Mode};

/// X-11's factors correcting the I and S changes for the number of years
/// (X-13's `fis`): `(for I, for S)`.
fn year_factors(n: usize) -> (f64, f64) {
    const C: [f64; 8] = [1.0, 1.02584, 1.01779, 1.01383, 1.0, 3.0, 1.55291, 1.30095];
    if n < 6 {
        return (C[n.saturating_sub(2)], C[(n + 2).min(7)]);
    }
    let m = n as f64;
    let d = (n - 6) as f64;
    (
        m * 12.247449 / (73.239334 + d * 12.247449),
        m * 1.732051 / (8.485281 + d * 1.732051),
    )
}

/// The global MSR of the SI values `stsi[lfda..=llda]`: the mean change of
/// the irregular over the mean change of a 7-term seasonal average, over
/// all months.
fn global_ratio(mode: Mode, stsi: &[f64], (lfda, llda, ny): (usize, usize, usize)) -> f64 {
    let (mut r1, mut r2) = (0.0, 0.0);
    let cap = (llda - lfda) / ny + 8;
    for j in lfda..lfda + ny {
        let mut s = vec![0.0; cap];
        let mut k = 3;
        for i in (j..=llda).step_by(ny) {
            k += 1;
            s[k] = stsi[i];
        }
        let (a, b) = (
            (s[4] + s[5] + s[6]) / 3.0,
            (s[k] + s[k - 1] + s[k - 2]) / 3.0,
        );
        s[1..=3].fill(a);
        s[k + 1..=k + 3].fill(b);
        let mut avg = vec![0.0; cap];
        averag(&s, &mut avg, 1, k + 3, 1, 7);
        let irr: Vec<f64> = (0..=k)
            .map(|i| match mode {
                _ if i < 4 => 0.0,
                Mode::Mult => s[i] / avg[i],
                Mode::PseudoAdd => s[i] - avg[i] + 1.0,
                Mode::Add | Mode::LogAdd => s[i] - avg[i],
            })
            .collect();
        let (fi, fs) = year_factors(k - 4);
        let (mut ri, mut rs) = (0.0, 0.0);
        for i in 5..=k {
            if mode.divides() {
                ri += (irr[i] - irr[i - 1]).abs() / irr[i - 1];
                rs += (avg[i] - avg[i - 1]).abs() / avg[i - 1];
            } else {
                ri += (irr[i] - irr[i - 1]).abs() * fi;
                rs += (avg[i] - avg[i - 1]).abs() * fs;
            }
        }
        if mode.divides() {
            ri *= 100.0 * fi;
            rs *= 100.0 * fs;
        }
        r1 += ri;
        r2 += rs;
    }
    if r1 <= 999.0 * r2 && r2 != 0.0 {
        r1 / r2
    } else {
        999.99
    }
}

/// The final seasonal filter by the global MSR of the SI values from
/// `lfda` to the last whole year before `llda`: 3×3 up to 2.5, 3×5 from
/// 3.5 to 5.5, 3×9 from 6.5; between those, a year is dropped from the
/// end and the ratio measured again; 3×5 when fewer than five years remain.
/// Returns the filter and the ratios measured.
pub(super) fn choose(
    mode: Mode,
    stsi: &[f64],
    (lfda, llda, ny): (usize, usize, usize),
) -> (Filter, Vec<f64>) {
    let mut last = llda - llda % ny;
    let mut ratios = Vec::new();
    loop {
        if last + 1 < lfda + 5 * ny {
            return (Filter::S3x5, ratios);
        }
        let r = global_ratio(mode, stsi, (lfda, last, ny));
        ratios.push(r);
        if r <= 2.5 {
            return (Filter::S3x3, ratios);
        } else if r >= 6.5 {
            return (Filter::S3x9, ratios);
        } else if (3.5..=5.5).contains(&r) {
            return (Filter::S3x5, ratios);
        }
        last -= ny;
    }
}
