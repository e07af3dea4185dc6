use growthkit::{Frequency, Method, Series};

pub fn main() -> Result<(), growthkit::Error> {
    // Industrial output, year to date, as NBS publishes it (billion yuan):
    // no January figure, the February one covers January and February.
    let ytd = Series::from_texts(
        &["2023-02", "2023-03", "2023-04"],
        vec![180.0, 290.0, 385.0],
    )?;
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-9;

    // Back to single periods: January-February as one span, then each month.
    let flows = ytd.decumulate_ytd()?;
    assert_eq!(flows.periods()[0].to_string(), "2023-01-01/2023-02-28");
    assert!(close(flows.values()[1], 110.0)); // March: 290 - 180
    assert!(close(flows.values()[2], 95.0)); // April: 385 - 290

    // Quarterly totals: the span and March cover the first quarter exactly.
    let q = flows.aggregate(Frequency::Quarterly, Some(Method::Sum), None)?;
    assert_eq!(q.periods()[0].to_string(), "2023-Q1");
    assert!(close(q.values()[0], 290.0)); // 180 + 110, March's year-to-date figure
    assert!(q.values()[1].is_nan()); // the second quarter has only April: no total

    // Asking for at least one month gives a partial total, knowingly.
    let partial = flows.aggregate(Frequency::Quarterly, Some(Method::Sum), Some(1))?;
    assert!(close(partial.values()[1], 95.0)); // April alone
    Ok(())
}
