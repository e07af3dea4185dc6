use growthkit::kernels::{grouped_growth, lag_growth, parse_periods};

pub fn main() -> Result<(), growthkit::Error> {
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-12;

    // A quarterly column without gaps: growth against four rows earlier.
    let gdp = [100.0, 102.0, 104.0, 106.0, 105.0, 107.1];
    let g = lag_growth(&gdp, 4)?;
    assert!(g[..4].iter().all(|x| x.is_nan())); // no quarter a year before
    assert!(close(g[4], 0.05)); // 105 / 100 - 1
    assert!(close(g[5], 0.05)); // 107.1 / 102 - 1

    // A panel in any order: rows are matched by region and month, not position.
    let region = ["a", "b", "a", "b", "a"];
    let months = ["2024-02", "2024-01", "2024-01", "2024-03", "2024-03"];
    let ordinals = parse_periods(&months)?.ordinals; // month numbers, as pandas counts them
    let sales = [110.0, 50.0, 100.0, 60.0, 121.0];
    let g = grouped_growth(&region, &ordinals, &sales, 1)?;
    assert!(close(g[0], 0.10)); // a, February: 110 / 100 - 1
    assert!(g[1].is_nan() && g[2].is_nan()); // January: no December
    assert!(g[3].is_nan()); // b, March: b has no February
    assert!(close(g[4], 0.10)); // a, March: 121 / 110 - 1
    Ok(())
}
