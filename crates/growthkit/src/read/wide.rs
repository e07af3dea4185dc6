//! Wide tables, one row per series and one column per period: the BIS bulk
//! download (`csv_col`, the current layout with a `Series` column and the
//! older one with `Time Period`) and the IMF data portal's CSV.

use super::{check_width, csv_reader, malformed, record_error, sniff_delimiter, text_of, value};
use crate::dataset::{Builder, Dataset};
use crate::error::Result;
use crate::period::Period;
use std::io::Read;

/// What a column before the periods holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    /// A code of the key.
    Key,
    /// An attribute: a label, or a column holding the whole key.
    Label,
    /// Nothing, in every row.
    Empty,
}

/// Reads a wide CSV into a dataset. A header that reads as a period
/// ([`Period::parse`], trimmed) starts the observation columns; every
/// column after it must be a period too (or have no header and be empty).
/// Of the columns before it, those whose header is an SDMX id (letters,
/// digits, `_`) and whose cells are all codes (upper-case letters, digits
/// and `_ - . : @ +`) form the key, in the file's order: BIS's `FREQ`,
/// `BORROWERS_CTY`, …, the IMF portal's `SERIES_CODE` and `OBS_MEASURE`.
/// The other columns are series attributes under their header as written
/// (`Frequency`, `Borrowers' country`, `COUNTRY`), and so is a code column
/// that holds the whole key of its row (BIS's `Series`, `Q:US:P:A:C`, the
/// other codes joined by `:` or `.`; the older layout's `Time Period`
/// holds it under a header that is no id). Columns empty in every row are
/// not read. Empty cells are missing values; the notes say how many, and
/// which columns form the key.
///
/// # Errors
///
/// `malformed_data` naming the line and column: no period header, a
/// header after the first period that is no period, no code column, a
/// value that does not read, a row of another length.
///
/// ```
/// use growthkit::read::read_wide_csv;
/// let text = "FREQ,Frequency,REF_AREA,Reference area,Series,2020-Q1,2020-Q2\n\
///             Q,Quarterly,US,United States,Q:US,1.5,\n\
///             Q,Quarterly,XM,Euro area,Q:XM,,-0.5\n";
/// let ds = read_wide_csv(text.as_bytes())?;
/// assert_eq!(ds.dimensions(), &["FREQ", "REF_AREA"]);
/// let us = ds.get(&[("REF_AREA", "US")])?;
/// assert_eq!(us.attributes()["Series"], "Q:US"); // the whole key, as an attribute
/// assert_eq!(us.attributes()["Reference area"], "United States");
/// assert!(us.series().values()[1].is_nan());
/// let bad = read_wide_csv("FREQ,2020\nA,1..5\n".as_bytes()).unwrap_err();
/// assert!(bad.to_string().contains("line 2, column `2020`"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_wide_csv(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let mut records = csv_reader(&text, sniff_delimiter(&text)).into_records();
    let header = match records.next() {
        Some(r) => r.map_err(record_error)?,
        None => return Err(malformed(1, None, "the file is empty: expected a header")),
    };
    let mut rows = Vec::new();
    for r in records {
        let r = r.map_err(record_error)?;
        if r.iter().any(|c| !c.trim().is_empty()) {
            rows.push(r);
        }
    }
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let (first, periods) = periods(&names)?;
    let roles = roles(&names, first, &rows)?;
    let key_at: Vec<usize> = (0..first)
        .filter(|&i| roles.get(i) == Some(&Role::Key))
        .collect();
    let dims = key_at
        .iter()
        .map(|&i| names.get(i).copied().unwrap_or("").to_string());
    let mut b = Builder::new(dims.collect());
    let (mut missing, mut cells) = (0usize, 0usize);
    for row in &rows {
        let line = row.position().map_or(0, |p| p.line() as usize);
        check_width(line, row.len(), names.len())?;
        let cell = |i: usize| row.get(i).unwrap_or("").trim();
        let key: Vec<String> = key_at.iter().map(|&i| cell(i).to_string()).collect();
        for (i, role) in roles.iter().enumerate() {
            if *role == Role::Label && !cell(i).is_empty() {
                b.attribute(&key, names.get(i).copied().unwrap_or(""), cell(i));
            }
        }
        for (i, period) in periods.iter().enumerate() {
            let (at, raw) = (first + i, cell(first + i));
            let name = names.get(at).copied().unwrap_or("");
            let x = value(raw)
                .map_err(|()| malformed(line, Some(name), format!("`{raw}` is not a number")))?;
            match period {
                Some(p) => {
                    cells += 1;
                    missing += usize::from(raw.is_empty());
                    b.observe(&key, *p, x, None, line);
                }
                None if raw.is_empty() => {}
                None => {
                    return Err(malformed(
                        line,
                        None,
                        format!("column {} has no header but holds `{raw}`", at + 1),
                    ));
                }
            }
        }
    }
    notes(&mut b, &names, &roles, (missing, cells));
    b.finish()
}

