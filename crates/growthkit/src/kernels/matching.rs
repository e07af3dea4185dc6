//! Matching rows of a panel by (id, ordinal): for every row, the row of the
//! same id whose ordinal is `lag` smaller. Shared by the grouped kernels.
//!
//! Two paths, chosen by one scan of the input:
//! - rows already grouped by id with increasing ordinals (the usual layout
//!   of a panel): a two-pointer walk per group, no extra memory;
//! - any other order: ids are numbered through a hash map, and each group's
//!   ordinals are laid in a dense table of row numbers (4 bytes a slot) when
//!   they are dense enough, in a hash map otherwise.

use crate::error::{Error, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::Hash;

/// The duplicate-row error.
fn duplicate(a: usize, b: usize, ordinal: i64) -> Error {
    Error::DuplicatePeriod(format!(
        "rows {} and {} have the same id and ordinal `{ordinal}`: each id may have one row per period",
        a.min(b),
        a.max(b)
    ))
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

/// A group of rows sharing an id: its ordinal range and its slots in the table.
#[derive(Clone, Copy)]
struct Group {
    min: i64,
    max: i64,
    offset: usize,
}

/// Rows in any order: ids numbered by a hash map, ordinals laid in a dense
/// table of `row + 1` (0 for none) when the ranges are dense enough.
fn match_any_order<K: Hash + Eq>(
    ids: &[K],
    ordinals: &[i64],
    lag: i64,
    mut f: impl FnMut(usize, Option<usize>),
) -> Result<()> {
    let mut numbers: FxHashMap<&K, u32> = FxHashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for (k, &o) in ids.iter().zip(ordinals) {
        let next = groups.len() as u32;
        let g = *numbers.entry(k).or_insert(next);
        match groups.get_mut(g as usize) {
            Some(grp) => {
                grp.min = grp.min.min(o);
                grp.max = grp.max.max(o);
            }
            None => groups.push(Group {
                min: o,
                max: o,
                offset: 0,
            }),
        }
    }
    // Slots a dense table needs; overflowing or sparse ranges use a hash map.
    let mut slots: usize = 0;
    let mut dense = true;
    for grp in &mut groups {
        grp.offset = slots;
        let width = grp
            .max
            .checked_sub(grp.min)
            .and_then(|w| usize::try_from(w).ok())
            .and_then(|w| w.checked_add(1));
        match width.and_then(|w| slots.checked_add(w)) {
            Some(total) if total <= 2 * ids.len() + 1024 => slots = total,
            _ => {
                dense = false;
                break;
            }
        }
    }
    let group_of = |k: &K| numbers.get(k).map_or(0, |&g| g as usize);
    if dense && u32::try_from(ids.len()).is_ok() {
        let mut table = vec![0u32; slots];
        for (row, (k, &o)) in ids.iter().zip(ordinals).enumerate() {
            let grp = groups[group_of(k)];
            let slot = &mut table[grp.offset + (o - grp.min) as usize];
            if *slot != 0 {
                return Err(duplicate(*slot as usize - 1, row, o));
            }
            *slot = row as u32 + 1;
        }
        for (row, (k, &o)) in ids.iter().zip(ordinals).enumerate() {
            let grp = groups[group_of(k)];
            let base = o
                .checked_sub(lag)
                .filter(|w| (grp.min..=grp.max).contains(w))
                .and_then(|w| table[grp.offset + (w - grp.min) as usize].checked_sub(1))
                .map(|r| r as usize);
            f(row, base);
        }
    } else {
        let mut rows: FxHashMap<(usize, i64), usize> = FxHashMap::default();
        rows.reserve(ids.len());
        for (row, (k, &o)) in ids.iter().zip(ordinals).enumerate() {
            if let Some(prev) = rows.insert((group_of(k), o), row) {
                return Err(duplicate(prev, row, o));
            }
        }
        for (row, (k, &o)) in ids.iter().zip(ordinals).enumerate() {
            let base = o
                .checked_sub(lag)
                .and_then(|w| rows.get(&(group_of(k), w)).copied());
            f(row, base);
        }
    }
    Ok(())
}
