//! Runs the facts tables `tests/facts/round2.json` and `round3.json` (what
//! a reader must find in each real file of `../shared/fixtures`, written by
//! hand from the files' SOURCES; see `tests/facts/README.md`) against the
//! readers, one test per file named `round3:<file>`, so that
//! `cargo test --test fixtures -- round3:` runs one table and a failure
//! names its file. A file on a table's `pending` list must still fail (it
//! says `NOT YET READ`); once it passes, its test fails until it is taken
//! off the list.

use growthkit::read::index_to_growth;
use growthkit::{Dataset, Frequency, KeyedSeries, Period};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Map, Value};
use std::fs::File;
use std::path::{Path, PathBuf};

mod shared;

/// The facts tables, each with its name in the tests' names.
const TABLES: [(&str, &str); 2] = [("round2", "round2.json"), ("round3", "round3.json")];

fn facts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/facts")
}

fn text<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field]
        .as_str()
        .unwrap_or_else(|| panic!("`{field}` is not a string in {v}"))
}

/// Reads a file through the one entry point that decides the format from
/// the content (the entries' `reader` hints are for the bindings that lack it).
fn read(path: &Path) -> Result<Dataset, growthkit::Error> {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    growthkit::read::any(file)
}

/// The one series a partial key singles out: by its dimensions, or else by
/// its dimensions and series attributes together.
fn find<'a>(ds: &'a Dataset, key: &Value) -> Result<&'a KeyedSeries, String> {
    let key: Vec<(&str, &str)> = key
        .as_object()
        .map(Map::iter)
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or("")))
        .collect();
    let dims = ds.dimensions();
    let by_key = |e: &KeyedSeries, d: &str, c: &str| {
        dims.iter()
            .position(|x| x == d)
            .is_some_and(|i| e.key()[i] == c)
    };
    let strict: Vec<&KeyedSeries> = ds
        .entries()
        .iter()
        .filter(|e| key.iter().all(|(d, c)| by_key(e, d, c)))
        .collect();
    if let [one] = strict[..] {
        return Ok(one);
    }
    let loose: Vec<&KeyedSeries> = ds
        .entries()
        .iter()
        .filter(|e| {
            key.iter()
                .all(|(d, c)| by_key(e, d, c) || e.attributes().get(*d).is_some_and(|a| a == c))
        })
        .collect();
    match loose[..] {
        [one] => Ok(one),
        _ => Err(format!(
            "key {key:?} matches {} series (dimensions {dims:?})",
            loose.len()
        )),
    }
}

/// The dataset of just that series, for the dataset-level transforms (which carry flags).
fn only(ds: &Dataset, e: &KeyedSeries) -> Result<Dataset, String> {
    let full: Vec<(&str, &str)> = ds
        .dimensions()
        .iter()
        .map(String::as_str)
        .zip(e.key().iter().map(String::as_str))
        .collect();
    ds.select(&full).map_err(|x| x.to_string())
}

/// The period a fact names, in the series' own frequency: a date names the
/// business day or the week ending on a weekday that holds it.
fn period_in(text: &str, e: &KeyedSeries) -> Result<Period, String> {
    let p = Period::parse(text).map_err(|x| format!("bad period `{text}` in the facts: {x}"))?;
    match e.series().frequency() {
        Some(f @ (Frequency::BusinessDaily | Frequency::WeeklyEnding(_)))
            if p.frequency() == Frequency::Daily =>
        {
            Period::containing(f, p.start()).map_err(|x| x.to_string())
        }
        _ => Ok(p),
    }
}

/// Index of `period` in the series, or a failure naming it.
fn index_of(e: &KeyedSeries, period: &Period) -> Result<usize, String> {
    e.series()
        .periods()
        .iter()
        .position(|x| x == period)
        .ok_or_else(|| format!("no observation at {period}"))
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(f64::MIN_POSITIVE)
}

fn flag_of(e: &KeyedSeries, i: usize) -> Option<String> {
    e.flags()
        .get(i)
        .cloned()
        .flatten()
        .map(|f| f.code().to_string())
}

