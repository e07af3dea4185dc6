//! The readers on real published files (`../shared/fixtures`, provenance in
//! its SOURCES.md; other people's files stay beside the checkout). Every expected figure was read off the file by eye (the
//! line is quoted in the comment); each growth rate is worked by hand from
//! two such figures.

use growthkit::read::{
    CsvOptions, index_to_growth, read_csv, read_fred_csv, read_nbs_json, read_sdmx_csv,
    read_sdmx_json,
};
use growthkit::{Dataset, Frequency, Period, Unit, WeekEnd};
use std::fs::File;
use std::path::PathBuf;

mod shared;

/// The folder of real files, `None` (said loudly; a failure under CI) without `../shared`.
fn fixtures() -> Option<PathBuf> {
    shared::shared("fixtures")
}

/// A real file of `../shared/fixtures`; call [`fixtures`] first to skip without it.
fn fixture(name: &str) -> File {
    let dir = fixtures().expect("../shared/fixtures");
    File::open(dir.join(name)).expect("fixture")
}

fn p(t: &str) -> Period {
    Period::parse(t).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

/// The value of the series matching `key` at `period`.
fn at(ds: &Dataset, key: &[(&str, &str)], period: &str) -> f64 {
    ds.get(key).unwrap().series().lookup(&p(period)).unwrap()
}

/// The unit of the series matching `key`.
fn unit_of(ds: &Dataset, key: &[(&str, &str)]) -> Unit {
    ds.get(key)
        .unwrap()
        .series()
        .indicator()
        .unwrap()
        .unit()
        .clone()
}

#[test]
fn eurostat_sdmx_csv_1_with_labels() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_sdmx_csv(fixture("eurostat_ei_bpm6ca_q_sdmxcsv1_labels.csv")).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (2, 19));
    let ca = [("bop_item", "Current account")];
    // "...,Current account,...,2023-Q1,23962.1,," and "...,2025-Q2,57650.1,,"
    assert_eq!(at(&ds, &ca, "2023-Q1"), 23962.1);
    assert_eq!(at(&ds, &ca, "2025-Q2"), 57650.1);
    let unit = unit_of(&ds, &ca);
    assert_eq!((unit.base(), unit.scale()), ("euro", 6)); // "Million euro"
    assert_eq!(ds.get(&ca).unwrap().series().len(), 10);
}

#[test]
fn eurostat_sdmx_csv_2_labels_name() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_sdmx_csv(fixture("eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv")).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (2, 19));
    let ca = [("bop_item", "CA")];
    // "...,CA,Current account,...,2024-Q1,,103351.2,..." and 2023-Q1 23962.1
    assert_eq!(at(&ds, &ca, "2024-Q1"), 103351.2);
    assert_eq!(unit_of(&ds, &ca).to_string(), "million EUR"); // MIO_EUR
    let g = ds.select(&ca).unwrap().yoy().unwrap();
    let yoy = g.entries()[0].series().lookup(&p("2024-Q1")).unwrap();
    assert!(close(yoy, 103351.2 / 23962.1 - 1.0));
    assert_eq!(at(&ds, &[("bop_item", "CKA")], "2024-Q1"), 101274.6);
}

#[test]
fn bis_sdmx_csv_with_missing_values_and_flags() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_sdmx_csv(fixture("bis_der_annual_sdmxcsv1.csv")).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (42, 1000));
    let hkd = [("DER_CURR_LEG1", "HKD"), ("DER_CURR_LEG2", "TO1")];
    // "...,HKD,TO1,A,A,3,C,2004,K,S,A,F,14206.490766" and "...,2002,K,S,M,F," (missing)
    assert_eq!(at(&ds, &hkd, "2004"), 14206.490766);
    assert!(at(&ds, &hkd, "2002").is_nan());
    let e = ds.get(&hkd).unwrap();
    let i = e
        .series()
        .periods()
        .iter()
        .position(|x| *x == p("2002"))
        .unwrap();
    assert_eq!(e.flags()[i].as_ref().unwrap().code(), "M");
    let flagged_a = ds
        .entries()
        .iter()
        .flat_map(|e| e.flags())
        .filter(|f| f.as_ref().is_some_and(|f| f.code() == "A"))
        .count();
    assert_eq!(flagged_a, 360); // 360 rows have OBS_STATUS A, 640 M
    // Growth from 2004 to 2007 (three years, the series is triennial here): pct_change(3).
    let g = ds.select(&hkd).unwrap().pct_change(3).unwrap();
    assert!(close(
        g.entries()[0].series().lookup(&p("2007")).unwrap(),
        29929.036014 / 14206.490766 - 1.0
    ));
}

