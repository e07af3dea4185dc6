//! X-11's extreme values: weights of the irregular from moving five-year
//! standard deviations (X-13's `xtrm`), and the replacement of SI values
//! that are not of full weight (X-13's `replac`).

/// The standard deviation around `xbar` of `xi[l..=m]`, leaving out, in
/// the second pass, the values already weighted zero.
fn sdev(xi: &[f64], wt: &[f64], xbar: f64, (l, m): (usize, usize), second: bool) -> f64 {
    let (mut s, mut n) = (0.0, 0.0);
    for i in l..=m {
        if !(second && wt[i] == 0.0) {
            s += (xi[i] - xbar) * (xi[i] - xbar);
            n += 1.0;
        }
    }
    (s / n).sqrt()
}

/// The weight of one irregular in one pass (X-13's `wtxtrm`).
fn weight(x: f64, xbar: f64, sd: f64, (lo, hi): (f64, f64), second: bool, last: f64) -> f64 {
    let t = (x - xbar).abs() / sd;
    if t <= hi {
        if t > lo && second {
            (hi - t) / (hi - lo)
        } else {
            last
        }
    } else if !second {
        0.0
    } else if last > 0.0 {
        -1.0
    } else {
        last
    }
}

/// The blocks of the five-year standard deviations: for each, the years it
/// weights (`j..=k`) and the span it measures (`l..=m`).
fn blocks(lo: usize, hi: usize, ny: usize) -> Vec<[usize; 4]> {
    let (n1, n2) = (2 * ny, 3 * ny - 1);
    let n3 = n2 + n1;
    let jfda = (lo + ny - 2) / ny * ny + 1;
    let jlda = (hi / ny * ny) as i64 - n3 as i64;
    let nfda = (lo - 1) / ny * ny + 1;
    let mut nlda = (((hi - 1) / ny + 1) * ny) as i64 - n3 as i64;
    if jlda < jfda as i64 {
        nlda = nfda as i64;
    }
    let mut out = Vec::new();
    let mut i = nfda as i64;
    while i <= nlda {
        let iu = i as usize;
        out.push(if nlda <= nfda as i64 {
            [lo, hi, lo, hi]
        } else if iu <= nfda {
            [lo, nfda + n2, lo, jfda + n3]
        } else if i < nlda {
            [iu + n1, iu + n2, iu, iu + n3]
        } else {
            [nlda as usize + n1, hi, jlda as usize, hi]
        });
        i += ny as i64;
    }
    out
}

/// The weights of the irregulars `xi[lo..=hi]` (1 inside the lower sigma
/// limit, 0 outside the upper, graduated between) into `wt`, which is set
/// to 1 everywhere first.
pub(super) fn weights(
    xi: &[f64],
    wt: &mut [f64],
    (lo, hi, ny): (usize, usize, usize),
    xbar: f64,
    limits: (f64, f64),
) {
    wt.fill(1.0);
    let blocks = blocks(lo, hi, ny);
    for second in [false, true] {
        for &[j, k, l, m] in &blocks {
            let sd = sdev(xi, wt, xbar, (l, m), second);
            if sd != 0.0 {
                for n in j..=k {
                    wt[n] = weight(xi[n], xbar, sd, limits, second, wt[n]);
                }
            }
        }
    }
    for w in &mut wt[lo..=hi] {
        if *w + 1.0 <= 0.0 {
            *w = 0.0;
        }
    }
}

/// Replaces each value of `x[lo..=hi]` whose weight is below 1 by the
/// weighted mean of itself and four full-weight values of the same month:
/// the two nearest on each side (or more on one side where the other has
/// fewer), or the first or last four for the first and last two years; by
/// the month's mean where four do not exist.
pub(super) fn replace(x: &mut [f64], wt: &[f64], (lo, hi, ny): (usize, usize, usize)) {
    for first in lo..lo + ny {
        let last = (hi - first) / ny * ny + first;
        let idx: Vec<usize> = (first..=last).step_by(ny).collect();
        let ave = idx.iter().map(|&i| x[i]).sum::<f64>() / idx.len() as f64;
        for (p, &j) in idx.iter().enumerate() {
            if wt[j] == 1.0 {
                continue;
            }
            let picked = if j <= first + ny {
                idx.iter()
                    .copied()
                    .filter(|&m| wt[m] >= 1.0)
                    .take(4)
                    .collect()
            } else if j + ny >= last {
                idx.iter()
                    .rev()
                    .copied()
                    .filter(|&m| wt[m] >= 1.0)
                    .take(4)
                    .collect()
            } else {
                nearest(&idx, p, wt)
            };
            x[j] = if picked.len() == 4 {
                (wt[j] * x[j] + picked.iter().map(|&m| x[m]).sum::<f64>()) / (4.0 + wt[j])
            } else {
                ave
            };
        }
    }
}

/// Two full-weight values after `p` and two before, taking more from one
/// side where the other has fewer than two.
fn nearest(idx: &[usize], p: usize, wt: &[f64]) -> Vec<usize> {
    let full = |&&m: &&usize| wt[m] == 1.0;
    let after: Vec<usize> = idx[p + 1..].iter().filter(full).copied().collect();
    let before: Vec<usize> = idx[..p].iter().rev().filter(full).copied().collect();
    let (a, b) = (after.len().min(2), before.len().min(2));
    let (a, b) = (
        a.max(4 - b).min(after.len()),
        b.max(4 - a).min(before.len()),
    );
    after
        .iter()
        .take(a)
        .chain(before.iter().take(b))
        .copied()
        .collect()
}
