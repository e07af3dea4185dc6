//! Series built from arbitrary periods and values, put through every
//! transform: no panics, and no infinities in any result.
#![no_main]

use arbitrary::Arbitrary;
use growthkit::{Base, Frequency, FredTransform, Method, Period, Series, WeekEnd, kernels};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    kind: u8,
    starts: Vec<i32>,
    values: Vec<f64>,
    lag: i64,
    window: u8,
    freq: u8,
    ids: Vec<i8>,
}

/// Every kind with ordinals: the fixed ones but span, weeks ending Saturday,
/// and a fiscal quarter (April starts, named by the end year).
fn kinds() -> Vec<Frequency> {
    let mut k: Vec<Frequency> = Frequency::ALL.iter().copied().filter(|&f| f != Frequency::Span).collect();
    k.push(Frequency::WeeklyEnding(WeekEnd::Saturday));
    k.extend(Frequency::parse("fiscal_quarterly(--04-01,end)"));
    k
}

fn period(kind: u8, n: i32) -> Option<Period> {
    let kinds = kinds();
    let freq = kinds[usize::from(kind) % kinds.len()];
    Period::from_ordinal(freq, i64::from(n)).ok()
}

fuzz_target!(|input: Input| {
    let periods: Vec<Period> = input.starts.iter().filter_map(|&n| period(input.kind, n)).collect();
    let values: Vec<f64> = input.values.iter().copied().take(periods.len()).collect();
    let Ok(s) = Series::new(periods.iter().copied().take(values.len()).collect(), values.clone()) else {
        return;
    };
    let kinds = kinds();
    let freq = kinds[usize::from(input.freq) % kinds.len()];
    let mut results = vec![s.yoy(), s.yoy_with(Base::Absolute), s.yoy_diff(), s.two_year_average(), s.per_day()];
    results.extend([s.pct_change(input.lag), s.diff(input.lag), s.log_diff(input.lag), s.annualized(input.lag)].into_iter().flatten());
    results.extend(FredTransform::ALL.iter().map(|&t| s.transform(t)));
    results.extend([s.cumulate_ytd(), s.decumulate_ytd(), s.rolling(usize::from(input.window), Method::Mean)].into_iter().flatten());
    results.extend(s.aggregate(freq, Some(Method::Sum), None).ok());
    results.extend(s.aggregate(freq, Some(Method::Max), Some(1)).ok());
    results.extend([s.share_of(&s), s.contribution_to(&s), s.contribution_share(&s), &s / &s, &s * &s]);
    for r in &results {
        assert!(r.values().iter().all(|v| !v.is_infinite()), "an infinity in {r:?}");
    }
    let ords: Vec<i64> = input.starts.iter().map(|&n| i64::from(n)).collect();
    let ids: Vec<i8> = input.ids.iter().copied().cycle().take(ords.len()).collect();
    if ids.len() == ords.len() {
        let v: Vec<f64> = (0..ords.len()).map(|i| values.get(i).copied().unwrap_or(1.0)).collect();
        let _ = kernels::grouped_growth(&ids, &ords, &v, input.lag);
        let _ = kernels::decumulate_ytd(&ids, &ords, &v, freq);
        let _ = kernels::lag_growth(&v, input.lag);
    }
});
