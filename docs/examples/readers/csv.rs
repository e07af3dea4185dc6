use growthkit::read::{CsvOptions, read_csv};
use growthkit::{Frequency, Period};

pub fn main() -> Result<(), growthkit::Error> {
    // Monthly visitors to two cities (in ten thousands, invented), a long table as
    // a spreadsheet exports it: dates at the end of each month, NA where a
    // figure is missing, a column of flags (p: provisional).
    let text = "\
date,city,visitors,status
2024-01-31,Hangzhou,812.5,
2024-02-29,Hangzhou,930.0,p
2024-03-31,Hangzhou,NA,
2024-01-31,Suzhou,640.2,
2024-02-29,Suzhou,701.8,p
2024-03-31,Suzhou,655.0,
";
    let options = CsvOptions::new().value("visitors").flag("status");
    let ds = read_csv(text.as_bytes(), &options)?;
    let close = |x: Option<f64>, expected: f64| x.is_some_and(|x| (x - expected).abs() < 1e-12);

    // The period column is found by its header; the other columns are the key.
    assert_eq!(ds.dimensions(), ["city"]);
    assert_eq!(ds.keys(), [[("city", "Hangzhou")], [("city", "Suzhou")]]);
    // The dates are month ends, so the periods are months, and the notes say so.
    assert_eq!(
        ds.notes(),
        ["frequency monthly: every date is the first or last day of a month"]
    );
    let suzhou = ds.get(&[("city", "Suzhou")])?.series();
    let periods: Vec<String> = suzhou.periods().iter().map(Period::to_string).collect();
    assert_eq!(periods, ["2024-01", "2024-02", "2024-03"]);
    assert_eq!(suzhou.values(), [640.2, 701.8, 655.0]);
    let march = Period::parse("2024-03")?;
    assert!(close(
        suzhou.pct_change(1)?.get(&march),
        655.0 / 701.8 - 1.0
    ));

    // NA is a missing value; the flags are read as they are written.
    let hangzhou = ds.get(&[("city", "Hangzhou")])?;
    assert!(hangzhou.series().values()[2].is_nan());
    let flags: Vec<Option<&str>> = hangzhou
        .flags()
        .iter()
        .map(|f| f.as_ref().map(|f| f.code()))
        .collect();
    assert_eq!(flags, [None, Some("p"), None]);

    // A plain CSV says nothing of units: the series have no indicator.
    assert!(suzhou.indicator().is_none());

    // Daily data stay days when the frequency is given.
    let days = read_csv(
        text.as_bytes(),
        &options.clone().frequency(Frequency::Daily),
    )?;
    let first = days.get(&[("city", "Suzhou")])?.series().periods()[0].to_string();
    assert_eq!(first, "2024-01-31");

    // Without `value` the table is read as wide (one series per column), and a
    // city name is no number: refused, naming the line and the column.
    let err = read_csv(text.as_bytes(), &CsvOptions::new()).unwrap_err();
    assert_eq!(err.code(), "malformed_data");
    assert_eq!(
        err.to_string(),
        "line 2, column `city`: `Hangzhou` is not a number"
    );
    Ok(())
}
