//! Criterion benchmarks of the core: kernels, period parsing and the
//! calendar-matched series transforms. `make bench` runs them.

use criterion::{Criterion, criterion_group, criterion_main};
use growthkit::{Frequency, Method, Period, Series, kernels};
use std::hint::black_box;

/// A deterministic pseudo-random sequence (xorshift), so runs compare.
fn noise(n: usize, seed: u64) -> Vec<f64> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            50.0 + (s % 10_000) as f64 / 100.0
        })
        .collect()
}

/// A panel of `ids` ids by `months` months, rows in id-then-month order.
fn panel(ids: usize, months: usize) -> (Vec<i64>, Vec<i64>, Vec<f64>) {
    let id: Vec<i64> = (0..ids * months).map(|r| (r / months) as i64).collect();
    let ord: Vec<i64> = (0..ids * months)
        .map(|r| 480 + (r % months) as i64)
        .collect();
    (id, ord, noise(ids * months, 7))
}

/// A permutation of `0..n` (Fisher-Yates with the xorshift above).
fn shuffle(n: usize) -> Vec<usize> {
    let mut p: Vec<usize> = (0..n).collect();
    let r = noise(n, 99);
    for i in (1..n).rev() {
        let j = (r[i] * 1e6) as usize % (i + 1);
        p.swap(i, j);
    }
    p
}

fn kernels_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("kernels");
    g.sample_size(10);
    let x = noise(10_000_000, 1);
    let mut out = vec![0.0; x.len()];
    g.bench_function("lag_growth 10M into out", |b| {
        b.iter(|| kernels::lag_growth_into(black_box(&x), 12, &mut out).unwrap())
    });
    g.bench_function("lag_growth 10M new array", |b| {
        b.iter(|| kernels::lag_growth(black_box(&x), 12).unwrap())
    });
    let (id, ord, val) = panel(10_000, 240);
    let mut out = vec![0.0; val.len()];
    g.bench_function("grouped_growth 10k x 240 sorted", |b| {
        b.iter(|| kernels::grouped_growth_into(&id, &ord, &val, 12, &mut out).unwrap())
    });
    let p = shuffle(val.len());
    let (sid, sord, sval): (Vec<i64>, Vec<i64>, Vec<f64>) = (
        p.iter().map(|&i| id[i]).collect(),
        p.iter().map(|&i| ord[i]).collect(),
        p.iter().map(|&i| val[i]).collect(),
    );
    g.bench_function("grouped_growth 10k x 240 shuffled", |b| {
        b.iter(|| kernels::grouped_growth_into(&sid, &sord, &sval, 12, &mut out).unwrap())
    });
    let (id, ord, val) = panel(10_000, 120);
    let mut out = vec![0.0; val.len()];
    g.bench_function("decumulate_ytd 10k x 120", |b| {
        b.iter(|| {
            kernels::decumulate_ytd_into(&id, &ord, &val, Frequency::Monthly, &mut out).unwrap()
        })
    });
    let texts: Vec<String> = (0..1_000_000)
        .map(|i| {
            if i % 2 == 0 {
                format!("{}Q{}", 1990 + i % 30, 1 + i % 4)
            } else {
                format!("{}-{:02}", 1990 + i % 30, 1 + i % 12)
            }
        })
        .collect();
    g.bench_function("parse_periods 1M", |b| {
        b.iter(|| kernels::parse_periods(black_box(&texts)).unwrap())
    });
    g.finish();
}

fn series_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("series");
    g.sample_size(10);
    let days = Period::range(
        &Period::parse("1000-01-01").unwrap(),
        &Period::parse("3737-11-26").unwrap(),
    )
    .unwrap();
    let n = days.len();
    let s = Series::new(days, noise(n, 3)).unwrap();
    g.bench_function("yoy 1M days", |b| b.iter(|| black_box(&s).yoy()));
    g.bench_function("aggregate 1M days to months", |b| {
        b.iter(|| {
            black_box(&s)
                .aggregate(Frequency::Monthly, Some(Method::Sum), None)
                .unwrap()
        })
    });
    let months = Period::range(
        &Period::month(1000, 1).unwrap(),
        &Period::month(9999, 12).unwrap(),
    )
    .unwrap();
    let ytd = Series::new(months.clone(), noise(months.len(), 5))
        .unwrap()
        .cumulate_ytd()
        .unwrap();
    g.bench_function("decumulate_ytd 108k months", |b| {
        b.iter(|| black_box(&ytd).decumulate_ytd().unwrap())
    });
    g.bench_function("Period::parse", |b| {
        b.iter(|| Period::parse(black_box("2020年第三季度")).unwrap())
    });
    g.finish();
}

criterion_group!(benches, kernels_bench, series_bench);
criterion_main!(benches);
