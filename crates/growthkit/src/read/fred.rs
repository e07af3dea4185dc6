//! FRED's CSV downloads: a date column (`DATE`, or `observation_date` in
//! newer files) and one column per series, `.` or empty for a missing value.

use super::infer::{infer_frequency, period_of};
use super::{check_width, csv_reader, malformed, record_error, text_of, value};
use crate::dataset::Builder;
use crate::dataset::Dataset;
use crate::error::Result;
use crate::period::{Date, Frequency};
use std::io::Read;

/// Reads a FRED CSV: one series per column, keyed by its FRED id (the
/// dimension `series_id`). The frequency is inferred from the dates (see
/// [`infer_frequency`]: FRED's weekly data, dated by the Saturday ending
/// the week, become weeks ending Saturday; its daily exchange rates,
/// weekdays only, business days) and said in the notes, unless given.
///
/// # Errors
///
/// `malformed_data` naming the line and column: no date column, a date or
/// value that does not read, a row of another length.
///
/// ```
/// use growthkit::{Frequency, read::read_fred_csv};
/// let ds = read_fred_csv("DATE,DEXUSEU\n2020-10-02,1.1\n2020-10-05,.\n2020-10-06,1.21\n".as_bytes(), None)?;
/// let s = ds.entries()[0].series();
/// assert_eq!(s.frequency(), Some(Frequency::BusinessDaily));
/// assert!(s.values()[1].is_nan()); // "." is missing
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_fred_csv(input: impl Read, frequency: Option<Frequency>) -> Result<Dataset> {
    let text = text_of(input)?;
    let mut rows = csv_reader(&text, b',').into_records();
    let header = match rows.next() {
        Some(r) => r.map_err(record_error)?,
        None => {
            return Err(malformed(
                1,
                None,
                "the file is empty: expected DATE,<series id>,...",
            ));
        }
    };
    let date_col = header.get(0).unwrap_or("").trim();
    if !(date_col.eq_ignore_ascii_case("DATE") || date_col.eq_ignore_ascii_case("observation_date"))
    {
        return Err(malformed(
            1,
            None,
            format!("`{date_col}` is not FRED's date column: expected DATE or observation_date"),
        ));
    }
    let ids: Vec<String> = header
        .iter()
        .skip(1)
        .map(|h| h.trim().to_string())
        .collect();
    let mut dates: Vec<(Date, usize)> = Vec::new();
    let mut cells: Vec<Vec<f64>> = Vec::new();
    for (i, row) in rows.enumerate() {
        let line = i + 2;
        let row = row.map_err(record_error)?;
        check_width(line, row.len(), header.len())?;
        let d = row.get(0).unwrap_or("").trim();
        let date: Date = crate::period::parse_date(d).map_err(|_| {
            malformed(
                line,
                Some(date_col),
                format!("`{d}` is not a date such as 2020-10-01"),
            )
        })?;
        let values = ids
            .iter()
            .zip(row.iter().skip(1))
            .map(|(id, c)| {
                value(c).map_err(|()| malformed(line, Some(id), format!("`{c}` is not a number")))
            })
            .collect::<Result<Vec<f64>>>()?;
        dates.push((date, line));
        cells.push(values);
    }
    let only: Vec<Date> = dates.iter().map(|d| d.0).collect();
    let (freq, why) = match frequency {
        Some(f) => (f, format!("{f}: as given")),
        None => infer_frequency(&only),
    };
    let mut b = Builder::new(vec!["series_id".to_string()]);
    b.note(format!("frequency {why}"));
    for ((date, line), values) in dates.iter().zip(&cells) {
        let period =
            period_of(freq, *date).map_err(|e| malformed(*line, Some(date_col), e.message()))?;
        for (id, x) in ids.iter().zip(values) {
            b.observe(std::slice::from_ref(id), period, *x, None, *line);
        }
    }
    b.finish()
}
