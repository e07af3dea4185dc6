//! X-11 against the Census Bureau's X-13ARIMA-SEATS: every case of
//! `tests/vectors/x11/cases.json` (tables D10 to D13 and C17 that `x13as`
//! saved for composed series) to 1e-9, and its error cases by code.

use growthkit::seasonal::X11Spec;
use growthkit::{Period, Series};
use serde_json::Value;

fn cases() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/x11/cases.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("x11 vectors")).expect("json")
}

fn series(case: &Value) -> Series {
    let first = Period::parse(case["start"].as_str().unwrap()).unwrap();
    let values: Vec<f64> = case["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap_or(f64::NAN))
        .collect();
    let periods = (0..values.len() as i64)
        .map(|i| first.shift(i).unwrap())
        .collect();
    Series::new(periods, values).unwrap()
}

fn spec(o: &Value) -> growthkit::Result<X11Spec> {
    let limits = o.get("sigma_limits").and_then(Value::as_array);
    X11Spec::from_names(
        o.get("mode").and_then(Value::as_str).unwrap_or("mult"),
        o.get("seasonal_filter")
            .and_then(Value::as_str)
            .unwrap_or("msr"),
        o.get("trend_filter").and_then(Value::as_i64),
        limits.map_or((1.5, 2.5), |l| {
            (l[0].as_f64().unwrap(), l[1].as_f64().unwrap())
        }),
    )
}

/// Every value of D10 to D13 within `tol` of x13as': relative, or for the
/// additive seasonal and irregular relative to the series' mean level.
fn assert_tables(case: &Value, s: &Series, d: &growthkit::seasonal::Decomposition, tol: f64) {
    let level = s.values().iter().map(|v| v.abs()).sum::<f64>() / s.len() as f64;
    // Additive components pass through zero: compared on the series' level.
    let additive = case["options"]["mode"] == "add"
        || (case["options"]["mode"].is_null() && d.transform.as_deref() == Some("none"));
    let tables = [
        ("d10", &d.seasonal, additive),
        ("d11", &d.adjusted, false),
        ("d12", &d.trend, false),
        ("d13", &d.irregular, additive),
    ];
    for (name, got, near_zero) in tables {
        let want = case["expected"][name].as_array().unwrap();
        assert_eq!(got.len(), want.len(), "{} {name}", case["name"]);
        for (i, (g, w)) in got.values().iter().zip(want).enumerate() {
            let w = w.as_f64().unwrap();
            let scale = if near_zero {
                w.abs().max(level)
            } else {
                w.abs()
            };
            let rel = (g - w).abs() / scale;
            assert!(
                rel <= tol,
                "{} {name}[{i}]: {g} vs x13as {w} ({rel:e})",
                case["name"]
            );
        }
    }
}

#[test]
fn every_table_equals_x13() {
    let doc = cases();
    for case in doc["cases"].as_array().unwrap() {
        let s = series(case);
        let o = &case["options"];
        let d = s.x11(&spec(o).unwrap()).unwrap();
        assert_tables(case, &s, &d, 1e-9);
        if o["trend_filter"] != 3 {
            for (i, (g, w)) in d
                .weights
                .values()
                .iter()
                .zip(case["expected"]["c17"].as_array().unwrap())
                .enumerate()
            {
                assert!(
                    (g - w.as_f64().unwrap()).abs() <= 1e-9,
                    "{} c17[{i}]",
                    case["name"]
                );
            }
        }
    }
}

#[test]
fn bad_input_gets_its_code() {
    let doc = cases();
    for case in doc["errors"].as_array().unwrap() {
        let got = spec(&case["options"]).and_then(|sp| series(case).x11(&sp));
        match case["code"].as_str() {
            Some(code) => assert_eq!(got.unwrap_err().code(), code, "{}", case["name"]),
            None => assert!(got.is_ok(), "{}: {:?}", case["name"], got.err()),
        }
    }
}

#[test]
fn other_frequencies_and_gaps_are_refused() {
    let days: Vec<Period> = (1..=60)
        .map(|d| Period::parse("2020-01-01").unwrap().shift(d).unwrap())
        .collect();
    let s = Series::new(days, vec![1.0; 60]).unwrap();
    assert_eq!(
        s.x11(&X11Spec::default()).unwrap_err().code(),
        "frequency_mismatch"
    );
    let mut months: Vec<Period> = (0..49)
        .map(|i| Period::parse("2015-01").unwrap().shift(i).unwrap())
        .collect();
    months.remove(20);
    let s = Series::new(months, vec![10.0; 48]).unwrap();
    let e = s.x11(&X11Spec::default()).unwrap_err();
    assert_eq!(e.code(), "frequency_mismatch");
    assert!(
        e.message().contains("2016-08 is followed by 2016-10"),
        "{}",
        e.message()
    );
}

#[test]
fn the_adjusted_series_is_named_and_gives_growth() {
    use growthkit::{Indicator, Measure, Unit};
    let doc = cases();
    let case = &doc["cases"][7];
    let ind = Indicator::new(
        "sales",
        "Retail sales",
        Unit::parse("billion yuan").unwrap(),
        Measure::Flow,
    );
    let s = series(case).with_indicator(ind);
    let d = s.x11(&spec(&case["options"]).unwrap()).unwrap();
    assert_eq!(
        d.adjusted.indicator().unwrap().name(),
        "Retail sales, seasonally adjusted"
    );
    assert_eq!(d.trend.indicator().unwrap().code(), "sales_trend");
    let qoq = d.adjusted.pct_change(1).unwrap();
    let (a, b) = (d.adjusted.values()[5], d.adjusted.values()[4]);
    assert!((qoq.values()[5] - (a / b - 1.0)).abs() < 1e-15);
}

#[test]
fn regarima_then_x11_equals_x13() {
    use growthkit::seasonal::AdjustSpec;
    let doc = cases();
    for case in doc["adjust"].as_array().unwrap() {
        let o = &case["options"];
        let spec = AdjustSpec::from_names(
            o["transform"].as_str().unwrap(),
            o["arima"].as_str().unwrap(),
            o["forecast"].as_i64().unwrap(),
            o["mode"].as_str(),
            o["seasonal_filter"].as_str().unwrap(),
            None,
            (1.5, 2.5),
        )
        .unwrap();
        let s = series(case);
        let d = s.seasonal_adjust(&spec).unwrap();
        assert_tables(case, &s, &d, case["tol"].as_f64().unwrap());
        assert_eq!(
            d.forecasts.as_ref().unwrap().len(),
            o["forecast"].as_u64().unwrap() as usize
        );
        assert!(d.log_likelihood.is_some() && !d.coefficients.is_empty());
    }
}

#[test]
fn seasonal_adjust_refuses_what_it_cannot_do() {
    use growthkit::seasonal::AdjustSpec;
    let bad = |t: &str, m: &str| {
        AdjustSpec::from_names(t, m, 12, None, "msr", None, (1.5, 2.5))
            .unwrap_err()
            .code()
    };
    assert_eq!(bad("box-cox", "(0 1 1)(0 1 1)"), "invalid_argument");
    assert_eq!(bad("log", "(0 1 1)"), "invalid_argument");
    assert_eq!(bad("log", "airline"), "invalid_argument");
    let doc = cases();
    let s = series(&doc["cases"][7]);
    let spec = AdjustSpec::from_names(
        "log",
        "(0 1 1)(0 1 1)",
        12,
        Some("add"),
        "msr",
        None,
        (1.5, 2.5),
    )
    .unwrap();
    assert_eq!(
        s.seasonal_adjust(&spec).unwrap_err().code(),
        "invalid_argument"
    );
}

/// A case's regressors: X-13's names, or user series written into the case.
fn regressors(case: &Value) -> Vec<growthkit::seasonal::Regressor> {
    use growthkit::seasonal::Regressor;
    let list = case["regressors"].as_array().unwrap();
    list.iter()
        .map(|r| match r.as_str() {
            Some(name) => Regressor::parse(name).unwrap(),
            None => Regressor::User(series(r)),
        })
        .collect()
}

#[test]
fn regarima_with_regressors_equals_x13() {
    use growthkit::seasonal::AdjustSpec;
    let doc = cases();
    for case in doc["regression"].as_array().unwrap() {
        let o = &case["options"];
        let h = o["forecast"].as_u64().unwrap() as usize;
        let spec = AdjustSpec::from_names(
            o["transform"].as_str().unwrap(),
            o["arima"].as_str().unwrap(),
            h as i64,
            None,
            "msr",
            None,
            (1.5, 2.5),
        )
        .unwrap()
        .with_regressors(regressors(case));
        let types: Vec<&str> = o["outliers"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let spec = spec.with_outliers(&types, None).unwrap();
        let s = series(case);
        let d = s.seasonal_adjust(&spec).unwrap();
        let name = case["name"].as_str().unwrap();
        assert_tables(case, &s, &d, case["tol"].as_f64().unwrap());
        let fct = d.forecasts.as_ref().unwrap().values();
        for (got, want) in fct.iter().zip(case["forecasts"].as_array().unwrap()) {
            let want = want.as_f64().unwrap();
            assert!(
                (got - want).abs() <= 1e-6 * want.abs(),
                "{name}: forecast {got} vs {want}"
            );
        }
        let want = case["coefficients"].as_array().unwrap();
        assert_eq!(d.coefficients.len(), want.len(), "{name}");
        for (c, w) in d.coefficients.iter().zip(want) {
            let (v, se) = (w[1].as_f64().unwrap(), w[2].as_f64().unwrap());
            assert!(
                (c.value - v).abs() <= 1e-4,
                "{name}: {} {} vs {v}",
                c.name,
                c.value
            );
            assert!(
                (c.std_error - se).abs() <= 1e-4 * se,
                "{name}: {} se {} vs {se}",
                c.name,
                c.std_error
            );
        }
    }
}

#[test]
fn regressors_refuse_what_they_cannot_do() {
    use growthkit::seasonal::{AdjustSpec, Regressor};
    for bad in [
        "easter[0]",
        "easter[26]",
        "spring_festival[61,0]",
        "td2",
        "easter",
    ] {
        assert_eq!(
            Regressor::parse(bad).unwrap_err().code(),
            "invalid_argument",
            "{bad}"
        );
    }
    let doc = cases();
    let case = &doc["regression"][7]; // quarterly, 2009 on
    let s = series(case);
    let adjust = |r: Vec<Regressor>, t: &str, mode: Option<&str>| {
        let spec = AdjustSpec::from_names(t, "(0 1 1)(0 1 1)", 4, mode, "msr", None, (1.5, 2.5));
        s.seasonal_adjust(&spec.unwrap().with_regressors(r))
            .unwrap_err()
            .code()
    };
    // a window that always falls in the first quarter is constant once centred
    let sf = Regressor::parse("spring_festival[20,5]").unwrap();
    assert_eq!(adjust(vec![sf], "log", None), "invalid_argument");
    // a user regressor that does not cover the forecasts
    let short = Regressor::User(Series::new(s.periods().to_vec(), vec![1.0; s.len()]).unwrap());
    assert_eq!(adjust(vec![short], "log", None), "invalid_argument");
    // regression effects of the series itself are differences: add only
    assert_eq!(
        adjust(vec![Regressor::TradingDay], "none", Some("mult")),
        "invalid_argument"
    );
    // China's working days are known from 2008 to 2026
    let late: Vec<Period> = (0..48)
        .map(|i| Period::parse("2020-Q1").unwrap().shift(i).unwrap())
        .collect();
    let s2 = Series::new(late, s.values().to_vec()).unwrap();
    let spec = AdjustSpec::from_names("log", "(0 1 1)(0 1 1)", 4, None, "msr", None, (1.5, 2.5))
        .unwrap()
        .with_regressors(vec![Regressor::WorkingDaysCn]);
    assert_eq!(
        s2.seasonal_adjust(&spec).unwrap_err().code(),
        "out_of_range"
    );
}

#[test]
fn datasets_adjust_every_series_and_note_the_refused() {
    use growthkit::seasonal::{AdjustSpec, Regressor};
    use growthkit::{Dataset, KeyedSeries};
    let doc = cases();
    let monthly: Vec<&Value> = doc["regression"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["period"] == 12 && c["values"].as_array().unwrap().len() == 144)
        .take(2)
        .collect();
    let mut entries: Vec<KeyedSeries> = monthly
        .iter()
        .enumerate()
        .map(|(k, c)| {
            KeyedSeries::new(
                vec![format!("r{k}")],
                Default::default(),
                series(c),
                vec![None; 144],
            )
            .unwrap()
        })
        .collect();
    let short = series(monthly[0]);
    let short = Series::new(
        short.periods()[..24].to_vec(),
        short.values()[..24].to_vec(),
    )
    .unwrap();
    entries.push(
        KeyedSeries::new(
            vec!["short".into()],
            Default::default(),
            short,
            vec![None; 24],
        )
        .unwrap(),
    );
    let ds = Dataset::new(vec!["id".into()], entries).unwrap();
    let spec = AdjustSpec::from_names("log", "(0 1 1)(0 1 1)", 12, None, "msr", None, (1.5, 2.5))
        .unwrap()
        .with_regressors(vec![Regressor::TradingDay]);
    let out = ds.seasonal_adjust(&spec, "adjusted").unwrap();
    assert_eq!(out.entries().len(), 2);
    assert!(
        out.notes()
            .iter()
            .any(|n| n.contains("short") && n.contains("three years"))
    );
    for (e, c) in out.entries().iter().zip(&monthly) {
        let one = series(c).seasonal_adjust(&spec).unwrap();
        assert_eq!(e.series().values(), one.adjusted.values());
    }
    assert_eq!(
        ds.seasonal_adjust(&spec, "calendar").unwrap_err().code(),
        "invalid_argument"
    );
}
