//! The UK Office for National Statistics' time-series CSV (one CDID):
//! metadata rows (`"Title","…"`, `"CDID","L522"`, `"PreUnit","£"`,
//! `"Unit","m"`, …), then blocks of annual (`"1988","48.2"`), quarterly
//! (`"1988 Q1","47.0"`) and monthly (`"1988 JAN","46.9"`) rows.

use super::{csv_reader, malformed, record_error, text_of, units, value};
use crate::dataset::{Builder, Dataset};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::unit::Unit;
use std::io::Read;

/// Metadata names whose attribute is not the name in snake case.
const RENAMED: [(&str, &str); 1] = [("source_dataset_id", "source_dataset")];

/// Currency signs of a `PreUnit`.
const CURRENCIES: [(&str, &str); 3] = [("£", "GBP"), ("$", "USD"), ("€", "EUR")];

/// Scales a `Unit` may give after a currency sign (`£` + `m`).
const SCALES: [(&str, i32); 8] = [
    ("", 0),
    ("k", 3),
    ("thousand", 3),
    ("thousands", 3),
    ("000s", 3),
    ("m", 6),
    ("million", 6),
    ("bn", 9),
];

/// One data row: its frequency code, period, value and line.
type Row = (&'static str, Period, f64, usize);

/// Reads an ONS time-series CSV into a dataset: one series per frequency
/// the file has, keyed by `cdid` (`L522`) and `freq` (`A`, `Q`, `M`, in
/// the file's order), each with the metadata rows as attributes in snake
/// case (`title`, `source_dataset`, `pre_unit`, `unit`, `release_date`,
/// `next_release`, `important_notes`; empty ones left out). The unit comes
/// from `PreUnit` and `Unit` when they read as one (`£` and `m` are
/// million GBP, `Index, base year = 100` an index, `%` percent); when they
/// do not, the notes say so and the attributes keep them.
///
/// # Errors
///
/// `malformed_data` naming the line: no `CDID` row, a metadata row after
/// the data, a period or value that does not read.
///
/// ```
/// use growthkit::read::read_ons_csv;
/// let text = "\"Title\",\"Made-up output £m\"\n\"CDID\",\"ZZZZ\"\n\"PreUnit\",\"£\"\n\
///             \"Unit\",\"m\"\n\"Important notes\",\n\
///             \"2020\",\"40\"\n\"2020 Q1\",\"9\"\n\"2020 Q2\",\"11\"\n";
/// let ds = read_ons_csv(text.as_bytes())?;
/// let q = ds.get(&[("freq", "Q")])?;
/// assert_eq!(q.series().values(), &[9.0, 11.0]);
/// assert_eq!(q.series().indicator().unwrap().unit().to_string(), "million GBP");
/// assert_eq!(q.attributes()["title"], "Made-up output £m");
/// let bad = read_ons_csv("\"CDID\",\"ZZZZ\"\n\"2020 Q5\",\"1\"\n".as_bytes()).unwrap_err();
/// assert!(bad.to_string().contains("line 2"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_ons_csv(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let mut reader = csv_reader(&text, b',');
    let mut record = csv::StringRecord::new();
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    while reader.read_record(&mut record).map_err(record_error)? {
        let line = record.position().map_or(0, |p| p.line() as usize);
        let first = record.get(0).unwrap_or("").trim();
        let second = record.get(1).unwrap_or("").trim();
        if first.is_empty() && second.is_empty() {
            continue;
        }
        match period_of(first, line)? {
            Some((freq, period)) => {
                let x = value(second).map_err(|()| {
                    malformed(
                        line,
                        None,
                        format!("the value `{second}` of {first} is not a number"),
                    )
                })?;
                rows.push((freq, period, x, line));
            }
            None if rows.is_empty() => meta.push((snake(first), second.to_string())),
            None => {
                return Err(malformed(
                    line,
                    None,
                    format!("`{first}` is not a period such as 1988, 1988 Q1 or 1988 JAN"),
                ));
            }
        }
    }
    let Some(cdid) = meta
        .iter()
        .find(|(k, _)| k == "cdid")
        .map(|(_, v)| v.clone())
    else {
        return Err(malformed(
            1,
            None,
            "no `CDID` row: this is not an ONS time-series CSV",
        ));
    };
    build(&cdid, &meta, rows)
}

