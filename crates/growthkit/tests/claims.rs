//! The claim reader on real text: the seed article with every statement
//! written out by hand, real sentences from official releases scored
//! figure by figure (../shared/corpus/claims/releases-round2.json, each
//! figure read off the text by hand), and planted one-figure errors the
//! checks must catch.

mod shared;

use growthkit::claims::{Basis, FindingKind, Lang, Statement, check, extract};
use growthkit::{Period, Unit, date};
use serde_json::Value;

fn read(text: &str, reference: &str) -> Vec<Statement> {
    extract(text, Some(reference.parse().unwrap()), Lang::Auto).unwrap()
}

/// One statement as the test writes it: indicator, period, level, unit, growth, basis.
type Row<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

/// The same, owned, as compared.
type Owned = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<&'static str>,
);

fn row(s: &Statement) -> Owned {
    (
        s.indicator.clone().unwrap_or_default(),
        s.period.as_ref().map(|p| p.to_string()).unwrap_or_default(),
        s.level.as_ref().map(|r| r.to_string()),
        s.unit.as_ref().map(|u| u.to_string()),
        s.growth.as_ref().map(|r| r.to_string()),
        s.basis.map(Basis::as_str),
    )
}

fn owned(r: &Row) -> Owned {
    let basis = r.5.map(|b| Basis::parse(b).unwrap().as_str());
    (
        r.0.into(),
        r.1.into(),
        r.2.map(String::from),
        r.3.map(String::from),
        r.4.map(String::from),
        basis,
    )
}

#[test]
fn the_seed_article() {
    // The article is dated 13 October 2020 ("China News Online, October 13th").
    let Some(path) = shared::shared("seed-article.txt") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let got = read(&text, "2020-10-13");
    // Every statement, written out by hand from the text. The National Day
    // Golden Week of 2020 ran 1-8 October (eight days: the Mid-Autumn
    // Festival fell on 1 October); the first half of the year is H1 2020.
    let want: Vec<Row> = vec![
        (
            "online retail sales",
            "2020-S1",
            Some("122.7"),
            Some("billion yuan"),
            Some("5"),
            Some("yoy"),
        ),
        (
            "online information consumption",
            "2020-S1",
            None,
            None,
            Some("50"),
            Some("yoy"),
        ),
        (
            "online digital content industry",
            "2020-S1",
            None,
            None,
            Some("20"),
            Some("yoy"),
        ),
        (
            "new generation information technology",
            "2020-S1",
            None,
            None,
            Some("10.5"),
            Some("yoy"),
        ),
        (
            "offline physical consumption",
            "2020-10-01/2020-10-08",
            Some("65.99"),
            Some("billion yuan"),
            Some("12.2"),
            Some("yoy"),
        ),
        (
            "online retail sales",
            "2020-10-01/2020-10-08",
            Some("35.86"),
            Some("billion yuan"),
            Some("15.7"),
            Some("yoy"),
        ),
        (
            "smart factories",
            "2022",
            Some("100"),
            Some("smart factories"),
            None,
            None,
        ),
    ];
    let got_rows: Vec<_> = got.iter().map(row).collect();
    let want_rows: Vec<_> = want.iter().map(owned).collect();
    assert_eq!(got_rows, want_rows);
    assert!(got[6].target && got.iter().take(6).all(|s| !s.target));
    // Spans are code points: the first statement runs from its indicator to the rate.
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars[got[0].span.0..got[0].span.1].iter().collect();
    assert!(
        span.starts_with("online retail sales were 122.7 billion yuan")
            && span.ends_with("increase of 5%"),
        "{span}"
    );
    // The checks: each level with its rate implies last year's level; the
    // Golden Weeks differ in length (8 days against 7 in 2019).
    let findings = check(&got).unwrap();
    assert!(findings.iter().all(|f| f.consistent));
    let base = findings
        .iter()
        .find(|f| f.kind == FindingKind::ImpliedBase && f.statements == [0])
        .unwrap();
    // 122.7 billion (122.65 to 122.75) up 5% (4.5 to 5.5): 122.65/1.055 to 122.75/1.045.
    let a = base.allowed.unwrap();
    assert!((a.lo() - 122.65 / 1.055).abs() < 1e-9 && (a.hi() - 122.75 / 1.045).abs() < 1e-9);
    let week = findings
        .iter()
        .find(|f| f.kind == FindingKind::UnequalLength && f.statements == [4])
        .unwrap();
    // Per day: (1 + 12.2%) x 7 / 8 - 1 = -1.825 %, within the rounding of 12.2.
    let per_day = week.allowed.unwrap();
    assert!(per_day.contains(100.0 * (1.122 * 7.0 / 8.0 - 1.0)));
    assert!(
        per_day.lo() >= 100.0 * (1.1215 * 7.0 / 8.0 - 1.0) - 1e-9
            && per_day.hi() <= 100.0 * (1.1225 * 7.0 / 8.0 - 1.0) + 1e-9
    );
    assert_eq!(got[4].unit, Some(Unit::parse("billion yuan").unwrap()));
    assert_eq!(got[4].period.as_ref().unwrap().days(), 8);
}

