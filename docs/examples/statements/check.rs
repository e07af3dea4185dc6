use growthkit::claims::{Finding, FindingKind, Lang, check, check_against, extract};
use growthkit::{Indicator, Interval, Measure, Series, Unit};

pub fn main() -> Result<(), growthkit::Error> {
    // A city's trade release (invented): a total, its two parts, and their rates.
    let text = "2023年前三季度，全市货物进出口总额3265.8亿元，同比增长6.4%。\
                其中，出口2104.5亿元，增长8.9%；进口1161.3亿元，增长2.1%。";
    let findings = check(&extract(text, None, Lang::Auto)?)?;
    assert!(findings.iter().all(|f| f.consistent));
    // Each level and its rate imply last year's level (implied_base, one for each
    // statement); the parts are checked against the total.
    let kinds: Vec<&str> = findings.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "implied_base",
            "implied_base",
            "implied_base",
            "parts_sum",
            "parts_growth"
        ]
    );
    let find = |found: &[Finding], kind: FindingKind| -> Finding {
        let f = found.iter().find(|f| f.kind == kind);
        f.cloned()
            .unwrap_or_else(|| panic!("a {} finding", kind.as_str()))
    };
    let contains = |i: Option<Interval>, x: f64| i.is_some_and(|i| i.contains(x));

    // Exports and imports make up trade: the parts, each rounded, add up to the total.
    let parts_sum = find(&findings, FindingKind::PartsSum);
    assert_eq!(parts_sum.statements, [0, 1, 2]); // the total, then its parts
    assert!(contains(parts_sum.allowed, 3265.8)); // 2104.45 + 1161.25 to 2104.55 + 1161.35

    // The parts' rates give the total's: their bases are 2104.5 / 1.089 and
    // 1161.3 / 1.021, so the total grew (2104.5 + 1161.3) / 3069.9 - 1 = 6.38 %.
    let parts_growth = find(&findings, FindingKind::PartsGrowth);
    assert!(contains(parts_growth.allowed, 6.38) && contains(parts_growth.printed, 6.4));

    // One figure misprinted (1261.3 for 1161.3): the sum and the total's rate no
    // longer fit, and the findings say so in the text's language.
    let misprinted = text.replace("1161.3", "1261.3");
    let wrong = check(&extract(&misprinted, None, Lang::Auto)?)?;
    let failed: Vec<&str> = wrong
        .iter()
        .filter(|f| !f.consistent)
        .map(|f| f.kind.as_str())
        .collect();
    assert_eq!(failed, ["parts_sum", "parts_growth"]);
    let bad = find(&wrong, FindingKind::PartsSum);
    assert!(bad.message.starts_with("货物进出口总额（分项之和）"));
    assert_eq!(
        bad.message_en,
        "the 2 parts of 货物进出口总额 add up to 3365.70 to 3365.90 亿元"
    );

    // Against data: quarterly exports in million USD, the first quarter of 2023
    // since revised to 497,100. The level agrees once scaled; the rate does not.
    let exports = Indicator::new(
        "exports",
        "Exports of goods",
        Unit::parse("million USD")?,
        Measure::Flow,
    );
    let data = Series::from_texts(&["2023-Q1", "2024-Q1"], vec![497100.0, 512300.0])?
        .with_indicator(exports);
    let text = "In the first quarter of 2024, exports of goods were 512.3 billion dollars, \
                up 4.1 percent from a year earlier.";
    let against = check_against(&extract(text, None, Lang::Auto)?, &data)?;
    assert!(find(&against, FindingKind::DataLevel).consistent); // 512,300 million is 512.3 billion
    let growth = find(&against, FindingKind::DataGrowth);
    assert!(!growth.consistent);
    assert!(contains(growth.allowed, 3.06)); // 512.3 / 497.1 - 1 = 3.06 %, not 4.1
    Ok(())
}
