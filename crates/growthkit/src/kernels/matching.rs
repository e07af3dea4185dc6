//! Matching rows of a panel by (id, ordinal): for every row, the row of the
//! same id whose ordinal is `lag` smaller. Shared by the grouped kernels.
//!
//! Two paths, chosen by one scan of the input:
//! - rows already grouped by id with increasing ordinals (the usual layout
//!   of a panel): a two-pointer walk per group, no extra memory;
//! - any other order: ids are numbered through a hash map, and each group's
//!   ordinals are laid in a dense table of row numbers (4 bytes a slot) when
//!   they are dense enough, in a hash map otherwise.

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

/// Calls `f(row, base_row)` for every row, `base_row` being the row of the
/// same id whose ordinal is `ordinal - lag`, if any.
///
/// # Errors
///
/// `duplicate_period` when two rows share an id and an ordinal.
pub(crate) fn for_each_match<K: Hash + Eq>(
    ids: &[K],
    ordinals: &[i64],
    lag: i64,
    mut f: impl FnMut(usize, Option<usize>),
) -> Result<()> {
    match grouped_runs(ids, ordinals)? {
        Some(runs) => {
            for (start, end) in runs {
                walk_sorted(&ordinals[start..end], lag, |i, j| {
                    f(start + i, j.map(|j| start + j))
                });
            }
            Ok(())
        }
        None => match_any_order(ids, ordinals, lag, f),
    }
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

/// Rows in any order: a counting sort of the row numbers by id (ids
/// numbered through a hash map), then each id's rows matched through a small
/// dense table of its ordinal range, or by sorting them when the range is
/// sparse. Extra memory: one `u32` per row, plus one id's table at a time.
fn match_any_order<K: Hash + Eq>(
    ids: &[K],
    ordinals: &[i64],
    lag: i64,
    mut f: impl FnMut(usize, Option<usize>),
) -> Result<()> {
    if u32::try_from(ids.len()).is_err() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{} rows in any order are more than this kernel takes (4,294,967,295): sort them by id first",
                ids.len()
            ),
        ));
    }
    // Number the ids and count their rows.
    let mut numbers: FxHashMap<&K, u32> = FxHashMap::default();
    let mut counts: Vec<u32> = Vec::new();
    for k in ids {
        let next = counts.len() as u32;
        let g = *numbers.entry(k).or_insert(next);
        match counts.get_mut(g as usize) {
            Some(c) => *c += 1,
            None => counts.push(1),
        }
    }
    // Where each id's rows start, then the rows laid out id by id.
    let mut starts: Vec<usize> = Vec::with_capacity(counts.len() + 1);
    let mut total = 0usize;
    for &c in &counts {
        starts.push(total);
        total += c as usize;
    }
    starts.push(total);
    let mut cursor = starts.clone();
    let mut order = vec![0u32; ids.len()];
    for (row, k) in ids.iter().enumerate() {
        let g = numbers.get(k).map_or(0, |&g| g as usize);
        order[cursor[g]] = row as u32;
        cursor[g] += 1;
    }
    let mut table: Vec<u32> = Vec::new();
    for g in 0..counts.len() {
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
