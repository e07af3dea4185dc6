//! [`Dataset`]: many keyed series, the SDMX data model in small.
//!
//! - `mod.rs`: the dataset, its keys, selection and the long table;
//! - `builder.rs`: observations gathered into keyed series (the readers' and `from_rows`');
//! - `flags.rs`: observation status flags and how they travel through
//!   transforms;
//! - `transform.rs`: every series transform applied to all series at once;
//! - `json.rs`: the JSON form shared with Python and JS.

mod builder;
mod flags;
#[cfg(feature = "serde")]
mod json;
mod transform;
mod write;

pub(crate) use builder::Builder;
pub use flags::Flag;
#[cfg_attr(not(feature = "serde"), allow(unused_imports))] // the readers use it
pub(crate) use flags::intern_flag;
pub use transform::NON_POSITIVE_BASE;

use crate::error::{Error, ErrorKind, Result};
use crate::period::Period;
use crate::series::Series;
use std::collections::BTreeMap;

/// One series of a [`Dataset`]: its key (a code for each dimension of the
/// dataset, in the dataset's order), its attributes, its values (a
/// [`Series`] with an [`Indicator`](crate::Indicator) when the file says
/// what it measures) and the status flag of each observation.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedSeries {
    key: Vec<String>,
    attributes: BTreeMap<String, String>,
    series: Series,
    flags: Vec<Option<Flag>>,
}

impl KeyedSeries {
    /// A keyed series; `flags` align with the series' periods (`None` where
    /// an observation has no flag).
    ///
    /// # Errors
    ///
    /// `length_mismatch` when `flags` and the series differ in length.
    pub fn new(
        key: Vec<String>,
        attributes: BTreeMap<String, String>,
        series: Series,
        flags: Vec<Option<Flag>>,
    ) -> Result<KeyedSeries> {
        if flags.len() != series.len() {
            return Err(Error::new(
                ErrorKind::LengthMismatch,
                format!(
                    "a series of {} observations needs {} flags, not {}",
                    series.len(),
                    series.len(),
                    flags.len()
                ),
            ));
        }
        Ok(KeyedSeries {
            key,
            attributes,
            series,
            flags,
        })
    }

    /// The codes of the key, in the order of the dataset's dimensions.
    pub fn key(&self) -> &[String] {
        &self.key
    }

    /// The series-level attributes (`UNIT_MEASURE`, `UNIT_MULT`, `TITLE`, …).
    pub fn attributes(&self) -> &BTreeMap<String, String> {
        &self.attributes
    }

    /// The values.
    pub fn series(&self) -> &Series {
        &self.series
    }

    /// The flag of each observation, aligned with the series' periods.
    pub fn flags(&self) -> &[Option<Flag>] {
        &self.flags
    }
}

/// An ordered collection of keyed series: the dimensions of their keys, the
/// series in file order, and what reading the file reported.
///
/// ```
/// use growthkit::{Dataset, read::read_sdmx_csv};
/// let text = "DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n\
///             X:Y(1.0),A,DE,2019,100,\n\
///             X:Y(1.0),A,DE,2020,110,P\n\
///             X:Y(1.0),A,FR,2020,50,\n";
/// let ds: Dataset = read_sdmx_csv(text.as_bytes())?;
/// assert_eq!((ds.len(), ds.n_observations()), (2, 3));
/// let de = ds.select(&[("GEO", "DE")])?;
/// let growth = de.yoy()?;
/// let g = &growth.entries()[0];
/// assert!((g.series().values()[1] - 0.1).abs() < 1e-12);
/// assert_eq!(g.flags()[1].as_ref().map(|f| f.code()), Some("P")); // provisional travels
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    dimensions: Vec<String>,
    entries: Vec<KeyedSeries>,
    notes: Vec<String>,
}

