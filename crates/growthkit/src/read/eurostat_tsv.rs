//! Eurostat's TSV: the old bulk download (`unit,geo\time`) and the
//! dissemination API's `format=TSV` (`freq,unit,geo\TIME_PERIOD`). One row
//! per series, keyed by the comma-separated codes of its first cell; one
//! column per period; cells `value flag`, `:` for a missing value.

use super::{check_width, malformed, text_of, units, value};
use crate::dataset::{Builder, Dataset, Flag};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::unit::Unit;
use std::collections::HashMap;
use std::io::Read;

/// Currency codes a Eurostat unit code may end in (`CP_MEUR`, `MIO_NAC`).
const CURRENCIES: [&str; 8] = ["EUR", "NAC", "PPS", "USD", "GBP", "JPY", "CHF", "ECU"];

/// Price bases before a Eurostat unit code (`CP_MEUR`, `CLV10_MEUR`).
const PRICE_BASES: [&str; 3] = ["CP_", "PYP_", "CLV"];

/// What a column after the first holds.
enum Column {
    Period(Period),
    /// Week 99, Eurostat's "unknown week" of a year: no period.
    UnknownWeek(String),
}

/// Reads Eurostat's TSV into a dataset: the dimensions are the names
/// before the backslash of the first header cell, as written (`freq`,
/// `unit`, `geo`); each row's first cell is its key. A cell is a value and
/// an optional flag kept whole (`12.3 p`, `363.96 de`); `:` is missing,
/// with its flag if it has one (`: c`). Periods may run newest first.
/// Week 99 (`2020W99`, the unknown week) is no period: its cells are not
/// read, and the notes say how many held a value. A `unit` dimension gives
/// each series its unit when the code reads as one (`PC`, `I10`, `NR`,
/// `THS_PER`, `CP_MEUR`); codes that do not are named in the notes.
///
/// # Errors
///
/// `malformed_data` naming the line and column: a header without the
/// backslash, a period or value that does not read, a key with another
/// number of codes than there are dimensions, a row of another length.
///
/// ```
/// use growthkit::read::read_eurostat_tsv;
/// let text = "freq,unit,geo\\TIME_PERIOD\t2021 \t2020 \n\
///             A,PC,DE\t25.3 \t25.6 b\n\
///             A,PC,FR\t: c\t19.0 \n";
/// let ds = read_eurostat_tsv(text.as_bytes())?;
/// let de = ds.get(&[("geo", "DE")])?;
/// assert_eq!(de.series().values(), &[25.6, 25.3]); // sorted oldest first
/// assert_eq!(de.flags()[0].as_ref().map(|f| f.code()), Some("b"));
/// assert_eq!(de.series().indicator().map(|i| i.unit().base()), Some("percent"));
/// let bad = read_eurostat_tsv("unit,geo\\time\t2020 \nPC,DE\t1,5 \n".as_bytes()).unwrap_err();
/// assert!(bad.to_string().contains("line 2, column `2020`"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_eurostat_tsv(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    // `lines` also drops the `\r` of CRLF files.
    let mut lines = text.lines();
    let head = lines.next().unwrap_or("");
    let mut cells = head.split('\t');
    let dims = dimensions(cells.next().unwrap_or(""))?;
    let (names, columns) = columns(cells)?;
    let unit_at = dims.iter().position(|d| d.eq_ignore_ascii_case("unit"));
    let mut b = Builder::new(dims.clone());
    let mut flags: Vec<Flag> = Vec::new();
    let mut unit_of: HashMap<String, Option<Unit>> = HashMap::new();
    let mut unknown_weeks = 0usize;
    for (i, row) in lines.enumerate() {
        let line = i + 2;
        if row.trim().is_empty() {
            continue;
        }
        let mut cells = row.split('\t');
        let key = key_of(cells.next().unwrap_or(""), dims.len(), line, &dims)?;
        let mut width = 1;
        for ((column, name), cell) in columns.iter().zip(&names).zip(cells.by_ref()) {
            width += 1;
            let (x, flag) = cell_of(cell).map_err(|()| {
                malformed(
                    line,
                    Some(name),
                    format!("`{cell}` is not a value such as `12.3`, `12.3 p` or `: c`"),
                )
            })?;
            match column {
                Column::Period(p) => {
                    let flag = flag.map(|f| crate::dataset::intern_flag(&mut flags, f));
                    b.observe(&key, *p, x, flag, line);
                }
                Column::UnknownWeek(_) if !x.is_nan() => unknown_weeks += 1,
                Column::UnknownWeek(_) => {}
            }
        }
        check_width(line, width + cells.count(), columns.len() + 1)?;
        if let Some(code) = unit_at.and_then(|k| key.get(k)) {
            let unit = unit_of
                .entry(code.clone())
                .or_insert_with(|| eurostat_unit(code));
            if let Some(u) = unit {
                let name = key.join(".");
                let indicator = Indicator::new(&name, &name, u.clone(), units::measure_of(u));
                b.indicator(&key, indicator);
            }
        }
    }
    notes(&mut b, &columns, unknown_weeks, &unit_of);
    b.finish()
}

