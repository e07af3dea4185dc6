//! Property tests: laws that must hold for every period and series.

use growthkit::{Frequency, Method, Period, Series, implied_previous, pct_change};
use proptest::prelude::*;

/// Days from 1970-01-01 of 0001-01-01 and 9999-12-31.
const FIRST_DAY: i64 = -719_162;
const LAST_DAY: i64 = 2_932_896;

fn day(n: i64) -> Period {
    Period::from_ordinal(Frequency::Daily, n).unwrap()
}

fn periods_in(
    years: std::ops::RangeInclusive<i32>,
    max_span: i64,
) -> impl Strategy<Value = Period> {
    let first = i64::from(*years.start());
    let last = i64::from(*years.end());
    // Daily ordinals of 1 January of the first year and 31 December of the last.
    let lo = Period::year(first as i32).unwrap().start();
    let (lo, hi) = (
        Period::day(lo).unwrap().ordinal().unwrap(),
        Period::day(Period::year(last as i32).unwrap().end())
            .unwrap()
            .ordinal()
            .unwrap(),
    );
    prop_oneof![
        years.clone().prop_map(|y| Period::year(y).unwrap()),
        (years.clone(), 1u32..=2).prop_map(|(y, h)| Period::semiannual(y, h).unwrap()),
        (years.clone(), 1u32..=4).prop_map(|(y, q)| Period::quarter(y, q).unwrap()),
        (years.clone(), 1u32..=12).prop_map(|(y, m)| Period::month(y, m).unwrap()),
        (years.clone(), 1u32..=53).prop_filter_map("no week 53", |(y, w)| Period::week(y, w).ok()),
        (lo..=hi).prop_map(day),
        (lo..=hi - max_span, 1i64..=max_span).prop_map(|(s, len)| {
            Period::span(day(s).start(), day(s + len - 1).start()).unwrap()
        }),
    ]
}

fn any_period() -> impl Strategy<Value = Period> {
    // Week 52 of 9999 runs into year 10000, so weeks stop at 9998.
    prop_oneof![
        periods_in(1..=9998, 800),
        periods_in(9999..=9999, 300)
            .prop_filter("weeks of 9999", |p| p.frequency() != Frequency::Weekly)
    ]
}

/// A period no longer than a year, within 1900-2100.
fn modest_period() -> impl Strategy<Value = Period> {
    periods_in(1900..=2100, 366)
}