#[test]
fn ilostat_sdmx_json_1_and_2_merge_repeated_keys() {
    if fixtures().is_none() {
        return;
    }
    for file in [
        "ilostat_eap_dwap_chl_sdmxjson1.json",
        "ilostat_eap_dwap_chl_sdmxjson2.json",
    ] {
        let ds = read_sdmx_json(fixture(file)).unwrap();
        assert_eq!((ds.len(), ds.n_observations()), (3, 39), "{file}");
        let total = [("SEX", "SEX_T")];
        // "0:0:0:0:0": observations "0": [58.69, ...] (2010) and "1": [60.02, ...] (2011)
        assert_eq!(at(&ds, &total, "2010"), 58.69);
        assert_eq!(at(&ds, &total, "2011"), 60.02);
        assert_eq!(at(&ds, &total, "2022"), 60.14);
        let e = ds.get(&total).unwrap();
        assert_eq!(e.flags()[0].as_ref().unwrap().code(), "B"); // break in series at 2010
        let g = ds.select(&total).unwrap().yoy().unwrap();
        let g = &g.entries()[0];
        assert!(close(
            g.series().lookup(&p("2011")).unwrap(),
            60.02 / 58.69 - 1.0
        ));
        // The break flagged at 2010 lies before the 2011 rate; the one at 2020 is crossed.
        assert_eq!(g.flags()[1], None);
        assert_eq!(g.flags()[10].as_ref().map(|f| f.code()), Some("B"));
        assert!(ds.notes().iter().any(|n| n.contains("merged")));
    }
}

#[test]
fn ecb_portal_csv_as_plain_csv() {
    if fixtures().is_none() {
        return;
    }
    let title = "Gross domestic product at market prices, volume (MNA.Q.Y.I9.W2.S1.S1.B.B1GQ._Z._Z._Z.EUR.LR.N)";
    let opts = CsvOptions::new()
        .period("TIME PERIOD")
        .value(title)
        .keys(&[]);
    let ds = read_csv(fixture("ecb_portal_ea_real_gdp_quarterly.csv"), &opts).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (1, 124));
    // "2019-03-31","2019Q1","3082093.95" and "2020-03-31","2020Q1","2995342.17"
    let s = ds.entries()[0].series();
    assert_eq!(s.lookup(&p("2019-Q1")), Some(3082093.95));
    assert!(close(
        s.yoy().lookup(&p("2020-Q1")).unwrap(),
        2995342.17 / 3082093.95 - 1.0
    ));
    // Unnamed, TIME PERIOD is the period and DATE (each quarter's last day) is said unread.
    let ds = read_csv(
        fixture("ecb_portal_ea_real_gdp_quarterly.csv"),
        &CsvOptions::new(),
    )
    .unwrap();
    assert_eq!(
        ds.get(&[]).unwrap().series().lookup(&p("2019-Q1")),
        Some(3082093.95)
    );
    assert!(
        ds.notes().iter().any(|n| n.contains("column DATE")),
        "{:?}",
        ds.notes()
    );
}

