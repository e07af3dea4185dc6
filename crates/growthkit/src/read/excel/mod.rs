//! Excel workbooks, `.xlsx` and BIFF8 `.xls` (and OpenDocument `.ods`),
//! opened with calamine: the Australian Bureau of Statistics' time-series
//! layout (`abs.rs`), and any other sheet as a plain table (`plain.rs`).

mod abs;
mod plain;

use super::archive;
use crate::dataset::Dataset;
use crate::error::{Error, ErrorKind, Result, malformed};
use crate::period::Date;
use calamine::{Data, ExcelDateTime, ExcelDateTimeType, Range, Reader, Sheets};
use std::io::{Cursor, Read};

/// Which sheet [`read_excel`] reads, and how many header rows it has.
///
/// ```
/// use growthkit::read::ExcelOptions;
/// let options = ExcelOptions { sheet: Some("Table 1".into()), header_rows: Some(2) };
/// assert_eq!(ExcelOptions::default().sheet, None);
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExcelOptions {
    /// The sheet to read (by default the ABS's `Data` sheets, or else the
    /// first sheet).
    pub sheet: Option<String>,
    /// The rows above the data of a plain table, joined into its column
    /// names (by default 1). Giving it reads the sheet as a plain table
    /// even when it has the ABS layout.
    pub header_rows: Option<usize>,
}

/// Reads an Excel workbook (`.xlsx`, `.xls`; gzip or zip around it opened
/// first) into a dataset.
///
/// An ABS time-series workbook (`Data1`, `Data2`, … whose column A holds
/// the labels `Unit`, `Series Type`, `Data Type`, `Frequency`,
/// `Collection Month`, `Series Start`, `Series End`, `No. Obs` and
/// `Series ID` under a description row, then a date in each data row)
/// gives one series per column, keyed by `series_id`, with the other rows
/// as attributes in snake case (`description`, `unit`, `series_type`,
/// `data_type`, `frequency`, `collection_month`, `series_start`,
/// `series_end`, `no_obs`). A quarter is dated by the first day of its last
/// month (1959-09-01 is 1959-Q3), a month by its first day; a year dated
/// in another month than December is the financial year ending in that
/// month. Units: ABS's `$` is the Australian dollar (`$ Millions` is
/// million AUD), `Percent` percent, `Index Numbers` an index, `000 Hours`
/// thousand hours; a unit that does not read (`proportion`) stays in the
/// `unit` attribute and the notes say so. Empty cells between a series'
/// `Series Start` and `Series End` are missing values; when the values
/// read differ from `No. Obs`, the notes say which series.
///
/// Any other sheet (`sheet`, by default the first) is read by the rules of
/// [`read_csv`](super::read_csv) for a wide table: the first
/// `header_rows` rows name the columns, a period column is guessed from
/// its name (`date`, `period`, …; a date column with no name is taken),
/// every other column is a series.
///
/// # Errors
///
/// `invalid_argument` for a sheet the workbook does not have, or
/// `header_rows` 0; `malformed_data` for bytes that are no workbook, a
/// date or value that does not read (naming the row and column), and a
/// sheet it cannot read as a table, saying which arguments would read it.
///
/// ```
/// use growthkit::read::{ExcelOptions, read_excel};
/// # fn xlsx(rows: &str) -> Vec<u8> {
/// #     use std::io::Write;
/// #     let files = [
/// #         ("[Content_Types].xml", r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string()),
/// #         ("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string()),
/// #         ("xl/workbook.xml", r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string()),
/// #         ("xl/_rels/workbook.xml.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string()),
/// #         ("xl/worksheets/sheet1.xml", format!(r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#)),
/// #     ];
/// #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// #     for (name, text) in files {
/// #         zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
/// #         zip.write_all(text.as_bytes()).unwrap();
/// #     }
/// #     zip.finish().unwrap().into_inner()
/// # }
/// let s = |r: &str, t: &str| format!(r#"<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>"#);
/// let n = |r: &str, x: f64| format!(r#"<c r="{r}"><v>{x}</v></c>"#);
/// let book = xlsx(&format!(
///     "<row r=\"1\">{}{}</row><row r=\"2\">{}{}</row><row r=\"3\">{}{}</row>",
///     s("A1", "period"), s("B1", "gdp"),
///     s("A2", "2020-Q1"), n("B2", 101.5),
///     s("A3", "2020-Q2"), n("B3", 99.0),
/// ));
/// let ds = read_excel(&book[..], &ExcelOptions::default())?;
/// assert_eq!(ds.get(&[("series", "gdp")])?.series().values(), &[101.5, 99.0]);
/// let e = read_excel(&book[..], &ExcelOptions { sheet: Some("Data1".into()), ..Default::default() });
/// assert_eq!(e.unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_excel(input: impl Read, options: &ExcelOptions) -> Result<Dataset> {
    let bytes = archive::bytes_of(input)?;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(&bytes[..]))
        .map_err(|e| malformed(1, None, format!("the workbook does not open: {e}")))?;
    let names = book.sheet_names();
    if options.header_rows == Some(0) {
        return Err(argument(
            "header_rows is 0: a table needs at least one header row",
        ));
    }
    if let Some(s) = &options.sheet
        && !names.contains(s)
    {
        return Err(argument(format!(
            "the workbook has no sheet `{s}`: its sheets are {}",
            names.join(", ")
        )));
    }
    if options.header_rows.is_none() {
        let wanted: Vec<&String> = match &options.sheet {
            Some(s) => vec![s],
            None => names.iter().filter(|n| abs::is_data_sheet(n)).collect(),
        };
        let mut sheets = Vec::new();
        for name in wanted {
            let range = sheet(&mut book, name)?;
            if abs::is_abs(&range) {
                sheets.push((name.clone(), range));
            }
        }
        if !sheets.is_empty() {
            return abs::read(sheets, &names);
        }
    }
    let Some(name) = options.sheet.as_ref().or(names.first()) else {
        return Err(malformed(1, None, "the workbook has no sheets"));
    };
    let range = sheet(&mut book, name)?;
    plain::read(&range, name, options.header_rows.unwrap_or(1), &names)
        .map_err(|e| e.with_context(format!("sheet `{name}`")))
}

