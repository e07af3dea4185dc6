//! Henderson trend filters with Musgrave's end weights (Doherty's form, as
//! X-13ARIMA-SEATS builds them), and X-11's choice of their length by the
//! I/C ratio.

use super::filters::divsub;
use super::spec::Mode;

/// π to the digits X-13 uses for the end weights (not `f64::consts::PI`:
/// the end weights follow X-13's to the last digit).
#[allow(clippy::approx_constant)]
const PI: f64 = 3.14159265358979;

/// The first half of the symmetric weights of an `n`-term Henderson
/// filter, `w[0]` the centre (X-13's `hender`).
pub(super) fn weights(n: usize) -> Vec<f64> {
    let y = ((n + 3) / 2) as f64;
    let (y1, y2, y3) = ((y - 1.0) * (y - 1.0), y * y, (y + 1.0) * (y + 1.0));
    let (y4, y5) = (3.0 * y2 - 16.0, 4.0 * y2);
    let den = 8.0 * y * (y2 - 1.0) * (y5 - 1.0) * (y5 - 9.0) * (y5 - 25.0) / 315.0;
    (0..n.div_ceil(2))
        .map(|i| {
            let x = (i * i) as f64;
            (y1 - x) * (y2 - x) * (y3 - x) * (y4 - 11.0 * x) / den
        })
        .collect()
}

/// The symmetric filter `w` at `x[k]`.
fn apply(x: &[f64], k: usize, w: &[f64]) -> f64 {
    let mut a = w[0] * x[k];
    for (i, wi) in w.iter().enumerate().skip(1) {
        a += wi * (x[k - i] + x[k + i]);
    }
    a
}

/// Musgrave's `m`-term end filter for an `nterm` Henderson filter with
/// I/C parameter `r` (X-13's `hndend`); `out[i-1]` is its weight `i`.
fn end_filter(m: usize, nterm: usize, half: &[f64], r: f64) -> Vec<f64> {
    let c = nterm.div_ceil(2);
    let cw: Vec<f64> = (1..=nterm).map(|j| half[j.abs_diff(c)]).collect();
    let mid = (m + 1) as f64 / 2.0;
    let (mut u1, mut u2) = (0.0, 0.0);
    for j in m + 1..=nterm {
        u1 += cw[j - 1];
        u2 += (j as f64 - mid) * cw[j - 1];
    }
    let c2 = 1.0 + ((m * (m - 1) * (m + 1)) as f64 / 12.0) * r;
    (1..=m)
        .map(|i| cw[i - 1] + u1 / m as f64 + u2 * ((i as f64 - mid) * r / c2))
        .collect()
}

/// The trend's first and last `(k-1)/2` points by end filters (X-13's `ends`).
fn ends(stc: &mut [f64], stci: &[f64], ib: usize, ie: usize, k: usize, rbeta: f64) {
    let half = weights(k);
    for i in 1..=(k - 1) / 2 {
        let n = k.div_ceil(2) + i - 1;
        let w = end_filter(n, k, &half, rbeta);
        let (mut a, mut b) = (0.0, 0.0);
        for j in 1..=n {
            a += w[n - j] * stci[ib + j - 1];
            b += w[n - j] * stci[ie + 1 - j];
        }
        stc[ib + i - 1] = a;
        stc[ie + 1 - i] = b;
    }
}

/// The state X-11 keeps between trend estimates: the filter length and the
/// I/C ratio of its end weights, which carry from one estimate to the next.
#[derive(Debug, Clone, Copy)]
pub(super) struct Trend {
    /// The user's length, or 0 for the automatic choice.
    pub(super) fixed: usize,
    /// The length last used.
    pub(super) nterm: usize,
    /// The I/C ratio behind the end weights.
    pub(super) tic: f64,
    /// The I/C ratio last measured.
    pub(super) ratio: f64,
}

