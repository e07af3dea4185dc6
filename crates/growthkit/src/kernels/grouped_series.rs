//! A `Series` transform within each group of a long table: the rows of one
//! id become one series (periods from their ordinals), the transform runs on
//! it, and each row gets the value of its own period back. This is how the
//! table adapters do the transforms that have no column kernel of their
//! own (differences, year-to-date totals, rebasing, annualising at a
//! frequency with no fixed count a year), with the same rules as `Series`.

use crate::error::{Error, ErrorKind, Result};
use crate::period::{Frequency, Period};
use crate::series::Series;
use rustc_hash::FxHashMap;
use std::hash::Hash;

/// The `Series` transforms a table applies within groups.
#[derive(Debug, Clone, PartialEq)]
pub enum RowTransform {
    /// [`Series::diff`] against `lag` periods before.
    Diff(i64),
    /// [`Series::cumulate_ytd`].
    CumulateYtd,
    /// [`Series::rebase`] to `value` over the period `base`.
    Rebase(Period, f64),
    /// [`Series::annualized`] against `lag` periods before.
    Annualized(i64),
}

impl RowTransform {
    /// The transform a binding names: `"diff"` or `"annualized"` (against
    /// `lag` periods before), `"cumulate_ytd"`, or `"rebase"` (to `to` over
    /// the period `base`).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for another name, or `"rebase"` without `base`.
    pub fn named(name: &str, lag: i64, base: Option<Period>, to: f64) -> Result<RowTransform> {
        Ok(match (name, base) {
            ("diff", _) => RowTransform::Diff(lag),
            ("cumulate_ytd", _) => RowTransform::CumulateYtd,
            ("annualized", _) => RowTransform::Annualized(lag),
            ("rebase", Some(base)) => RowTransform::Rebase(base, to),
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "`{name}` is not a row transform (diff, cumulate_ytd, annualized, or rebase with a base period)"
                    ),
                ));
            }
        })
    }

    fn apply(&self, s: &Series) -> Result<Series> {
        match self {
            RowTransform::Diff(lag) => s.diff(*lag),
            RowTransform::CumulateYtd => s.cumulate_ytd(),
            RowTransform::Rebase(base, value) => s.rebase(base, *value),
            RowTransform::Annualized(lag) => s.annualized(*lag),
        }
    }
}

/// `transform` within each id, aligned back to the rows (rows in any
/// order; NaN where the transform gives a row's period no value).
///
/// # Errors
///
/// `length_mismatch` when the columns differ in length, the errors of
/// [`Series::from_ordinals`] for a group (a period twice within an id is
/// `duplicate_period`), and those of the transform.
///
/// ```
/// use growthkit::Frequency;
/// use growthkit::kernels::{grouped_series, RowTransform};
/// // Two ids, rows out of order: months 600 and 601 (2020-01, 2020-02).
/// let ids = ["a", "b", "a", "b"];
/// let got = grouped_series(&ids, Frequency::Monthly, &[601, 600, 600, 601],
///                          &[15.0, 7.0, 10.0, 9.0], &RowTransform::Diff(1))?;
/// assert!(got[0] == 5.0 && got[1].is_nan() && got[2].is_nan() && got[3] == 2.0);
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn grouped_series<K: Hash + Eq>(
    ids: &[K],
    frequency: Frequency,
    ordinals: &[i64],
    values: &[f64],
    transform: &RowTransform,
) -> Result<Vec<f64>> {
    super::check_len("ordinals", ids.len(), ordinals.len())?;
    super::check_len("values", ids.len(), values.len())?;
    let mut groups: FxHashMap<&K, Vec<usize>> = FxHashMap::default();
    for (row, id) in ids.iter().enumerate() {
        groups.entry(id).or_default().push(row);
    }
    let mut out = vec![f64::NAN; ids.len()];
    for rows in groups.values() {
        let mut rows = rows.clone();
        rows.sort_by_key(|&r| ordinals.get(r).copied().unwrap_or_default());
        let ords: Vec<i64> = rows
            .iter()
            .filter_map(|&r| ordinals.get(r).copied())
            .collect();
        let vals: Vec<f64> = rows
            .iter()
            .filter_map(|&r| values.get(r).copied())
            .collect();
        let result = transform.apply(&Series::from_ordinals(frequency, &ords, vals)?)?;
        for (&row, &ordinal) in rows.iter().zip(&ords) {
            let got = result.get(&Period::from_ordinal(frequency, ordinal)?);
            if let (Some(slot), Some(v)) = (out.get_mut(row), got) {
                *slot = v;
            }
        }
    }
    Ok(out)
}
