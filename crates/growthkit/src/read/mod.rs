//! Readers of published data files into a [`Dataset`]: SDMX-CSV
//! ([`read_sdmx_csv`]), SDMX-JSON ([`read_sdmx_json`]), FRED's CSV
//! ([`read_fred_csv`]), China NBS's query JSON ([`read_nbs_json`]), Excel
//! workbooks ([`read_excel`]) and plain CSV ([`read_csv`]). Each reads
//! anything [`Read`], says exactly what went wrong (`malformed_data`, with
//! the line and column), and drops nothing silently: what it skips or
//! infers is in [`Dataset::notes`].
//!
//! - `units.rs`: SDMX unit codes and multipliers as units;
//! - `infer.rs`: the frequency of a column of dates;
//! - `long.rs`: the key and flag columns of a long table in memory;
//! - one file per format.

mod any;
mod archive;
mod csv_plain;
mod eurostat_tsv;
mod excel;
mod fred;
mod infer;
mod long;
mod nbs;
mod ons;
mod sdmx_csv;
mod sdmx_json;
mod sdmx_xml;
mod units;
mod wide;
mod worldbank;

pub use any::{Format, any, decide};
pub use csv_plain::{CsvOptions, read_csv};
pub use eurostat_tsv::read_eurostat_tsv;
pub use excel::{ExcelOptions, read_excel};
pub use fred::read_fred_csv;
pub use infer::infer_frequency;
pub use long::{FLAG_COLUMN, PERIOD_COLUMN, VALUE_COLUMN, long_columns};
pub use nbs::{PREVIOUS_YEAR_INDEX, index_to_growth, read_nbs_json};
pub use ons::read_ons_csv;
pub use sdmx_csv::read_sdmx_csv;
pub use sdmx_json::read_sdmx_json;
pub use sdmx_xml::read_sdmx_xml;
pub use units::unit_from_sdmx;
pub use wide::read_wide_csv;
pub use worldbank::read_worldbank_csv;

#[cfg(doc)]
use crate::Dataset;
use crate::error::{Error, ErrorKind, Result};
use std::io::Read;

/// The whole input as text: UTF-8, a byte-order mark dropped, a gzip
/// stream or a zip archive of one data file opened first.
pub(crate) fn text_of(input: impl Read) -> Result<String> {
    utf8(archive::bytes_of(input)?)
}

/// Bytes as UTF-8 text, a byte-order mark dropped.
pub(crate) fn utf8(mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(malformed(
            1,
            None,
            "the input is an Excel workbook (or another office document), not text: \
             read it with read_excel",
        ));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes
            .get(..at)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
            + 1;
        Error::new(
            ErrorKind::MalformedData,
            format!(
                "the input is not UTF-8: byte {at} (line {line}) starts an invalid sequence; \
                 save the file as UTF-8"
            ),
        )
    })
}

pub(crate) use crate::error::malformed;

/// `malformed_data` unless a row has as many fields as the header.
pub(crate) fn check_width(line: usize, row: usize, header: usize) -> Result<()> {
    if row == header {
        Ok(())
    } else {
        Err(malformed(
            line,
            None,
            format!("the row has {row} fields, the header {header}"),
        ))
    }
}

/// A value as files write it: a number, or missing (empty, `.`, `NaN`,
/// `#N/A`, `NA`, `N/A`, `-`, `..`). `Err` for anything else.
pub(crate) fn value(text: &str) -> std::result::Result<f64, ()> {
    let t = text.trim();
    match t {
        "" | "." | ".." | "-" | "NaN" | "nan" | "NAN" | "#N/A" | "#NA" | "NA" | "N/A" | "n/a" => {
            Ok(f64::NAN)
        }
        _ => match t.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(x),
            _ => Err(()),
        },
    }
}

/// `text` cut to `n` characters, with an ellipsis when cut: messages quote
/// what they saw, not 3 KB of it.
pub(crate) fn clip(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or(text)),
        None => text.to_string(),
    }
}

/// A `csv` reader over `text` with `delimiter`, every row kept as it is.
pub(crate) fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The delimiter of a CSV header line: `;` when it has more of them than `,`.
pub(crate) fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// A CSV record as strings, or the error at its line.
pub(crate) fn record_error(e: csv::Error) -> Error {
    record_error_at(e, 0)
}

/// [`record_error`] for a reader over a part of a file that begins after
/// `lines_before` lines.
pub(crate) fn record_error_at(e: csv::Error, lines_before: usize) -> Error {
    let line = e.position().map_or(0, |p| p.line() as usize) + lines_before;
    malformed(line, None, format!("not a CSV row: {e}"))
}