#[test]
fn fred_business_daily_with_dots() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_fred_csv(fixture("fred_dexuseu_daily_dot_missing.csv"), None).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (1, 261));
    let s = ds.entries()[0].series();
    assert_eq!(s.frequency(), Some(Frequency::BusinessDaily));
    assert_eq!(s.values().iter().filter(|x| x.is_nan()).count(), 10); // ten "." holidays
    // "2017-05-05,1.0996" (Friday) and "2017-05-08,1.0928" (Monday): pch compares with the Friday.
    let g = s.pct_change(1).unwrap();
    let monday = Period::business_day(growthkit::date(2017, 5, 8)).unwrap();
    assert!(close(g.lookup(&monday).unwrap(), 1.0928 / 1.0996 - 1.0));
}

#[test]
fn fred_weekly_ending_saturday() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_fred_csv(fixture("fred_icsa_weekly.csv"), None).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (1, 2778));
    let s = ds.entries()[0].series();
    assert_eq!(
        s.frequency(),
        Some(Frequency::WeeklyEnding(WeekEnd::Saturday))
    );
    // "2020-03-14,282000" and "2020-03-21,3307000"
    let w = Period::week_ending(growthkit::date(2020, 3, 21), WeekEnd::Saturday).unwrap();
    assert_eq!(s.lookup(&w), Some(3307000.0));
    assert!(close(
        s.pct_change(1).unwrap().lookup(&w).unwrap(),
        3307000.0 / 282000.0 - 1.0
    ));
    assert!(ds.notes().iter().any(|n| n.contains("weekly_sat")));
}

#[test]
fn fred_graph_many_columns_observation_date() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_fred_csv(
        fixture("fred_fredgraph_quarterly_multi_observation_date.csv"),
        None,
    )
    .unwrap();
    assert_eq!(ds.len(), 7);
    assert_eq!(ds.n_observations(), 7 * 318);
    let unrate = ds.get(&[("series_id", "UNRATE")]).unwrap().series();
    // "2019-01-01,...,3.8" and "2020-01-01,...,4.4"
    assert_eq!(unrate.lookup(&p("2020-Q1")), Some(4.4));
    assert!(close(
        unrate.yoy().lookup(&p("2020-Q1")).unwrap(),
        4.4 / 3.8 - 1.0
    ));
    let empties: usize = ds
        .entries()
        .iter()
        .map(|e| e.series().values().iter().filter(|x| x.is_nan()).count())
        .sum();
    assert_eq!(empties, 143);
}

#[test]
fn nbs_query_index_series() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_nbs_json(fixture("nbs_china_quarterly_gdp_index_easyquery.json")).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (32, 192));
    let gdp = ds.get(&[("indicator", "A010301")]).unwrap();
    // "zb.A010301_sj.2019B": 106.2, and 2018A 106.8
    assert_eq!(gdp.series().lookup(&p("2019-Q2")), Some(106.2));
    assert_eq!(gdp.series().lookup(&p("2018-Q1")), Some(106.8));
    let ind = gdp.series().indicator().unwrap();
    assert_eq!(ind.name(), "国内生产总值指数(上年同期=100)_当季值");
    assert_eq!(ind.unit().base(), "index (previous year = 100)");
    let growth = index_to_growth(&ds.select(&[("indicator", "A010301")]).unwrap()).unwrap();
    assert!(close(
        growth.entries()[0].series().lookup(&p("2019-Q2")).unwrap(),
        106.2 / 100.0 - 1.0
    ));
    let cumulative = ds.get(&[("indicator", "A010302")]).unwrap();
    assert_eq!(
        cumulative
            .attributes()
            .get("CUMULATIVE")
            .map(String::as_str),
        Some("year to date")
    );
}

