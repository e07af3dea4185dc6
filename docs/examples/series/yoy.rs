use growthkit::{Period, Series};

pub fn main() -> Result<(), growthkit::Error> {
    // Monthly retail sales (billion yuan); March 2022 was never published.
    let sales = Series::from_texts(
        &[
            "2022-01", "2022-02", "2022-04", "2023-01", "2023-02", "2023-03", "2023-04",
        ],
        vec![200.0, 160.0, 210.0, 250.0, 200.0, 220.0, 231.0],
    )?;
    let close =
        |rate: Option<f64>, expected: f64| rate.is_some_and(|r| (r - expected).abs() < 1e-12);

    // Year on year: each month against the same month a year earlier.
    let yoy = sales.yoy();
    assert!(close(yoy.get(&Period::parse("2023-01")?), 0.25)); // 250 / 200 - 1
    assert!(close(yoy.get(&Period::parse("2023-04")?), 0.10)); // 231 / 210 - 1
    assert_eq!(yoy.get(&Period::parse("2023-03")?), None); // no March 2022, so no rate

    // Month on month: against the month before, also found by the calendar.
    let mom = sales.pct_change(1)?;
    assert!(close(mom.get(&Period::parse("2023-02")?), -0.20)); // 200 / 250 - 1
    assert!(close(mom.get(&Period::parse("2023-03")?), 0.10)); // 220 / 200 - 1
    assert_eq!(mom.get(&Period::parse("2022-04")?), None); // March 2022 is missing
    Ok(())
}
