//! SDMX-CSV 1.0 (`DATAFLOW` first), 2.0 and 2.1 (`STRUCTURE`,
//! `STRUCTURE_ID`, optional `STRUCTURE_NAME` and `ACTION`), with codes,
//! `CODE: Label` cells (`labels=both`) or a name column after each
//! component (`labels=name`), `,` or `;` between fields.

use super::{
    check_width, csv_reader, malformed, record_error, sniff_delimiter, text_of, units, value,
};
use crate::dataset::Builder;
use crate::dataset::{Dataset, Flag};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::{ParseOptions, Period, YearStart};
use std::io::Read;

/// Column headers that are attributes, not dimensions, wherever they stand.
const ATTRIBUTES: [&str; 10] = [
    "OBS_STATUS",
    "UNIT_MULTIPLIER",
    "OBS_FLAG",
    "OBS_CONF",
    "CONF_STATUS",
    "UNIT_MULT",
    "UNIT_MEASURE",
    "DECIMALS",
    "REPORTING_YEAR_START_DAY",
    "TITLE",
];

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Structure,
    Action,
    Dimension(String),
    Time,
    Value,
    Attribute(String),
    /// A `labels=name` column: the name of the component before it.
    Name,
}

/// Reads SDMX-CSV into a dataset: one series per key of the dimension
/// columns (those between the structure columns and `TIME_PERIOD` whose
/// header is an SDMX id, no spaces), `OBS_VALUE` as the value, `OBS_STATUS`
/// (or Eurostat's `OBS_FLAG`) as the flag, `UNIT_MEASURE` (or a `unit`
/// dimension) and `UNIT_MULT` as the unit, every other column as an
/// attribute. A `CODE: Label` cell counts by its code. Rows with `ACTION`
/// `D` are deletions: counted in the notes, not read as data. Empty,
/// `NaN` and `#N/A` values are missing.
///
/// # Errors
///
/// `malformed_data` naming the line and column: no `TIME_PERIOD` or
/// `OBS_VALUE` column, a row of another length, a period or value that
/// does not read, a key and period twice with different values, text that
/// is not UTF-8.
///
/// ```
/// use growthkit::read::read_sdmx_csv;
/// let text = "STRUCTURE;STRUCTURE_ID;ACTION;GEO;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n\
///             dataflow;X:Y(1.0);I;DE: Germany;2020-Q1;1,5;\n";
/// let err = read_sdmx_csv(text.as_bytes()).unwrap_err();
/// assert_eq!(err.code(), "malformed_data"); // 1,5 is no number
/// assert!(err.to_string().contains("line 2"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_sdmx_csv(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv_reader(&text, delimiter);
    let mut header = csv::StringRecord::new();
    if !reader.read_record(&mut header).map_err(record_error)? {
        return Err(malformed(
            1,
            None,
            "the file is empty: expected an SDMX-CSV header",
        ));
    }
    let body_at = usize::try_from(reader.position().byte()).unwrap_or(text.len());
    let roles =
        roles(&header.iter().collect::<Vec<_>>()).map_err(|e| {
            match super::any::looks_like(&text, super::Format::SdmxCsv) {
                Some(hint) => e.with_suffix(&hint),
                None => e,
            }
        })?;
    let dims: Vec<String> = roles
        .iter()
        .filter_map(|r| match r {
            Role::Dimension(d) => Some(d.clone()),
            _ => None,
        })
        .collect();
    let body = text.get(body_at..).unwrap_or("");
    let first_line = 2 + text
        .get(..body_at)
        .map_or(0, |h| h.matches('\n').count().saturating_sub(1));
    let (mut b, deleted) = read_rows(body, first_line, delimiter, &roles, dims)?;
    drop(text); // the builder owns what it keeps: the text goes before the series are made
    if deleted > 0 {
        b.note(format!(
            "{deleted} rows with ACTION D are deletions of earlier data, not data; they were not read"
        ));
    }
    b.finish()
}