/// The series of the rows, one per frequency, with the metadata.
fn build(cdid: &str, meta: &[(String, String)], rows: Vec<Row>) -> Result<Dataset> {
    let get = |name: &str| {
        meta.iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let unit = unit_of(get("pre_unit"), get("unit"));
    let title = Some(get("title")).filter(|t| !t.is_empty()).unwrap_or(cdid);
    let mut b = Builder::new(vec!["cdid".to_string(), "freq".to_string()]);
    let mut keys: Vec<[String; 2]> = Vec::new();
    for (freq, period, x, line) in rows {
        let key = [cdid.to_string(), freq.to_string()];
        if !keys.contains(&key) {
            for (k, v) in meta.iter().filter(|(k, v)| k != "cdid" && !v.is_empty()) {
                b.attribute(&key, k, v);
            }
            if let Some(u) = &unit {
                let i = Indicator::new(cdid, title, u.clone(), units::measure_of(u));
                b.indicator(&key, i);
            }
            keys.push(key.clone());
        }
        b.observe(&key, period, x, None, line);
    }
    if unit.is_none() {
        b.note(format!(
            "PreUnit `{}` and Unit `{}` do not read as a unit: the series have none \
             (the attributes pre_unit and unit keep the text)",
            get("pre_unit"),
            get("unit")
        ));
    }
    b.finish()
}

/// The frequency code and period of a first cell (`1988`, `1988 Q1`,
/// `1988 JAN`), `None` when it is no period (a metadata name), and an
/// error when it begins with a year but does not read.
fn period_of(cell: &str, line: usize) -> Result<Option<(&'static str, Period)>> {
    let year_part = cell
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let Some(year) = year_part.and_then(|y| y.parse::<i32>().ok()) else {
        return Ok(None);
    };
    let rest = cell.get(4..).unwrap_or("").trim();
    let bad = |e: crate::Error| malformed(line, None, format!("`{cell}`: {}", e.message()));
    if rest.is_empty() {
        return Period::year(year).map(|p| Some(("A", p))).map_err(bad);
    }
    if let Some(q) = rest
        .strip_prefix(['Q', 'q'])
        .and_then(|q| q.parse::<u32>().ok())
    {
        return Period::quarter(year, q)
            .map(|p| Some(("Q", p)))
            .map_err(bad);
    }
    let month = crate::period::parse::MONTHS
        .iter()
        .position(|m| m.get(..3).is_some_and(|m| m.eq_ignore_ascii_case(rest)));
    match month {
        Some(m) => Period::month(year, m as u32 + 1)
            .map(|p| Some(("M", p)))
            .map_err(bad),
        None => Err(malformed(
            line,
            None,
            format!("`{cell}` is not a period such as 1988, 1988 Q1 or 1988 JAN"),
        )),
    }
}

/// The unit of `PreUnit` and `Unit`: a currency sign and a scale (`£`,
/// `m`), `%`, an index (`Index, base year = 100`), or a plain word
/// (`persons`, `thousand jobs`); `None` for anything else.
fn unit_of(pre: &str, unit: &str) -> Option<Unit> {
    let u = unit.trim();
    if let Some((_, code)) = CURRENCIES.iter().find(|(sign, _)| *sign == pre.trim()) {
        let (_, scale) = SCALES.iter().find(|(s, _)| s.eq_ignore_ascii_case(u))?;
        return Unit::new(code, *scale).ok();
    }
    if !pre.trim().is_empty() {
        return None;
    }
    let lower = u.to_lowercase();
    if lower.starts_with("index") {
        return Unit::new("index", 0).ok();
    }
    // A scale alone (`Thousands`) says how many, not of what.
    if SCALES.iter().any(|(s, _)| s.eq_ignore_ascii_case(u)) {
        return None;
    }
    let plain = u.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '%');
    if u.is_empty() || !plain {
        return None;
    }
    Unit::parse(u).ok()
}

