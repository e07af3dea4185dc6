//! The World Bank's wide CSV: the WDI bulk download (`API_*.csv`, a
//! preamble of four lines before the header, a trailing empty column) and
//! DataBank's export (`Series Code`, years as `1960 [YR1960]`, `..` for a
//! missing value, a few lines of text after the data).

use super::{check_width, csv_reader, malformed, record_error, text_of, value};
use crate::dataset::{Builder, Dataset};
use crate::error::Result;
use crate::indicator::Indicator;
use crate::period::Period;
use crate::unit::Unit;
use std::io::Read;

/// The first four headers: country name and code, indicator name and code.
const NAMES: [&str; 2] = ["Indicator Name", "Series Name"];
const CODES: [&str; 2] = ["Indicator Code", "Series Code"];

/// Units an indicator name ends in, as `(current US$)`: the first word
/// found in the last parenthesis gives the base.
const NAME_UNITS: [(&str, &str); 3] = [
    ("%", "percent"),
    ("US$", "USD"),
    ("LCU", "national currency"),
];

/// Reads a World Bank CSV (the WDI bulk `API_*.csv` or a DataBank export)
/// into a dataset keyed by `country` and `indicator` (their codes, `USA`
/// and `NY.GDP.MKTP.CD`), with the names in the attributes `country_name`
/// and `indicator_name`. Each column after the fourth is a period (`1960`,
/// `1960 [YR1960]`); empty and `..` are missing. The lines before the
/// header and the rows after the data with no codes (blank rows, `Data
/// from database: …`, `Last Updated: …`) are not data: the notes quote
/// them. A column without a header must be empty (the bulk file's last).
/// The unit comes from the end of the indicator name where it says one:
/// `(current US$)` and `(constant 2010 US$)` are USD, `(annual %)` and
/// `(% of GDP)` percent, `(current LCU)` national currency; the notes
/// count the series without.
///
/// # Errors
///
/// `malformed_data` naming the line and column: no `Country Name` header,
/// a header that is no period, a value that does not read, a row of
/// another length.
///
/// ```
/// use growthkit::read::read_worldbank_csv;
/// let text = "Country Name,Country Code,Series Name,Series Code,2013 [YR2013],2014 [YR2014]\n\
///             Utopia,UTO,\"GDP (current US$)\",NY.GDP.MKTP.CD,100,..\n\
///             ,,,,,\n\
///             Data from database: World Development Indicators,,,,,\n";
/// let ds = read_worldbank_csv(text.as_bytes())?;
/// let e = ds.get(&[("country", "UTO")])?;
/// assert_eq!(e.attributes()["indicator_name"], "GDP (current US$)");
/// assert!(e.series().values()[1].is_nan()); // `..` is missing
/// assert!(ds.notes().iter().any(|n| n.contains("Data from database")));
/// let bad = read_worldbank_csv("Country Name,Country Code,Series Name,Series Code,2013\n\
///                               Utopia,UTO,GDP,NY.GDP,n/a?\n".as_bytes()).unwrap_err();
/// assert!(bad.to_string().contains("line 2, column `2013`"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_worldbank_csv(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let mut reader = csv_reader(&text, b',');
    let (header, preamble) = header(&mut reader)?;
    let mut row = csv::StringRecord::new();
    let line_of = |r: &csv::StringRecord| r.position().map_or(0, |p| p.line() as usize);
    let periods = periods(&header, line_of(&header))?;
    let mut b = Builder::new(vec!["country".to_string(), "indicator".to_string()]);
    let (mut trailer, mut missing, mut cells) = (Vec::new(), 0usize, 0usize);
    let mut no_unit: Vec<[String; 2]> = Vec::new();
    while reader.read_record(&mut row).map_err(record_error)? {
        let line = line_of(&row);
        let field = |i: usize| row.get(i).unwrap_or("").trim();
        if field(1).is_empty() && field(3).is_empty() {
            trailer.push(field(0).to_string());
            continue;
        }
        check_width(line, row.len(), header.len())?;
        let key = [field(1).to_string(), field(3).to_string()];
        b.attribute(&key, "country_name", field(0));
        b.attribute(&key, "indicator_name", field(2));
        match unit_of_name(field(2)) {
            Some(u) => {
                let measure = super::units::measure_of(&u);
                b.indicator(&key, Indicator::new(field(3), field(2), u, measure));
            }
            None => no_unit.push(key.clone()),
        }
        for (i, cell) in row.iter().enumerate().skip(4) {
            let name = header.get(i).unwrap_or("").trim();
            let x = value(cell)
                .map_err(|()| malformed(line, Some(name), format!("`{cell}` is not a number")))?;
            match periods.get(i - 4).copied().flatten() {
                Some(p) => {
                    cells += 1;
                    missing += usize::from(x.is_nan());
                    b.observe(&key, p, x, None, line);
                }
                None if x.is_nan() => {}
                None => {
                    return Err(malformed(
                        line,
                        Some(name),
                        "a column without a header holds a value",
                    ));
                }
            }
        }
    }
    no_unit.dedup();
    notes(&mut b, &preamble, &trailer, &periods, (missing, cells));
    if !no_unit.is_empty() {
        b.note(format!(
            "units are read from the end of the indicator names ((current US$) is USD); \
             {} series' names say none, and they have no unit",
            no_unit.len()
        ));
    }
    b.finish()
}