/// Up to five whole years of monthly values from 2015 on.
fn monthly_years() -> impl Strategy<Value = Series> {
    (1usize..=5, prop::collection::vec(-1e6f64..1e6, 60)).prop_map(|(years, values)| {
        let periods = Period::range(
            &Period::month(2015, 1).unwrap(),
            &Period::month(2014 + years as i32, 12).unwrap(),
        )
        .unwrap();
        let n = periods.len();
        Series::new(periods, values[..n].to_vec()).unwrap()
    })
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn text_round_trips(p in any_period()) {
        prop_assert_eq!(Period::parse(&p.to_string()).unwrap(), p);
    }

    #[test]
    fn shift_undoes_itself(p in any_period(), n in -500i64..=500) {
        if let Ok(q) = p.shift(n) {
            prop_assert_eq!(q.shift(-n).unwrap(), p);
            prop_assert_eq!(q.frequency(), p.frequency());
            if matches!(p.frequency(), Frequency::Weekly | Frequency::Daily | Frequency::Span) {
                prop_assert_eq!(q.days(), p.days());
            }
        }
    }

    #[test]
    fn ordinals_round_trip(p in any_period()) {
        match p.ordinal() {
            Some(n) => prop_assert_eq!(Period::from_ordinal(p.frequency(), n).unwrap(), p),
            None => prop_assert_eq!(p.frequency(), Frequency::Span),
        }
    }

    #[test]
    fn ordinals_are_dense(p in any_period()) {
        if let (Some(n), Ok(next)) = (p.ordinal(), p.next()) {
            prop_assert_eq!(next.ordinal(), Some(n + 1));
        }
    }

    #[test]
    fn days_tile_the_period(p in modest_period()) {
        let days = p.subperiods(Frequency::Daily).unwrap();
        prop_assert_eq!(days.len() as i64, p.days());
        prop_assert_eq!(days[0].start(), p.start());
        prop_assert_eq!(days[days.len() - 1].end(), p.end());
        for pair in days.windows(2) {
            prop_assert!(p.contains(&pair[0]));
            prop_assert_eq!(pair[0].next().unwrap(), pair[1]);
        }
    }

    #[test]
    fn every_day_lies_in_its_week_month_quarter_half_year(n in FIRST_DAY + 7..=LAST_DAY - 7) {
        let d = day(n);
        for f in [Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Semiannual, Frequency::Annual] {
            let p = d.to_frequency(f).unwrap();
            prop_assert!(p.contains(&d), "{} not in {}", d, p);
        }
    }

    #[test]
    fn decumulate_undoes_cumulate(s in monthly_years()) {
        let back = s.cumulate_ytd().unwrap().decumulate_ytd().unwrap();
        prop_assert_eq!(back.periods(), s.periods());
        for (a, b) in back.values().iter().zip(s.values()) {
            // Cumulating a year of values up to 1e6 loses at most a few ulps of the running total.
            prop_assert!((a - b).abs() <= 1e-8, "{} != {}", a, b);
        }
    }

    #[test]
    fn decumulate_undoes_cumulate_with_a_january_february_release(s in monthly_years()) {
        // The first January and February come as one span, as NBS publishes them.
        let jan_feb = Period::span(s.periods()[0].start(), s.periods()[1].end()).unwrap();
        let mut periods = vec![jan_feb];
        periods.extend_from_slice(&s.periods()[2..]);
        let mut values = vec![s.values()[0] + s.values()[1]];
        values.extend_from_slice(&s.values()[2..]);
        let x = Series::new(periods, values).unwrap();
        let back = x.cumulate_ytd().unwrap().decumulate_ytd().unwrap();
        prop_assert_eq!(back.periods(), x.periods());
        for (a, b) in back.values().iter().zip(x.values()) {
            prop_assert!((a - b).abs() <= 1e-8, "{} != {}", a, b);
        }
    }

    #[test]
    fn implied_previous_inverts_pct_change(p in 1e-3f64..1e9, ratio in 1e-3f64..1e3) {
        // Growth from -99.9 % to +99,900 %. Nearer -100 %, `c / p - 1` keeps
        // too few digits of `1 + g` for any float arithmetic to recover `p`
        // to 1e-12 (at c / p = 1e-12 the cancellation leaves four digits).
        let c = p * ratio;
        let g = pct_change(c, p).unwrap();
        prop_assert!(close(implied_previous(c, g).unwrap(), p, 1e-12));
    }

    #[test]
    fn yoy_ignores_scale(s in monthly_years(), k in 1e-3f64..1e3) {
        let scaled = s.zip_with(&s, |x, _| x * k);
        for (a, b) in scaled.yoy().values().iter().zip(s.yoy().values()) {
            prop_assert!((a.is_nan() && b.is_nan()) || (a - b).abs() <= 1e-12 * (1.0 + b.abs()));
        }
    }

    #[test]
    fn sum_of_a_flow_is_the_sum_of_its_complete_parts(
        s in monthly_years(),
        holes in prop::collection::vec(0usize..60, 0..4),
    ) {
        let mut values = s.values().to_vec();
        for h in holes {
            if let Some(v) = values.get_mut(h) {
                *v = f64::NAN;
            }
        }
        let s = Series::new(s.periods().to_vec(), values).unwrap();
        let annual = s.aggregate(Frequency::Annual, Some(Method::Sum), None).unwrap();
        for (year, total) in annual.iter() {
            let months: Vec<f64> = s.iter().filter(|(p, _)| year.contains(p)).map(|(_, v)| v).collect();
            let expected = if months.len() == 12 && months.iter().all(|v| !v.is_nan()) {
                months.iter().sum()
            } else {
                f64::NAN
            };
            prop_assert!(close(total, expected, 1e-12), "{}: {} != {}", year, total, expected);
        }
    }
}

