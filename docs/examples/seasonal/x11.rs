use growthkit::seasonal::X11Spec;
use growthkit::{Period, Series};

pub fn main() -> Result<(), growthkit::Error> {
    // Four years of monthly retail sales (billion yuan): a trend, a December
    // peak and a February trough.
    let pattern = [
        0.97, 0.90, 1.00, 0.99, 1.01, 1.00, 0.99, 1.00, 1.00, 1.02, 1.03, 1.09,
    ];
    let first = Period::parse("2021-01")?;
    let months: Vec<Period> = (0..48).map(|i| first.shift(i)).collect::<Result<_, _>>()?;
    let values =
        (0..48).map(|i| ((300.0 + 2.0 * i as f64) * pattern[i % 12] * 10.0).round() / 10.0);
    let sales = Series::new(months.clone(), values.collect())?;

    let d = sales.x11(&X11Spec::default())?; // X-13's defaults: mult, msr, automatic Henderson
    // Under five years X-11 takes the stable seasonal filter, and a smooth series
    // (I/C below 1) the 9-term Henderson: x13as says "Stable" and "9-term" for it.
    assert_eq!((d.seasonal_filter.name(), d.trend_filter), ("stable", 9));

    // Adjusted times seasonal gives back the original (D11 x D10 = O).
    for p in &months {
        let (a, s, o) = (
            d.adjusted.get(p).unwrap(),
            d.seasonal.get(p).unwrap(),
            sales.get(p).unwrap(),
        );
        assert!((a * s - o).abs() < 1e-9 * o);
    }

    // Growth on the previous month, as a release prints it, is on the adjusted series.
    let mom = d.adjusted.pct_change(1)?;
    let (dec, nov) = (Period::parse("2024-12")?, Period::parse("2024-11")?);
    let g = mom.get(&dec).unwrap();
    assert!(
        (g - (d.adjusted.get(&dec).unwrap() / d.adjusted.get(&nov).unwrap() - 1.0)).abs() < 1e-15
    );
    assert!(g.abs() < 0.02); // the December peak is gone
    Ok(())
}
