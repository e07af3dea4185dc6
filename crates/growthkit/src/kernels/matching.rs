//! Matching rows of a panel by (id, ordinal): for every row, the row of the
//! same id whose ordinal is `lag` smaller. Shared by the grouped kernels.
//!
//! Three paths, chosen by one scan of the input:
//! - rows already grouped by id with increasing ordinals (the usual layout
//!   of a panel): a two-pointer walk per group, no extra memory;
//! - any other order, each id's ordinals dense (the usual shuffled panel):
//!   ids numbered through a hash map, then one table of values over every
//!   id's ordinal range, filled in one pass over the rows and read in a
//!   second, so that the rows are visited in their own order and each needs
//!   one look-up in the table rather than a walk through its group;
//! - ids with sparse ordinals: a counting sort of the rows by id, and each
//!   id's rows sorted by ordinal.

// Every index below is a row number taken from `0..ids.len()` (the callers
// check that ids, ordinals and values have one length), a position inside a
// group's own slice, or a slot inside a table sized for that group's range.
#![allow(clippy::indexing_slicing)]

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::Hash;

/// The duplicate-row error.
fn duplicate(a: usize, b: usize, ordinal: i64) -> Error {
    Error::new(
        ErrorKind::DuplicatePeriod,
        format!(
            "rows {} and {} have the same id and ordinal `{ordinal}`: each id may have one row per period",
            a.min(b),
            a.max(b)
        ),
    )
}

/// A row's ordinal and value, and the value of its base, the row of the same
/// id whose ordinal is `ordinal - lag`, if there is one.
pub(crate) struct Match {
    pub ordinal: i64,
    pub value: f64,
    pub base: Option<f64>,
}

/// `out[row] = f(row and its base)` for every row.
///
/// # Errors
///
/// `duplicate_period` when two rows share an id and an ordinal.
pub(crate) fn match_into<K: Hash + Eq + Sync>(
    ids: &[K],
    ordinals: &[i64],
    values: &[f64],
    lag: i64,
    out: &mut [f64],
    f: impl Fn(Match) -> f64 + Sync,
) -> Result<()> {
    let at = |row: usize, base: Option<usize>| Match {
        ordinal: ordinals[row],
        value: values[row],
        base: base.map(|b| values[b]),
    };
    match grouped_runs(ids, ordinals)? {
        Some(runs) => {
            for (start, end) in runs {
                walk_sorted(&ordinals[start..end], lag, |i, j| {
                    out[start + i] = f(at(start + i, j.map(|j| start + j)));
                });
            }
            Ok(())
        }
        None => {
            let groups = Groups::number(ids, ordinals)?;
            if groups.dense() {
                match_dense(&groups, ordinals, values, lag, out, f)
            } else {
                match_any_order(&groups, ordinals, lag, |row, base| {
                    out[row] = f(at(row, base))
                })
            }
        }
    }
}

/// The ids numbered (in order of first appearance within each part of the
/// rows numbered apart), with each id's rows and ordinal range.
struct Groups {
    /// The number of each row's id.
    of_row: Vec<u32>,
    count: Vec<u32>,
    min: Vec<i64>,
    max: Vec<i64>,
}