#[test]
fn real_releases_figures_checks_and_planted_errors() {
    let Some(path) = shared::shared("corpus/claims/releases-round2.json") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let data: Value = serde_json::from_str(&text).unwrap();
    let (mut figures, mut right, mut named) = (0, 0, 0);
    let mut misses = Vec::new();
    let (mut planted, mut caught) = (0, 0);
    for case in data["cases"].as_array().unwrap() {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let reference = case["reference_date"].as_str().unwrap();
        let got = read(text, reference);
        for f in case["figures"].as_array().unwrap() {
            let f: Vec<Option<&str>> = f.as_array().unwrap().iter().map(Value::as_str).collect();
            let (ind, period, kind, figure, extra) = (f[0], f[1], f[2], f[3], f[4]);
            figures += 1;
            let hit = got.iter().find(|s| {
                let p = s.period.as_ref().map(Period::to_string);
                p.as_deref() == period
                    && match kind {
                        Some("L") => {
                            s.level.as_ref().map(|r| r.to_string()).as_deref() == figure
                                && s.unit.as_ref().map(|u| u.to_string()).as_deref() == extra
                        }
                        _ => {
                            s.growth.as_ref().map(|r| r.to_string()).as_deref() == figure
                                && s.basis.map(Basis::as_str) == extra
                        }
                    }
            });
            match hit {
                Some(s) => {
                    right += 1;
                    if s.indicator.as_deref() == ind {
                        named += 1;
                    }
                }
                None => misses.push(format!("{id}: {f:?}")),
            }
        }
        // An official release, consistent within rounding: no inconsistency.
        let findings = check(&got).unwrap();
        let bad: Vec<_> = findings
            .iter()
            .filter(|f| !f.consistent)
            .map(|f| &f.message)
            .collect();
        assert!(bad.is_empty(), "{id}: {bad:?}");
        for p in case["planted"].as_array().unwrap() {
            let (from, to) = (
                p["replace"][0].as_str().unwrap(),
                p["replace"][1].as_str().unwrap(),
            );
            assert!(text.contains(from), "{id}: {from}");
            planted += 1;
            let wrong = read(&text.replacen(from, to, 1), reference);
            let kind = p["caught_by"].as_str().unwrap();
            let found = check(&wrong)
                .unwrap()
                .iter()
                .any(|f| !f.consistent && f.kind.as_str() == kind);
            if found {
                caught += 1;
            } else {
                misses.push(format!("{id}: planted {from} -> {to} not caught by {kind}"));
            }
        }
    }
    println!(
        "{right} of {figures} figures right (value, unit, period, basis); {named} with the indicator as written; {caught} of {planted} planted errors caught"
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(right * 100 >= figures * 95, "{right} of {figures}");
    assert_eq!(caught, planted);
}

#[test]
fn chinese_forms() {
    let r = date(2021, 1, 18);
    let s = extract(
        "2020年，全国规模以上工业增加值比上年增长2.8%，比前三季度加快1.6个百分点。",
        Some(r),
        Lang::Auto,
    )
    .unwrap();
    assert_eq!(s[0].scope.as_deref(), Some("规模以上"));
    assert_eq!(s[0].indicator.as_deref(), Some("工业增加值"));
    assert_eq!(
        (s[1].basis, s[1].growth.as_ref().map(|g| g.value())),
        (Some(Basis::PpChange), Some(1.6))
    );
    // 前三季度 is January to September.
    assert_eq!(
        s[1].compared_to,
        Some(Period::parse("2020-01-01/2020-09-30").unwrap())
    );
    // Chinese numerals, full-width digits, 下降, 倍.
    let s = extract(
        "上半年，网上零售额一百二十二点七亿元，同比增长５．５％；出口额下降3%，进口额增长1.79倍。",
        Some(r),
        Lang::Auto,
    )
    .unwrap();
    assert_eq!(
        s[0].level.as_ref().map(|l| l.to_string()).as_deref(),
        Some("122.7")
    );
    assert_eq!(
        s[0].growth.as_ref().map(|l| l.to_string()).as_deref(),
        Some("5.5")
    );
    assert_eq!(s[1].growth.as_ref().map(|l| l.value()), Some(-3.0));
    assert_eq!(s[2].growth.as_ref().map(|l| l.value()), Some(179.0));
    // 1.79倍 carries the multiple's rounding: 178.5 % to 179.5 %.
    let g = s[2].growth_interval().unwrap();
    assert!((g.lo() - 178.5).abs() < 1e-9 && (g.hi() - 179.5).abs() < 1e-9);
    // Holidays with their dates become spans; a relative period without a
    // reference date is read but missing.
    let s = extract(
        "国庆黄金周（10月1日至8日）期间，线下消费65.99亿元，同比增长12.2%。",
        Some(date(2020, 10, 13)),
        Lang::Auto,
    )
    .unwrap();
    assert_eq!(
        s[0].period,
        Some(Period::parse("2020-10-01/2020-10-08").unwrap())
    );
    assert_eq!(s[0].indicator.as_deref(), Some("线下消费"));
    let s = extract("上半年，网上零售额1227亿元，同比增长5%。", None, Lang::Auto).unwrap();
    assert_eq!(s[0].period, None);
    assert!(s[0].missing.iter().any(|m| m.starts_with("period")));
}

/// The findings of `text` (read with `reference`) of one kind, as
/// (statements, consistent, allowed interval).
fn findings_of(
    text: &str,
    reference: &str,
    kind: FindingKind,
) -> Vec<(Vec<usize>, bool, (f64, f64))> {
    check(&read(text, reference))
        .unwrap()
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| {
            let a = f.allowed.unwrap();
            (f.statements, f.consistent, (a.lo(), a.hi()))
        })
        .collect()
}