#[test]
fn bad_input_is_malformed_data_with_a_line() {
    let cases: [(&str, &str); 5] = [
        ("DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020,abc\n", "line 2"),
        ("DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020-13,1\n", "line 2"),
        (
            "DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2020,1\nX,DE,2020,2\n",
            "twice",
        ),
        ("DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020\n", "fields"),
        ("GEO,TIME,VALUE\n", "not an SDMX-CSV header"),
    ];
    for (text, says) in cases {
        let err = read_sdmx_csv(text.as_bytes()).unwrap_err();
        assert_eq!(err.code(), "malformed_data", "{text}");
        assert!(err.to_string().contains(says), "{err}");
    }
    assert_eq!(
        read_sdmx_csv(&b"DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020,\xff\n"[..])
            .unwrap_err()
            .code(),
        "malformed_data"
    );
    assert_eq!(
        read_sdmx_json("{\"data\": 3".as_bytes())
            .unwrap_err()
            .code(),
        "malformed_data"
    );
    assert_eq!(
        read_fred_csv("VALUE,X\n1,2\n".as_bytes(), None)
            .unwrap_err()
            .code(),
        "malformed_data"
    );
    // ACTION D rows are counted, not read.
    let ds = read_sdmx_csv("STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE\ndataflow,X,I,2020,1\ndataflow,X,D,2021,2\n".as_bytes()).unwrap();
    assert_eq!(ds.n_observations(), 1);
    assert!(
        ds.notes()
            .iter()
            .any(|n| n.starts_with("1 rows with ACTION D"))
    );
}

#[test]
fn datasets_round_trip_through_sdmx_csv() {
    if fixtures().is_none() {
        return;
    }
    for file in [
        "eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv",
        "eurostat_ei_bpm6ca_q_sdmxcsv1_labels.csv",
        "bis_der_annual_sdmxcsv1.csv",
    ] {
        let ds = read_sdmx_csv(fixture(file)).unwrap();
        let again = read_sdmx_csv(ds.to_sdmx_csv().as_bytes()).unwrap();
        assert_eq!(again, ds, "{file}");
    }
    let ds = read_sdmx_json(fixture("ilostat_eap_dwap_chl_sdmxjson2.json")).unwrap();
    let again = read_sdmx_csv(ds.to_sdmx_csv().as_bytes()).unwrap();
    assert_eq!(again.n_observations(), ds.n_observations());
    assert_eq!(
        again.entries()[0].series().values(),
        ds.entries()[0].series().values()
    );
}

#[test]
fn datasets_round_trip_through_json() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_sdmx_csv(fixture("bis_der_annual_sdmxcsv1.csv")).unwrap();
    assert_eq!(Dataset::from_json(&ds.to_json()).unwrap(), ds);
}

#[test]
fn hostile_files_give_typed_errors() {
    // Truncated files.
    if let Some(dir) = fixtures() {
        let full = std::fs::read(dir.join("ilostat_eap_dwap_chl_sdmxjson1.json")).unwrap();
        for cut in [1, 100, full.len() / 2, full.len() - 1] {
            assert_eq!(
                read_sdmx_json(&full[..cut]).unwrap_err().code(),
                "malformed_data"
            );
        }
    }
    // Deeply nested JSON: the parser's recursion limit, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        read_sdmx_json(deep.as_bytes()).unwrap_err().code(),
        "malformed_data"
    );
    assert_eq!(
        read_nbs_json(deep.as_bytes()).unwrap_err().code(),
        "malformed_data"
    );
    // A million columns of header, and a row that does not match it.
    let mut wide = String::from("DATAFLOW");
    for i in 0..1_000_000 {
        wide.push_str(&format!(",D{i}"));
    }
    wide.push_str(",TIME_PERIOD,OBS_VALUE\nX,1\n");
    let err = read_sdmx_csv(wide.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("fields"), "{err}");
    // Wrong encodings: Latin-1 and UTF-16.
    assert_eq!(
        read_fred_csv(&b"DATE,X\n2020-01-01,1\xe9\n"[..], None)
            .unwrap_err()
            .code(),
        "malformed_data"
    );
    let utf16: Vec<u8> = "DATE,X\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(
        read_fred_csv(&utf16[..], None).unwrap_err().code(),
        "malformed_data"
    );
    // A 10 MB single line.
    let line = "9".repeat(10_000_000);
    assert_eq!(
        read_csv(line.as_bytes(), &CsvOptions::new())
            .unwrap_err()
            .code(),
        "malformed_data"
    );
}

