use growthkit::{Period, Target};

pub fn main() -> Result<(), growthkit::Error> {
    // A plan (invented): "500 charging stations by the end of 2025", from 200
    // at the end of 2022; 290 were built by the end of 2023.
    let plan = Target::new(
        500.0,
        Period::year(2025)?,
        Some((Period::year(2022)?, 200.0)),
    )?;
    let as_of = Period::year(2023)?;
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-12;

    // Progress is the share of the way, time the share of the days.
    assert!(close(plan.progress(290.0)?, 0.30)); // (290 - 200) / (500 - 200)
    assert!(close(plan.time_elapsed(&as_of)?, 365.0 / 1096.0)); // 2023 of 2023-2025
    assert!(!plan.on_track(290.0, &as_of)?); // 30 % of the way in 33 % of the time

    // What the two years left require, counted in days over 365.2425.
    let years = 731.0 / 365.2425; // 2024 and 2025
    let g = plan.required_growth(290.0, &as_of)?;
    assert!(close(g, (500.0_f64 / 290.0).powf(1.0 / years) - 1.0)); // about 31.3 % a year
    let pace = plan.required_pace(290.0, &as_of)?;
    assert!(close(pace, (500.0 - 290.0) / years)); // about 105 stations a year
    Ok(())
}