#[test]
fn two_year_average_and_a_stated_base() {
    // NBS: 2021 retail sales 440823亿元, +12.5 %, two-year average 3.9 %;
    // 2020: 391981亿元, -3.9 %. By hand: sqrt(1.125 x 0.961) - 1 = 3.977 %;
    // with every rate's rounding, sqrt(1.1245 x 0.9605) - 1 = 3.927 % to
    // sqrt(1.1255 x 0.9615) - 1 = 4.027 %, which meets 3.9's [3.85, 3.95].
    let text = "2021年，社会消费品零售总额440823亿元，比上年增长12.5%，两年平均增速为3.9%。2020年，社会消费品零售总额391981亿元，比上年下降3.9%。";
    let f = findings_of(text, "2022-01-17", FindingKind::TwoYearAverage);
    assert_eq!(f.len(), 1);
    let (ids, ok, (lo, hi)) = &f[0];
    assert!(*ok && ids[0] == 1);
    assert!((lo - 100.0 * ((1.1245f64 * 0.9605).sqrt() - 1.0)).abs() < 1e-6);
    assert!((hi - 100.0 * ((1.1255f64 * 0.9615).sqrt() - 1.0)).abs() < 1e-6);
    // 440823 up 12.5 % implies 440822.5/1.1255 = 391668 to 440823.5/1.1245 = 392017
    // for 2020, and 391981 is stated: consistent.
    let base = findings_of(text, "2022-01-17", FindingKind::ImpliedBase);
    assert!(base.iter().any(|(ids, ok, _)| *ok && ids.len() == 2));
    // A planted error: a two-year average of 3.5 % is out of reach.
    let wrong = findings_of(
        &text.replace("3.9%。2020", "3.5%。2020"),
        "2022-01-17",
        FindingKind::TwoYearAverage,
    );
    assert!(!wrong[0].1);
    // And a 2020 level that 12.5 % growth cannot have come from.
    let wrong = findings_of(
        &text.replace("391981", "381981"),
        "2022-01-17",
        FindingKind::ImpliedBase,
    );
    assert!(wrong.iter().any(|(ids, ok, _)| !ok && ids.len() == 2));
}

#[test]
fn change_in_points_against_the_two_rates() {
    // 6.4 - 5.2 = 1.2 points; with rounding [6.35, 6.45] - [5.15, 5.25] = [1.1, 1.3].
    let text = "上半年，规模以上工业增加值同比增长6.4%，比一季度加快1.2个百分点。一季度，规模以上工业增加值同比增长5.2%。";
    let f = findings_of(text, "2019-07-17", FindingKind::PpChange);
    assert_eq!(f.len(), 1);
    let (_, ok, (lo, hi)) = f[0];
    assert!(ok && (lo - 1.1).abs() < 1e-9 && (hi - 1.3).abs() < 1e-9);
    let wrong = findings_of(
        &text.replace("加快1.2", "加快1.7"),
        "2019-07-17",
        FindingKind::PpChange,
    );
    assert!(!wrong[0].1);
}

