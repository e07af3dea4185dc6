//! Runs every case of `tests/vectors/*.json` (the shared, language-neutral
//! vectors) against the Rust API, one test per case named `file:id`, so that
//! `cargo test --test vectors -- parse.json:` runs one file and
//! `cargo test --test vectors -- --exact parse.json:q-basic` one case.
//! An op this runner does not know fails, whatever the case expects.

use growthkit::{
    Base, Codelist, Codes, Date, Error, FiscalPart, Frequency, Indicator, Interval, Method,
    NamedBy, ParseOptions, Period, Quantity, Reported, Series, Target, Unit, WeekEnd, YearStart,
    kernels,
};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Map, Value, json};
use std::path::PathBuf;

/// Why a case did not produce a value: the core's error, or an op this
/// runner does not know (which fails every case, even one expecting an error).
#[derive(Debug)]
enum Fail {
    Core(Error),
    UnknownOp(String),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        Fail::Core(e)
    }
}

type Outcome = Result<Value, Fail>;

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors")
}

/// A number from a vector: null is NaN, "inf"/"-inf"/"nan" as named.
fn num(v: &Value) -> f64 {
    match v {
        Value::Null => f64::NAN,
        Value::String(s) if s == "inf" => f64::INFINITY,
        Value::String(s) if s == "-inf" => f64::NEG_INFINITY,
        Value::String(s) if s == "nan" => f64::NAN,
        other => other
            .as_f64()
            .unwrap_or_else(|| panic!("not a number: {other}")),
    }
}

fn out_num(x: f64) -> Value {
    if x.is_nan() { Value::Null } else { json!(x) }
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not an integer: {v}"))
}

/// An integer argument checked as the bindings check theirs
/// (`growthkit::args`): narrowed from an i64, or from a float beyond i64.
fn arg<T: growthkit::args::Whole>(v: &Value, name: &str) -> Result<T, Error> {
    match v.as_i64() {
        Some(x) => growthkit::args::narrow(name, x),
        None => growthkit::args::whole(name, num(v)),
    }
}

fn period(v: &Value) -> Result<Period, Error> {
    Period::parse(text(v))
}

fn date(v: &Value) -> Date {
    text(v)
        .parse()
        .unwrap_or_else(|e| panic!("bad date {v}: {e}"))
}

fn freq(v: &Value) -> Result<Frequency, Error> {
    Frequency::parse(text(v))
}

fn ints(v: &Value) -> Vec<i64> {
    v.as_array().expect("array").iter().map(int).collect()
}

fn out_nums(xs: Vec<f64>) -> Value {
    Value::Array(xs.into_iter().map(out_num).collect())
}

fn nums(v: &Value) -> Vec<f64> {
    v.as_array().expect("array").iter().map(num).collect()
}

fn series(v: &Value) -> Result<Series, Error> {
    let periods = v["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(period)
        .collect::<Result<Vec<_>, _>>()?;
    let s = Series::new(periods, nums(&v["values"]))?;
    Ok(match v.get("indicator") {
        Some(i) if !i.is_null() => {
            s.with_indicator(serde_json::from_value::<Indicator>(i.clone()).expect("indicator"))
        }
        _ => s,
    })
}

fn out_series(s: &Series) -> Value {
    let mut m = Map::new();
    m.insert(
        "periods".into(),
        json!(
            s.periods()
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
        ),
    );
    m.insert(
        "values".into(),
        Value::Array(s.values().iter().map(|&x| out_num(x)).collect()),
    );
    m.insert(
        "indicator".into(),
        serde_json::to_value(s.indicator()).expect("indicator"),
    );
    m.insert("json".into(), json!(s.to_json()));
    Value::Object(m)
}

fn period_facts(p: &Period) -> Value {
    json!({
        "period": p.to_string(), "frequency": p.frequency().to_string(),
        "start": p.start().to_string(), "end": p.end().to_string(),
        "days": p.days(), "year": p.year_number(),
    })
}

fn out_periods(ps: &[Period]) -> Value {
    json!(ps.iter().map(|p| p.to_string()).collect::<Vec<_>>())
}

fn base(args: &Value) -> Result<Base, Error> {
    args.get("base")
        .map_or(Ok(Base::Positive), |b| Base::parse(text(b)))
}

fn opt<'a>(args: &'a Value, key: &str) -> Option<&'a Value> {
    args.get(key).filter(|v| !v.is_null())
}