/// The header row (`Country Name,...`) and the lines before it, as text.
fn header(reader: &mut csv::Reader<&[u8]>) -> Result<(csv::StringRecord, Vec<String>)> {
    let mut row = csv::StringRecord::new();
    let mut preamble: Vec<String> = Vec::new();
    while reader.read_record(&mut row).map_err(record_error)? {
        if row.get(0).is_some_and(|c| c.trim() == "Country Name") {
            return Ok((row, preamble));
        }
        let cells: Vec<&str> = row
            .iter()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if !cells.is_empty() {
            preamble.push(cells.join(": "));
        }
    }
    Err(malformed(
        1,
        None,
        "no header row: expected `Country Name,Country Code,Indicator Name,Indicator Code,1960,...`",
    ))
}

/// The unit at the end of an indicator name (`GDP (current US$)`).
fn unit_of_name(name: &str) -> Option<Unit> {
    let inner = name.trim().strip_suffix(')')?.rsplit_once('(')?.1;
    let (_, base) = NAME_UNITS.iter().find(|(w, _)| inner.contains(w))?;
    Unit::new(base, 0).ok()
}

/// The period of each column after the fourth (`None` for one without a
/// header), after checking the first four.
fn periods(header: &csv::StringRecord, line: usize) -> Result<Vec<Option<Period>>> {
    let h = |i: usize| header.get(i).unwrap_or("").trim();
    if h(1) != "Country Code" || !NAMES.contains(&h(2)) || !CODES.contains(&h(3)) {
        return Err(malformed(
            line,
            None,
            format!(
                "`{},{},{},{}` is not a World Bank header: expected Country Name, Country Code, \
                 Indicator Name (or Series Name), Indicator Code (or Series Code)",
                h(0),
                h(1),
                h(2),
                h(3)
            ),
        ));
    }
    header
        .iter()
        .skip(4)
        .map(|cell| {
            // DataBank writes `1960 [YR1960]`.
            let t = cell.split('[').next().unwrap_or("").trim();
            if t.is_empty() {
                return Ok(None);
            }
            Period::parse(t)
                .map(Some)
                .map_err(|e| malformed(line, Some(cell.trim()), e.message()))
        })
        .collect()
}