/// Reads the rows of `text` (the first at line `first_line`) into a
/// builder; also says how many rows were deletions.
fn read_rows(
    text: &str,
    first_line: usize,
    delimiter: u8,
    roles: &[Role],
    dims: Vec<String>,
) -> Result<(Builder, usize)> {
    let mut reader = csv_reader(text, delimiter);
    let dims_len = dims.len();
    let mut b = Builder::new(dims);
    let mut deleted = 0usize;
    let mut row = csv::StringRecord::new();
    let mut key: Vec<String> = Vec::new();
    let mut flags: Vec<Flag> = Vec::new();
    // Files repeat a few hundred period texts a million times: each is parsed once.
    let mut periods: rustc_hash::FxHashMap<String, Period> = rustc_hash::FxHashMap::default();
    let mut line = first_line - 1;
    while reader
        .read_record(&mut row)
        .map_err(|e| super::record_error_at(e, first_line - 1))?
    {
        // The line the record begins on, counting line ends inside quotes.
        line = row
            .position()
            .map_or(line + 1, |p| p.line() as usize + first_line - 1);
        if row.len() == 1 && row.get(0).is_some_and(str::is_empty) {
            continue; // a blank line
        }
        check_width(line, row.len(), roles.len())?;
        // The key of the previous row is kept when this row's is the same.
        let mut same = key.len() == dims_len;
        let mut k = 0;
        for (role, cell) in roles.iter().zip(row.iter()) {
            if let Role::Dimension(_) = role {
                if same && key.get(k).is_some_and(|c| c != code(cell)) {
                    same = false;
                }
                k += 1;
            }
        }
        if !same {
            key.clear();
        }
        let (mut time, mut val, mut flag, mut action) = (None, None, None, None);
        let mut attrs = Vec::new();
        for (role, cell) in roles.iter().zip(row.iter()) {
            match role {
                Role::Dimension(_) if !same => key.push(code(cell).to_string()),
                Role::Dimension(_) => {}
                Role::Time => time = Some(cell),
                Role::Value => val = Some(cell),
                Role::Action => action = Some(cell.trim()),
                Role::Attribute(a) => {
                    if (a == "OBS_STATUS" || a.eq_ignore_ascii_case("OBS_FLAG"))
                        && !cell.trim().is_empty()
                    {
                        flag = Some(crate::dataset::intern_flag(&mut flags, code(cell)));
                    }
                    if !cell.trim().is_empty() {
                        attrs.push((a.as_str(), cell));
                    }
                }
                Role::Structure | Role::Name => {}
            }
        }
        if action.is_some_and(|a| a.eq_ignore_ascii_case("D")) {
            deleted += 1;
            continue;
        }
        let period = period_of(time.unwrap_or(""), &attrs, &mut periods, line)?;
        let raw = val.unwrap_or("");
        let x = value(raw)
            .map_err(|()| malformed(line, Some("OBS_VALUE"), format!("`{raw}` is not a number")))?;
        attributes_and_unit(&mut b, &key, &attrs, b_dims_unit(roles, &row), line)?;
        b.observe(&key, period, x, flag, line);
    }
    Ok((b, deleted))
}

/// A row's period, its text parsed once (a reporting year's start, when
/// the row gives one, makes it a text of its own).
fn period_of(
    time: &str,
    attrs: &[(&str, &str)],
    periods: &mut rustc_hash::FxHashMap<String, Period>,
    line: usize,
) -> Result<Period> {
    let start = attrs
        .iter()
        .find(|(a, _)| *a == "REPORTING_YEAR_START_DAY")
        .map(|(_, v)| YearStart::parse(v))
        .transpose()
        .map_err(|e| malformed(line, Some("REPORTING_YEAR_START_DAY"), e))?;
    if let Some(p) = periods.get(time).filter(|_| start.is_none()) {
        return Ok(*p);
    }
    let options = start.map_or_else(ParseOptions::new, |s| {
        ParseOptions::new().reporting_year_start(s)
    });
    let p = Period::parse_with(time, &options)
        .map_err(|e| malformed(line, Some("TIME_PERIOD"), e.message()))?;
    if start.is_none() && periods.len() < 100_000 {
        periods.insert(time.to_string(), p);
    }
    Ok(p)
}