/// A value fact (`value` or `missing`, optional `flag`) against series `e` at its period.
fn check_point(e: &KeyedSeries, fact: &Value, tol: Option<f64>) -> Result<(), String> {
    let p = period_in(text(fact, "period"), e)?;
    let i = index_of(e, &p)?;
    let got = e.series().values()[i];
    if fact["missing"] == true {
        if !got.is_nan() {
            return Err(format!("at {p}: want missing, got {got}"));
        }
    } else {
        let want = fact["value"]
            .as_f64()
            .unwrap_or_else(|| panic!("no value in {fact}"));
        let ok = match tol {
            Some(t) => (got - want).abs() <= t,
            None => close(got, want, 1e-9),
        };
        if !ok {
            return Err(format!("at {p}: want {want}, got {got}"));
        }
    }
    if let Some(flag) = fact.as_object().and_then(|o| o.get("flag")) {
        let want = flag.as_str().map(String::from);
        let got = flag_of(e, i);
        if got != want {
            return Err(format!("flag at {p}: want {want:?}, got {got:?}"));
        }
    }
    Ok(())
}

/// Every fact of one entry checked against the dataset read; the failures, one line each.
fn check(ds: &Dataset, entry: &Value) -> Vec<String> {
    let mut fails = Vec::new();
    let mut fail = |what: &str, r: Result<(), String>| {
        if let Err(e) = r {
            fails.push(format!("{what}: {e}"));
        }
    };
    let all: Vec<f64> = ds
        .entries()
        .iter()
        .flat_map(|e| e.series().values().iter().copied())
        .collect();
    let present = all.iter().filter(|x| !x.is_nan()).count();
    let counts = [
        ("series", ds.len()),
        ("observations", ds.n_observations()),
        ("present", present),
        ("missing", all.len() - present),
    ];
    for (name, got) in counts {
        if let Some(want) = entry[name].as_u64() {
            let ok = got as u64 == want;
            fail(
                name,
                ok.then_some(()).ok_or(format!("want {want}, got {got}")),
            );
        }
    }
    if let Some(want) = entry["flag_counts"].as_object() {
        let mut got: std::collections::BTreeMap<String, u64> = Default::default();
        for e in ds.entries() {
            for f in e.flags().iter().flatten() {
                *got.entry(f.code().to_string()).or_default() += 1;
            }
        }
        let want: std::collections::BTreeMap<String, u64> = want
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
            .collect();
        fail(
            "flag_counts",
            (got == want)
                .then_some(())
                .ok_or(format!("want {want:?}, got {got:?}")),
        );
    }
    let list = |name: &str| entry[name].as_array().cloned().unwrap_or_default();
    for fact in list("lengths") {
        fail(
            "lengths",
            find(ds, &fact["key"]).and_then(|e| {
                let (want, got) = (fact["observations"].as_u64(), e.series().len() as u64);
                (want == Some(got))
                    .then_some(())
                    .ok_or(format!("{}: want {want:?}, got {got}", fact["key"]))
            }),
        );
    }
    for fact in list("values") {
        fail(
            "values",
            find(ds, &fact["key"]).and_then(|e| check_point(e, &fact, None)),
        );
    }
    for fact in list("units") {
        fail(
            "units",
            find(ds, &fact["key"]).and_then(|e| {
                let unit = e
                    .series()
                    .indicator()
                    .map(|i| i.unit().clone())
                    .ok_or("no unit")?;
                let base_ok = fact["base"].as_str().is_none_or(|b| b == unit.base());
                let scale_ok = fact["scale"]
                    .as_i64()
                    .is_none_or(|s| s == i64::from(unit.scale()));
                (base_ok && scale_ok).then_some(()).ok_or(format!(
                    "{}: want {} {}, got {} {}",
                    fact["key"],
                    fact["base"],
                    fact["scale"],
                    unit.base(),
                    unit.scale()
                ))
            }),
        );
    }
    for fact in list("frequency") {
        fail(
            "frequency",
            find(ds, &fact["key"]).and_then(|e| {
                let got = e.series().frequency().map(|f| f.to_string());
                let want = fact["frequency"].as_str().map(String::from);
                (got == want)
                    .then_some(())
                    .ok_or(format!("want {want:?}, got {got:?}"))
            }),
        );
    }
    let growth = list("yoy")
        .into_iter()
        .map(|f| ("yoy".to_string(), f))
        .chain(
            list("growth")
                .into_iter()
                .map(|f| (text(&f, "op").to_string(), f)),
        );
    for (op, fact) in growth {
        fail(
            &op,
            find(ds, &fact["key"]).and_then(|e| {
                let one = only(ds, e)?;
                let out = match op.as_str() {
                    "yoy" => one.yoy(),
                    "pct_change" => one.pct_change(fact["lag"].as_i64().unwrap_or(1)),
                    "index_to_growth" => index_to_growth(&one),
                    "decumulate_ytd" => one.decumulate_ytd(),
                    other => panic!("unknown op `{other}` in the facts"),
                }
                .map_err(|x| x.to_string())?;
                check_point(&out.entries()[0], &fact, fact["tol"].as_f64())
            }),
        );
    }
    fails
}

