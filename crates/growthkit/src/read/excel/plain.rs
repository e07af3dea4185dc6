//! Any other sheet as a plain table, by the rules of `read_csv` for a wide
//! table: header rows naming the columns, a period column guessed from its
//! name, every other column a series.

use super::{column, date, row_number, text};
use crate::dataset::{Builder, Dataset};
use crate::error::{Error, Result, malformed};
use crate::period::{Frequency, Period};
use crate::read::csv_plain::{PERIOD_HEADERS, guess_period};
use crate::read::infer::{infer_frequency, period_of};
use crate::read::value;
use calamine::{Data, Range};

/// What a refusal names as the arguments that would read the sheet.
struct Hint<'a> {
    header_rows: usize,
    sheets: &'a [String],
}

impl Hint<'_> {
    fn refuse(&self, row: usize, what: String) -> Error {
        malformed(
            row,
            None,
            format!(
                "{what}; read_excel reads a sheet whose header_rows= rows (now {}) name a period \
                 column and one column per series: give header_rows= for the rows above the \
                 data, or sheet= for another sheet (the sheets are {})",
                self.header_rows,
                self.sheets.join(", ")
            ),
        )
    }
}

/// Reads `range` (sheet `sheet` of a workbook whose sheets are `sheets`).
pub(super) fn read(
    range: &Range<Data>,
    sheet: &str,
    header_rows: usize,
    sheets: &[String],
) -> Result<Dataset> {
    let hint = Hint {
        header_rows,
        sheets,
    };
    let rows: Vec<&[Data]> = range.rows().collect();
    if rows.len() <= header_rows {
        let what = format!("the sheet has {} rows, none below the header", rows.len());
        return Err(hint.refuse(1, what));
    }
    let (head, body) = rows.split_at(header_rows);
    let mut b = Builder::new(vec!["series".to_string()]);
    let names = names(range, head, body, &hint, &mut b)?;
    let (period, stamps) = guess_period(&names).map_err(|_| {
        let what = format!(
            "no column is named like a period ({})",
            PERIOD_HEADERS.join(", ")
        );
        blocks(range, head, &hint).unwrap_or_else(|| hint.refuse(row_number(range, 0), what))
    })?;
    let name = |j: usize| names.get(j).map_or("", String::as_str);
    for &j in &stamps {
        b.note(format!(
            "column {} dates each period beside the period column {}; it was not read",
            name(j),
            name(period)
        ));
    }
    let last = header_rows.saturating_sub(1);
    b.note(format!(
        "sheet `{sheet}` read as a plain table: rows {}–{} name the columns, {} is the period",
        row_number(range, 0),
        row_number(range, last),
        name(period)
    ));
    let series: Vec<usize> = (0..names.len())
        .filter(|j| *j != period && !stamps.contains(j) && !name(*j).is_empty())
        .collect();
    let parsed = periods(range, body, header_rows, period, name(period), &mut b)?;
    let mut errors = 0;
    for (p, row, at) in parsed {
        for &j in &series {
            let x = match row.get(j).unwrap_or(&Data::Empty) {
                Data::Empty => f64::NAN,
                Data::Float(x) => *x,
                Data::Int(k) => *k as f64,
                Data::Error(_) => {
                    errors += 1;
                    f64::NAN
                }
                Data::String(s) => value(s)
                    .map_err(|()| malformed(at, Some(name(j)), format!("`{s}` is not a number")))?,
                other => {
                    let what = format!("`{}` is not a number", text(other));
                    return Err(malformed(at, Some(name(j)), what));
                }
            };
            b.observe(&[name(j).to_string()], p, x, None, at);
        }
    }
    if errors > 0 {
        b.note(format!("{errors} error cells (#N/A, …) are missing values"));
    }
    b.finish()
}

