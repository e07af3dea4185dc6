use growthkit::{Reported, check_growth, check_share, check_sum};

pub fn main() -> Result<(), growthkit::Error> {
    // A release (invented): online sales 86.4 billion yuan against 80.7 a year
    // earlier, "up 7.1 %"; rural sales 23.6, "27.3 % of the total"; urban 62.9.
    let r = Reported::parse;
    let (sales, last_year) = (r("86.4")?, r("80.7")?);
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-9;

    // The levels allow any rate from 86.35 / 80.75 - 1 to 86.45 / 80.65 - 1.
    let growth = check_growth(&sales, &last_year, &r("7.1")?)?;
    assert!(growth.consistent);
    assert_eq!(format!("{:.2}", growth.implied), "[6.93, 7.19]");
    // A rate printed 7.5 cannot be: it is at least 7.45, 0.26 points too high.
    let misprint = check_growth(&sales, &last_year, &r("7.5")?)?;
    assert!(!misprint.consistent);
    assert!(close(misprint.gap_pp, 7.45 - (86.45 / 80.65 - 1.0) * 100.0));

    // A share: 23.55 / 86.45 to 23.65 / 86.35, in percent.
    let share = check_share(&r("23.6")?, &sales, &r("27.3")?)?;
    assert!(share.consistent);
    assert_eq!(format!("{:.2}", share.implied), "[27.24, 27.39]");
    assert!(!check_share(&r("23.6")?, &sales, &r("28")?)?.consistent); // 28 is 27.5 at least

    // Rounded parts need not add up to the rounded total: 62.9 + 23.6 is 86.5,
    // yet true values from 86.40 to 86.60 include some that print 86.4.
    let sum = check_sum(&[r("62.9")?, r("23.6")?], &sales)?;
    assert!(sum.consistent);
    let too_much = check_sum(&[r("62.9")?, r("23.6")?], &r("86.8")?)?;
    assert!(!too_much.consistent && close(too_much.gap, 0.15)); // 86.75 - 86.60
    Ok(())
}
