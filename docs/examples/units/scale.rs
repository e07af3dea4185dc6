use growthkit::{Quantity, Unit};

pub fn main() -> Result<(), growthkit::Error> {
    // A unit is a base and a power of ten: 亿元 is yuan times 10^8.
    let yi = Unit::parse("亿元")?;
    assert_eq!((yi.base(), yi.scale()), ("yuan", 8));
    assert_eq!(yi.label("en")?, "10^8 yuan"); // English has no word for 10^8

    // Spellings of one unit are one unit: RMB, CNY, 元 and yuan are all yuan.
    let bn = Unit::parse("billion RMB")?;
    assert_eq!(bn, Unit::new("yuan", 9)?);
    assert_eq!(bn.to_string(), "billion yuan");
    assert_eq!(bn.label("zh")?, "十亿元");
    assert_eq!(Unit::parse("%")?.base(), "percent");

    // Service exports of a province (invented): 2.37 trillion yuan.
    let services = Quantity::new(2.37, Unit::parse("万亿元")?)?;
    assert_eq!(services.unit().to_string(), "trillion yuan"); // 万亿 is 10^12
    let close = |q: &Quantity, expected: f64| (q.value() - expected).abs() < 1e-9;

    // The same amount at another scale of the same base.
    let in_yi = services.to_scale(8)?;
    assert!(close(&in_yi, 23700.0)); // 2.37 * 10^(12 - 8)
    assert_eq!(in_yi.to_string(), "23700 亿元");
    let in_bn = services.convert(&Unit::parse("billion yuan")?)?;
    assert!(close(&in_bn, 2370.0)); // 2.37 * 10^(12 - 9)

    // Yuan are not dollars: no exchange rate is assumed.
    let err = services.convert(&Unit::parse("billion USD")?).unwrap_err();
    assert_eq!(err.code(), "unit_mismatch");
    Ok(())
}
