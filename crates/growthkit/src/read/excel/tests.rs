//! The ABS layout and plain sheets on workbooks composed here, and the
//! facts of the real workbooks of ../shared when they are there.

use super::compose::xlsx;
use super::{ExcelOptions, read_excel};
use crate::Dataset;

/// An ABS sheet: a quarterly series in `$ Millions` with one value past
/// its header's No. Obs, and a `proportion` series that stops early.
const ABS: &[&[&str]] = &[
    &["", "GDP ;", "Share ;"],
    &["Unit", "$ Millions", "proportion"],
    &["Series Type", "Seasonally Adjusted", "Trend"],
    &["Data Type", "FLOW", "DERIVED"],
    &["Frequency", "Quarter", "Quarter"],
    &["Collection Month", "3", "3"],
    &["Series Start", "21794", "21885"],
    &["Series End", "21976", "21976"],
    &["No. Obs", "3", "2"],
    &["Series ID", "A1X", "A2Y"],
    &["21794", "74021", ""],
    &["21885", "74500.5", "0.5"],
    &["21976", "75000", ""],
];

fn abs(rows: &[&[&str]]) -> crate::Result<Dataset> {
    let book = xlsx(&[
        ("Index", &[&["x"]]),
        ("Data1", rows),
        ("Enquiries", &[&["y"]]),
    ]);
    read_excel(&book[..], &ExcelOptions::default())
}

#[test]
fn abs_series_per_column() {
    let ds = abs(ABS).unwrap();
    assert_eq!(ds.dimensions(), &["series_id"]);
    let gdp = ds.get(&[("series_id", "A1X")]).unwrap();
    let periods: Vec<String> = gdp
        .series()
        .periods()
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(periods, ["1959-Q3", "1959-Q4", "1960-Q1"]);
    assert_eq!(gdp.series().values(), &[74021.0, 74500.5, 75000.0]);
    let i = gdp.series().indicator().unwrap();
    assert_eq!(
        (i.unit().to_string(), i.name()),
        ("million AUD".to_string(), "GDP")
    );
    let a = gdp.attributes();
    assert_eq!(a["description"], "GDP ;");
    assert_eq!(a["series_type"], "Seasonally Adjusted");
    assert_eq!(a["series_start"], "21794"); // a number here; a date cell reads as a date
    assert_eq!(a["no_obs"], "3");
    let share = ds.get(&[("series_id", "A2Y")]).unwrap();
    assert_eq!(share.series().len(), 2); // from its Series Start
    assert!(share.series().values()[1].is_nan());
    assert!(share.series().indicator().is_none());
    let notes = ds.notes().join("\n");
    assert!(notes.contains("sheets Data1 read in the ABS"), "{notes}");
    assert!(
        notes.contains("sheets Index, Enquiries were not read"),
        "{notes}"
    );
    assert!(notes.contains("unit `proportion` does not read"), "{notes}");
    assert!(notes.contains("A2Y 1 of 2"), "{notes}");
    assert!(notes.contains("Australian dollar"), "{notes}");
}

#[test]
fn abs_errors_name_row_and_column() {
    let mut rows = ABS.to_vec();
    rows[11] = &["21885", "n.a.", ""];
    let e = abs(&rows).unwrap_err().to_string();
    assert!(
        e.contains("sheet `Data1`: line 12, column `B`: `n.a.` of A1X"),
        "{e}"
    );
    rows[11] = &["21855", "1", ""];
    let e = abs(&rows).unwrap_err().to_string();
    assert!(e.contains("not in the last month of a quarter"), "{e}");
    rows[11] = &["late", "1", ""];
    assert!(
        abs(&rows)
            .unwrap_err()
            .to_string()
            .contains("`late` is not a date")
    );
    rows[11] = ABS[11];
    rows[4] = &["Frequency", "Fortnight", "Quarter"];
    let e = abs(&rows).unwrap_err().to_string();
    assert!(
        e.contains("line 5, column `B`: frequency `Fortnight`"),
        "{e}"
    );
}

#[test]
fn abs_units_and_years() {
    use super::abs::unit_of;
    let u = |t: &str| unit_of(t).map(|u| u.to_string());
    assert_eq!(u("$ Millions").as_deref(), Some("million AUD"));
    assert_eq!(u("$").as_deref(), Some("AUD"));
    assert_eq!(u("Percent").as_deref(), Some("percent"));
    assert_eq!(unit_of("Index Numbers").unwrap().base(), "index");
    assert_eq!(u("000 Hours").as_deref(), Some("thousand hours"));
    assert_eq!(u("Persons").as_deref(), Some("persons"));
    assert_eq!(u("proportion"), None);
    assert_eq!(u("000"), None);
    assert_eq!(u("$ per week"), None);
    let mut rows = ABS.to_vec();
    rows[4] = &["Frequency", "Year", "Year"];
    rows[6] = &["Series Start", "21702", "21702"];
    rows[7] = &["Series End", "21702", "21702"];
    rows[10] = &["21702", "1", ""]; // 1959-06-01: the year to June 1959
    let ds = abs(&rows[..11]).unwrap();
    let p = ds.entries()[0].series().periods()[0];
    assert_eq!(
        (p.start(), p.end()),
        (crate::date(1958, 7, 1), crate::date(1959, 6, 30))
    );
    assert!(
        ds.notes()
            .iter()
            .any(|n| n.contains("financial years ending"))
    );
}