/// The notes on what was not read: the preamble, the rows after the data,
/// columns without a header; and the count of missing values.
fn notes(
    b: &mut Builder,
    preamble: &[String],
    trailer: &[String],
    periods: &[Option<Period>],
    (missing, cells): (usize, usize),
) {
    if !preamble.is_empty() {
        b.note(format!(
            "the lines before the header are not data and were not read: {}",
            preamble.join("; ")
        ));
    }
    if !trailer.is_empty() {
        let texts: Vec<String> = trailer
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!("`{t}`"))
            .collect();
        let blank = trailer.len() - texts.len();
        b.note(format!(
            "{} rows without a country or indicator code are not data and were not read \
             ({blank} blank{}{})",
            trailer.len(),
            if texts.is_empty() { "" } else { ", " },
            texts.join(", ")
        ));
    }
    let unnamed = periods.iter().filter(|p| p.is_none()).count();
    if unnamed > 0 {
        b.note(format!(
            "{unnamed} columns without a header, empty in every row, were not read"
        ));
    }
    b.note(format!(
        "{missing} of {cells} values are missing (empty or `..`)"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    const BULK: &str = "\u{feff}\"Data Source\",\"World Development Indicators\",\n\n\
        \"Last Updated Date\",\"2016-05-02\",\n\n\
        \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2013\",\"2014\",\"2015\",\n\
        \"Utopia\",\"UTO\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"1.5\",\"2\",\"\",\n\
        \"Erewhon, Rep.\",\"ERE\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"\",\"30\",\"\",\n";

    #[test]
    fn bulk_file_with_preamble_and_trailing_column() {
        let ds = read_worldbank_csv(BULK.as_bytes()).unwrap();
        assert_eq!(ds.dimensions(), &["country", "indicator"]);
        assert_eq!(ds.len(), 2);
        let e = ds.get(&[("country", "ERE")]).unwrap();
        assert_eq!(e.attributes()["country_name"], "Erewhon, Rep.");
        assert_eq!(e.key(), &["ERE", "NY.GDP.MKTP.CD"]);
        assert!(e.series().values()[0].is_nan());
        assert_eq!(e.series().values()[1], 30.0);
        assert_eq!(e.series().periods()[2].to_string(), "2015");
        assert_eq!(e.series().indicator().unwrap().unit().base(), "USD");
        let notes = ds.notes().join("\n");
        assert!(notes.contains("Last Updated Date: 2016-05-02"), "{notes}");
        assert!(notes.contains("1 columns without a header"), "{notes}");
        assert!(notes.contains("3 of 6 values are missing"), "{notes}");
    }

    #[test]
    fn databank_trailer_is_counted() {
        let text = "Country Name,Country Code,Series Name,Series Code,2014 [YR2014]\n\
                    Utopia,UTO,\"Population, total\",SP.POP.TOTL,318857056\n\
                    ,,,,\n,,,,\n\
                    Last Updated: 05/02/2016,,,,\n";
        let ds = read_worldbank_csv(text.as_bytes()).unwrap();
        let e = ds.get(&[("indicator", "SP.POP.TOTL")]).unwrap();
        assert_eq!(e.series().values(), &[318857056.0]);
        let note = ds
            .notes()
            .iter()
            .find(|n| n.contains("rows without"))
            .unwrap();
        assert!(
            note.starts_with("3 rows") && note.contains("2 blank"),
            "{note}"
        );
        assert!(e.series().indicator().is_none());
        assert!(
            ds.notes()
                .iter()
                .any(|n| n.contains("1 series' names say none"))
        );
        assert_eq!(
            unit_of_name("GDP growth (annual %)").unwrap().base(),
            "percent"
        );
        assert_eq!(
            unit_of_name("GDP (constant 2010 US$)").unwrap().base(),
            "USD"
        );
        assert_eq!(
            unit_of_name("GDP (current LCU)").unwrap().base(),
            "national currency"
        );
        assert_eq!(unit_of_name("Surface area (sq. km)"), None);
    }

    #[test]
    fn errors() {
        let none = read_worldbank_csv("a,b\n1,2\n".as_bytes()).unwrap_err();
        assert!(none.to_string().contains("no header row"));
        let head = read_worldbank_csv("Country Name,Code,X,Y,2014\n".as_bytes()).unwrap_err();
        assert!(head.to_string().contains("not a World Bank header"));
        let period = read_worldbank_csv(
            "Country Name,Country Code,Series Name,Series Code,soon\n".as_bytes(),
        )
        .unwrap_err();
        assert!(period.to_string().contains("column `soon`"));
        let width = read_worldbank_csv(
            "Country Name,Country Code,Series Name,Series Code,2014\nU,UTO,P,SP,1,2\n".as_bytes(),
        )
        .unwrap_err();
        assert!(width.to_string().contains("line 2"));
        let unnamed = read_worldbank_csv(
            "Country Name,Country Code,Series Name,Series Code,2014,\nU,UTO,P,SP,1,2\n".as_bytes(),
        )
        .unwrap_err();
        assert!(unnamed.to_string().contains("without a header"));
    }

    /// The real files of ../shared, when they are there (facts from SOURCES.md).
    #[test]
    fn real_files() {
        let dir = std::path::Path::new("../../../shared/fixtures/round3");
        let Ok(f) = std::fs::File::open(dir.join("worldbank_API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv"))
        else {
            return;
        };
        let at = |ds: &Dataset, c: &str, i: &str, p: &str| {
            let e = ds.get(&[("country", c), ("indicator", i)]).unwrap();
            let p = Period::parse(p).unwrap();
            let k = e.series().periods().iter().position(|q| *q == p).unwrap();
            e.series().values()[k]
        };
        let ds = read_worldbank_csv(f).unwrap();
        assert_eq!(ds.len(), 248);
        let gdp = "NY.GDP.MKTP.CD";
        assert_eq!(at(&ds, "USA", gdp, "2013"), 16768053000000.0);
        assert_eq!(at(&ds, "USA", gdp, "2014"), 17419000000000.0);
        assert_eq!(at(&ds, "WLD", gdp, "2014"), 77960606594141.6);
        assert!(at(&ds, "USA", gdp, "2015").is_nan());
        let usa = ds.get(&[("country", "USA")]).unwrap();
        assert_eq!(usa.series().indicator().unwrap().unit().scale(), 0);
        let present = ds.n_observations()
            - ds.entries()
                .iter()
                .map(|e| e.series().values().iter().filter(|x| x.is_nan()).count())
                .sum::<usize>();
        assert_eq!(present, 10355);
        let f = std::fs::File::open(dir.join("worldbank_databank_USA_Data.csv")).unwrap();
        let ds = read_worldbank_csv(f).unwrap();
        assert_eq!(ds.len(), 60);
        assert_eq!(at(&ds, "USA", gdp, "2014"), 17419000000000.0);
        assert!(at(&ds, "USA", gdp, "2015").is_nan());
        assert_eq!(at(&ds, "USA", "SP.POP.TOTL", "2014"), 318857056.0);
        assert!(
            ds.notes().iter().any(|n| n.starts_with("5 rows")),
            "{:?}",
            ds.notes()
        );
    }
}