/// A published figure: its text, or `{value, decimals}`.
fn reported(v: &Value) -> Result<Reported, Error> {
    match v {
        Value::String(t) => Reported::parse(t),
        o => Reported::new(num(&o["value"]), arg(&o["decimals"], "decimals")?),
    }
}

fn interval(v: &Value) -> Result<Interval, Error> {
    Interval::new(num(&v[0]), num(&v[1]))
}

fn out_interval(i: Interval) -> Value {
    json!([i.lo(), i.hi()])
}

fn target(v: &Value) -> Result<Target, Error> {
    let baseline = match &v["baseline"] {
        Value::Null => None,
        b => Some((period(&b[0])?, num(&b[1]))),
    };
    Target::new(num(&v["value"]), period(&v["deadline"])?, baseline)
}

/// The statements of `text`, placed by `reference_date`.
fn statements(a: &Value) -> Result<Vec<growthkit::claims::Statement>, Error> {
    let date = match a["reference_date"].as_str() {
        Some(d) => Some(Period::parse(d)?.start()),
        None => None,
    };
    let text = a["text"].as_str().unwrap_or_default();
    growthkit::claims::extract(text, date, growthkit::claims::Lang::Auto)
}

fn run(op: &str, a: &Value) -> Outcome {
    let s = || series(&a["series"]);
    let other = |k: &str| series(&a[k]);
    let ser = |r: Result<Series, Error>| r.map(|s| out_series(&s));
    Ok(match op {
        "period.parse" => period_facts(&period(&a["text"])?),
        "period.new" => {
            let n = || arg::<u32>(&a["number"], "number");
            let y = || arg::<i32>(&a["year"], "year");
            let p = match text(&a["kind"]) {
                "year" => Period::year(y()?),
                "semiannual" => Period::semiannual(y()?, n()?),
                "quarter" => Period::quarter(y()?, n()?),
                "month" => Period::month(y()?, n()?),
                "week" => Period::week(y()?, n()?),
                "day" => Period::day(date(&a["date"])),
                "span" => Period::span(date(&a["start"]), date(&a["end"])),
                k => return Err(Fail::UnknownOp(format!("period.new of kind {k}"))),
            }?;
            json!(p.to_string())
        }
        "period.containing" => {
            json!(Period::containing(freq(&a["frequency"])?, date(&a["date"]))?.to_string())
        }
        "period.shift" => json!(period(&a["period"])?.shift(arg(&a["n"], "n")?)?.to_string()),
        "period.year_ago" => {
            let n = opt(a, "n").map_or(1, int);
            json!(period(&a["period"])?.year_ago(n)?.to_string())
        }
        "period.contains" => json!(period(&a["period"])?.contains(&period(&a["other"])?)),
        "period.overlaps" => json!(period(&a["period"])?.overlaps(&period(&a["other"])?)),
        "period.to_frequency" => json!(
            period(&a["period"])?
                .to_frequency(freq(&a["frequency"])?)?
                .to_string()
        ),
        "period.subperiods" => {
            out_periods(&period(&a["period"])?.subperiods(freq(&a["frequency"])?)?)
        }
        "period.subperiods_count" => json!(
            period(&a["period"])?
                .subperiods(freq(&a["frequency"])?)?
                .len()
        ),
        "period.range" => out_periods(&Period::range(&period(&a["first"])?, &period(&a["last"])?)?),
        "period.ordinal" => json!(period(&a["period"])?.ordinal()),
        "period.from_ordinal" => {
            json!(Period::from_ordinal(freq(&a["frequency"])?, int(&a["n"]))?.to_string())
        }
        "period.label" => json!(period(&a["period"])?.label(text(&a["lang"]))?),
        "frequency.parse" => json!(freq(&a["text"])?.to_string()),
        "frequency.from_sdmx" => {
            let list =
                opt(a, "codelist").map_or(Ok(Codelist::Sdmx), |c| Codelist::parse(text(c)))?;
            json!(Frequency::from_sdmx(text(&a["code"]), list)?.to_string())
        }
        "period.parse_with" => {
            let mut o = ParseOptions::new();
            if let Some(s) = opt(a, "fiscal_start") {
                o = o.fiscal_start(YearStart::parse(text(s))?);
            }
            if let Some(s) = opt(a, "reporting_year_start") {
                o = o.reporting_year_start(YearStart::parse(text(s))?);
            }
            if let Some(c) = opt(a, "codes") {
                o = o.codes(Codes::parse(text(c))?);
            }
            if let Some(n) = opt(a, "named_by") {
                o = o.named_by(NamedBy::parse(text(n))?);
            }
            period_facts(&Period::parse_with(text(&a["text"]), &o)?)
        }
        "period.fiscal" => {
            let p = Period::fiscal(
                FiscalPart::parse(text(&a["part"]))?,
                arg(&a["year"], "year")?,
                arg(&a["n"], "n")?,
                YearStart::parse(text(&a["start"]))?,
                NamedBy::parse(text(&a["named_by"]))?,
            )?;
            json!(p.to_string())
        }
        "period.business_day" => json!(Period::business_day(date(&a["date"]))?.to_string()),
        "period.week_ending" => json!(
            Period::week_ending(date(&a["date"]), WeekEnd::parse(text(&a["end"]))?)?.to_string()
        ),
        "period.to_sdmx" => json!(period(&a["period"])?.to_sdmx()),
        "frequency.periods_per_year" => json!(freq(&a["frequency"])?.periods_per_year()),
        "frequency.sdmx_code" => json!(freq(&a["frequency"])?.sdmx_code().map(String::from)),
        "unit.parse" => {
            let u = Unit::parse(text(&a["text"]))?;
            json!({"base": u.base(), "scale": u.scale(), "text": u.to_string()})
        }
        "quantity.to_scale" | "quantity.convert" => {
            let q = Quantity::new(num(&a["value"]), Unit::parse(text(&a["unit"]))?)?;
            let r = if op == "quantity.to_scale" {
                q.to_scale(arg(&a["scale"], "scale")?)?
            } else {
                q.convert(&Unit::parse(text(&a["to"]))?)?
            };
            json!({"value": r.value(), "unit": r.unit().to_string()})
        }
        "scalar.pct_change" => json!(growthkit::pct_change(
            num(&a["current"]),
            num(&a["previous"])
        )?),
        "scalar.implied_previous" => json!(growthkit::implied_previous(
            num(&a["current"]),
            num(&a["growth"])
        )?),
        "scalar.project" => {
            let n = opt(a, "periods").map_or(1.0, num);
            json!(growthkit::project(num(&a["value"]), num(&a["growth"]), n)?)
        }
        "scalar.cagr" => json!(growthkit::cagr(
            num(&a["first"]),
            num(&a["last"]),
            num(&a["years"])
        )?),
        "scalar.annualize" => json!(growthkit::annualize(
            num(&a["rate"]),
            num(&a["periods_per_year"])
        )?),
        "scalar.deannualize" => json!(growthkit::deannualize(
            num(&a["rate"]),
            num(&a["periods_per_year"])
        )?),
        "scalar.two_year_average" => {
            json!(growthkit::two_year_average(num(&a["g1"]), num(&a["g2"]))?)
        }
        "scalar.log_change" => json!(growthkit::log_change(
            num(&a["current"]),
            num(&a["previous"])
        )?),
        "scalar.pp_change" => json!(growthkit::pp_change(
            num(&a["current_rate"]),
            num(&a["previous_rate"])
        )?),
        "scalar.contribution" => json!(growthkit::contribution(
            num(&a["component_now"]),
            num(&a["component_before"]),
            num(&a["total_before"])
        )?),
        "scalar.contribution_share" => json!(growthkit::contribution_share(
            num(&a["component_now"]),
            num(&a["component_before"]),
            num(&a["total_now"]),
            num(&a["total_before"])
        )?),
        "scalar.required_growth" => json!(growthkit::required_growth(
            num(&a["current"]),
            num(&a["target"]),
            num(&a["periods"])
        )?),
        "series.new" => ser(s())?,
        "series.frequency" => json!(s()?.frequency().map(|f| f.to_string())),
        "series.get" => json!(s()?.get(&period(&a["period"])?)),
        "series.slice" => ser(Ok(s()?.slice(&period(&a["first"])?, &period(&a["last"])?)))?,
        "series.add" => ser(Ok(&s()? + &other("other")?))?,
        "series.sub" => ser(Ok(&s()? - &other("other")?))?,
        "series.mul" => ser(Ok(&s()? * &other("other")?))?,
        "series.div" => ser(Ok(&s()? / &other("other")?))?,
        "series.from_json" => ser(Series::from_json(text(&a["json"])))?,
        "series.yoy" => ser(Ok(s()?.yoy_with(base(a)?)))?,
        "series.pct_change" => ser(s()?.pct_change_with(int(&a["lag"]), base(a)?))?,
        "series.diff" => ser(s()?.diff(int(&a["lag"])))?,
        "series.yoy_diff" => ser(Ok(s()?.yoy_diff()))?,
        "series.log_diff" => ser(s()?.log_diff(int(&a["lag"])))?,
        "series.annualized" => ser(s()?.annualized_with(int(&a["lag"]), base(a)?))?,
        "series.two_year_average" => ser(Ok(s()?.two_year_average_with(base(a)?)))?,
        "series.transform" => ser(Ok(s()?.transform(text(&a["code"]).parse()?)))?,
        "series.cumulate_ytd" => ser(s()?.cumulate_ytd())?,
        "series.decumulate_ytd" => ser(s()?.decumulate_ytd())?,
        "series.ytd_period_growth" => ser(Series::ytd_period_growth(
            &other("ytd_values")?,
            &other("ytd_growth")?,
        ))?,
        "series.aggregate" => {
            let method = opt(a, "method")
                .map(|m| Method::parse(text(m)))
                .transpose()?;
            let min_count = opt(a, "min_count")
                .map(|m| arg(m, "min_count"))
                .transpose()?;
            ser(s()?.aggregate(freq(&a["frequency"])?, method, min_count))?
        }
        "series.rolling" => ser(s()?.rolling(
            arg(&a["window"], "window")?,
            Method::parse(text(&a["method"]))?,
        ))?,
        "series.rebase" => {
            ser(s()?.rebase(&period(&a["base"])?, opt(a, "value").map_or(100.0, num)))?
        }
        "series.deflate" => ser(s()?.deflate(&other("price_index")?, &period(&a["base"])?))?,
        "series.per_day" => ser(Ok(s()?.per_day()))?,
        "series.share_of" => ser(Ok(s()?.share_of(&other("total")?)))?,
        "series.contribution_to" => ser(Ok(s()?.contribution_to(&other("total")?)))?,
        "series.contribution_to_previous" => {
            ser(Ok(s()?.contribution_to_previous(&other("total")?)))?
        }
        "series.contribution_share_previous" => {
            ser(Ok(s()?.contribution_share_previous(&other("total")?)))?
        }
        "unit.label" => json!(Unit::parse(text(&a["text"]))?.label(text(&a["lang"]))?),
        "interval.json" => {
            serde_json::from_str(&Interval::from_json(text(&a["json"]))?.to_json()).expect("json")
        }
        "interval.mul_json" => {
            serde_json::from_str(&(interval(&a["a"])? * interval(&a["b"])?).to_json())
                .expect("json")
        }
        "series.contribution_share" => ser(Ok(s()?.contribution_share(&other("total")?)))?,
        "kernels.lag_growth" => out_nums(kernels::lag_growth(&nums(&a["values"]), int(&a["lag"]))?),
        "kernels.grouped_growth" => {
            let values = nums(&a["values"]);
            out_nums(kernels::grouped_growth(
                &ints(&a["ids"]),
                &ints(&a["ordinals"]),
                &values,
                int(&a["lag"]),
            )?)
        }
        "kernels.decumulate_ytd" => {
            let (values, f) = (nums(&a["values"]), freq(&a["frequency"])?);
            out_nums(kernels::decumulate_ytd(
                &ints(&a["ids"]),
                &ints(&a["ordinals"]),
                &values,
                f,
            )?)
        }
        "kernels.grouped_yoy" => {
            let (values, f) = (nums(&a["values"]), freq(&a["frequency"])?);
            let op = if opt(a, "diff").and_then(Value::as_bool) == Some(true) {
                kernels::Against::Diff
            } else {
                kernels::Against::Growth(Base::Positive)
            };
            let mut out = vec![0.0; values.len()];
            let ords = ints(&a["ordinals"]);
            match a["ids"]
                .as_array()
                .and_then(|v| v.first())
                .map(Value::is_string)
            {
                Some(true) => {
                    let ids: Vec<&str> =
                        a["ids"].as_array().expect("ids").iter().map(text).collect();
                    kernels::grouped_yoy_into(&ids, &ords, &values, f, op, &mut out)?
                }
                _ => kernels::grouped_yoy_into(&ints(&a["ids"]), &ords, &values, f, op, &mut out)?,
            }
            out_nums(out)
        }
        "kernels.parse_periods" => {
            let texts: Vec<&str> = a["texts"]
                .as_array()
                .expect("texts")
                .iter()
                .map(text)
                .collect();
            let p = kernels::parse_periods(&texts)?;
            json!({
                "frequencies": p.frequencies.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
                "ordinals": p.ordinals,
            })
        }
        "claims.extract" => Value::Array(
            statements(a)?
                .iter()
                .map(|s| serde_json::from_str(&s.to_json()).unwrap_or(Value::Null))
                .collect(),
        ),
        "claims.check" => {
            let mut by_kind = Map::new();
            for f in growthkit::claims::check(&statements(a)?)? {
                let zh = f
                    .message
                    .chars()
                    .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
                let entry = by_kind
                    .entry(f.kind.as_str())
                    .or_insert_with(|| json!({"consistent": true, "message_zh": zh}));
                if !f.consistent {
                    entry["consistent"] = Value::Bool(false);
                }
            }
            Value::Object(by_kind)
        }
        "reported.parse" | "reported.new" => {
            let r = if op == "reported.parse" {
                reported(&a["text"])?
            } else {
                reported(a)?
            };
            json!({"value": r.value(), "decimals": r.decimals(), "interval": out_interval(r.interval()), "text": r.to_string()})
        }
        "interval.new" => out_interval(interval(&a["a"])?),
        "interval.add" => out_interval(interval(&a["a"])? + interval(&a["b"])?),
        "interval.sub" => out_interval(interval(&a["a"])? - interval(&a["b"])?),
        "interval.mul" => out_interval(interval(&a["a"])? * interval(&a["b"])?),
        "interval.div" => out_interval(interval(&a["a"])?.checked_div(&interval(&a["b"])?)?),
        "interval.powf" => out_interval(interval(&a["a"])?.powf(num(&a["exponent"]))?),
        "interval.root" => out_interval(interval(&a["a"])?.root(arg(&a["n"], "n")?)?),
        "interval.contains" => json!(interval(&a["a"])?.contains(num(&a["x"]))),
        "interval.overlaps" => json!(interval(&a["a"])?.overlaps(&interval(&a["b"])?)),
        "interval.measure" => {
            let i = interval(&a["a"])?;
            json!({"width": i.width(), "midpoint": i.midpoint()})
        }
        "published.implied_previous_range" => out_interval(growthkit::implied_previous_range(
            &reported(&a["current"])?,
            &reported(&a["growth_pct"])?,
        )?),
        "published.check_growth" | "published.check_share" => {
            let c = if op == "published.check_growth" {
                growthkit::check_growth(
                    &reported(&a["current"])?,
                    &reported(&a["previous"])?,
                    &reported(&a["growth_pct"])?,
                )?
            } else {
                growthkit::check_share(
                    &reported(&a["part"])?,
                    &reported(&a["total"])?,
                    &reported(&a["share_pct"])?,
                )?
            };
            json!({"consistent": c.consistent, "implied": out_interval(c.implied), "gap_pp": c.gap_pp})
        }
        "published.check_sum" => {
            let parts = a["parts"]
                .as_array()
                .expect("parts")
                .iter()
                .map(reported)
                .collect::<Result<Vec<_>, _>>()?;
            let c = growthkit::check_sum(&parts, &reported(&a["total"])?)?;
            json!({"consistent": c.consistent, "implied": out_interval(c.implied), "gap": c.gap})
        }
        "target.new" => json!(target(&a["target"])?.value()),
        "target.progress" => json!(target(&a["target"])?.progress(num(&a["actual"]))?),
        "target.time_elapsed" => json!(target(&a["target"])?.time_elapsed(&period(&a["as_of"])?)?),
        "target.on_track" => {
            json!(target(&a["target"])?.on_track(num(&a["actual"]), &period(&a["as_of"])?)?)
        }
        "target.required_growth" => {
            json!(target(&a["target"])?.required_growth(num(&a["current"]), &period(&a["as_of"])?)?)
        }
        "target.required_pace" => {
            json!(target(&a["target"])?.required_pace(num(&a["current"]), &period(&a["as_of"])?)?)
        }
        "compare_periods" => {
            let c = growthkit::compare_periods(
                &period(&a["current_period"])?,
                num(&a["current"]),
                &period(&a["previous_period"])?,
                num(&a["previous"]),
            )?;
            json!({
                "growth": c.growth, "per_day_growth": c.per_day_growth,
                "current_days": c.current_days, "previous_days": c.previous_days,
                "unequal_length": c.unequal_length,
            })
        }
        _ => return Err(Fail::UnknownOp(op.to_string())),
    })
}

