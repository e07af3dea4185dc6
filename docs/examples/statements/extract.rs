use growthkit::claims::{Basis, Lang, PartKind, Provenance, Source, extract};
use growthkit::{Period, Unit, date};

pub fn main() -> Result<(), growthkit::Error> {
    // A provincial release of 16 July 2024 (invented): 上半年 is that year's first half.
    let text = "上半年，全省网上零售额1530.6亿元，同比增长8.2%。\
                其中，实物商品网上零售额1287.4亿元，增长7.5%。";
    let s = extract(text, Some(date(2024, 7, 16)), Lang::Auto)?;
    let [total, goods] = s.as_slice() else {
        panic!("two statements, not {}", s.len());
    };
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-9;

    // The indicator as written, the period, the level in its unit, the rate in percent.
    assert_eq!(total.indicator.as_deref(), Some("网上零售额"));
    assert_eq!(total.period, Some(Period::parse("2024-S1")?));
    let level = total.level.as_ref().map(|l| (l.value(), l.decimals()));
    assert_eq!(level, Some((1530.6, 1)));
    assert_eq!(total.unit, Some(Unit::parse("亿元")?)); // 1530.6 times 10^8 yuan
    assert_eq!(total.growth.as_ref().map(|g| g.value()), Some(8.2));
    assert_eq!(total.basis, Some(Basis::Yoy));
    let rounding = total.growth_interval(); // a printed 8.2 is anything from 8.15 to 8.25
    assert!(rounding.is_some_and(|r| close(r.lo(), 8.15) && close(r.hi(), 8.25)));

    // Every part is a span of the text, in code points, end exclusive.
    let quote = |start: usize, end: usize| -> String {
        text.chars().skip(start).take(end - start).collect()
    };
    let parts: Vec<(PartKind, String)> = total
        .parts
        .iter()
        .map(|p| (p.kind, quote(p.start, p.end)))
        .collect();
    assert_eq!(
        parts,
        [
            (PartKind::Period, "上半年".to_string()),
            (PartKind::Indicator, "网上零售额".to_string()),
            (PartKind::Level, "1530.6亿元".to_string()),
            (PartKind::Basis, "同比".to_string()),
            (PartKind::Growth, "8.2%".to_string()),
        ]
    );

    // The second figure (其中: of which) takes its period and basis from the
    // first, and says where each came from.
    assert_eq!(goods.indicator.as_deref(), Some("实物商品网上零售额"));
    assert_eq!(
        (goods.period, goods.basis),
        (total.period, Some(Basis::Yoy))
    );
    let provenance = Provenance {
        indicator: Some(Source::Stated),
        period: Some(Source::Inherited),
        basis: Some(Source::Inherited),
    };
    assert_eq!(goods.provenance, provenance);
    assert_eq!(goods.part_of, Some(0)); // a part of statement 0

    // Without the release's date, 上半年 is no period: nothing is guessed.
    let undated = &extract(text, None, Lang::Auto)?[0];
    assert_eq!(undated.period, None);
    assert_eq!(
        undated.missing,
        ["period (relative: give a reference date)"]
    );

    // English: the scale and the currency go into the unit.
    let text = "In the first quarter of 2024, exports of goods were 512.3 billion dollars, \
                up 4.1 percent from a year earlier.";
    let exports = &extract(text, None, Lang::Auto)?[0];
    assert_eq!(exports.indicator.as_deref(), Some("exports of goods"));
    assert_eq!(exports.period, Some(Period::parse("2024-Q1")?));
    assert_eq!(exports.level.as_ref().map(|l| l.value()), Some(512.3));
    assert_eq!(
        exports.unit.as_ref().map(Unit::to_string).as_deref(),
        Some("billion USD")
    );
    assert_eq!(exports.growth.as_ref().map(|g| g.value()), Some(4.1));
    assert_eq!(exports.basis, Some(Basis::Yoy));

    // A monthly rate with no basis is on the month before, by convention, and marked so.
    let retail = &extract(
        "Retail sales rose 0.4 percent in March.",
        Some(date(2024, 4, 16)),
        Lang::Auto,
    )?[0];
    assert_eq!(retail.period, Some(Period::parse("2024-03")?));
    assert_eq!(retail.growth.as_ref().map(|g| g.value()), Some(0.4));
    assert_eq!(retail.basis, Some(Basis::PreviousPeriod));
    assert_eq!(retail.provenance.basis, Some(Source::Convention));
    Ok(())
}