/// A metadata name in snake case: `PreUnit` is `pre_unit`, `Release date`
/// `release_date`, `Source dataset ID` `source_dataset`.
pub(crate) fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower {
                out.push('_');
            }
            out.extend(c.to_lowercase());
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
        } else {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    let out = out.trim_end_matches('_').to_string();
    match RENAMED.iter().find(|(from, _)| *from == out) {
        Some((_, to)) => (*to).to_string(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\"Title\",\"A made-up index: 2015=100\"\n\"CDID\",\"ZZ01\"\n\
        \"Source dataset ID\",\"XX99\"\n\"PreUnit\",\"\"\n\"Unit\",\"Index, base year = 100\"\n\
        \"Release date\",\"01-02-2022\"\n\"Next release\",\"1 March 2022\"\n\"Important notes\",\n\
        \"2020\",\"100.0\"\n\"2021\",\"104.0\"\n\
        \"2021 Q3\",\"103.0\"\n\"2021 Q4\",\"105.0\"\n\
        \"2021 NOV\",\"104.9\"\n\"2021 DEC\",\"105.1\"\n\"2022 JAN\",\"105.3\"\n";

    #[test]
    fn three_blocks_three_series() {
        let ds = read_ons_csv(TEXT.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["cdid", "freq"]);
        let keys: Vec<&str> = ds.entries().iter().map(|e| e.key()[1].as_str()).collect();
        assert_eq!(keys, ["A", "Q", "M"]);
        let m = ds.get(&[("freq", "M")]).unwrap();
        assert_eq!(m.series().periods()[0].to_string(), "2021-11");
        assert_eq!(m.series().values(), &[104.9, 105.1, 105.3]);
        let a = m.attributes();
        assert_eq!(a["source_dataset"], "XX99");
        assert_eq!(a["release_date"], "01-02-2022");
        assert_eq!(a["next_release"], "1 March 2022");
        assert!(!a.contains_key("important_notes") && !a.contains_key("pre_unit"));
        let i = m.series().indicator().unwrap();
        assert_eq!((i.code(), i.unit().base()), ("ZZ01", "index"));
    }

    #[test]
    fn units() {
        assert_eq!(unit_of("£", "m").unwrap().to_string(), "million GBP");
        assert_eq!(unit_of("£", "").unwrap().to_string(), "GBP");
        assert_eq!(unit_of("", "%").unwrap().base(), "percent");
        assert_eq!(unit_of("", "Thousands"), None);
        assert_eq!(unit_of("", "Rate per 1,000"), None);
        assert_eq!(unit_of("£", "per week"), None);
        let text = "\"CDID\",\"ZZ02\"\n\"Unit\",\"Rate per 1,000\"\n\"2020\",\"1\"\n";
        let ds = read_ons_csv(text.as_bytes()).unwrap();
        assert_eq!(ds.entries()[0].attributes()["unit"], "Rate per 1,000");
        assert!(ds.notes().iter().any(|n| n.contains("Rate per 1,000")));
    }

    #[test]
    fn names_in_snake_case() {
        assert_eq!(snake("PreUnit"), "pre_unit");
        assert_eq!(snake("CDID"), "cdid");
        assert_eq!(snake("Source dataset ID"), "source_dataset");
        assert_eq!(snake("Important notes"), "important_notes");
    }

    #[test]
    fn errors() {
        let e = read_ons_csv("\"Title\",\"x\"\n\"2020\",\"1\"\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("no `CDID`"));
        let e = read_ons_csv("\"CDID\",\"Z\"\n\"2020\",\"1\"\n\"Title\",\"x\"\n".as_bytes())
            .unwrap_err();
        assert!(e.to_string().contains("line 3"));
        let e = read_ons_csv("\"CDID\",\"Z\"\n\"2020 FOO\",\"1\"\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("line 2"));
        let e = read_ons_csv("\"CDID\",\"Z\"\n\"2020\",\"one\"\n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("line 2: the value `one` of 2020"));
    }

    /// The real files of ../shared, when they are there (facts from SOURCES-extra.md).
    #[test]
    fn real_files() {
        let dir = std::path::Path::new("../../../shared/fixtures/round3");
        let Ok(f) =
            std::fs::File::open(dir.join("ons_mm23_l522_cpih_annual_quarterly_monthly.csv"))
        else {
            return;
        };
        let ds = read_ons_csv(f).unwrap();
        let lens: Vec<usize> = ds.entries().iter().map(|e| e.series().len()).collect();
        assert_eq!(lens, [34, 136, 409]);
        let a = ds.get(&[("freq", "A")]).unwrap();
        assert_eq!(a.series().values()[0], 48.2);
        assert_eq!(a.series().indicator().unwrap().unit().base(), "index");
        assert_eq!(a.attributes()["release_date"], "16-02-2022");
        assert_eq!(a.attributes()["next_release"], "23 March 2022");
        let m = ds.get(&[("freq", "M")]).unwrap();
        assert_eq!(m.series().periods().last().unwrap().to_string(), "2022-01");
        assert_eq!(m.series().values().last(), Some(&114.6));
        let f = std::fs::File::open(dir.join("ons_qna_abmi_gdp_annual_quarterly.csv")).unwrap();
        let ds = read_ons_csv(f).unwrap();
        let q = ds.get(&[("cdid", "ABMI"), ("freq", "Q")]).unwrap();
        assert_eq!(q.series().len(), 279);
        assert_eq!(q.series().periods()[0].to_string(), "1955-Q1");
        assert_eq!(q.series().values().last(), Some(&639452.0));
        assert_eq!(
            q.series().indicator().unwrap().unit().to_string(),
            "million GBP"
        );
        assert_eq!(ds.get(&[("freq", "A")]).unwrap().series().len(), 76);
        let f =
            std::fs::File::open(dir.join("ons_mm23_cdko_rpi_longrun_annual_monthly.csv")).unwrap();
        let ds = read_ons_csv(f).unwrap();
        let lens: Vec<usize> = ds.entries().iter().map(|e| e.series().len()).collect();
        assert_eq!(lens, [226, 944]);
        let m = ds.get(&[("freq", "M")]).unwrap();
        assert_eq!(m.series().periods()[0].to_string(), "1947-06");
        assert_eq!(m.series().values().last(), Some(&1603.2));
    }
}