/// Whether `got` matches `expect`: objects by the keys of `expect`, numbers
/// within `tol` relative (absolute below 1), null for NaN.
fn matches(expect: &Value, got: &Value, tol: f64) -> bool {
    match (expect, got) {
        (Value::Object(e), Value::Object(g)) => e
            .iter()
            .all(|(k, ev)| g.get(k).is_some_and(|gv| matches(ev, gv, tol))),
        (Value::Array(e), Value::Array(g)) => {
            e.len() == g.len() && e.iter().zip(g).all(|(a, b)| matches(a, b, tol))
        }
        (Value::Number(e), Value::Number(g)) => {
            let (e, g) = (
                e.as_f64().unwrap_or(f64::NAN),
                g.as_f64().unwrap_or(f64::NAN),
            );
            (e - g).abs() <= tol * e.abs().max(1.0)
        }
        (e, g) => e == g,
    }
}

/// One case: `Ok` when the outcome is what the case expects.
fn check(case: &Value) -> Result<(), Failed> {
    let tol = case.get("tol").and_then(Value::as_f64).unwrap_or(1e-9);
    let op = case["op"].as_str().ok_or("a case without an op")?;
    let outcome = run(op, &case["args"]);
    match (case.get("expect"), case.get("error"), outcome) {
        (_, _, Err(Fail::UnknownOp(op))) => {
            Err(format!("unknown op `{op}`: the Rust runner must know every op").into())
        }
        (Some(e), None, Ok(got)) if matches(e, &got, tol) => Ok(()),
        (None, Some(err), Err(Fail::Core(got))) if err["code"] == got.code() => Ok(()),
        (Some(e), None, got) => Err(format!("expected {e}, got {got:?}").into()),
        (None, Some(err), got) => Err(format!("expected error {err}, got {got:?}").into()),
        _ => Err("a case needs exactly one of `expect` and `error`".into()),
    }
}

/// Every case of every file, as a test named `file:id`.
fn trials() -> Vec<Trial> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in &files {
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(file).expect("read")).expect("json");
        for case in doc["cases"].as_array().expect("cases").iter().cloned() {
            let id = case["id"].as_str().expect("id").to_string();
            trials.push(Trial::test(format!("{name}:{id}"), move || check(&case)));
        }
    }
    assert!(
        trials.len() >= 150,
        "too few vector cases: {}",
        trials.len()
    );
    trials
}

fn main() {
    libtest_mimic::run(&Arguments::from_args(), trials()).exit();
}