fn argument(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidArgument, message)
}

/// The cells of sheet `name`.
fn sheet<R: Read + std::io::Seek>(book: &mut Sheets<R>, name: &str) -> Result<Range<Data>> {
    book.worksheet_range(name)
        .map_err(|e| malformed(1, None, format!("sheet `{name}` does not open: {e}")))
}

/// A cell as text: numbers as Rust writes them (`74021`, `0.1`), dates as
/// `2020-03-01` (with the time when there is one), errors as Excel writes
/// them (`#N/A`).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(x) => x.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02}T{h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// The day of a date cell (a datetime's time of day left), `None` for any
/// other cell.
fn date(cell: &Data) -> Option<Date> {
    match cell {
        Data::DateTime(d) if d.is_datetime() => ymd(d),
        Data::DateTimeIso(s) => s.get(..10).and_then(|d| d.parse().ok()),
        _ => None,
    }
}

/// The day of an Excel date serial (the 1900 date system: 21794 is
/// 1959-09-01).
fn serial(x: f64) -> Option<Date> {
    (x.is_finite() && x >= 1.0)
        .then(|| ymd(&ExcelDateTime::new(x, ExcelDateTimeType::DateTime, false)))?
}

fn ymd(d: &ExcelDateTime) -> Option<Date> {
    let (y, m, day, ..) = d.to_ymd_hms_milli();
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// A column's letters: 0 is `A`, 26 `AA`.
fn letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (col % 26) as u8));
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The 1-based sheet row of the range's row `i`.
fn row_number(range: &Range<Data>, i: usize) -> usize {
    range.start().map_or(0, |(r, _)| r as usize) + i + 1
}

/// The sheet column letters of the range's column `j`.
fn column(range: &Range<Data>, j: usize) -> String {
    letters(range.start().map_or(0, |(_, c)| c as usize) + j)
}

#[cfg(test)]
pub(crate) mod compose;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod cells {
    use super::*;

    #[test]
    fn cells_as_text_and_dates() {
        assert_eq!(text(&Data::Float(74021.0)), "74021");
        assert_eq!(text(&Data::Float(0.1)), "0.1");
        assert_eq!(text(&Data::String(" Percent ".into())), "Percent");
        let d = Data::DateTime(ExcelDateTime::new(
            21794.0,
            ExcelDateTimeType::DateTime,
            false,
        ));
        assert_eq!(text(&d), "1959-09-01");
        assert_eq!(date(&d), Some(crate::date(1959, 9, 1)));
        assert_eq!(serial(45352.0), Some(crate::date(2024, 3, 1)));
        assert_eq!(serial(-3.0), None);
        assert_eq!(date(&Data::Float(21794.0)), None);
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(108), "DE");
    }

    #[test]
    fn workbooks_open_or_are_refused() {
        let book = compose::xlsx(&[("Sheet1", &[&["date", "x"], &["2020-01", "1"]])]);
        let ds = read_excel(&book[..], &ExcelOptions::default()).unwrap();
        assert_eq!(ds.entries()[0].series().values(), &[1.0]);
        let e = read_excel(&b"PK\x03\x04 not a zip"[..], &ExcelOptions::default()).unwrap_err();
        assert_eq!(e.code(), "malformed_data");
        let zero = ExcelOptions {
            header_rows: Some(0),
            ..Default::default()
        };
        assert_eq!(
            read_excel(&book[..], &zero).unwrap_err().code(),
            "invalid_argument"
        );
        let other = ExcelOptions {
            sheet: Some("Data1".into()),
            ..Default::default()
        };
        let e = read_excel(&book[..], &other).unwrap_err();
        assert!(e.to_string().contains("its sheets are Sheet1"), "{e}");
    }
}