#[test]
fn plain_sheets() {
    let book = xlsx(&[
        ("Sheet1", &[&["", "gdp"], &["2020-Q1", "1"]]),
        (
            "T",
            &[
                &["", "north", "south"],
                &["period", "gdp", "gdp"],
                &["2020", "1", "2"],
                &["", "", ""],
                &["2021", "3", "#N/A"],
            ],
        ),
    ]);
    let two = ExcelOptions {
        sheet: Some("T".into()),
        header_rows: Some(2),
    };
    let ds = read_excel(&book[..], &two).unwrap();
    let south = ds.get(&[("series", "south gdp")]).unwrap();
    assert_eq!(south.series().len(), 2);
    assert!(south.series().values()[1].is_nan());
    assert!(ds.notes().iter().any(|n| n.contains("1 empty rows")));
    let e = read_excel(&book[..], &ExcelOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("column A holds values but has no name"), "{e}");
    assert!(
        e.contains("header_rows=") && e.contains("sheet=") && e.contains("Sheet1, T"),
        "{e}"
    );
    let one = ExcelOptions {
        sheet: Some("T".into()),
        header_rows: None,
    };
    let e = read_excel(&book[..], &one).unwrap_err().to_string();
    assert!(
        e.contains("sheet `T`: line 1: column A holds values"),
        "{e}"
    );
    let book = xlsx(&[("S", &[&["year", "gdp"], &["2020", "1"]])]);
    let e = read_excel(&book[..], &ExcelOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("no column is named like a period (period, date"),
        "{e}"
    );
}

#[test]
fn blocks_side_by_side_are_refused() {
    let rows: &[&[&str]] = &[
        &["Jahr 2014", "", "Jahr 2015", ""],
        &["Woche", "Anzahl", "Woche", "Anzahl"],
        &["1", "377", "1", "199"],
    ];
    let book = xlsx(&[("HH", rows)]);
    for header_rows in [None, Some(2)] {
        let o = ExcelOptions {
            sheet: None,
            header_rows,
        };
        let e = read_excel(&book[..], &o).unwrap_err().to_string();
        assert!(
            e.contains("wide in blocks: 2 names side by side, each over 2 columns"),
            "{e}"
        );
        assert!(e.contains("`Jahr 2014` (A–B)"), "{e}");
    }
}

/// The real workbooks of ../shared, when they are there (facts from
/// SOURCES-extra.md 8–11).
#[test]
fn real_workbooks() {
    let dir = std::path::Path::new("../../../shared/fixtures/round3");
    let open = |name: &str| std::fs::File::open(dir.join(name)).ok();
    let Some(f) = open("abs_5206001_key_aggregates_2024q1.xlsx") else {
        return;
    };
    let at = |ds: &Dataset, id: &str, p: &str| {
        let s = ds.get(&[("series_id", id)]).unwrap().series();
        let i = s.periods().iter().position(|q| q.to_string() == p).unwrap();
        s.values()[i]
    };
    let ds = read_excel(f, &ExcelOptions::default()).unwrap();
    assert_eq!(at(&ds, "A2304402X", "1959-Q3"), 74021.0);
    assert_eq!(at(&ds, "A2304402X", "2024-Q1"), 610298.0);
    assert_eq!(at(&ds, "A2304370T", "2024-Q1"), 0.1);
    let unit = |ds: &Dataset, id: &str| {
        let s = ds.get(&[("series_id", id)]).unwrap().series();
        s.indicator().map(|i| i.unit().to_string())
    };
    assert_eq!(unit(&ds, "A2304402X").as_deref(), Some("million AUD"));
    assert_eq!(unit(&ds, "A2304370T").as_deref(), Some("percent"));
    let trend = ds.get(&[("series_id", "A2298668K")]).unwrap().series();
    assert_eq!(
        (
            trend.len(),
            trend.values().iter().filter(|x| !x.is_nan()).count()
        ),
        (258, 238)
    );
    assert!(
        ds.notes()
            .iter()
            .any(|n| n.contains("36 series hold another number")),
        "{:?}",
        ds.notes()
    );
    let f = open("abs_6202021_hours_worked_2021q3.xlsx").unwrap();
    let ds = read_excel(f, &ExcelOptions::default()).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (7, 1036));
    assert_eq!(at(&ds, "A84426298K", "1984-Q4"), 2923556.4817);
    assert_eq!(at(&ds, "A84426298K", "2021-Q3"), 5219204.7937);
    assert_eq!(unit(&ds, "A84426298K").as_deref(), Some("thousand hours"));
    let f = open("abs_5206001_key_aggregates_2020q2.xls").unwrap();
    let ds = read_excel(f, &ExcelOptions::default()).unwrap();
    assert_eq!(at(&ds, "A2304370T", "2020-Q2"), -7.0);
    assert_eq!(at(&ds, "A2304402X", "2020-Q2"), 445799.0);
    let f = open("statnord_hamburg_deaths_weekly_2014-2023.xlsx").unwrap();
    let e = read_excel(f, &ExcelOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("wide in blocks: 10 names"), "{e}");
}
