use growthkit::Period;
use growthkit::read::{any, read_sdmx_csv};

pub fn main() -> Result<(), growthkit::Error> {
    // Tourism receipts as an office's SDMX-CSV export gives them (invented):
    // codes with their labels, a missing value flagged M, a provisional one,
    // a deleted row, and the unit written two ways.
    let text = "\
STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q1,412.5,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q2,,M,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2024-Q1,440.0,P,EUR,6
dataflow,XX:TOURISM(1.0),D,Q: Quarterly,AT: Austria,2022-Q4,,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2023-Q1,120.0,,MIO_EUR,
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2024-Q1,135.0,,MIO_EUR,
";
    let ds = read_sdmx_csv(text.as_bytes())?;
    let close = |x: Option<f64>, expected: f64| x.is_some_and(|x| (x - expected).abs() < 1e-12);

    // The key columns are the dimensions; a "CODE: Label" cell counts by its code.
    assert_eq!(ds.dimensions(), ["FREQ", "REF_AREA"]);
    assert_eq!(
        ds.keys(),
        [
            [("FREQ", "Q"), ("REF_AREA", "AT")],
            [("FREQ", "Q"), ("REF_AREA", "PT")]
        ]
    );
    assert_eq!(ds.n_observations(), 5); // the deleted row is not data
    assert_eq!(
        ds.notes(),
        ["1 rows with ACTION D are deletions of earlier data, not data; they were not read"]
    );

    // Austria: periods, values and flags, oldest first; the empty value is missing.
    let at = ds.get(&[("REF_AREA", "AT")])?;
    let periods: Vec<String> = at
        .series()
        .periods()
        .iter()
        .map(Period::to_string)
        .collect();
    assert_eq!(periods, ["2023-Q1", "2023-Q2", "2024-Q1"]);
    let values = at.series().values();
    assert!(values[0] == 412.5 && values[1].is_nan() && values[2] == 440.0);
    let flags: Vec<Option<&str>> = at
        .flags()
        .iter()
        .map(|f| f.as_ref().map(|f| f.code()))
        .collect();
    assert_eq!(flags, [None, Some("M"), Some("P")]);

    // EUR with UNIT_MULT 6 and the code MIO_EUR are one unit: million EUR.
    let at_unit = at.series().indicator().map(|i| i.unit());
    assert_eq!(
        at_unit.map(|u| u.to_string()).as_deref(),
        Some("million EUR")
    );
    let pt_unit = ds
        .get(&[("REF_AREA", "PT")])?
        .series()
        .indicator()
        .map(|i| i.unit());
    assert_eq!(pt_unit, at_unit);
    assert_eq!(pt_unit.map(|u| (u.base(), u.scale())), Some(("EUR", 6)));

    // Growth keeps the flags: the provisional figure gives a provisional rate.
    let growth = ds.yoy()?;
    let q1 = Period::parse("2024-Q1")?;
    let at_growth = growth.get(&[("REF_AREA", "AT")])?;
    assert!(close(at_growth.series().get(&q1), 440.0 / 412.5 - 1.0));
    assert_eq!(at_growth.flags()[2].as_ref().map(|f| f.code()), Some("P"));
    let pt_growth = growth.get(&[("REF_AREA", "PT")])?.series();
    assert!(close(pt_growth.get(&q1), 0.125)); // 135 / 120 - 1

    // read::any decides the format from the content, and says what it decided.
    assert!(any(text.as_bytes())?.notes()[0].starts_with("read as SDMX-CSV"));
    Ok(())
}
