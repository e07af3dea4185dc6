use growthkit::seasonal::{AdjustSpec, Regressor};
use growthkit::{Period, Series};

pub fn main() -> Result<(), growthkit::Error> {
    // Twelve years of monthly retail sales with a Spring Festival boost: 6 % more
    // in the month the festival falls in (January or February, published dates).
    let festival_month = [1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1]; // 2012 to 2023
    let pattern = [
        0.97, 0.90, 1.00, 0.99, 1.01, 1.00, 0.99, 1.00, 1.00, 1.02, 1.03, 1.09,
    ];
    let first = Period::parse("2012-01")?;
    let months: Vec<Period> = (0..144).map(|i| first.shift(i)).collect::<Result<_, _>>()?;
    let values: Vec<f64> = (0..144)
        .map(|i: usize| {
            let boost = if i % 12 + 1 == festival_month[i / 12] {
                1.06
            } else {
                1.0
            };
            let wobble = 1.0 + (((i * 37) % 11) as f64 - 5.0) / 2000.0; // a little irregular movement
            ((300.0 + 2.0 * i as f64) * pattern[i % 12] * boost * wobble * 10.0).round() / 10.0
        })
        .collect();
    let sales = Series::new(months, values.clone())?;

    // The share of the week before and the week from the festival in each month,
    // centred, as a regressor of the airline model on the logarithms.
    let spec = AdjustSpec::from_names("log", "(0 1 1)(0 1 1)", 12, None, "msr", None, (1.5, 2.5))?
        .with_regressors(vec![Regressor::parse("spring_festival[7,7]")?]);
    let d = sales.seasonal_adjust(&spec)?;
    let c = &d.coefficients[0];
    assert!(c.name == "Spring Festival[7,7]" && c.value / c.std_error > 3.0);

    // The festival effect leaves the adjusted series with the seasonal factors:
    // original = adjusted x seasonal x calendar (X-13's D11 x D10 x D18).
    let calendar = d
        .calendar
        .as_ref()
        .map(|c| c.values().to_vec())
        .unwrap_or_default();
    for (i, o) in values.iter().enumerate() {
        let whole = d.adjusted.values()[i] * d.seasonal.values()[i] * calendar[i];
        assert!((whole - o).abs() < 1e-9 * o);
    }
    Ok(())
}