/// Reads the file and checks its facts: `Ok` when all hold, else every failure.
fn outcome(path: &Path, entry: &Value) -> Result<(), Vec<String>> {
    let read = read(path);
    if let Some(code) = entry["refuse"].as_str() {
        return match read {
            Err(e) if e.code() == code => Ok(()),
            Err(e) => Err(vec![format!("refused with {}, not {code}: {e}", e.code())]),
            Ok(ds) => Err(vec![format!(
                "read {} series, must refuse with {code}",
                ds.len()
            )]),
        };
    }
    let ds = read.map_err(|e| vec![format!("cannot read: {} ({e})", e.code())])?;
    let fails = check(&ds, entry);
    if fails.is_empty() { Ok(()) } else { Err(fails) }
}

fn run(dir: &Path, entry: &Value, pending: Option<&str>) -> Result<(), Failed> {
    let file = text(entry, "file");
    let got = outcome(&dir.join(file), entry);
    match (got, pending) {
        (Ok(()), None) => Ok(()),
        (Err(fails), None) => Err(fails.join("\n").into()),
        (Err(fails), Some(reason)) => {
            println!("NOT YET READ: {file}: {reason}");
            for f in fails.iter().take(5) {
                println!("    {f}");
            }
            Ok(())
        }
        (Ok(()), Some(reason)) => {
            Err(format!("{file} now passes all its facts: take it off `pending` ({reason})").into())
        }
    }
}

fn trials() -> Vec<Trial> {
    let dir = shared::shared("fixtures");
    let mut trials = Vec::new();
    for (name, table) in TABLES {
        let path = facts_dir().join(table);
        let text = std::fs::read_to_string(&path).unwrap();
        let facts: Value = serde_json::from_str(&text).unwrap();
        let pending = facts["pending"].as_object().cloned().unwrap_or_default();
        let files = facts["files"].as_array().cloned().unwrap_or_default();
        for file in pending.keys() {
            assert!(
                files.iter().any(|e| e["file"] == file.as_str()),
                "{table}: pending file {file} has no entry"
            );
        }
        for entry in files {
            let file = entry["file"].as_str().unwrap_or("").to_string();
            let reason = pending.get(&file).and_then(Value::as_str).map(String::from);
            let ignored = dir.is_none();
            let dir = dir.clone();
            let trial = Trial::test(format!("{name}:{file}"), move || match &dir {
                Some(d) => run(d, &entry, reason.as_deref()),
                None => Ok(()),
            });
            trials.push(trial.with_ignored_flag(ignored));
        }
    }
    trials
}

fn main() {
    libtest_mimic::run(&Arguments::from_args(), trials()).exit();
}