/// A row's attributes onto its series, and its unit (`UNIT_MEASURE`, or a
/// `unit` dimension, with `UNIT_MULT`) as the series' indicator.
fn attributes_and_unit(
    b: &mut Builder,
    key: &[String],
    attrs: &[(&str, &str)],
    unit_dim: Option<String>,
    line: usize,
) -> Result<()> {
    let mut unit_code = None;
    let mut mult = None;
    for (a, v) in attrs {
        match *a {
            "OBS_STATUS" | "OBS_FLAG" | "OBS_CONF" | "CONF_STATUS" => {}
            "UNIT_MULT" | "UNIT_MULTIPLIER" => {
                mult = Some(code(v).trim().parse::<i32>().map_err(|_| {
                    malformed(
                        line,
                        Some("UNIT_MULT"),
                        format!("`{v}` is not a power of ten"),
                    )
                })?);
            }
            // The unit travels in the indicator, not as attributes.
            "UNIT_MEASURE" => unit_code = Some(code(v).to_string()),
            _ => b.attribute(key, a, v),
        }
    }
    if let Some(u) = unit_code.or(unit_dim) {
        let unit = units::unit_from_sdmx(&u, mult)
            .map_err(|e| malformed(line, Some("UNIT_MEASURE"), e.message()))?;
        let name = key.join(".");
        let measure = units::measure_of(&unit);
        b.indicator(key, Indicator::new(&name, &name, unit, measure));
    }
    Ok(())
}

/// The roles of an SDMX-CSV export without its structure column (UNICEF's
/// and .Stat's "Fusion" CSV): where codes and labels alternate, a column
/// followed by its label column (a header with a space, or capitalised
/// words: `Geographic area`, `Sex`) is a dimension and the label column an
/// attribute; every other column, and every column after `TIME_PERIOD`, is an
/// attribute. Without label columns the ids before `TIME_PERIOD` are the
/// dimensions. `None` without `TIME_PERIOD` and `OBS_VALUE`.
fn fusion_roles(header: &[&str]) -> Option<Vec<Role>> {
    let h: Vec<&str> = header.iter().map(|c| c.trim()).collect();
    let time = h.iter().position(|c| *c == "TIME_PERIOD")?;
    h.iter().position(|c| *c == "OBS_VALUE")?;
    let is_label = |c: &str| {
        c.contains(' ')
            || (c.starts_with(|x: char| x.is_ascii_uppercase())
                && c.chars().any(|x| x.is_lowercase()))
    };
    let paired = |i: usize| h.get(i + 1).is_some_and(|n| is_label(n));
    let labelled = (0..time).any(|i| is_id(h.get(i).copied().unwrap_or("")) && paired(i));
    let mut roles = Vec::with_capacity(h.len());
    for (i, c) in h.iter().enumerate() {
        let role = match *c {
            "TIME_PERIOD" => Role::Time,
            "OBS_VALUE" => Role::Value,
            _ if i > time || ATTRIBUTES.contains(c) || !is_id(c) || is_label(c) => {
                Role::Attribute(c.to_string())
            }
            _ if !labelled || paired(i) => Role::Dimension(c.to_string()),
            _ => Role::Attribute(c.to_string()),
        };
        roles.push(role);
    }
    Some(roles)
}

/// The code of a `CODE: Label` cell, or the cell.
fn code(cell: &str) -> &str {
    // A byte search for ':' first: most cells are codes without a label.
    let cut = cell
        .bytes()
        .position(|b| b == b':')
        .filter(|&i| cell.as_bytes().get(i + 1) == Some(&b' '));
    cell.get(..cut.unwrap_or(cell.len())).unwrap_or(cell).trim()
}

