use growthkit::{Dataset, Period};

pub fn main() -> Result<(), growthkit::Error> {
    // Quarterly output of two regions (billion yuan): a long table in any order.
    let rows = [
        ("north", "2024-Q1", 84.0),
        ("south", "2024-Q1", 56.0),
        ("north", "2023-Q1", 80.0),
        ("south", "2023-Q1", 50.0),
        ("north", "2023-Q2", 90.0), // the south has no 2023-Q2
        ("north", "2024-Q2", 99.0),
        ("south", "2024-Q2", 60.0),
    ];
    let region = rows.iter().map(|r| r.0.to_string()).collect();
    let quarter: Vec<&str> = rows.iter().map(|r| r.1).collect();
    let value: Vec<f64> = rows.iter().map(|r| r.2).collect();
    let ds = Dataset::from_columns(vec!["region".into()], vec![region], &quarter, &value, None)?;
    assert_eq!((ds.len(), ds.n_observations()), (2, 7)); // two series, seven figures
    let close = |x: Option<f64>, expected: f64| x.is_some_and(|x| (x - expected).abs() < 1e-12);

    // Year on year for every series at once, each matched by the calendar.
    let growth = ds.yoy()?;
    let north = growth.get(&[("region", "north")])?.series();
    let south = growth.get(&[("region", "south")])?.series();
    assert!(close(north.get(&Period::parse("2024-Q1")?), 0.05)); // 84 / 80 - 1
    assert!(close(north.get(&Period::parse("2024-Q2")?), 0.10)); // 99 / 90 - 1
    assert!(close(south.get(&Period::parse("2024-Q1")?), 0.12)); // 56 / 50 - 1
    assert_eq!(south.get(&Period::parse("2024-Q2")?), None); // no 2023-Q2 for the south
    Ok(())
}