impl Groups {
    /// Numbers the ids; from a million rows on, the two halves of the rows
    /// on two cores, then the second half's numbers mapped onto the first's.
    fn number<K: Hash + Eq + Sync>(ids: &[K], ordinals: &[i64]) -> Result<Groups> {
        if u32::try_from(ids.len()).is_err() {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "{} rows in any order are more than this kernel takes (4,294,967,295): sort them by id first",
                    ids.len()
                ),
            ));
        }
        if super::threads_for(ids.len()) < 2 {
            return Ok(Groups::number_part(ids, ordinals).1);
        }
        let mid = ids.len() / 2;
        let ((mut numbers, mut g), (later_numbers, later)) = std::thread::scope(|scope| {
            let later = scope.spawn(|| Groups::number_part(&ids[mid..], &ordinals[mid..]));
            let first = Groups::number_part(&ids[..mid], &ordinals[..mid]);
            // A thread that cannot finish (it cannot panic) is done again here.
            let later = later
                .join()
                .unwrap_or_else(|_| Groups::number_part(&ids[mid..], &ordinals[mid..]));
            (first, later)
        });
        let mut to_global = vec![0u32; later.count.len()];
        for (k, local) in later_numbers {
            let (i, next) = (local as usize, g.count.len() as u32);
            let n = *numbers.entry(k).or_insert(next);
            if n == next {
                g.count.push(later.count[i]);
                g.min.push(later.min[i]);
                g.max.push(later.max[i]);
            } else {
                let j = n as usize;
                g.count[j] += later.count[i];
                g.min[j] = g.min[j].min(later.min[i]);
                g.max[j] = g.max[j].max(later.max[i]);
            }
            to_global[i] = n;
        }
        g.of_row
            .extend(later.of_row.iter().map(|&l| to_global[l as usize]));
        Ok(g)
    }

    /// The ids of some rows numbered in order of first appearance.
    fn number_part<'k, K: Hash + Eq>(
        ids: &'k [K],
        ordinals: &[i64],
    ) -> (FxHashMap<&'k K, u32>, Groups) {
        let mut numbers: FxHashMap<&K, u32> = FxHashMap::default();
        let mut g = Groups {
            of_row: Vec::with_capacity(ids.len()),
            count: Vec::new(),
            min: Vec::new(),
            max: Vec::new(),
        };
        for (k, &o) in ids.iter().zip(ordinals) {
            let next = g.count.len() as u32;
            let n = *numbers.entry(k).or_insert(next);
            if n == next {
                g.count.push(0);
                g.min.push(o);
                g.max.push(o);
            }
            let i = n as usize;
            g.count[i] += 1;
            g.min[i] = g.min[i].min(o);
            g.max[i] = g.max[i].max(o);
            g.of_row.push(n);
        }
        (numbers, g)
    }

    /// The width of id `i`'s ordinal range, when it is at most four times
    /// its rows (and a few more): dense enough for a table.
    fn dense_width(&self, i: usize) -> Option<usize> {
        let w = usize::try_from(self.max[i].checked_sub(self.min[i])?).ok()? + 1;
        (w <= 4 * self.count[i] as usize + 64).then_some(w)
    }

    fn dense(&self) -> bool {
        (0..self.count.len()).all(|i| self.dense_width(i).is_some())
    }
}

/// Every id's ordinals dense: a table of values over all their ranges, id
/// after id, with a bit for each slot that holds a row; filled row by row,
/// then read row by row, on every core for a large panel (the reads are
/// independent and each core writes its own part of `out`). Extra memory
/// beside the ids' numbers (a `u32` a row): 8 bytes and a bit a slot, at
/// most four slots a row (and 64 an id).
fn match_dense(
    groups: &Groups,
    ordinals: &[i64],
    values: &[f64],
    lag: i64,
    out: &mut [f64],
    f: impl Fn(Match) -> f64 + Sync,
) -> Result<()> {
    let mut offset = Vec::with_capacity(groups.count.len());
    let mut total = 0usize;
    for i in 0..groups.count.len() {
        offset.push(total);
        total += groups.dense_width(i).unwrap_or(0);
    }
    let slot = |g: usize, o: i64| offset[g] + (o - groups.min[g]) as usize;
    let mut table = vec![0.0f64; total];
    let mut filled = vec![0u64; total.div_ceil(64)];
    for (row, (&g, &o)) in groups.of_row.iter().zip(ordinals).enumerate() {
        let s = slot(g as usize, o);
        if filled[s / 64] & (1 << (s % 64)) != 0 {
            let other = groups.of_row[..row]
                .iter()
                .zip(ordinals)
                .position(|(&h, &p)| h == g && p == o)
                .unwrap_or(row);
            return Err(duplicate(other, row, o));
        }
        filled[s / 64] |= 1 << (s % 64);
        table[s] = values[row];
    }
    let read = |first: usize, out: &mut [f64]| {
        for (i, o) in out.iter_mut().enumerate() {
            let row = first + i;
            let (g, ordinal) = (groups.of_row[row] as usize, ordinals[row]);
            let base = ordinal
                .checked_sub(lag)
                .filter(|want| (groups.min[g]..=groups.max[g]).contains(want))
                .map(|want| slot(g, want))
                .filter(|&s| filled[s / 64] & (1 << (s % 64)) != 0)
                .map(|s| table[s]);
            *o = f(Match {
                ordinal,
                value: values[row],
                base,
            });
        }
    };
    super::on_every_core(out, read);
    Ok(())
}

