//! The Australian Bureau of Statistics' time-series workbooks: a `Data1`
//! sheet (and `Data2`, …) whose column A labels ten header rows (a
//! description, then `Unit` … `Series ID`) above a date in each data row,
//! one series per column.

use super::{column, date, row_number, serial, text};
use crate::dataset::{Builder, Dataset};
use crate::error::{Result, malformed};
use crate::indicator::{Indicator, Measure};
use crate::period::{Date, Frequency, NamedBy, Period, YearStart};
use crate::read::{ons::snake, units, value};
use crate::unit::Unit;
use calamine::{Data, Range};
use std::collections::{BTreeMap, BTreeSet};

/// Column A's labels under the description row; the data start below them.
const LABELS: [&str; 9] = [
    "Unit",
    "Series Type",
    "Data Type",
    "Frequency",
    "Collection Month",
    "Series Start",
    "Series End",
    "No. Obs",
    "Series ID",
];

/// The rows of the header block, by their place.
const FREQUENCY: usize = 4;
const START: usize = 6;
const END: usize = 7;
const NO_OBS: usize = 8;
const SERIES_ID: usize = 9;
const FIRST_DATA: usize = 10;

/// ABS's names of frequencies.
const FREQUENCIES: [(&str, Frequency); 6] = [
    ("Month", Frequency::Monthly),
    ("Quarter", Frequency::Quarterly),
    ("Half Year", Frequency::Semiannual),
    ("Half-Year", Frequency::Semiannual),
    ("Year", Frequency::Annual),
    ("Annual", Frequency::Annual),
];

/// Scale words of ABS units: after `$` (`$ Millions`) or before a counted
/// thing (`000 Hours`).
const SCALES: [(&str, i32); 8] = [
    ("", 0),
    ("Thousands", 3),
    ("Thousand", 3),
    ("000", 3),
    ("'000", 3),
    ("Millions", 6),
    ("Million", 6),
    ("Billions", 9),
];

/// Units that say what kind of number, not of what: left as attributes.
const NO_UNIT: [&str; 4] = ["proportion", "ratio", "rate", "number"];

/// Whether a sheet name is one of ABS's data sheets (`Data1`, `Data2`, …).
pub(super) fn is_data_sheet(name: &str) -> bool {
    name.strip_prefix("Data")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a sheet has ABS's header block in column A.
pub(super) fn is_abs(range: &Range<Data>) -> bool {
    LABELS
        .iter()
        .enumerate()
        .all(|(i, label)| range.get((i + 1, 0)).is_some_and(|c| text(c) == *label))
}

/// The header block of one column.
struct Column {
    id: String,
    letters: String,
    attributes: Vec<(String, String)>,
    freq: Frequency,
    start: Option<Date>,
    end: Option<Date>,
    no_obs: Option<f64>,
}

/// What the sheets showed, said in the notes once for all series.
#[derive(Default)]
struct Tally {
    /// Series whose values read differ from `No. Obs`: id, values, `No. Obs`.
    counts: Vec<(String, usize, f64)>,
    /// Units that do not read, and their series.
    unread: BTreeMap<String, Vec<String>>,
    /// Series with values outside their `Series Start` to `Series End`.
    outside: Vec<String>,
    /// The months that date financial years.
    fiscal: BTreeSet<i8>,
    aud: bool,
    serials: bool,
    empty_rows: usize,
    errors: usize,
}

/// Reads the ABS sheets of a workbook whose sheets are `names`.
pub(super) fn read(sheets: Vec<(String, Range<Data>)>, names: &[String]) -> Result<Dataset> {
    let mut b = Builder::new(vec!["series_id".to_string()]);
    let mut tally = Tally::default();
    for (name, range) in &sheets {
        read_sheet(&mut b, range, &mut tally)
            .map_err(|e| e.with_context(format!("sheet `{name}`")))?;
    }
    let read: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    let left: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !read.contains(n))
        .collect();
    let mut note = format!(
        "sheets {} read in the ABS time-series layout (a series per column, keyed by its \
         Series ID)",
        read.join(", ")
    );
    if !left.is_empty() {
        note.push_str(&format!("; sheets {} were not read", left.join(", ")));
    }
    b.note(note);
    tally.say(&mut b);
    b.finish()
}