#[test]
fn hostile_xml_is_refused_without_reading_outside_the_file() {
    use growthkit::read::{any, read_sdmx_xml};
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><GenericData>&lol2;</GenericData>"#;
    let external = r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]><StructureSpecificData><DataSet><Series A="&x;"/></DataSet></StructureSpecificData>"#;
    let undeclared =
        r#"<StructureSpecificData><DataSet><Series A="&x;"/></DataSet></StructureSpecificData>"#;
    let deep = format!("<GenericData>{}", "<a>".repeat(100_000));
    let wide_attrs = format!(
        "<StructureSpecificData><DataSet><Series {}/></DataSet></StructureSpecificData>",
        (0..100_000)
            .map(|i| format!("D{i}=\"x\""))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for (what, xml) in [
        ("billion laughs", laughs.to_string()),
        ("external entity", external.to_string()),
        ("undeclared entity", undeclared.to_string()),
        ("deep nesting", deep),
        ("not XML at all", "<<<>>>".to_string()),
    ] {
        let e = read_sdmx_xml(xml.as_bytes()).unwrap_err();
        assert_eq!(e.code(), "malformed_data", "{what}: {e}");
        assert_eq!(
            any(xml.as_bytes()).unwrap_err().code(),
            "malformed_data",
            "{what}"
        );
    }
    // A series of 100,000 components and no observation reads, to nothing: the
    // attributes are not checked pairwise for repeats (which would take minutes).
    assert!(read_sdmx_xml(wide_attrs.as_bytes()).unwrap().is_empty());
    // Truncated real files.
    if let Some(dir) = fixtures() {
        let full =
            std::fs::read(dir.join("round3/ecb_exr_M.USD.EUR.SP00.A_generic21.xml")).unwrap();
        for cut in [1, 100, full.len() / 2, full.len() - 10] {
            let r = read_sdmx_xml(&full[..cut]);
            assert!(
                r.is_err() || r.is_ok_and(|ds| ds.n_observations() < 252),
                "cut at {cut}"
            );
        }
    }
}

#[test]
fn sdmx_json_draft_layout_and_flat_observations() {
    // The draft layout before 1.0 (structure and dataSets at the top, as the
    // ECB's EXR answers were), with TIME_PERIOD values given by start and end.
    let draft = r#"{"header": {"id": "x"},
      "structure": {"dimensions": {
        "series": [{"id": "CURRENCY", "values": [{"id": "USD"}, {"id": "JPY"}]}],
        "observation": [{"id": "TIME_PERIOD", "values": [
          {"id": "2013-01-18", "start": "2013-01-18T00:00:00", "end": "2013-01-18T23:59:59"},
          {"id": "2013-01-21", "start": "2013-01-21T00:00:00", "end": "2013-01-21T23:59:59"}]}]},
        "attributes": {"series": [], "observation": []}},
      "dataSets": [{"series": {"0": {"observations": {"0": [1.3349], "1": [1.3315]}},
                               "1": {"observations": {"0": [119.13], "1": [null]}}}}]}"#;
    let ds = read_sdmx_json(draft.as_bytes()).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (2, 4));
    assert_eq!(at(&ds, &[("CURRENCY", "USD")], "2013-01-21"), 1.3315);
    assert!(at(&ds, &[("CURRENCY", "JPY")], "2013-01-21").is_nan());
    // Flat observations: every dimension at the observation level.
    let flat = r#"{"data": {"structure": {"dimensions": {"observation": [
          {"id": "GEO", "values": [{"id": "DE"}]},
          {"id": "TIME_PERIOD", "values": [{"id": "2019"}, {"id": "2020"}]}]}},
        "dataSets": [{"observations": {"0:0": [100], "0:1": [110]}}]}}"#;
    let ds = read_sdmx_json(flat.as_bytes()).unwrap();
    assert!(close(
        ds.yoy().unwrap().entries()[0]
            .series()
            .lookup(&p("2020"))
            .unwrap(),
        110.0 / 100.0 - 1.0
    ));
}

