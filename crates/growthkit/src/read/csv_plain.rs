//! Plain CSV, long (key columns, a period column, a value column) or wide
//! (a period column and one column per series).

use super::infer::{infer_frequency, period_of};
use super::{check_width, csv_reader, malformed, record_error, sniff_delimiter, text_of, value};
use crate::dataset::Builder;
use crate::dataset::Dataset;
use crate::error::{Error, ErrorKind, Result};
use crate::period::{Frequency, Period};
use std::io::Read;

/// Headers a period column is guessed from.
pub(crate) const PERIOD_HEADERS: [&str; 7] = [
    "period",
    "date",
    "time",
    "time_period",
    "time period",
    "observation_date",
    "month",
];

/// The column roles of a plain CSV file.
///
/// ```
/// use growthkit::read::CsvOptions;
/// let long = CsvOptions::new().period("month").value("sales").keys(&["region"]);
/// let wide = CsvOptions::new().period("TIME PERIOD");
/// # let _ = (long, wide);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvOptions {
    period: Option<String>,
    value: Option<String>,
    keys: Option<Vec<String>>,
    flag: Option<String>,
    frequency: Option<Frequency>,
}

impl CsvOptions {
    /// No roles given: a wide table whose period column is guessed.
    pub fn new() -> CsvOptions {
        CsvOptions::default()
    }

    /// The period column (guessed from its header when not given).
    pub fn period(mut self, column: &str) -> CsvOptions {
        self.period = Some(column.to_string());
        self
    }

    /// The value column of a long table; without it the table is wide.
    pub fn value(mut self, column: &str) -> CsvOptions {
        self.value = Some(column.to_string());
        self
    }

    /// The key columns of a long table (by default every other column).
    pub fn keys(mut self, columns: &[&str]) -> CsvOptions {
        self.keys = Some(columns.iter().map(|c| c.to_string()).collect());
        self
    }

    /// The flag column of a long table (its cells the observations' flags).
    pub fn flag(mut self, column: &str) -> CsvOptions {
        self.flag = Some(column.to_string());
        self
    }

    /// The frequency of a period column of dates (inferred when not given).
    pub fn frequency(mut self, freq: Frequency) -> CsvOptions {
        self.frequency = Some(freq);
        self
    }
}

