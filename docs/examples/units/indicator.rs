use growthkit::{Frequency, Indicator, Measure, Period, Series, Unit};

pub fn main() -> Result<(), growthkit::Error> {
    // What a series measures: a code, a name, a unit and a measure (invented figures).
    let deposits = Indicator::new(
        "deposits",
        "Household deposits",
        Unit::parse("万亿元")?,
        Measure::Stock,
    )
    .with_region("Lakeshore")
    .with_source("Lakeshore Statistics Bureau");
    assert_eq!(deposits.measure().to_string(), "stock");
    assert_eq!(deposits.unit().scale(), 12);
    let retail = Indicator::new(
        "retail",
        "Retail sales",
        Unit::parse("亿元")?,
        Measure::Flow,
    )
    .with_region("Lakeshore");
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-9;

    // A stock is a level at a date: a quarter's figure is its last month's.
    let months = ["2024-01", "2024-02", "2024-03"];
    let levels = Series::from_texts(&months, vec![12.4, 12.9, 13.1])?.with_indicator(deposits);
    let q = levels.aggregate(Frequency::Quarterly, None, None)?;
    assert!(close(q.values()[0], 13.1)); // March's level, not 12.4 + 12.9 + 13.1

    // A flow is an amount over a period: a quarter's figure is the sum of its months.
    let sales = Series::from_texts(
        &[
            "2023-01", "2023-02", "2023-03", "2024-01", "2024-02", "2024-03",
        ],
        vec![800.0, 700.0, 750.0, 880.0, 760.0, 835.0],
    )?
    .with_indicator(retail);
    let q = sales.aggregate(Frequency::Quarterly, None, None)?;
    assert!(close(q.values()[0], 2250.0)); // 800 + 700 + 750
    assert!(close(q.values()[1], 2475.0)); // 880 + 760 + 835
    assert_eq!(
        q.indicator().map(|i| i.unit().to_string()),
        Some("亿元".into())
    );

    // A growth rate is another quantity: the same code and region, a ratio, a rate.
    let yoy = q.yoy();
    let q1 = Period::parse("2024-Q1")?;
    assert!(yoy.get(&q1).is_some_and(|r| close(r, 0.10))); // 2475 / 2250 - 1
    let rate = yoy
        .indicator()
        .map(|i| (i.code(), i.measure(), i.unit().base()));
    assert_eq!(rate, Some(("retail", Measure::Rate, "ratio")));
    assert_eq!(yoy.indicator().and_then(|i| i.region()), Some("Lakeshore"));
    Ok(())
}