/// The first period column and the period of each column from it on
/// (`None` for a column without a header).
fn periods(names: &[&str]) -> Result<(usize, Vec<Option<Period>>)> {
    let Some(first) = names.iter().position(|h| Period::parse(h).is_ok()) else {
        return Err(malformed(
            1,
            None,
            "no column header is a period such as 2020, 2020-Q1 or 2020-01: \
             a wide table has one column per period",
        ));
    };
    let periods = names
        .iter()
        .skip(first)
        .map(|h| match Period::parse(h) {
            Ok(p) => Ok(Some(p)),
            Err(_) if h.is_empty() => Ok(None),
            Err(e) => Err(malformed(
                1,
                Some(h),
                format!(
                    "after the first period column, every column is a period: {}",
                    e.message()
                ),
            )),
        })
        .collect::<Result<_>>()?;
    Ok((first, periods))
}

/// The role of each column before `first` (see [`read_wide_csv`]).
fn roles(names: &[&str], first: usize, rows: &[csv::StringRecord]) -> Result<Vec<Role>> {
    let column = |i: usize| rows.iter().map(move |r| r.get(i).unwrap_or("").trim());
    let mut roles: Vec<Role> = (0..first)
        .map(|i| {
            let h = names.get(i).copied().unwrap_or("");
            if column(i).all(str::is_empty) {
                Role::Empty
            } else if is_id(h) && column(i).filter(|c| !c.is_empty()).all(is_code) {
                Role::Key
            } else {
                Role::Label
            }
        })
        .collect();
    let keys: Vec<usize> = (0..first)
        .filter(|&i| roles.get(i) == Some(&Role::Key))
        .collect();
    for &j in &keys {
        let others: Vec<usize> = keys.iter().copied().filter(|&k| k != j).collect();
        let whole = !others.is_empty()
            && rows.iter().all(|r| {
                let parts: Vec<&str> = others
                    .iter()
                    .map(|&k| r.get(k).unwrap_or("").trim())
                    .collect();
                let c = r.get(j).unwrap_or("").trim();
                c == parts.join(":") || c == parts.join(".")
            });
        if whole && let Some(r) = roles.get_mut(j) {
            *r = Role::Label;
        }
    }
    if !roles.contains(&Role::Key) {
        return Err(malformed(
            1,
            None,
            format!(
                "none of the columns before the periods ({}) is a key: a key column has an \
                 SDMX id as its header (letters, digits, _) and codes in its cells",
                names.get(..first).unwrap_or(&[]).join(", ")
            ),
        ));
    }
    Ok(roles)
}

/// Whether a header is an SDMX id: a letter, then letters, digits or `_`.
fn is_id(h: &str) -> bool {
    h.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a cell is a code: upper-case letters, digits and `_ - . : @ +`.
fn is_code(c: &str) -> bool {
    !c.is_empty()
        && c.chars()
            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || "_-.:@+".contains(ch))
}