impl Trend {
    /// The starting state for `ny` periods a year (X-13's defaults of `Tic`).
    pub(super) fn new(fixed: Option<usize>, ny: usize) -> Trend {
        let k = fixed.unwrap_or(0);
        let mut tic = 3.5;
        if k > 0 && k <= 9 {
            tic = 1.0;
        }
        if k > 13 {
            tic = 4.5;
        }
        if ny == 4 && k <= 5 {
            tic = 0.001;
        }
        if ny == 4 && k >= 7 {
            tic = 4.5;
        }
        Trend {
            fixed: k,
            nterm: ny + 1,
            tic,
            ratio: 0.0,
        }
    }

    /// The `nterm` filter of `x[lo..=hi]` into `out`, ends included.
    pub(super) fn smooth(&mut self, out: &mut [f64], x: &[f64], range: (usize, usize)) {
        self.filter(out, x, range, false);
    }

    /// Applies the `nterm` filter to `stci[lo..=hi]` into `stc`: the
    /// symmetric part unless `same`, then the ends (X-13's `hndtrn`).
    fn filter(&mut self, stc: &mut [f64], stci: &[f64], (lo, hi): (usize, usize), same: bool) {
        let n = self.nterm;
        let (mut ib, mut ie) = (lo + n / 2, hi - n / 2);
        if !same {
            let w = weights(n);
            for i in ib..=ie {
                stc[i] = apply(stci, i, &w);
            }
        }
        let mut k = n;
        if k == 7 {
            k = 5;
            let w = weights(5);
            ib -= 1;
            ie += 1;
            stc[ib] = apply(stci, ib, &w);
            stc[ie] = apply(stci, ie, &w);
            self.tic = 0.001;
        }
        ends(stc, stci, lo, hi, k, 4.0 / (self.tic * self.tic * PI));
    }

    /// The trend of `stci[lo..=hi]` into `stc`: a 13-term (5-term) filter
    /// measures the I/C ratio, which chooses 9, 13 or 23 terms (5 or 7)
    /// unless the length is fixed (X-13's `vtc`). `part_b` is the first
    /// iteration, which never chooses the longest.
    /// `obs` is the last observed index (`hi` less the forecasts): the
    /// I/C ratio is measured on observations only.
    pub(super) fn estimate(
        &mut self,
        mode: Mode,
        (stc, stci): (&mut [f64], &[f64]),
        (lo, hi, obs, ny): (usize, usize, usize, usize),
        part_b: bool,
    ) {
        self.nterm = ny + 1;
        let w = weights(self.nterm);
        let (ib, ie) = (lo + self.nterm / 2, hi - self.nterm / 2);
        for i in ib..=ie {
            stc[i] = apply(stci, i, &w);
        }
        let mut irr = vec![0.0; hi + 1];
        divsub(mode, &mut irr, stci, stc, ib, ie);
        let (mut c, mut i) = (0.0, 0.0);
        for t in ib..obs - self.nterm / 2 {
            if mode.divides() {
                c += ((stc[t + 1] - stc[t]) / stc[t]).abs();
                i += ((irr[t + 1] - irr[t]) / irr[t]).abs();
            } else {
                c += (stc[t + 1] - stc[t]).abs();
                i += (irr[t + 1] - irr[t]).abs();
            }
        }
        let r = if c == 0.0 {
            999.0
        } else {
            i / c * 12.0 / ny as f64
        };
        self.ratio = if c == 0.0 { 999.0 } else { i / c };
        let mut same = false;
        if self.fixed == 0 {
            if (part_b && r >= 1.0) || (1.0..3.5).contains(&r) {
                same = true;
            } else if r < 1.0 {
                if ny == 12 {
                    self.nterm = 9;
                    self.tic = 1.0;
                }
            } else {
                self.tic = 4.5;
                self.nterm = if ny == 4 { 7 } else { 23 };
            }
        } else if self.fixed == self.nterm {
            same = true;
        } else {
            self.nterm = self.fixed;
        }
        self.filter(stc, stci, (lo, hi), same);
    }
}