/// Reads a plain CSV table into a dataset: long when `options` names a
/// value column (one series per combination of the key columns), wide
/// otherwise (one series per column besides the period column, keyed by the
/// dimension `series`). Periods are any text [`Period::parse`] reads; a
/// column of dates becomes the periods of the frequency given, or inferred
/// as [`infer_frequency`](super::infer_frequency) does (said in the notes).
///
/// # Errors
///
/// `malformed_data`: no such column, no period column or several that
/// could be it (name one), a period or value that does not read, a key and
/// period twice with different values.
///
/// ```
/// use growthkit::read::{CsvOptions, read_csv};
/// let text = "region,quarter,gdp\nnorth,2020-Q1,10\nsouth,2020-Q1,20\nnorth,2020-Q2,11\n";
/// let ds = read_csv(text.as_bytes(), &CsvOptions::new().period("quarter").value("gdp"))?;
/// assert_eq!((ds.len(), ds.n_observations()), (2, 3));
/// let wide = read_csv("date,a,b\n2020-01-01,1,2\n2020-02-01,3,4\n".as_bytes(), &CsvOptions::new())?;
/// assert_eq!(wide.entries()[0].series().periods()[0].to_string(), "2020-01");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_csv(input: impl Read, options: &CsvOptions) -> Result<Dataset> {
    let text = text_of(input)?;
    let mut rows = csv_reader(&text, sniff_delimiter(&text)).into_records();
    let header: Vec<String> = match rows.next() {
        Some(r) => r
            .map_err(record_error)?
            .iter()
            .map(|h| h.trim().to_string())
            .collect(),
        None => {
            return Err(malformed(
                1,
                None,
                "the file is empty: expected a header row",
            ));
        }
    };
    let find = |name: &str| {
        header.iter().position(|h| h == name).ok_or_else(|| {
            malformed(
                1,
                None,
                format!("no column `{name}`: the columns are {}", header.join(", ")),
            )
        })
    };
    let (period_col, stamps) = match &options.period {
        Some(p) => (find(p)?, Vec::new()),
        None => guess_period(&header).map_err(|e| {
            match super::any::looks_like(&text, super::Format::Csv) {
                Some(hint) => e.with_suffix(&hint),
                None => e,
            }
        })?,
    };
    let value_col = options.value.as_deref().map(find).transpose()?;
    let flag_col = options.flag.as_deref().map(find).transpose()?;
    let other = |i: &usize| *i != period_col && Some(*i) != flag_col && !stamps.contains(i);
    let key_cols: Vec<usize> = match (&options.keys, value_col) {
        (Some(k), _) => k.iter().map(|c| find(c)).collect::<Result<_>>()?,
        (None, Some(v)) => (0..header.len()).filter(|i| other(i) && *i != v).collect(),
        (None, None) => Vec::new(),
    };
    let series_cols: Vec<usize> = match value_col {
        Some(v) => vec![v],
        None => (0..header.len()).filter(other).collect(),
    };
    let dims: Vec<String> = match value_col {
        Some(_) => key_cols
            .iter()
            .filter_map(|&i| header.get(i).cloned())
            .collect(),
        None => vec!["series".to_string()],
    };
    // Read every row first: a column of dates needs all of them to infer its frequency.
    let mut parsed: Vec<(Period, csv::StringRecord, usize)> = Vec::new();
    for (i, row) in rows.enumerate() {
        let line = i + 2;
        let row = row.map_err(record_error)?;
        check_width(line, row.len(), header.len())?;
        let cell = row.get(period_col).unwrap_or("");
        let col = header.get(period_col).map(String::as_str);
        let p = Period::parse(cell).map_err(|e| malformed(line, col, e.message()))?;
        parsed.push((p, row, line));
    }
    let all_days = !parsed.is_empty() && parsed.iter().all(|r| r.0.frequency() == Frequency::Daily);
    let mut notes = Vec::new();
    let freq = match options.frequency {
        Some(f) => Some(f),
        None if all_days => {
            let days: Vec<_> = parsed.iter().map(|r| r.0.start()).collect();
            let (f, why) = infer_frequency(&days);
            notes.push(format!("frequency {why}"));
            Some(f)
        }
        None => None,
    };
    let mut b = Builder::new(dims);
    for &i in &stamps {
        b.note(format!(
            "column {} dates each period beside the period column {}; it was not read",
            header.get(i).map_or("", String::as_str),
            header.get(period_col).map_or("", String::as_str)
        ));
    }
    for n in notes {
        b.note(n);
    }
    for (p, row, line) in parsed {
        let period = match freq {
            Some(f) if p.frequency() != f => period_of(f, p.start()).map_err(|e| {
                malformed(
                    line,
                    header.get(period_col).map(String::as_str),
                    e.message(),
                )
            })?,
            _ => p,
        };
        let key: Vec<String> = key_cols
            .iter()
            .map(|&k| row.get(k).unwrap_or("").trim().to_string())
            .collect();
        for &c in &series_cols {
            let raw = row.get(c).unwrap_or("");
            let name = header.get(c).map(String::as_str).unwrap_or("");
            let x = value(raw)
                .map_err(|()| malformed(line, Some(name), format!("`{raw}` is not a number")))?;
            let k = if value_col.is_some() {
                key.clone()
            } else {
                vec![name.to_string()]
            };
            let flag = flag_col
                .and_then(|f| row.get(f))
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(crate::dataset::Flag::new);
            b.observe(&k, period, x, flag, line);
        }
    }
    b.finish()
}

/// The column whose header names a period, and the other date columns
/// beside it. Where several headers could be the period, one that says
/// period (`TIME_PERIOD`, `TIME PERIOD`, `period`) is it, and the dates
/// (`DATE`: the ECB portal's last day of each quarter) are stamps.
pub(crate) fn guess_period(header: &[String]) -> Result<(usize, Vec<usize>)> {
    let found: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| PERIOD_HEADERS.iter().any(|p| p.eq_ignore_ascii_case(h)))
        .map(|(i, _)| i)
        .collect();
    let says_period = |i: &&usize| {
        header
            .get(**i)
            .is_some_and(|h| h.to_ascii_lowercase().contains("period"))
    };
    let periods: Vec<&usize> = found.iter().filter(says_period).collect();
    match (found.as_slice(), periods.as_slice()) {
        ([one], _) => Ok((*one, Vec::new())),
        ([], _) => Err(Error::new(
            ErrorKind::MalformedData,
            format!(
                "line 1: no column looks like the period ({}): name it with `period`",
                PERIOD_HEADERS.join(", ")
            ),
        )),
        (_, [p]) => Ok((**p, found.iter().copied().filter(|i| i != *p).collect())),
        (many, _) => Err(Error::new(
            ErrorKind::MalformedData,
            format!(
                "line 1: several columns could be the period ({}): name one with `period`",
                many.iter()
                    .filter_map(|&i| header.get(i).map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}