/// A naive reference for grouped growth: a map from (id, ordinal) to value.
fn grouped_reference(ids: &[i64], ords: &[i64], vals: &[f64], lag: i64) -> Vec<f64> {
    let map: std::collections::BTreeMap<(i64, i64), f64> = ids
        .iter()
        .zip(ords)
        .zip(vals)
        .map(|((&i, &o), &v)| ((i, o), v))
        .collect();
    ids.iter()
        .zip(ords)
        .zip(vals)
        .map(|((&i, &o), &v)| match map.get(&(i, o - lag)) {
            Some(&b) if b > 0.0 => v / b - 1.0,
            _ => f64::NAN,
        })
        .collect()
}

/// A panel with unique (id, ordinal) rows, in a random order or sorted, with
/// dense or sparse ordinals.
fn panel() -> impl Strategy<Value = (Vec<i64>, Vec<i64>, Vec<f64>, i64)> {
    (
        prop::collection::btree_set((0i64..20, -50i64..50), 0..200),
        prop::sample::select(vec![1i64, 1_000_000_007]),
        any::<bool>(),
        prop::sample::select(vec![1i64, 2, 12, -1]),
        any::<u64>(),
    )
        .prop_map(|(keys, spread, sorted, lag, seed)| {
            let mut rows: Vec<(i64, i64)> =
                keys.into_iter().map(|(i, o)| (i, o * spread)).collect();
            if !sorted {
                let mut s = seed | 1;
                for i in (1..rows.len()).rev() {
                    s ^= s << 13;
                    s ^= s >> 7;
                    s ^= s << 17;
                    rows.swap(i, (s % (i as u64 + 1)) as usize);
                }
            }
            let vals = rows
                .iter()
                .map(|&(i, o)| ((i * 31 + o).rem_euclid(97)) as f64 - 5.0)
                .collect();
            let lag = lag * spread;
            (
                rows.iter().map(|r| r.0).collect(),
                rows.iter().map(|r| r.1).collect(),
                vals,
                lag,
            )
        })
}

proptest! {
    // Half the panels have sparse ordinals, which the decumulate test skips.
    #![proptest_config(ProptestConfig { cases: 1000, max_global_rejects: 100_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn grouped_growth_matches_a_naive_join((ids, ords, vals, lag) in panel()) {
        let ours = growthkit::kernels::grouped_growth(&ids, &ords, &vals, lag).unwrap();
        let reference = grouped_reference(&ids, &ords, &vals, lag);
        for (a, b) in ours.iter().zip(&reference) {
            prop_assert!((a.is_nan() && b.is_nan()) || a == b, "{} != {}", a, b);
        }
    }

    #[test]
    fn the_decumulate_kernel_agrees_with_the_series((ids, ords, vals, _lag) in panel()) {
        prop_assume!(ords.iter().all(|o| o.abs() < 1000)); // months, not the sparse variant
        let kernel = growthkit::kernels::decumulate_ytd(&ids, &ords, &vals, Frequency::Monthly).unwrap();
        for id in ids.iter().collect::<std::collections::BTreeSet<_>>() {
            let rows: Vec<usize> = (0..ids.len()).filter(|&r| ids[r] == *id).collect();
            let periods = rows.iter().map(|&r| Period::from_ordinal(Frequency::Monthly, ords[r]).unwrap()).collect();
            let s = Series::new(periods, rows.iter().map(|&r| vals[r]).collect()).unwrap();
            let flows = s.decumulate_ytd().unwrap();
            for &r in &rows {
                let p = Period::from_ordinal(Frequency::Monthly, ords[r]).unwrap();
                // Where the series gives a January-February span the kernel gives NaN for February.
                let expected = flows.get(&p).unwrap_or(f64::NAN);
                prop_assert!((kernel[r].is_nan() && expected.is_nan()) || kernel[r] == expected, "{}: {} != {}", p, kernel[r], expected);
            }
        }
    }
}

#[test]
fn ten_megabyte_texts_give_short_errors() {
    let huge = format!("2020-Q{}", "9".repeat(10_000_000));
    let errors = [
        Period::parse(&huge).unwrap_err(),
        growthkit::Unit::parse(&format!("10^{huge} yuan")).unwrap_err(),
        growthkit::Reported::parse(&huge).unwrap_err(),
        Series::from_json(&"[".repeat(100_000)).unwrap_err(),
    ];
    for e in errors {
        assert!(e.message().len() < 2_000, "{} bytes", e.message().len());
    }
}