fn read_sheet(b: &mut Builder, range: &Range<Data>, tally: &mut Tally) -> Result<()> {
    let mut dates = Vec::with_capacity(range.height());
    for (i, row) in range.rows().enumerate().skip(FIRST_DATA) {
        let cell = row.first().unwrap_or(&Data::Empty);
        let d = match cell {
            Data::Float(x) => {
                tally.serials = true;
                serial(*x)
            }
            Data::Empty if row.iter().all(|c| *c == Data::Empty) => {
                tally.empty_rows += 1;
                continue;
            }
            other => date(other),
        };
        let Some(d) = d else {
            let at = row_number(range, i);
            let what = text(cell);
            return Err(malformed(at, Some("A"), format!("`{what}` is not a date")));
        };
        dates.push((i, d));
    }
    for j in 1..range.width() {
        if let Some(col) = header(range, j)? {
            read_column(b, range, j, &col, &dates, tally)?;
        }
    }
    Ok(())
}

/// The header block of column `j`; `None` for a column with no Series ID
/// and no values.
fn header(range: &Range<Data>, j: usize) -> Result<Option<Column>> {
    let cell = |i: usize| range.get((i, j)).unwrap_or(&Data::Empty);
    let letters = column(range, j);
    let id = text(cell(SERIES_ID));
    if id.is_empty() {
        if (FIRST_DATA..range.height()).all(|i| *cell(i) == Data::Empty) {
            return Ok(None);
        }
        let at = row_number(range, SERIES_ID);
        return Err(malformed(
            at,
            Some(&letters),
            "the column holds values but no Series ID",
        ));
    }
    let mut attributes = vec![("description".to_string(), text(cell(0)))];
    for (i, label) in LABELS.iter().enumerate().take(SERIES_ID - 1) {
        attributes.push((snake(label), text(cell(i + 1))));
    }
    attributes.retain(|(_, v)| !v.is_empty());
    let named = text(cell(FREQUENCY));
    let Some(&(_, freq)) = FREQUENCIES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(&named))
    else {
        return Err(malformed(
            row_number(range, FREQUENCY),
            Some(&letters),
            format!("frequency `{named}` of {id} is not Month, Quarter, Half Year or Year"),
        ));
    };
    let day = |c: &Data| match c {
        Data::Float(x) => serial(*x),
        other => date(other),
    };
    let no_obs = match cell(NO_OBS) {
        Data::Float(x) => Some(*x),
        Data::Int(n) => Some(*n as f64),
        other => text(other).parse().ok(),
    };
    Ok(Some(Column {
        id,
        letters,
        attributes,
        freq,
        start: day(cell(START)),
        end: day(cell(END)),
        no_obs,
    }))
}

/// The series of one column: every value, and empty cells between its
/// first period and its last as missing values.
fn read_column(
    b: &mut Builder,
    range: &Range<Data>,
    j: usize,
    col: &Column,
    dates: &[(usize, Date)],
    tally: &mut Tally,
) -> Result<()> {
    let key = [col.id.clone()];
    for (name, v) in &col.attributes {
        b.attribute(&key, name, v);
    }
    describe(b, &key, col, tally);
    let bound = |d: Option<Date>| d.and_then(|d| period_at(col.freq, d).ok());
    let (start, end) = (bound(col.start), bound(col.end));
    let cell = |i: usize| range.get((i, j)).unwrap_or(&Data::Empty);
    let first = dates.iter().position(|&(i, _)| *cell(i) != Data::Empty);
    let (mut values, mut outside) = (0, false);
    for (n, &(i, d)) in dates.iter().enumerate() {
        let at = row_number(range, i);
        let p = period_at(col.freq, d).map_err(|m| malformed(at, Some("A"), m))?;
        if col.freq == Frequency::Annual && d.month() != 12 {
            tally.fiscal.insert(d.month());
        }
        let within = start.is_none_or(|s| p >= s) && end.is_none_or(|e| p <= e);
        let x = match cell(i) {
            Data::Empty if within && (start.is_some() || first.is_some_and(|f| n >= f)) => f64::NAN,
            Data::Empty => continue,
            Data::Float(x) => *x,
            Data::Int(k) => *k as f64,
            Data::Error(_) => {
                tally.errors += 1;
                f64::NAN
            }
            other => value(&text(other)).map_err(|()| {
                let what = text(other);
                malformed(
                    at,
                    Some(&col.letters),
                    format!("`{what}` of {} is not a number", col.id),
                )
            })?,
        };
        outside |= !within && !x.is_nan();
        values += usize::from(!x.is_nan());
        b.observe(&key, p, x, None, at);
    }
    if outside {
        tally.outside.push(col.id.clone());
    }
    if let Some(n) = col.no_obs.filter(|&n| n != values as f64) {
        tally.counts.push((col.id.clone(), values, n));
    }
    Ok(())
}