/// The code of a `unit` dimension in the row, if the file has one.
fn b_dims_unit(roles: &[Role], row: &csv::StringRecord) -> Option<String> {
    roles.iter().zip(row.iter()).find_map(|(r, cell)| match r {
        Role::Dimension(d) if d.eq_ignore_ascii_case("unit") || d == "UNIT_MEASURE" => {
            Some(code(cell).to_string())
        }
        _ => None,
    })
}

/// Whether a header is an SDMX component id (letters, digits, `_`, `-`, `.`).
fn is_id(h: &str) -> bool {
    !h.is_empty()
        && h.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn roles(header: &[&str]) -> Result<Vec<Role>> {
    let first = header.first().map(|h| h.trim()).unwrap_or("");
    let v1 = first.eq_ignore_ascii_case("DATAFLOW");
    let v2 = first.eq_ignore_ascii_case("STRUCTURE");
    if !v1 && !v2 {
        return fusion_roles(header).ok_or_else(|| {
            malformed(
                1,
                None,
                format!(
                    "`{}` is not an SDMX-CSV header: the first column is DATAFLOW (1.0) or \
                     STRUCTURE (2.0), or the columns hold TIME_PERIOD and OBS_VALUE",
                    super::clip(first, 60)
                ),
            )
        });
    }
    let named = v2 && header.iter().any(|h| h.trim() == "STRUCTURE_NAME");
    let mut roles = Vec::with_capacity(header.len());
    let mut seen_time = false;
    let mut i = 0;
    while let Some(h) = header.get(i) {
        let h = h.trim();
        let role = match h {
            "DATAFLOW" | "STRUCTURE" | "STRUCTURE_ID" | "STRUCTURE_NAME" => Role::Structure,
            "ACTION" => Role::Action,
            "TIME_PERIOD" => {
                seen_time = true;
                Role::Time
            }
            "OBS_VALUE" => Role::Value,
            a if ATTRIBUTES.contains(&a) || seen_time || !is_id(a) => {
                Role::Attribute(a.to_string())
            }
            d => Role::Dimension(d.to_string()),
        };
        let component = !matches!(role, Role::Structure | Role::Action);
        roles.push(role);
        i += 1;
        if named && component {
            // labels=name: the component's name follows in its own column.
            if header.get(i).is_some() {
                roles.push(Role::Name);
                i += 1;
            }
        }
    }
    for (needed, what) in [(Role::Time, "TIME_PERIOD"), (Role::Value, "OBS_VALUE")] {
        if !roles.contains(&needed) {
            return Err(malformed(
                1,
                None,
                format!("the header has no {what} column"),
            ));
        }
    }
    Ok(roles)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file of `n` rows over 50 series, a quoted title with a line break
    /// in every 1,000th row, and a text value at row `bad` (if any).
    fn big(n: usize, bad: Option<usize>) -> String {
        let mut t = String::from("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS,TITLE\n");
        for i in 0..n {
            let (geo, month) = (i % 50, i / 50);
            let value = if Some(i) == bad {
                "x".to_string()
            } else {
                format!("{}.5", i % 997)
            };
            let title = if i % 1000 == 0 { "\"a\nb\"" } else { "t" };
            t.push_str(&format!(
                "X,G{geo},{}-{:02},{value},{},{title}\n",
                1000 + month / 12,
                month % 12 + 1,
                if i % 7 == 0 { "P" } else { "A" }
            ));
        }
        t
    }

    #[test]
    fn an_error_late_in_a_large_file_names_its_line() {
        // Row 300,000 is line 300,002 of the file, plus a line for each quoted
        // title broken in two before it (every 1,000th row from row 0).
        let text = big(400_000, Some(300_000));
        let e = read_sdmx_csv(text.as_bytes()).unwrap_err();
        assert!(e.to_string().contains("line 300302"), "{e}");
    }
}