#[test]
fn bytes_that_are_not_utf8_never_reach_the_parsers() {
    // Rust's &str is UTF-8 by type; text from bytes goes through from_utf8
    // or from_utf8_lossy first, and the replacement character is refused.
    let bytes: Vec<u8> = [b"2020-Q".as_slice(), &[0xff]].concat();
    assert!(std::str::from_utf8(&bytes).is_err());
    let lossy = String::from_utf8_lossy(&bytes);
    assert_eq!(Period::parse(&lossy).unwrap_err().code(), "invalid_period");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, failure_persistence: None, ..ProptestConfig::default() })]

    /// A unit that reads prints back to itself (the fuzzer once found one
    /// that did not: a base beginning with a scale word).
    #[test]
    fn unit_text_round_trips(text in "(10\\^[0-9 ]{0,3}|billion |万|亿|)[a-z0-9^ 万亿元%]{0,8}") {
        if let Ok(u) = growthkit::Unit::parse(&text) {
            prop_assert_eq!(growthkit::Unit::parse(&u.to_string()), Ok(u));
        }
    }
}

#[test]
fn series_json_numbers_read_exactly() {
    // Found by fuzzing: a long decimal was read 1 ulp off, so the series
    // did not survive a second round trip. Python's float() reads it as
    // 2.2222222222222223e+107 (correctly rounded).
    let doc = format!(
        r#"{{"periods": ["2021-01"], "values": [{}0.5]}}"#,
        "2".repeat(107)
    );
    let s = Series::from_json(&doc).unwrap();
    assert_eq!(s.values()[0], 2.2222222222222223e107);
    assert_eq!(
        Series::from_json(&s.to_json()).unwrap().to_json(),
        s.to_json()
    );
}