#[test]
fn long_columns_in_memory() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // Two series from unsorted rows; a flag kept, a NaN a missing value.
    let ds = Dataset::from_columns(
        s(&["geo"]),
        vec![s(&["FR", "DE", "DE"])],
        &["2020-Q1", "2020-Q2", "2020-Q1"],
        &[f64::NAN, 2.0, 1.0],
        Some(&[None, Some("p".into()), None]),
    )
    .unwrap();
    assert_eq!(ds.len(), 2);
    assert_eq!(at(&ds, &[("geo", "DE")], "2020-Q2"), 2.0);
    assert!(at(&ds, &[("geo", "FR")], "2020-Q1").is_nan());
    let de = ds.get(&[("geo", "DE")]).unwrap();
    assert_eq!(de.flags()[1].as_ref().map(|f| f.code()), Some("p"));
    // A short column and a bad period are errors naming what is wrong.
    let short = Dataset::from_columns(
        s(&["geo"]),
        vec![s(&["DE"])],
        &["2020", "2021"],
        &[1.0, 2.0],
        None,
    );
    assert_eq!(short.unwrap_err().code(), "length_mismatch");
    let bad = Dataset::from_columns(s(&[]), vec![], &["2020", "20x1"], &[1.0, 2.0], None);
    let e = bad.unwrap_err();
    assert_eq!(e.code(), "invalid_period");
    assert!(e.to_string().contains("row 2"), "{e}");
    // Column layout: keys default to the rest, flag found by name.
    let cols = s(&["geo", "unit", "period", "value", "flag"]);
    let (keys, flag) = growthkit::read::long_columns(&cols, "period", "value", None, None).unwrap();
    assert_eq!(keys, s(&["geo", "unit"]));
    assert_eq!(flag.as_deref(), Some("flag"));
    let named =
        growthkit::read::long_columns(&cols, "period", "value", Some(s(&["geo"])), Some("unit"));
    assert_eq!(named.unwrap(), (s(&["geo"]), Some("unit".to_string())));
    let missing = growthkit::read::long_columns(&cols, "period", "obs", None, None);
    assert_eq!(missing.unwrap_err().code(), "invalid_argument");
}

#[test]
fn fred_pc1_over_a_negative_oil_price_is_flagged_and_yoy_refuses() {
    if fixtures().is_none() {
        return;
    }
    let ds = read_fred_csv(fixture("round3/fred_DCOILWTICO_daily_2020-2025.csv"), None).unwrap();
    let oil = [("series_id", "DCOILWTICO")];
    // "2020-04-20,-36.98" and "2021-04-20,62.61": FRED's pc1 prints (62.61 / -36.98 - 1) * 100.
    assert_eq!(at(&ds, &oil, "2020-04-20"), -36.98);
    let pc1 = ds.transform(growthkit::FredTransform::Pc1).unwrap();
    let e = pc1.get(&oil).unwrap();
    let day = p("2021-04-20");
    let i = e
        .series()
        .periods()
        .iter()
        .position(|q| q.start() == day.start())
        .unwrap();
    assert!(close(
        e.series().values()[i],
        (62.61 / -36.98 - 1.0) * 100.0
    ));
    assert_eq!(
        e.flags()[i].as_ref().map(|f| f.code()),
        Some(growthkit::NON_POSITIVE_BASE)
    );
    // The flag is only where the base is not positive.
    let j = e
        .series()
        .periods()
        .iter()
        .position(|q| q.start() == p("2021-04-19").start())
        .unwrap();
    assert_ne!(
        e.flags()[j].as_ref().map(|f| f.code()),
        Some(growthkit::NON_POSITIVE_BASE)
    );
    let yoy = ds.yoy().unwrap();
    assert!(yoy.get(&oil).unwrap().series().get(&day).is_none());
}