/// The dimensions of the first header cell, `freq,unit,geo\TIME_PERIOD`.
fn dimensions(first: &str) -> Result<Vec<String>> {
    let Some((dims, _time)) = first.split_once('\\') else {
        return Err(malformed(
            1,
            None,
            format!(
                "`{first}` is not the first cell of a Eurostat TSV header: expected \
                 dimensions, a backslash and the time dimension, as `unit,geo\\time`"
            ),
        ));
    };
    Ok(dims.split(',').map(|d| d.trim().to_string()).collect())
}

/// The period of each column after the first, and its header as written (trimmed).
fn columns<'a>(cells: impl Iterator<Item = &'a str>) -> Result<(Vec<String>, Vec<Column>)> {
    let mut names = Vec::new();
    let mut columns = Vec::new();
    for cell in cells {
        let t = cell.trim();
        let column = if is_unknown_week(t) {
            Column::UnknownWeek(t.to_string())
        } else {
            Column::Period(Period::parse(t).map_err(|e| malformed(1, Some(t), e.message()))?)
        };
        names.push(t.to_string());
        columns.push(column);
    }
    Ok((names, columns))
}

/// Whether a period header is week 99 of a year (`2020W99`, `2020-W99`).
fn is_unknown_week(t: &str) -> bool {
    t.len() >= 7
        && t.ends_with("W99")
        && t.get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
}

/// The codes of a row's first cell, one per dimension.
fn key_of(cell: &str, n: usize, line: usize, dims: &[String]) -> Result<Vec<String>> {
    let key: Vec<String> = cell.split(',').map(|c| c.trim().to_string()).collect();
    if key.len() != n {
        return Err(malformed(
            line,
            None,
            format!(
                "the key `{cell}` has {} codes, but the header names {n} dimensions ({})",
                key.len(),
                dims.join(",")
            ),
        ));
    }
    Ok(key)
}

/// A cell's value and flag: `12.3 p`, `1914 ` (no flag), `: c`, `:`.
/// A flag written without the space (`12.3p`) is read too.
fn cell_of(cell: &str) -> std::result::Result<(f64, Option<&str>), ()> {
    let t = cell.trim();
    let (v, flag) = match t.split_once(char::is_whitespace) {
        Some((v, f)) => (v, f.trim()),
        None => {
            let cut = t
                .find(|c: char| c.is_ascii_alphabetic())
                .filter(|&i| i > 0)
                .unwrap_or(t.len());
            (t.get(..cut).unwrap_or(t), t.get(cut..).unwrap_or(""))
        }
    };
    let x = if v == ":" { f64::NAN } else { value(v)? };
    Ok((x, Some(flag).filter(|f| !f.is_empty())))
}

/// The unit of a Eurostat unit code, or `None` when it names no unit this
/// crate has: `NR` a number, `CP_MEUR` million EUR (at current prices),
/// and what [`units::unit_from_sdmx`] reads as percent, an index, persons
/// or a currency (`PC`, `PC_GDP`, `I10`, `THS_PER`, `MIO_EUR`).
fn eurostat_unit(code: &str) -> Option<Unit> {
    let mut rest = code.trim();
    for p in PRICE_BASES {
        if let Some(r) = rest.strip_prefix(p) {
            // `CLV10_`, `CLV_PCH_`: the digits of a reference year go too.
            rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
            rest = rest.strip_prefix('_').unwrap_or(rest);
        }
    }
    if rest == "NR" {
        return Unit::new("number", 0).ok();
    }
    if let Some(c) = rest.strip_prefix('M').filter(|c| CURRENCIES.contains(c)) {
        return units::unit_from_sdmx(&format!("MIO_{c}"), None).ok();
    }
    let unit = units::unit_from_sdmx(rest, None).ok()?;
    let known = matches!(
        unit.base(),
        "percent" | "index" | "persons" | "national currency"
    ) || CURRENCIES.contains(&unit.base());
    known.then_some(unit)
}