/// Fiscal periods of every part, start day and naming; business days; weeks
/// ending on every weekday but Sunday.
fn new_kinds() -> impl Strategy<Value = Period> {
    use growthkit::{FiscalPart, NamedBy, WeekEnd, YearStart};
    let part = prop_oneof![
        Just(FiscalPart::Year),
        Just(FiscalPart::Half),
        Just(FiscalPart::FourMonths),
        Just(FiscalPart::Quarter),
        Just(FiscalPart::Month),
    ];
    let named = prop_oneof![Just(NamedBy::Start), Just(NamedBy::End)];
    let end = prop_oneof![
        Just(WeekEnd::Monday),
        Just(WeekEnd::Wednesday),
        Just(WeekEnd::Friday),
        Just(WeekEnd::Saturday),
    ];
    prop_oneof![
        (part, 2i32..=9998, 1u32..=12, 1u32..=12, 1u32..=28, named).prop_filter_map(
            "part number within the year",
            |(part, y, n, m, d, named)| {
                let start = YearStart::new(m, d).ok()?;
                Period::fiscal(part, y, n, start, named).ok()
            }
        ),
        (-700_000i64..2_900_000).prop_filter_map("a weekday", |n| {
            Period::business_day(day(n).start()).ok()
        }),
        (-700_000i64..2_900_000, end)
            .prop_map(|(n, e)| Period::week_ending(day(n).start(), e).unwrap()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Canonical text reads back; ordinals round-trip; the next period
    /// starts the day after this one ends; a year ago is a shift by the
    /// periods of a year for fiscal kinds.
    #[test]
    fn new_kinds_behave(p in new_kinds()) {
        prop_assert_eq!(Period::parse(&p.to_string()).unwrap(), p);
        let ord = p.ordinal().unwrap();
        prop_assert_eq!(Period::from_ordinal(p.frequency(), ord).unwrap(), p);
        if let Ok(next) = p.next() {
            if p.frequency() != Frequency::BusinessDaily {
                prop_assert_eq!(next.start(), p.end().tomorrow().unwrap());
            }
            prop_assert!(next.start() > p.end());
            prop_assert_eq!(next.prev().unwrap(), p);
        }
        if let (Frequency::Fiscal(f), Ok(before)) = (p.frequency(), p.year_ago(1)) {
            prop_assert_eq!(before.shift(f.part.per_year()).unwrap(), p);
            prop_assert_eq!(before.number(), p.number());
        }
        prop_assert!(p.contains(&Period::containing(Frequency::Daily, p.start()).unwrap()));
        prop_assert_eq!(Period::containing(p.frequency(), p.end()).unwrap(), p);
    }
}

proptest! {
    /// The integer year-ago of a day number is the calendar's: the same
    /// date a year before through `Period::year_ago`, 29 February to 28.
    #[test]
    fn daily_year_ago_ordinals_match_the_calendar(day in -700_000i64..2_900_000) {
        let p = growthkit::Period::from_ordinal(growthkit::Frequency::Daily, day).unwrap();
        let want = p.year_ago(1).ok().and_then(|b| b.ordinal());
        let got = growthkit::kernels::year_ago_ordinals(growthkit::Frequency::Daily, &[day]).unwrap();
        prop_assert_eq!(got, vec![want]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// The one-pass matching on ordinals gives what looking each base
    /// period up gives: pct_change, yoy and the two-year average, on series
    /// of every simple kind with gaps.
    #[test]
    fn matching_on_ordinals_is_the_calendar_lookup(
        kind in 0usize..6,
        start in 5_000i64..20_000,
        keep in proptest::collection::vec(any::<bool>(), 1..400),
        lag in -3i64..4,
    ) {
        let freq = [Frequency::Monthly, Frequency::Quarterly, Frequency::Daily, Frequency::Weekly,
            Frequency::BusinessDaily, Frequency::Annual][kind];
        let start = if freq == Frequency::Annual { start / 1000 } else if freq == Frequency::Daily { start } else { start / 10 };
        let periods: Vec<Period> = keep.iter().enumerate().filter(|(_, k)| **k)
            .map(|(i, _)| Period::from_ordinal(freq, start + i as i64).unwrap()).collect();
        let values: Vec<f64> = (0..periods.len()).map(|i| 50.0 + ((i * 37) % 101) as f64).collect();
        let s = Series::new(periods.clone(), values).unwrap();
        let reference = |back: &dyn Fn(&Period) -> Option<Period>, f: &dyn Fn(f64, f64) -> f64| -> Vec<f64> {
            s.periods().iter().zip(s.values()).map(|(p, &x)| {
                back(p).and_then(|b| s.lookup(&b)).map_or(f64::NAN, |b| f(x, b))
            }).collect()
        };
        let same = |a: &[f64], b: &[f64]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || (x.is_nan() && y.is_nan()));
        let growth = |x: f64, b: f64| if b > 0.0 { x / b - 1.0 } else { f64::NAN };
        if lag != 0 {
            let want = reference(&|p| p.shift(-lag).ok(), &growth);
            prop_assert!(same(s.pct_change(lag).unwrap().values(), &want));
            let e = f64::from(freq.periods_per_year().unwrap()) / lag as f64;
            let want = reference(&|p| p.shift(-lag).ok(), &|x, b| (1.0 + growth(x, b)).powf(e) - 1.0);
            let want: Vec<f64> = want.into_iter().map(|v| if v.is_finite() { v } else { f64::NAN }).collect();
            prop_assert!(same(s.annualized(lag).unwrap().values(), &want));
        }
        let want = reference(&|p| p.year_ago(1).ok(), &growth);
        prop_assert!(same(s.yoy().values(), &want));
        let want = reference(&|p| p.year_ago(2).ok(), &|x, b| (1.0 + growth(x, b)).sqrt() - 1.0);
        prop_assert!(same(s.two_year_average().values(), &want));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Rolling windows on ordinals give what looking each period of the
    /// window up gives: complete windows only, a missing value missing.
    #[test]
    fn rolling_on_ordinals_is_the_calendar_lookup(
        kind in 0usize..4,
        keep in proptest::collection::vec(any::<bool>(), 1..300),
        holes in proptest::collection::vec(any::<bool>(), 300),
        window in 1usize..6,
    ) {
        let freq = [Frequency::Monthly, Frequency::Daily, Frequency::Weekly, Frequency::BusinessDaily][kind];
        let periods: Vec<Period> = keep.iter().enumerate().filter(|(_, k)| **k)
            .map(|(i, _)| Period::from_ordinal(freq, 1000 + i as i64).unwrap()).collect();
        let values: Vec<f64> = (0..periods.len())
            .map(|i| if holes[i] && i % 7 == 0 { f64::NAN } else { 10.0 + ((i * 13) % 17) as f64 })
            .collect();
        let s = Series::new(periods, values).unwrap();
        let want: Vec<f64> = s.periods().iter().map(|p| {
            let w: Option<Vec<f64>> = (0..window as i64).rev().map(|k| p.shift(-k).ok().and_then(|q| s.get(&q))).collect();
            w.map_or(f64::NAN, |w| w.iter().sum::<f64>() / w.len() as f64)
        }).collect();
        let got = s.rolling(window, Method::Mean).unwrap();
        let same = got.values().iter().zip(&want).all(|(x, y)| (x - y).abs() < 1e-12 || (x.is_nan() && y.is_nan()));
        prop_assert!(same && got.values().len() == want.len());
    }
}

proptest! {
    /// Without gaps a lag is a row offset: the consecutive path gives what
    /// looking each base period up gives.
    #[test]
    fn consecutive_lags_are_row_offsets(n in 1usize..300, lag in -5i64..6, kind in 0usize..3) {
        prop_assume!(lag != 0);
        let freq = [Frequency::Monthly, Frequency::Daily, Frequency::BusinessDaily][kind];
        let periods: Vec<Period> = (0..n as i64).map(|i| Period::from_ordinal(freq, 2000 + i).unwrap()).collect();
        let values: Vec<f64> = (0..n).map(|i| if i % 11 == 3 { 0.0 } else { 10.0 + (i % 7) as f64 }).collect();
        let s = Series::new(periods, values).unwrap();
        let want: Vec<f64> = s.periods().iter().zip(s.values()).map(|(p, &x)| {
            p.shift(-lag).ok().and_then(|b| s.lookup(&b)).map_or(f64::NAN, |b| if b > 0.0 { x / b - 1.0 } else { f64::NAN })
        }).collect();
        let got = s.pct_change(lag).unwrap();
        prop_assert!(got.values().iter().zip(&want).all(|(a, b)| a == b || (a.is_nan() && b.is_nan())));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]
    /// Flags carried by rows (a series of one kind) are the flags carried
    /// through the calendar: the same monthly rows, made a series of mixed
    /// kinds by one annual period far before them, take the general path.
    #[test]
    fn flags_by_rows_are_flags_by_the_calendar(
        keep in proptest::collection::vec(any::<bool>(), 2..120),
        marks in proptest::collection::vec(0usize..5, 120),
        lag in 1i64..4,
    ) {
        use growthkit::{Dataset, Flag};
        prop_assume!(keep.iter().any(|k| *k));
        let codes = [None, Some("B"), Some("e"), Some("p"), None];
        let mut rows = Vec::new();
        for (i, k) in keep.iter().enumerate() {
            if *k {
                let p = Period::from_ordinal(Frequency::Monthly, 600 + i as i64).unwrap();
                let flag = codes[marks[i]].map(Flag::new);
                rows.push((vec!["m".to_string()], p, 10.0 + i as f64, flag.clone()));
                rows.push((vec!["x".to_string()], p, 10.0 + i as f64, flag));
            }
        }
        // The mixed-kind twin: one annual period long before.
        rows.push((vec!["x".to_string()], Period::year(1900).unwrap(), 1.0, None));
        let ds = Dataset::from_rows(vec!["k".into()], rows).unwrap();
        for out in [ds.pct_change(lag).unwrap(), ds.yoy().unwrap(), ds.two_year_average().unwrap()] {
            let m = out.get(&[("k", "m")]).unwrap();
            let x = out.get(&[("k", "x")]).unwrap();
            let fm: Vec<_> = m.flags().iter().map(|f| f.as_ref().map(|f| f.code().to_string())).collect();
            let fx: Vec<_> = x.flags().iter().skip(1).map(|f| f.as_ref().map(|f| f.code().to_string())).collect();
            prop_assert_eq!(fm, fx);
        }
    }
}

proptest! {
    /// A series made from ordinals (periods made on demand) is the series
    /// made from the periods themselves, and transforms alike.
    #[test]
    fn series_from_ordinals_is_series_from_periods(
        kind in 0usize..4,
        keep in proptest::collection::vec(any::<bool>(), 1..200),
    ) {
        let freq = [Frequency::Monthly, Frequency::Daily, Frequency::Weekly, Frequency::Quarterly][kind];
        let ords: Vec<i64> = keep.iter().enumerate().filter(|(_, k)| **k).map(|(i, _)| 100 + i as i64).collect();
        let values: Vec<f64> = ords.iter().map(|&o| (o % 13) as f64 + 1.0).collect();
        let periods: Vec<Period> = ords.iter().map(|&o| Period::from_ordinal(freq, o).unwrap()).collect();
        let a = Series::from_ordinals(freq, &ords, values.clone()).unwrap();
        let b = Series::new(periods, values).unwrap();
        let mut texts = Vec::new();
        a.for_each_period_text(|t| texts.push(t.to_string()));
        prop_assert_eq!(texts, b.periods().iter().map(|p| p.to_string()).collect::<Vec<_>>());
        prop_assert_eq!(a.day_numbers(), b.periods().iter().map(Period::day_numbers).unzip());
        prop_assert!(a.yoy().same_as(&b.yoy()));
        prop_assert_eq!(a.frequency(), b.frequency());
        prop_assert!(a.same_as(&b));
        prop_assert_eq!(a.periods(), b.periods());
    }
}

proptest! {
    /// A series of days anywhere in years 1 to 9999 writes its texts and day
    /// numbers from its ordinals as the periods themselves give them.
    #[test]
    fn day_texts_from_ordinals_are_the_periods_texts(
        jumps in proptest::collection::vec(-719_162i64..2_932_896, 1..50),
        (start, run) in (-719_162i64..2_931_000, 1i64..1_500),
    ) {
        // Days here and there, and a run of consecutive days (month and year
        // ends, 29 February in leap years).
        let mut days: Vec<i64> = jumps.into_iter().chain(start..start + run).collect();
        days.sort_unstable();
        days.dedup();
        let s = Series::from_ordinals(Frequency::Daily, &days, vec![1.0; days.len()]).unwrap();
        let mut texts = Vec::new();
        s.for_each_period_text(|t| texts.push(t.to_string()));
        let periods: Vec<Period> = days.iter().map(|&d| Period::from_ordinal(Frequency::Daily, d).unwrap()).collect();
        prop_assert_eq!(texts, periods.iter().map(|p| p.to_string()).collect::<Vec<_>>());
        prop_assert_eq!(s.day_numbers(), (days.clone(), days));
    }
}

/// A shuffled panel of over a million rows, which the kernels share out
/// among the cores, gives the naive join's numbers row by row, with gaps,
/// a missing base and a negative lag.
#[test]
fn a_large_shuffled_panel_matches_a_naive_join() {
    let (n_ids, months) = (4_600i64, 240i64);
    let mut rows: Vec<(i64, i64)> = (0..n_ids * months)
        .map(|i| (i / months, 600 + i % months))
        .filter(|&(id, o)| (id * 7 + o) % 53 != 0)
        .collect();
    assert!(rows.len() > 1 << 20);
    let mut s = 0x2545_f491_4f6c_dd1du64;
    for i in (1..rows.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        rows.swap(i, (s % (i as u64 + 1)) as usize);
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let ords: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let vals: Vec<f64> = rows
        .iter()
        .map(|&(i, o)| ((i * 31 + o) % 97) as f64 - 5.0)
        .collect();
    for lag in [12, 1, -3] {
        let ours = growthkit::kernels::grouped_growth(&ids, &ords, &vals, lag).unwrap();
        let reference = grouped_reference(&ids, &ords, &vals, lag);
        let same = ours
            .iter()
            .zip(&reference)
            .all(|(a, b)| (a.is_nan() && b.is_nan()) || a == b);
        assert!(same, "lag {lag}");
    }
    // A row repeated in the other half of the rows is still found.
    let (mut ids, mut ords, mut vals) = (ids, ords, vals);
    ids.push(ids[0]);
    ords.push(ords[0]);
    vals.push(1.0);
    let e = growthkit::kernels::grouped_growth(&ids, &ords, &vals, 12).unwrap_err();
    assert_eq!(e.code(), "duplicate_period");
    assert!(
        e.message()
            .contains(&format!("rows 0 and {}", ids.len() - 1)),
        "{}",
        e.message()
    );
}