/// The series' indicator, when its unit reads.
fn describe(b: &mut Builder, key: &[String], col: &Column, tally: &mut Tally) {
    let get = |name: &str| {
        col.attributes
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let unit_text = get("unit");
    let Some(unit) = unit_of(unit_text) else {
        tally
            .unread
            .entry(unit_text.to_string())
            .or_default()
            .push(col.id.clone());
        return;
    };
    tally.aud |= unit.base() == "AUD";
    let measure = match get("data_type").to_ascii_uppercase().as_str() {
        "FLOW" => Measure::Flow,
        "STOCK" => Measure::Stock,
        "INDEX" => Measure::Index,
        _ => units::measure_of(&unit),
    };
    let name = get("description").trim_end_matches([' ', ';']);
    b.indicator(key, Indicator::new(&col.id, name, unit, measure));
}

/// The period of `freq` that ABS dates by `d`, the first day of its last
/// month; a year dated in another month than December is the financial
/// year ending in it.
fn period_at(freq: Frequency, d: Date) -> std::result::Result<Period, String> {
    let m = d.month();
    let p = match freq {
        Frequency::Quarterly if m % 3 != 0 => return Err(last_month(d, "quarter")),
        Frequency::Semiannual if m % 6 != 0 => return Err(last_month(d, "half year")),
        Frequency::Annual if m != 12 => YearStart::new(u32::try_from(m).unwrap_or(0) + 1, 1)
            .and_then(|s| Period::fiscal_year(i32::from(d.year()), s, NamedBy::End)),
        f => Period::containing(f, d),
    };
    p.map_err(|e| format!("`{d}`: {}", e.message()))
}

fn last_month(d: Date, period: &str) -> String {
    format!(
        "`{d}` is not in the last month of a {period}: ABS dates a period by the first day of \
         its last month"
    )
}

/// The unit of an ABS `Unit` cell: `$` (the Australian dollar) with a
/// scale (`$ Millions`), `Percent`, `Index Numbers`, a counted thing with
/// a scale (`000 Hours`) or without (`Persons`); `None` for anything else
/// (`proportion`).
pub(super) fn unit_of(text: &str) -> Option<Unit> {
    let t = text.trim();
    let scale = |s: &str| {
        SCALES
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(s.trim()))
            .map(|(_, k)| *k)
    };
    if let Some(rest) = t.strip_prefix('$') {
        return Unit::new("AUD", scale(rest)?).ok();
    }
    let lower = t.to_lowercase();
    match lower.as_str() {
        "percent" | "%" => return Unit::new("percent", 0).ok(),
        "index numbers" | "index" => return Unit::new("index", 0).ok(),
        _ => {}
    }
    let (k, thing) = match lower.split_once(' ') {
        Some((head, rest)) if scale(head).is_some_and(|k| k > 0) => (scale(head)?, rest.trim()),
        _ => (0, lower.as_str()),
    };
    let plain = !thing.is_empty() && thing.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !plain || NO_UNIT.contains(&thing) || scale(thing).is_some() {
        return None;
    }
    Unit::new(thing, k).ok()
}

impl Tally {
    /// The notes of what the sheets showed.
    fn say(self, b: &mut Builder) {
        if self.aud {
            b.note("ABS's `$` is the Australian dollar: `$ Millions` is million AUD");
        }
        for (unit, ids) in &self.unread {
            b.note(format!(
                "unit `{unit}` does not read as a unit: {} series have none (their unit \
                 attribute keeps the text): {}",
                ids.len(),
                list(ids.iter().map(String::as_str))
            ));
        }
        if !self.counts.is_empty() {
            let each = self
                .counts
                .iter()
                .map(|(id, n, obs)| format!("{id} {n} of {obs}"));
            b.note(format!(
                "{} series hold another number of values than their No. Obs says (the empty \
                 cells up to their Series End are missing values): {}",
                self.counts.len(),
                list(each)
            ));
        }
        if !self.outside.is_empty() {
            b.note(format!(
                "{} series have values outside their Series Start to Series End; they were \
                 read: {}",
                self.outside.len(),
                list(self.outside.iter().map(String::as_str))
            ));
        }
        for m in &self.fiscal {
            b.note(format!(
                "annual series dated in month {m} are financial years ending in that month"
            ));
        }
        if self.serials {
            b.note("dates written as numbers were read as Excel date serials (1900 system)");
        }
        if self.empty_rows > 0 {
            b.note(format!("{} empty rows were skipped", self.empty_rows));
        }
        if self.errors > 0 {
            b.note(format!(
                "{} error cells (#N/A, …) are missing values",
                self.errors
            ));
        }
    }
}

/// Up to ten items joined, then how many more.
fn list<S: AsRef<str>>(items: impl Iterator<Item = S>) -> String {
    let all: Vec<S> = items.collect();
    let shown: Vec<&str> = all.iter().take(10).map(AsRef::as_ref).collect();
    match all.len() {
        n if n > 10 => format!("{}, and {} more", shown.join(", "), n - 10),
        _ => shown.join(", "),
    }
}