/// The notes on week 99 and on unit codes that are no units.
fn notes(
    b: &mut Builder,
    columns: &[Column],
    unknown_weeks: usize,
    unit_of: &HashMap<String, Option<Unit>>,
) {
    let weeks: Vec<&str> = columns
        .iter()
        .filter_map(|c| match c {
            Column::UnknownWeek(w) => Some(w.as_str()),
            Column::Period(_) => None,
        })
        .collect();
    if !weeks.is_empty() {
        b.note(format!(
            "{} columns are week 99, Eurostat's unknown week ({} to {}), which is no period: \
             they were not read, and {unknown_weeks} of their cells held a value",
            weeks.len(),
            weeks.first().unwrap_or(&""),
            weeks.last().unwrap_or(&"")
        ));
    }
    let mut unread: Vec<&str> = unit_of
        .iter()
        .filter(|(_, u)| u.is_none())
        .map(|(c, _)| c.as_str())
        .collect();
    if !unread.is_empty() {
        unread.sort_unstable();
        b.note(format!(
            "unit codes {} do not read as units: those series have no unit (the code stays in the key)",
            unread.join(", ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_newest_first_with_week_99() {
        let text = "sex,unit,geo\\time\t2021W99 \t2021W02 \t2021W01 \t2020W99 \t2020W53 \r\n\
                    T,NR,SE\t12 p\t: \t2500 p\t: \t2400 \r\n\
                    T,NR,ES\t: \t9000 \t8000 \t3 \t7000 \r\n";
        let ds = read_eurostat_tsv(text.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["sex", "unit", "geo"]);
        let se = ds.get(&[("geo", "SE")]).unwrap();
        let periods: Vec<String> = se
            .series()
            .periods()
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(periods, ["2020-W53", "2021-W01", "2021-W02"]);
        assert!(se.series().values()[2].is_nan());
        assert_eq!(se.flags()[1].as_ref().map(|f| f.code()), Some("p"));
        assert_eq!(se.series().indicator().unwrap().unit().base(), "number");
        let note = ds.notes().iter().find(|n| n.contains("week 99")).unwrap();
        assert!(
            note.contains("2 columns") && note.contains("2 of their cells"),
            "{note}"
        );
    }

    #[test]
    fn flags_whole_and_on_missing_cells() {
        let text = "freq,unit,geo\\TIME_PERIOD\t2020 \t2021 \nA,HAB_P,CY\t296.01 bd\t: be\n";
        let ds = read_eurostat_tsv(text.as_bytes()).unwrap();
        let e = &ds.entries()[0];
        let flags: Vec<_> = e
            .flags()
            .iter()
            .map(|f| f.as_ref().map(|f| f.code()))
            .collect();
        assert_eq!(flags, [Some("bd"), Some("be")]);
        assert!(e.series().values()[1].is_nan());
        assert!(e.series().indicator().is_none());
        assert!(ds.notes().iter().any(|n| n.contains("HAB_P")));
    }

    #[test]
    fn monthly_quarterly_and_units() {
        let text =
            "unit,geo\\time\t2020M02 \t2020M01 \nI10,US\t115.64 \t119.33 \nCP_MEUR,DE\t1 \t2 \n";
        let ds = read_eurostat_tsv(text.as_bytes()).unwrap();
        let us = ds.get(&[("geo", "US")]).unwrap();
        assert_eq!(us.series().values(), &[119.33, 115.64]);
        assert_eq!(us.series().indicator().unwrap().unit().base(), "index");
        let de = ds.get(&[("geo", "DE")]).unwrap();
        assert_eq!(
            de.series().indicator().unwrap().unit().to_string(),
            "million EUR"
        );
        let q = "geo\\TIME_PERIOD\t2020-Q1 \t2020Q2\nDE\t1.5e\t2\n";
        let ds = read_eurostat_tsv(q.as_bytes()).unwrap();
        assert_eq!(
            ds.entries()[0].flags()[0].as_ref().map(|f| f.code()),
            Some("e")
        );
        assert_eq!(
            eurostat_unit("THS_PER").unwrap().to_string(),
            "thousand persons"
        );
        assert_eq!(eurostat_unit("PC").unwrap().base(), "percent");
    }

    #[test]
    fn errors_name_line_and_column() {
        let no_slash = read_eurostat_tsv("unit,geo\t2020\n".as_bytes()).unwrap_err();
        assert!(no_slash.to_string().contains("line 1"));
        let key = read_eurostat_tsv("unit,geo\\time\t2020 \nPC\t1 \n".as_bytes()).unwrap_err();
        assert!(key.to_string().contains("line 2") && key.to_string().contains("1 codes"));
        let short = read_eurostat_tsv("geo\\time\t2020 \t2021 \nDE\t1 \n".as_bytes()).unwrap_err();
        assert!(short.to_string().contains("1 fields") || short.to_string().contains("2 fields"));
        let period = read_eurostat_tsv("geo\\time\tsoon \nDE\t1 \n".as_bytes()).unwrap_err();
        assert!(period.to_string().contains("column `soon`"));
        let value = read_eurostat_tsv("geo\\time\t2020 \nDE\tx1 \n".as_bytes()).unwrap_err();
        assert_eq!(value.code(), "malformed_data");
    }

    /// The real files of ../shared, when they are there (facts from SOURCES-extra.md).
    #[test]
    fn real_files() {
        let dir = std::path::Path::new("../../../shared/fixtures/round3");
        let Ok(f) = std::fs::File::open(dir.join("eurostat_demo_r_mwk_ts_weekly_legacy.tsv"))
        else {
            return;
        };
        let ds = read_eurostat_tsv(f).unwrap();
        assert_eq!(ds.len(), 109);
        let at = |ds: &Dataset, key: &[(&str, &str)], p: &str| {
            let e = ds.get(key).unwrap();
            let p = Period::parse(p).unwrap();
            let i = e.series().periods().iter().position(|q| *q == p).unwrap();
            (
                e.series().values()[i],
                e.flags()[i].as_ref().map(|f| f.code().to_string()),
            )
        };
        let se = [("sex", "T"), ("unit", "NR"), ("geo", "SE")];
        assert_eq!(at(&ds, &se, "2020W15"), (2569.0, Some("p".into())));
        assert!(at(&ds, &se, "2020W50").0.is_nan());
        let es = [("sex", "T"), ("unit", "NR"), ("geo", "ES")];
        assert_eq!(at(&ds, &es, "2015W53"), (8427.0, None));
        assert_eq!(at(&ds, &es, "2000W01"), (9414.0, None));
        assert!(
            ds.notes().iter().any(|n| n.contains("week 99")),
            "{:?}",
            ds.notes()
        );
        let open = |n: &str| std::fs::File::open(dir.join(n)).unwrap();
        let ds = read_eurostat_tsv(open("eurostat_ert_eff_ic_m_monthly_legacy.tsv.gz")).unwrap();
        assert_eq!(ds.len(), 436);
        let us = [("exch_rt", "NEER_EA19"), ("unit", "I10"), ("geo", "US")];
        assert_eq!(at(&ds, &us, "2020M07").0, 115.64);
        assert_eq!(at(&ds, &us, "1994M01").0, 117.81);
        let ds = read_eurostat_tsv(open("eurostat_ilc_peps13_api_tsv.tsv.gz")).unwrap();
        assert_eq!(ds.len(), 252);
        let de = [("unit", "PC"), ("deg_urb", "DEG1"), ("geo", "DE")];
        assert_eq!(at(&ds, &de, "2020"), (25.6, Some("b".into())));
        let is = [("unit", "PC"), ("deg_urb", "DEG2"), ("geo", "IS")];
        let (x, f) = at(&ds, &is, "2004");
        assert!(x.is_nan() && f.as_deref() == Some("z"));
        let ds = read_eurostat_tsv(open("eurostat_hlth_rs_physreg_api_tsv.tsv.gz")).unwrap();
        assert_eq!(ds.len(), 851);
        let es = [("unit", "HAB_P"), ("geo", "ES")];
        assert_eq!(at(&ds, &es, "1996"), (363.96, Some("de".into())));
        assert_eq!(at(&ds, &[("unit", "NR"), ("geo", "AT")], "2022").0, 49242.0);
    }
}
