//! The column layout of a long table held in memory (an Arrow table, a
//! DataFrame, row objects): which columns are the keys and the flag.

use crate::error::{Error, ErrorKind, Result};

/// The period column of a long table, unless a reader is told another.
pub const PERIOD_COLUMN: &str = "period";
/// The value column of a long table, unless a reader is told another.
pub const VALUE_COLUMN: &str = "value";
/// The flag column of a long table, where there is one.
pub const FLAG_COLUMN: &str = "flag";

/// The key columns and the flag column of a long table whose columns are
/// `present`: `period` and `value` must be there; the keys are `keys`, or by
/// default every other column but the flag one; the flag column is `flag`, or
/// by default the column named `flag` where there is one.
///
/// ```
/// use growthkit::read::long_columns;
/// let cols: Vec<String> = ["geo", "period", "value", "flag"].map(String::from).into();
/// let (keys, flag) = long_columns(&cols, "period", "value", None, None)?;
/// assert_eq!((keys, flag.as_deref()), (vec!["geo".to_string()], Some("flag")));
/// assert!(long_columns(&cols, "time", "value", None, None).is_err());
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn long_columns(
    present: &[String],
    period: &str,
    value: &str,
    keys: Option<Vec<String>>,
    flag: Option<&str>,
) -> Result<(Vec<String>, Option<String>)> {
    let missing = |name: &str| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "the table has no column `{name}` (its columns: {})",
                present.join(", ")
            ),
        )
    };
    let has = |name: &str| present.iter().any(|c| c == name);
    for name in [period, value].into_iter().chain(flag) {
        if !has(name) {
            return Err(missing(name));
        }
    }
    let flag = flag
        .map(String::from)
        .or_else(|| has("flag").then(|| "flag".to_string()));
    let keys = match keys {
        Some(k) => {
            if let Some(m) = k.iter().find(|c| !has(c)) {
                return Err(missing(m));
            }
            k
        }
        None => present
            .iter()
            .filter(|c| *c != period && *c != value && Some(*c) != flag.as_ref())
            .cloned()
            .collect(),
    };
    Ok((keys, flag))
}