impl Dataset {
    /// A dataset of `entries` keyed by `dimensions`.
    ///
    /// # Errors
    ///
    /// `length_mismatch` when a key has another number of codes than there
    /// are dimensions; `malformed_data` when two series share a key.
    pub fn new(dimensions: Vec<String>, entries: Vec<KeyedSeries>) -> Result<Dataset> {
        let mut seen = std::collections::HashSet::new();
        for e in &entries {
            if e.key.len() != dimensions.len() {
                return Err(Error::new(
                    ErrorKind::LengthMismatch,
                    format!(
                        "key {:?} has {} codes, but the dataset has {} dimensions",
                        e.key,
                        e.key.len(),
                        dimensions.len()
                    ),
                ));
            }
            if !seen.insert(e.key.clone()) {
                return Err(Error::new(
                    ErrorKind::MalformedData,
                    format!("two series share the key {:?}", e.key),
                ));
            }
        }
        Ok(Dataset {
            dimensions,
            entries,
            notes: Vec::new(),
        })
    }

    /// A dataset from the rows of a long table: each row's key codes (in the
    /// order of `dimensions`), period, value and flag. Rows may come in any
    /// order; a key and period given twice with different values is refused.
    ///
    /// # Errors
    ///
    /// `length_mismatch` for a key of another length than `dimensions`;
    /// `malformed_data` (naming the rows, counted from 1) for a key and
    /// period twice with different values; the codes of [`Series::new`].
    ///
    /// ```
    /// use growthkit::{Dataset, Period};
    /// let p = |t| Period::parse(t).unwrap();
    /// let rows = vec![
    ///     (vec!["DE".to_string()], p("2020"), 110.0, None),
    ///     (vec!["DE".to_string()], p("2019"), 100.0, None),
    /// ];
    /// let ds = Dataset::from_rows(vec!["GEO".into()], rows)?;
    /// assert_eq!(ds.entries()[0].series().values(), &[100.0, 110.0]);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_rows(
        dimensions: Vec<String>,
        rows: Vec<(Vec<String>, Period, f64, Option<Flag>)>,
    ) -> Result<Dataset> {
        let width = dimensions.len();
        let mut b = Builder::new(dimensions);
        for (i, (key, period, value, flag)) in rows.into_iter().enumerate() {
            if key.len() != width {
                return Err(Error::new(
                    ErrorKind::LengthMismatch,
                    format!(
                        "row {}: a key of {} codes for {width} dimensions",
                        i + 1,
                        key.len()
                    ),
                ));
            }
            b.observe(&key, period, value, flag, i + 1);
        }
        b.finish()
    }

    /// A dataset from the columns of a long table: one column of codes per
    /// dimension, the period texts, the values (NaN where missing) and,
    /// optionally, the flag codes. Every column must have one entry a row;
    /// a period that does not parse is an error naming its row.
    ///
    /// ```
    /// use growthkit::Dataset;
    /// let ds = Dataset::from_columns(
    ///     vec!["GEO".into()],
    ///     vec![vec!["DE".into(), "DE".into()]],
    ///     &["2020", "2019"],
    ///     &[110.0, 100.0],
    ///     Some(&[Some("p".into()), None]),
    /// )?;
    /// assert_eq!(ds.entries()[0].series().values(), &[100.0, 110.0]);
    /// assert_eq!(ds.entries()[0].flags()[1].as_ref().map(|f| f.code()), Some("p"));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_columns<S: AsRef<str>>(
        dimensions: Vec<String>,
        codes: Vec<Vec<String>>,
        periods: &[S],
        values: &[f64],
        flags: Option<&[Option<String>]>,
    ) -> Result<Dataset> {
        let n = periods.len();
        let lengths = codes
            .iter()
            .map(Vec::len)
            .chain([values.len()])
            .chain(flags.map(<[_]>::len));
        if codes.len() != dimensions.len() || lengths.into_iter().any(|l| l != n) {
            return Err(Error::new(
                ErrorKind::LengthMismatch,
                format!(
                    "{} periods, {} values and {} key columns for {} dimensions: \
                     every column needs one entry a row",
                    n,
                    values.len(),
                    codes.len(),
                    dimensions.len()
                ),
            ));
        }
        let mut b = Builder::new(dimensions);
        let mut key = vec![String::new(); codes.len()];
        for (i, (text, &value)) in periods.iter().zip(values).enumerate() {
            let period = Period::parse(text.as_ref())
                .map_err(|e| e.with_context(format!("row {}", i + 1)))?;
            for (k, col) in key.iter_mut().zip(&codes) {
                if let Some(code) = col.get(i) {
                    k.clone_from(code);
                }
            }
            let flag = flags
                .and_then(|f| f.get(i))
                .and_then(|f| f.as_deref())
                .map(Flag::new);
            b.observe(&key, period, value, flag, i + 1);
        }
        b.finish()
    }

    /// The same dataset with `note` added to what reading it reported.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn with_note(mut self, note: impl Into<String>) -> Dataset {
        self.notes.push(note.into());
        self
    }

    /// The same dataset with `note` first among what reading it reported.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn with_first_note(mut self, note: impl Into<String>) -> Dataset {
        self.notes.insert(0, note.into());
        self
    }

    /// The dimension ids, in the file's order.
    pub fn dimensions(&self) -> &[String] {
        &self.dimensions
    }

    /// The series with their keys, flags and attributes, in order.
    pub fn entries(&self) -> &[KeyedSeries] {
        &self.entries
    }

    /// What the reader inferred or skipped, one line each (deleted rows,
    /// the frequency inferred from dates, …): nothing read is dropped
    /// without a line here.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The number of series.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no series.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The number of observations, missing values included.
    pub fn n_observations(&self) -> usize {
        self.entries.iter().map(|e| e.series.len()).sum()
    }

    /// Each series' key as dimension id and code pairs, in order.
    pub fn keys(&self) -> Vec<Vec<(&str, &str)>> {
        self.entries
            .iter()
            .map(|e| {
                self.dimensions
                    .iter()
                    .map(String::as_str)
                    .zip(e.key.iter().map(String::as_str))
                    .collect()
            })
            .collect()
    }

    /// The series whose keys match every `(dimension, code)` of `partial`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a dimension the dataset does not have.
    pub fn select(&self, partial: &[(&str, &str)]) -> Result<Dataset> {
        let wanted = partial
            .iter()
            .map(|(dim, code)| {
                self.dimensions
                    .iter()
                    .position(|d| d == dim)
                    .map(|i| (i, *code))
                    .ok_or_else(|| {
                        Error::new(
                            ErrorKind::InvalidArgument,
                            format!(
                                "the dataset has no dimension `{dim}`: its dimensions are {}",
                                self.dimensions.join(", ")
                            ),
                        )
                    })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Dataset {
            dimensions: self.dimensions.clone(),
            entries: self
                .entries
                .iter()
                .filter(|e| {
                    wanted
                        .iter()
                        .all(|&(i, code)| e.key.get(i).is_some_and(|c| c == code))
                })
                .cloned()
                .collect(),
            notes: self.notes.clone(),
        })
    }

    /// The one series whose key matches `partial`.
    ///
    /// # Errors
    ///
    /// `no_such_series` when none or several match; `invalid_argument` for
    /// an unknown dimension.
    pub fn get(&self, partial: &[(&str, &str)]) -> Result<&KeyedSeries> {
        let found = self.select(partial)?;
        match found.entries.as_slice() {
            [one] => self
                .entries
                .iter()
                .find(|e| e.key == one.key)
                .ok_or_else(|| no_series(partial, 0)),
            many => Err(no_series(partial, many.len())),
        }
    }

    /// The long table: one row per observation with the key codes, the
    /// period, the value and the flag.
    pub fn long(&self) -> Vec<(&[String], Period, f64, Option<&Flag>)> {
        self.entries
            .iter()
            .flat_map(|e| {
                e.series
                    .iter()
                    .zip(&e.flags)
                    .map(move |((p, v), f)| (e.key.as_slice(), p, v, f.as_ref()))
            })
            .collect()
    }

    /// The same dataset with `f` applied to each keyed series.
    pub(crate) fn map_entries(
        &self,
        mut f: impl FnMut(&KeyedSeries) -> Result<KeyedSeries>,
    ) -> Result<Dataset> {
        Ok(Dataset {
            dimensions: self.dimensions.clone(),
            entries: self.entries.iter().map(&mut f).collect::<Result<_>>()?,
            notes: self.notes.clone(),
        })
    }
}

fn no_series(partial: &[(&str, &str)], found: usize) -> Error {
    let key: Vec<String> = partial.iter().map(|(d, c)| format!("{d}={c}")).collect();
    let what = if found == 0 {
        "no series".to_string()
    } else {
        format!("{found} series (give more of the key)")
    };
    Error::new(
        ErrorKind::NoSuchSeries,
        format!("the key `{{{}}}` matches {what}", key.join(", ")),
    )
}