#[test]
fn contributions_against_levels_and_rates() {
    // Catering 10653 (+0.5 %) of retail sales 108659 (+3.3 %): its rise is
    // 10653 x 0.005 / 1.005 = 53.0, the total a year before 108659 / 1.033 =
    // 105188.8, so it added 53.0 / 105188.8 = 0.050 points, and made
    // 53.0 / (108659 - 105188.8) = 1.53 % of the total's growth.
    let text = "一季度，社会消费品零售总额108659亿元，同比增长3.3%。其中，餐饮收入10653亿元，增长0.5%，拉动社会消费品零售总额增长0.05个百分点，对社会消费品零售总额增长的贡献率为1.5%。";
    let pp = findings_of(text, "2022-04-18", FindingKind::Contribution);
    assert_eq!(pp.len(), 1);
    let (_, ok, (lo, hi)) = pp[0];
    assert!(ok && lo <= 0.0504 && 0.0504 <= hi, "{lo} {hi}");
    let share = findings_of(text, "2022-04-18", FindingKind::ContributionShare);
    assert_eq!(share.len(), 1);
    let (_, ok, (lo, hi)) = share[0];
    assert!(ok && lo <= 1.53 && 1.53 <= hi, "{lo} {hi}");
    let wrong = findings_of(
        &text.replace("0.05个百分点", "0.15个百分点"),
        "2022-04-18",
        FindingKind::Contribution,
    );
    assert!(!wrong[0].1);
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// Fragments of release text, figures, punctuation and odd characters.
    const PIECES: &[&str] = &[
        "一季度",
        "上半年",
        "2020年",
        "1-6月",
        "10月1日至8日",
        "国庆黄金周",
        "the first half of the year",
        "in June",
        "by 2022",
        "社会消费品零售总额",
        "online retail sales",
        "108659亿元",
        "122.7 billion yuan",
        "$26.47 trillion",
        "RMB 6,717.7 billion",
        "同比增长",
        "下降",
        "3.3%",
        "百分之五",
        "1.79倍",
        "0.3个百分点",
        "percentage points",
        "分别",
        "、",
        "和",
        "，",
        "。",
        "；",
        "(",
        ")",
        "其中",
        "按经营单位所在地分，",
        "In terms of",
        "respectively",
        "占",
        "比重为",
        "拉动",
        "贡献率",
        "两年平均",
        "year on year",
        "at an annual rate",
        "一百二十二点七",
        "５．５％",
        "负",
        "-",
        ".",
        "..",
        "𝐀",
        "\n",
        "\n\n",
        " ",
        "万",
        "亿",
        "万亿",
        "零",
        "十",
        "百分之",
        "千分之",
        "build",
        "100",
        "smart factories",
        "or",
        "to a level of",
        "合计",
        "影响CPI上涨约",
        "比一季度加快",
        "than that of the first quarter",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]
        /// Any mix of fragments reads and checks without a panic, and every
        /// span lies inside the text.
        #[test]
        fn any_text_reads_and_checks(parts in proptest::collection::vec(0..PIECES.len(), 0..60), day in 0i64..20000) {
            let text: String = parts.iter().map(|&i| PIECES[i]).collect();
            let reference = date(1990, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
            let got = extract(&text, Some(reference), Lang::Auto).unwrap();
            let n = text.chars().count();
            for s in &got {
                prop_assert!(s.span.0 <= s.span.1 && s.span.1 <= n);
                for p in &s.parts {
                    prop_assert!(p.start <= p.end && p.end <= n);
                }
                prop_assert_eq!(Statement::from_json(&s.to_json()).unwrap(), s.clone());
            }
            check(&got).unwrap();
            growthkit::claims::read_numbers(&text);
            growthkit::claims::read_percents(&text);
        }
    }
}

#[test]
fn lang_restricts_the_vocabulary() {
    let r = Some(date(2020, 10, 13));
    let en = "In the first half of the year, sales were 122.7 billion yuan, up 5% year on year.";
    let auto = extract(en, r, Lang::Auto).unwrap();
    assert_eq!(
        (auto[0].basis, auto[0].period),
        (Some(Basis::Yoy), Some(Period::parse("2020-S1").unwrap()))
    );
    // Reading it as Chinese: the figure with % is still read, the English words are not.
    let zh = extract(en, r, Lang::Zh).unwrap();
    assert!(
        zh.iter()
            .all(|s| s.basis.is_none() && s.period.is_none() && s.level.is_none())
    );
    assert!(
        zh.iter()
            .any(|s| s.growth.as_ref().map(|g| g.value()) == Some(5.0))
    );
    // Reading Chinese as English: no Chinese numeral, unit or period word.
    let cn = "上半年，网上零售额一百二十二点七亿元。";
    assert_eq!(extract(cn, r, Lang::Auto).unwrap().len(), 1);
    assert!(extract(cn, r, Lang::En).unwrap().is_empty());
    assert_eq!(Lang::parse(" ZH ").unwrap(), Lang::Zh);
    assert_eq!(Lang::parse("fr").unwrap_err().code(), "invalid_argument");
}
