use growthkit::{Reported, implied_previous, implied_previous_range};

pub fn main() -> Result<(), growthkit::Error> {
    // A city's online sales (invented): "86.4 billion yuan, up 7 % year on year".
    let sales = Reported::parse("86.4")?;
    assert_eq!((sales.value(), sales.decimals()), (86.4, 1));
    // Printed with one decimal, it stands for anything within half a tenth.
    assert_eq!(format!("{:.2}", sales.interval()), "[86.35, 86.45]");
    let seven = Reported::parse("7")?; // printed without decimals: 6.5 to 7.5
    assert_eq!(format!("{:.1}", seven.interval()), "[6.5, 7.5]");
    let seven_tenths = Reported::new(7.0, 1)?; // printed "7.0": 6.95 to 7.05
    assert_eq!(seven_tenths.to_string(), "7.0");

    // Last year's sales, taken at face value: one number.
    let point = implied_previous(86.4, 0.07)?; // 86.4 / 1.07 = 80.75
    // Every base the rounding allows: a range, narrower as the rate has more digits.
    let wide = implied_previous_range(&sales, &seven)?;
    assert_eq!(format!("{wide:.2}"), "[80.33, 81.17]"); // 86.35 / 1.075, 86.45 / 1.065
    let narrow = implied_previous_range(&sales, &seven_tenths)?;
    assert_eq!(format!("{narrow:.2}"), "[80.66, 80.83]"); // 86.35 / 1.0705, 86.45 / 1.0695
    assert!(wide.contains(point) && narrow.contains(point));

    // Thousands separators are read; a percent sign is not a figure.
    assert_eq!(Reported::parse("1,227")?.value(), 1227.0);
    assert_eq!(
        Reported::parse("7%").unwrap_err().code(),
        "invalid_argument"
    );
    Ok(())
}
