use growthkit::Period;

pub fn main() -> Result<(), growthkit::Error> {
    // One period, many spellings: the ISO form is the canonical one.
    let h1 = Period::parse("2020年上半年")?;
    assert_eq!(h1.to_string(), "2020-S1");
    assert_eq!(Period::parse("H1 2020")?, h1);
    assert_eq!(h1.label("en")?, "H1 2020");

    // Calendar arithmetic: the same half a year earlier.
    assert_eq!(h1.year_ago(1)?.label("zh")?, "2019年上半年");

    // A text that is not a period is a typed error with a stable code.
    let err = Period::parse("2020-13").unwrap_err();
    assert_eq!(err.code(), "invalid_period");
    Ok(())
}