/// The column names: the header rows' texts of each column joined by a
/// space. A first column with no name whose cells are dates is `date`;
/// columns with neither a name nor a value are left out (and counted);
/// another column with no name, or two with one name, refuse the sheet.
fn names(
    range: &Range<Data>,
    head: &[&[Data]],
    body: &[&[Data]],
    hint: &Hint,
    b: &mut Builder,
) -> Result<Vec<String>> {
    let mut names: Vec<String> = (0..range.width())
        .map(|j| {
            let parts: Vec<String> = head
                .iter()
                .map(|r| text(r.get(j).unwrap_or(&Data::Empty)))
                .filter(|t| !t.is_empty())
                .collect();
            parts.join(" ")
        })
        .collect();
    let cells = |j: usize| {
        body.iter()
            .filter_map(move |r| r.get(j))
            .filter(|c| **c != Data::Empty)
    };
    if names.first().is_some_and(String::is_empty)
        && cells(0).next().is_some()
        && cells(0).all(|c| date(c).is_some())
        && !names.iter().any(|n| n.eq_ignore_ascii_case("date"))
    {
        b.note("column A has no name and holds dates: it is the period column `date`");
        if let Some(n) = names.first_mut() {
            *n = "date".to_string();
        }
    }
    let blank: Vec<usize> = (0..names.len())
        .filter(|&j| names.get(j).is_some_and(String::is_empty))
        .collect();
    let (empty, unnamed): (Vec<usize>, Vec<usize>) =
        blank.into_iter().partition(|&j| cells(j).next().is_none());
    if !empty.is_empty() {
        b.note(format!("{} empty columns were left out", empty.len()));
    }
    let top = row_number(range, 0);
    let twice = names
        .iter()
        .enumerate()
        .find(|(j, n)| !n.is_empty() && names.iter().skip(j + 1).any(|m| m == *n));
    if let Some(&j) = unnamed.first() {
        let what = format!("column {} holds values but has no name", column(range, j));
        return Err(blocks(range, head, hint).unwrap_or_else(|| hint.refuse(top, what)));
    }
    if let Some((j, n)) = twice {
        let what = format!(
            "two columns are named `{n}` (the first is {})",
            column(range, j)
        );
        return Err(blocks(range, head, hint).unwrap_or_else(|| hint.refuse(top, what)));
    }
    Ok(names)
}

/// The refusal of a table wide in blocks, when the first header row has
/// names at even steps over the width (`Jahr 2014` over A–B, `Jahr 2015`
/// over C–D, …: merged cells side by side).
fn blocks(range: &Range<Data>, head: &[&[Data]], hint: &Hint) -> Option<Error> {
    let top = head.first()?;
    let filled: Vec<usize> = (0..top.len())
        .filter(|&j| top.get(j).is_some_and(|c| *c != Data::Empty))
        .collect();
    let (&a, &z) = (filled.first()?, filled.last()?);
    let step = filled.get(1)? - a;
    let even = step >= 2
        && filled
            .windows(2)
            .all(|w| w.get(1).zip(w.first()).is_some_and(|(y, x)| y - x == step));
    if !even || z + step < range.width() {
        return None;
    }
    let label = |j: usize| {
        let cols = format!("{}–{}", column(range, j), column(range, j + step - 1));
        format!("`{}` ({cols})", text(top.get(j).unwrap_or(&Data::Empty)))
    };
    let shown: Vec<String> = filled.iter().take(2).map(|&j| label(j)).collect();
    let what = format!(
        "the table is wide in blocks: {} names side by side, each over {step} columns ({}, …), \
         each block a table of its own; growthkit reads no blocks (put them under each other \
         as one table, or save each block as CSV)",
        filled.len(),
        shown.join(", ")
    );
    Some(hint.refuse(row_number(range, 0), what))
}

/// The period of each row that is not empty (empty rows counted in the
/// notes): a date cell's day, or the text of any other cell as
/// [`Period::parse`] reads it; days all of a coarser frequency are its
/// periods.
fn periods<'a>(
    range: &Range<Data>,
    body: &[&'a [Data]],
    header_rows: usize,
    col: usize,
    name: &str,
    b: &mut Builder,
) -> Result<Vec<(Period, &'a [Data], usize)>> {
    let mut out = Vec::with_capacity(body.len());
    let mut empty = 0;
    for (k, row) in body.iter().enumerate() {
        if row.iter().all(|c| *c == Data::Empty) {
            empty += 1;
            continue;
        }
        let at = row_number(range, header_rows + k);
        let cell = row.get(col).unwrap_or(&Data::Empty);
        let p = match date(cell) {
            Some(d) => Period::day(d),
            None => Period::parse(&text(cell)),
        }
        .map_err(|e| malformed(at, Some(name), e.message()))?;
        out.push((p, *row, at));
    }
    if empty > 0 {
        b.note(format!("{empty} empty rows were skipped"));
    }
    if !out.is_empty() && out.iter().all(|r| r.0.frequency() == Frequency::Daily) {
        let days: Vec<_> = out.iter().map(|r| r.0.start()).collect();
        let (f, why) = infer_frequency(&days);
        b.note(format!("frequency {why}"));
        for (p, _, at) in &mut out {
            *p = period_of(f, p.start()).map_err(|e| malformed(*at, Some(name), e.message()))?;
        }
    }
    Ok(out)
}