/// The notes on the key, the columns not read and the missing values.
fn notes(b: &mut Builder, names: &[&str], roles: &[Role], (missing, cells): (usize, usize)) {
    let with = |role: Role| -> Vec<String> {
        roles
            .iter()
            .zip(names)
            .filter(|(r, _)| **r == role)
            .map(|(_, h)| format!("`{h}`"))
            .collect()
    };
    b.note(format!(
        "the key is {}; the other columns before the periods are attributes",
        with(Role::Key).join(", ")
    ));
    let empty = with(Role::Empty);
    if !empty.is_empty() {
        b.note(format!(
            "columns {} are empty in every row and were not read",
            empty.join(", ")
        ));
    }
    b.note(format!(
        "{missing} of {cells} value cells are empty: missing values"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bis_current_layout() {
        let text = "FREQ,Frequency,BORROWERS_CTY,Borrowers' country,CG_DTYPE,Credit gap data type,\
                    TIME_FORMAT,Time Format,TITLE_TS,Series,2008-Q3,2008-Q4\n\
                    Q,Quarterly,US,United States,C,Gap,,,,Q:US:C,9.1223,\n\
                    Q,Quarterly,TR,Türkiye,A,Ratio,,,,Q:TR:A,,1.5\n";
        let ds = read_wide_csv(text.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["FREQ", "BORROWERS_CTY", "CG_DTYPE"]);
        let us = ds.get(&[("BORROWERS_CTY", "US")]).unwrap();
        assert_eq!(us.key().join(":"), "Q:US:C");
        assert_eq!(us.series().values()[0], 9.1223);
        assert_eq!(us.attributes()["Borrowers' country"], "United States");
        assert_eq!(us.attributes()["Series"], "Q:US:C");
        let notes = ds.notes().join("\n");
        assert!(
            notes.contains("`TIME_FORMAT`, `Time Format`, `TITLE_TS`"),
            "{notes}"
        );
        assert!(notes.contains("2 of 4 value cells"), "{notes}");
    }

    #[test]
    fn bis_older_layout_and_imf_portal() {
        let text = "\"FREQ\",\"Frequency\",\"REF_AREA\",\"Reference area\",\"Time Period\",\"2021-02\",\"2021-03\"\n\
                    \"M\",\"Monthly\",\"JP\",\"Japan\",\"M:JP\",\"-0.1\",\"-0.1\"\n";
        let ds = read_wide_csv(text.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["FREQ", "REF_AREA"]);
        assert_eq!(ds.entries()[0].attributes()["Time Period"], "M:JP");
        let imf = "\u{feff}\"DATASET\",\"SERIES_CODE\",\"OBS_MEASURE\",\"COUNTRY\",\"FREQUENCY\",\"SCALE\",\"2019\",\"2020\"\n\
                   \"X.Y:Z(1.0.0)\",\"KOR.RT.A\",\"OBS_VALUE\",\"Korea, Republic of\",\"Annual\",\"Units\",\"1.5\",\"\"\n\
                   \"X.Y:Z(1.0.0)\",\"USA.RT.A\",\"OBS_VALUE\",\"United States\",\"Annual\",\"Units\",\"\",\"0.89\"\n";
        let ds = read_wide_csv(imf.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["SERIES_CODE", "OBS_MEASURE"]);
        let us = ds.get(&[("SERIES_CODE", "USA.RT.A")]).unwrap();
        assert_eq!(us.series().values()[1], 0.89);
        assert_eq!(us.attributes()["DATASET"], "X.Y:Z(1.0.0)");
        assert_eq!(us.attributes()["FREQUENCY"], "Annual");
    }

    #[test]
    fn errors() {
        let none = read_wide_csv("A,B\n1,2\n".as_bytes()).unwrap_err();
        assert!(none.to_string().contains("no column header is a period"));
        let after = read_wide_csv("K,2020,note\nA,1,x\n".as_bytes()).unwrap_err();
        assert!(after.to_string().contains("column `note`"));
        let nokey = read_wide_csv("Name,2020\nUtopia,1\n".as_bytes()).unwrap_err();
        assert!(nokey.to_string().contains("is a key"));
        let width = read_wide_csv("K,2020\nA,1,2\n".as_bytes()).unwrap_err();
        assert!(width.to_string().contains("line 2"));
        let unnamed = read_wide_csv("K,2020,\nA,1,2\n".as_bytes()).unwrap_err();
        assert!(unnamed.to_string().contains("no header"));
        assert!(read_wide_csv("".as_bytes()).is_err());
    }

    /// The real files of ../shared, when they are there (facts from SOURCES-extra.md).
    #[test]
    fn real_files() {
        let dir = std::path::Path::new("../../../shared/fixtures/round3");
        let Ok(f) = std::fs::File::open(dir.join("bis_credit_gap_bulk_csv_col.csv")) else {
            return;
        };
        let at = |ds: &Dataset, key: &[(&str, &str)], p: &str| {
            let e = ds.get(key).unwrap();
            let p = Period::parse(p).unwrap();
            let i = e.series().periods().iter().position(|q| *q == p).unwrap();
            e.series().values()[i]
        };
        let ds = read_wide_csv(f).unwrap();
        assert_eq!(ds.len(), 132);
        let us = [("BORROWERS_CTY", "US"), ("CG_DTYPE", "C")];
        assert_eq!(at(&ds, &us, "2008-Q3"), 9.1223);
        assert_eq!(at(&ds, &us, "2025-Q4"), -11.5378);
        assert_eq!(
            at(
                &ds,
                &[("BORROWERS_CTY", "XM"), ("CG_DTYPE", "A")],
                "2025-Q4"
            ),
            153.56415105623
        );
        assert!(
            ds.notes().iter().any(|n| n.contains("16828 of 41316")),
            "{:?}",
            ds.notes()
        );
        let open = |n: &str| std::fs::File::open(dir.join(n)).unwrap();
        let ds = read_wide_csv(open("bis_cbpol_m_bulk_csv_col_2021.csv")).unwrap();
        assert_eq!(ds.len(), 38);
        assert_eq!(at(&ds, &[("REF_AREA", "US")], "2020-03"), 0.125);
        assert_eq!(at(&ds, &[("REF_AREA", "US")], "1954-07"), 0.25);
        assert_eq!(at(&ds, &[("REF_AREA", "XM")], "2021-03"), 0.0);
        assert_eq!(at(&ds, &[("REF_AREA", "JP")], "2021-03"), -0.1);
        assert!(
            ds.notes().iter().any(|n| n.contains("17902 of 34314")),
            "{:?}",
            ds.notes()
        );
        let ds = read_wide_csv(open("imf_mfs_ir_portal_csv.csv")).unwrap();
        assert_eq!(ds.len(), 67);
        let us = [("SERIES_CODE", "USA.S13BOND_RT_PT_A_PT.A")];
        assert_eq!(at(&ds, &us, "2020"), 0.8941666666666668);
        assert_eq!(
            at(&ds, &[("SERIES_CODE", "POL.S13BOND_RT_PT_A_PT.A")], "2025"),
            5.4975
        );
        assert!(
            ds.notes().iter().any(|n| n.contains("3101 of 5092")),
            "{:?}",
            ds.notes()
        );
    }
}
