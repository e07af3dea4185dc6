use growthkit::{Period, Series, compare_periods};

pub fn main() -> Result<(), growthkit::Error> {
    // Tourism revenue over the National Day holiday (billion yuan):
    // eight days in 2023 (29 September to 6 October), seven in 2024.
    let days_2023 = Period::parse("2023-09-29/2023-10-06")?;
    let days_2024 = Period::parse("2024-10-01/2024-10-07")?;
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-12;

    // The headline rate mixes growth with the holiday's length.
    let c = compare_periods(&days_2024, 70.0, &days_2023, 72.0)?;
    assert!(c.unequal_length && c.current_days == 7 && c.previous_days == 8);
    assert!(close(c.growth, -1.0 / 36.0)); // 70 / 72 - 1 = -2/72: down 2.8 %
    assert!(close(c.per_day_growth, 1.0 / 9.0)); // (70/7) / (72/8) - 1 = 1/9: up 11.1 %

    // The same per day on a series of the two holidays.
    let revenue = Series::new(vec![days_2023, days_2024], vec![72.0, 70.0])?;
    let daily = revenue.per_day();
    assert!(close(daily.values()[0], 9.0)); // 72 / 8
    assert!(close(daily.values()[1], 10.0)); // 70 / 7
    Ok(())
}