/// The runs `[start, end)` of rows when every id's rows are contiguous with
/// strictly increasing ordinals; `None` for any other order.
fn grouped_runs<K: Hash + Eq>(ids: &[K], ordinals: &[i64]) -> Result<Option<Vec<(usize, usize)>>> {
    let mut runs = Vec::new();
    let mut seen: FxHashSet<&K> = FxHashSet::default();
    let mut start = 0;
    for i in 0..ids.len() {
        if i > 0 && ids[i] == ids[i - 1] {
            if ordinals[i] == ordinals[i - 1] {
                return Err(duplicate(i - 1, i, ordinals[i]));
            }
            if ordinals[i] < ordinals[i - 1] {
                return Ok(None);
            }
            continue;
        }
        if i > 0 {
            runs.push((start, i));
        }
        if !seen.insert(&ids[i]) {
            return Ok(None);
        }
        start = i;
    }
    if !ids.is_empty() {
        runs.push((start, ids.len()));
    }
    Ok(Some(runs))
}

/// Within one group of strictly increasing ordinals: `f(i, j)` with `j` the
/// position whose ordinal is `ordinals[i] - lag`. The wanted ordinal grows
/// with `i`, so one pointer walks forward.
fn walk_sorted(ordinals: &[i64], lag: i64, mut f: impl FnMut(usize, Option<usize>)) {
    let mut j = 0;
    for (i, &o) in ordinals.iter().enumerate() {
        let Some(want) = o.checked_sub(lag) else {
            f(i, None);
            continue;
        };
        while j < ordinals.len() && ordinals[j] < want {
            j += 1;
        }
        f(i, (j < ordinals.len() && ordinals[j] == want).then_some(j));
    }
}

/// Rows in any order, some id's ordinals sparse: a counting sort of the
/// row numbers by id, then each id's rows matched through a small dense
/// table of its ordinal range, or by sorting them when the range is sparse.
/// Extra memory: one `u32` per row beside the ids' numbers (another), plus
/// one id's table at a time.
fn match_any_order(
    groups: &Groups,
    ordinals: &[i64],
    lag: i64,
    mut f: impl FnMut(usize, Option<usize>),
) -> Result<()> {
    // Where each id's rows start, then the rows laid out id by id.
    let mut starts: Vec<usize> = Vec::with_capacity(groups.count.len() + 1);
    let mut total = 0usize;
    for &c in &groups.count {
        starts.push(total);
        total += c as usize;
    }
    starts.push(total);
    let mut cursor = starts.clone();
    let mut order = vec![0u32; groups.of_row.len()];
    for (row, &g) in groups.of_row.iter().enumerate() {
        order[cursor[g as usize]] = row as u32;
        cursor[g as usize] += 1;
    }
    let mut table: Vec<u32> = Vec::new();
    for g in 0..groups.count.len() {
        let rows = &mut order[starts[g]..starts[g + 1]];
        match_group(rows, ordinals, lag, &mut table, &mut f)?;
    }
    Ok(())
}

/// Matches the rows of one id: through a dense table of `row + 1` over the
/// id's ordinal range when it is at most four times the rows, by sorting
/// the rows by ordinal otherwise.
fn match_group(
    rows: &mut [u32],
    ordinals: &[i64],
    lag: i64,
    table: &mut Vec<u32>,
    f: &mut impl FnMut(usize, Option<usize>),
) -> Result<()> {
    let ord = |r: u32| ordinals[r as usize];
    let (min, max) = rows.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &r| {
        (lo.min(ord(r)), hi.max(ord(r)))
    });
    let width = max.checked_sub(min).and_then(|w| usize::try_from(w).ok());
    match width {
        Some(w) if w < 4 * rows.len() + 64 => {
            table.clear();
            table.resize(w + 1, 0);
            for &r in rows.iter() {
                let slot = &mut table[(ord(r) - min) as usize];
                if *slot != 0 {
                    return Err(duplicate(*slot as usize - 1, r as usize, ord(r)));
                }
                *slot = r + 1;
            }
            for &r in rows.iter() {
                let base = ord(r)
                    .checked_sub(lag)
                    .filter(|want| (min..=max).contains(want))
                    .and_then(|want| table[(want - min) as usize].checked_sub(1))
                    .map(|b| b as usize);
                f(r as usize, base);
            }
        }
        _ => {
            rows.sort_unstable_by_key(|&r| ord(r));
            if let Some(pair) = rows.windows(2).find(|p| ord(p[0]) == ord(p[1])) {
                return Err(duplicate(pair[0] as usize, pair[1] as usize, ord(pair[0])));
            }
            let sorted: Vec<i64> = rows.iter().map(|&r| ord(r)).collect();
            walk_sorted(&sorted, lag, |i, j| {
                f(rows[i] as usize, j.map(|j| rows[j] as usize))
            });
        }
    }
    Ok(())
}
