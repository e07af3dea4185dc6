//! Checks over the statements of one text, and against data, with honest
//! rounding: every printed figure stands for the interval its rounding
//! allows, the arithmetic is done on intervals, and a finding is
//! inconsistent only when the interval the other figures allow and the
//! printed figure's interval do not meet.

use super::periods::holiday_year_before;
use super::{Basis, Statement};
use crate::error::Result;
use crate::interval::Interval;
use crate::period::{Frequency, Period};
use crate::series::Series;
use crate::unit::Unit;

/// What a finding checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// A level and its rate imply the level a period (or year) before;
    /// with that level stated too, the two must meet.
    ImpliedBase,
    /// Parts of an exhaustive breakdown (按…分) against their total.
    PartsSum,
    /// Some parts (其中, "of which") within their total.
    PartsWithinTotal,
    /// The total's rate against the rates of its exhaustive parts.
    PartsGrowth,
    /// A share against the part's and the whole's levels.
    Share,
    /// A two-year average against the two yearly rates.
    TwoYearAverage,
    /// A change in points against the two rates it compares.
    PpChange,
    /// A contribution in points against levels and rates.
    Contribution,
    /// A share of growth against levels and rates.
    ContributionShare,
    /// Periods of unequal length (8 days against 7): the rate per day.
    UnequalLength,
    /// A level, its absolute change and its rate: the rate the change
    /// implies on the level before ("rose 3,900 to 11,959,500", 增加1266万人).
    LevelChange,
    /// A printed level against the data's figure.
    DataLevel,
    /// A printed rate against the data's own rate.
    DataGrowth,
}

impl FindingKind {
    /// The name shared by the three languages (`"implied_base"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::ImpliedBase => "implied_base",
            FindingKind::PartsSum => "parts_sum",
            FindingKind::PartsWithinTotal => "parts_within_total",
            FindingKind::PartsGrowth => "parts_growth",
            FindingKind::Share => "share",
            FindingKind::TwoYearAverage => "two_year_average",
            FindingKind::PpChange => "pp_change",
            FindingKind::Contribution => "contribution",
            FindingKind::ContributionShare => "contribution_share",
            FindingKind::UnequalLength => "unequal_length",
            FindingKind::LevelChange => "level_change",
            FindingKind::DataLevel => "data_level",
            FindingKind::DataGrowth => "data_growth",
        }
    }
}

/// One finding: which statements, what their figures allow, and whether
/// the printed figure lies inside.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Finding {
    /// What was checked.
    pub kind: FindingKind,
    /// Indexes of the statements involved (the checked one first).
    pub statements: Vec<usize>,
    /// `false` only when no true values within the rounding of every
    /// printed figure make the statements agree.
    pub consistent: bool,
    /// The interval the other figures allow for the checked figure (in
    /// its unit, or in percent for rates), where one applies.
    pub allowed: Option<Interval>,
    /// The interval of the checked figure as printed.
    pub printed: Option<Interval>,
    /// One line saying what was found, in the language of the text checked
    /// (Chinese for a Chinese statement).
    pub message: String,
    /// The same in English, whatever the text's language.
    pub message_en: String,
}

fn finding(
    kind: FindingKind,
    statements: Vec<usize>,
    allowed: Interval,
    printed: Option<Interval>,
    message: String,
) -> Finding {
    let consistent = printed.is_none_or(|p| p.overlaps(&allowed));
    Finding {
        kind,
        statements,
        consistent,
        allowed: Some(allowed),
        printed,
        message,
        message_en: String::new(),
    }
}

/// A level's interval in `unit`'s scale (亿元 in 万元 is ×10^4).
fn level_in(st: &Statement, unit: &Unit) -> Option<Interval> {
    let (level, own) = (st.level.as_ref()?, st.unit.as_ref()?);
    (own.base() == unit.base()).then(|| {
        level
            .interval()
            .scale(10f64.powi(own.scale() - unit.scale()))
    })
}

/// A change's interval in `unit`'s scale.
fn change_in(st: &Statement, unit: &Unit) -> Option<Interval> {
    let (change, own) = (st.change.as_ref()?, st.change_unit.as_ref()?);
    (own.base() == unit.base()).then(|| {
        change
            .interval()
            .scale(10f64.powi(own.scale() - unit.scale()))
    })
}

/// A level with its change and its rate: the change on the level before
/// (the level less the change) gives the rate.
fn level_change(i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(unit), Some(g), Some(Basis::Yoy | Basis::PreviousPeriod)) =
        (st.unit.as_ref(), st.growth_interval(), st.basis)
    else {
        return;
    };
    let (Some(level), Some(change)) = (level_in(st, unit), change_in(st, unit)) else {
        return;
    };
    let before = level - change;
    if before.lo() <= 0.0 {
        return;
    }
    let Ok(rate) = change.checked_div(&before) else {
        return;
    };
    let allowed = rate.scale(100.0);
    out.push(finding(
        FindingKind::LevelChange,
        vec![i],
        allowed,
        Some(g),
        format!(
            "{}: a change of {} on {} {unit} before allows a rate of {}%",
            name(st),
            fmt(&change),
            fmt(&before),
            fmt(&allowed)
        ),
    ));
}

/// `1 + rate%` as an interval of factors.
fn factor(rate_pct: Interval) -> Interval {
    rate_pct.scale(0.01).shift(1.0)
}

fn pct(x: Interval) -> Interval {
    x.shift(-1.0).scale(100.0)
}

fn fmt(i: &Interval) -> String {
    let d = if i.width() >= 10.0 {
        0
    } else if i.width() >= 0.1 {
        2
    } else {
        3
    };
    format!("{:.*} to {:.*}", d, i.lo(), d, i.hi())
}

fn same_indicator(a: &Statement, b: &Statement) -> bool {
    a.indicator.is_some() && a.indicator == b.indicator && a.scope == b.scope
}

fn name(st: &Statement) -> &str {
    st.indicator.as_deref().unwrap_or("the figure")
}

/// The statements' checks against each other.
///
/// ```
/// use growthkit::claims::{check, extract, FindingKind, Lang};
/// let text = "一季度，城镇消费品零售额94292亿元；乡村消费品零售额14367亿元。";
/// let total = "一季度，社会消费品零售总额108659亿元。按经营单位所在地分，";
/// let s = extract(&format!("{total}{text}"), Some(growthkit::date(2022, 4, 18)), Lang::Auto)?;
/// let f = check(&s)?;
/// let sum = f.iter().find(|f| f.kind == FindingKind::PartsSum).unwrap();
/// assert!(sum.consistent && sum.allowed.unwrap().contains(108659.0));
/// # Ok::<(), growthkit::Error>(())
/// ```
///
/// # Errors
///
/// None in practice: arithmetic that cannot be done (a base of zero) is
/// skipped rather than reported.
pub fn check(statements: &[Statement]) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        implied_base(statements, i, st, &mut out);
        unequal_length(i, st, &mut out);
        share(statements, i, st, &mut out);
        two_year_average(statements, i, st, &mut out);
        pp_change(statements, i, st, &mut out);
        contribution(statements, i, st, &mut out);
        level_change(i, st, &mut out);
    }
    parts(statements, &mut out);
    super::messages::localize(statements, &mut out);
    Ok(out)
}

fn implied_base(all: &[Statement], i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(level), Some(g), Some(unit), Some(b)) = (
        st.level.as_ref(),
        st.growth_interval(),
        st.unit.as_ref(),
        st.basis,
    ) else {
        return;
    };
    if !matches!(b, Basis::Yoy | Basis::PreviousPeriod) {
        return;
    }
    let Ok(base) = level.interval().checked_div(&factor(g)) else {
        return;
    };
    let before = st.period.as_ref().and_then(|p| match b {
        Basis::Yoy => holiday_year_before(p).or_else(|| p.year_ago(1).ok()),
        _ => p.prev().ok(),
    });
    let when = before
        .as_ref()
        .map_or_else(|| "the period before".to_string(), |p| p.to_string());
    let stated = all.iter().enumerate().find(|(j, o)| {
        *j != i
            && same_indicator(o, st)
            && o.period.is_some()
            && o.period == before
            && level_in(o, unit).is_some()
    });
    match stated {
        Some((j, o)) => {
            let printed = level_in(o, unit);
            out.push(finding(
                FindingKind::ImpliedBase,
                vec![j, i],
                base,
                printed,
                format!(
                    "{} {} up {}% implies {} {} in {when}",
                    name(st),
                    level,
                    st.growth.as_ref().map_or(String::new(), |g| g.to_string()),
                    fmt(&base),
                    unit
                ),
            ));
        }
        None => out.push(finding(
            FindingKind::ImpliedBase,
            vec![i],
            base,
            None,
            format!(
                "{} of {} {unit} with a rate of {}% implies {} {unit} in {when}",
                name(st),
                level,
                st.growth.as_ref().map_or(String::new(), |g| g.to_string()),
                fmt(&base)
            ),
        )),
    }
}

fn unequal_length(i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(p), Some(g), Some(Basis::Yoy)) = (st.period.as_ref(), st.growth_interval(), st.basis)
    else {
        return;
    };
    if p.frequency() != Frequency::Span {
        return;
    }
    let Some(before) = holiday_year_before(p).or_else(|| p.year_ago(1).ok()) else {
        return;
    };
    let (now, then) = (p.days(), before.days());
    if now == then {
        return;
    }
    let per_day = pct(factor(g).scale(then as f64 / now as f64).shift(0.0));
    out.push(Finding {
        kind: FindingKind::UnequalLength,
        statements: vec![i],
        consistent: true,
        allowed: Some(per_day),
        printed: Some(g),
        message: format!(
            "{} compares {now} days ({p}) with {then} ({before}): per day, the change is {}%",
            name(st),
            fmt(&per_day)
        ),
        message_en: String::new(),
    });
}

/// The statement with a level for `indicator` (as written) in `period`.
fn level_of<'a>(
    all: &'a [Statement],
    indicator: &str,
    period: &Option<Period>,
) -> Option<(usize, &'a Statement)> {
    let with = |m: &dyn Fn(&str) -> bool| {
        all.iter().enumerate().find(|(_, o)| {
            o.level.is_some() && o.period == *period && o.indicator.as_deref().is_some_and(m)
        })
    };
    // The name as written, else one that ends with the other (the total
    // retail sales of consumer goods / 社会消费品零售总额).
    with(&|n| n == indicator)
        .or_else(|| with(&|n| n.ends_with(indicator) || indicator.ends_with(n)))
}

/// The yoy rate of the statement's indicator in `period`.
fn rate_of<'a>(
    all: &'a [Statement],
    st: &Statement,
    period: &Option<Period>,
) -> Option<(usize, &'a Statement)> {
    all.iter().enumerate().find(|(_, o)| {
        same_indicator(o, st)
            && o.period == *period
            && o.basis == Some(Basis::Yoy)
            && o.growth.is_some()
    })
}

/// A statement with its index in the list.
type Indexed<'a> = (usize, &'a Statement);

/// The statements with the levels of `st`'s indicator and of `whole`, in
/// `st`'s period, with their indexes.
fn part_and_whole<'a>(
    all: &'a [Statement],
    st: &Statement,
    whole: &str,
) -> Option<(Indexed<'a>, Indexed<'a>)> {
    let part = level_of(all, st.indicator.as_deref()?, &st.period)?;
    Some((part, level_of(all, whole, &st.period)?))
}

fn share(all: &[Statement], i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(Basis::Share), Some(s), Some(whole)) =
        (st.basis, st.growth_interval(), st.relative_to.as_deref())
    else {
        return;
    };
    let Some(((pi, part), (wi, total))) = part_and_whole(all, st, whole) else {
        return;
    };
    let Some(unit) = total.unit.as_ref() else {
        return;
    };
    let (Some(p), Some(t)) = (level_in(part, unit), level_in(total, unit)) else {
        return;
    };
    let Ok(ratio) = p.checked_div(&t) else { return };
    let allowed = ratio.scale(100.0);
    out.push(finding(
        FindingKind::Share,
        vec![i, pi, wi],
        allowed,
        Some(s),
        format!(
            "{} as a share of {whole}: the levels allow {}%",
            name(st),
            fmt(&allowed)
        ),
    ));
}

fn two_year_average(all: &[Statement], i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(Basis::TwoYearAverage), Some(a), Some(p)) =
        (st.basis, st.growth_interval(), st.period.as_ref())
    else {
        return;
    };
    let Some((j, now)) = rate_of(all, st, &st.period) else {
        return;
    };
    let before = p.year_ago(1).ok();
    let Some((k, then)) = rate_of(all, st, &before) else {
        return;
    };
    let (Some(g1), Some(g0)) = (now.growth_interval(), then.growth_interval()) else {
        return;
    };
    let Ok(avg) = (factor(g1) * factor(g0)).root(2) else {
        return;
    };
    let allowed = pct(avg);
    out.push(finding(
        FindingKind::TwoYearAverage,
        vec![i, j, k],
        allowed,
        Some(a),
        format!(
            "{}: the two yearly rates allow a two-year average of {}%",
            name(st),
            fmt(&allowed)
        ),
    ));
}

fn pp_change(all: &[Statement], i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(Basis::PpChange), Some(d)) = (st.basis, st.growth_interval()) else {
        return;
    };
    let Some((j, now)) = rate_of(all, st, &st.period) else {
        return;
    };
    let compared = st.compared_to;
    let Some((k, then)) = compared.as_ref().and_then(|_| rate_of(all, st, &compared)) else {
        return;
    };
    // A rate against itself checks nothing.
    if j == k {
        return;
    }
    let (Some(g1), Some(g0)) = (now.growth_interval(), then.growth_interval()) else {
        return;
    };
    let allowed = g1 - g0;
    out.push(finding(
        FindingKind::PpChange,
        vec![i, j, k],
        allowed,
        Some(d),
        format!(
            "{}: the two rates differ by {} points",
            name(st),
            fmt(&allowed)
        ),
    ));
}

fn contribution(all: &[Statement], i: usize, st: &Statement, out: &mut Vec<Finding>) {
    let (Some(b @ (Basis::ContributionPp | Basis::ContributionShare)), Some(c), Some(whole)) =
        (st.basis, st.growth_interval(), st.relative_to.as_deref())
    else {
        return;
    };
    let Some(((pi, part), (wi, total))) = part_and_whole(all, st, whole) else {
        return;
    };
    let (Some(gp), Some(gt), Some(unit)) = (
        rate_of(all, part, &st.period).and_then(|r| r.1.growth_interval()),
        rate_of(all, total, &st.period).and_then(|r| r.1.growth_interval()),
        total.unit.as_ref(),
    ) else {
        return;
    };
    let (Some(lp), Some(lt)) = (level_in(part, unit), level_in(total, unit)) else {
        return;
    };
    let (Ok(prev_p), Ok(prev_t)) = (lp.checked_div(&factor(gp)), lt.checked_div(&factor(gt)))
    else {
        return;
    };
    let (allowed, what) = match b {
        Basis::ContributionPp => match (lp - prev_p).checked_div(&prev_t) {
            Ok(x) => (x.scale(100.0), "points"),
            Err(_) => return,
        },
        _ => match (lp - prev_p).checked_div(&(lt - prev_t)) {
            Ok(x) => (x.scale(100.0), "% of the growth"),
            Err(_) => return,
        },
    };
    out.push(finding(
        if b == Basis::ContributionPp {
            FindingKind::Contribution
        } else {
            FindingKind::ContributionShare
        },
        vec![i, pi, wi],
        allowed,
        Some(c),
        format!(
            "{} to {whole}: levels and rates allow {} {what}",
            name(st),
            fmt(&allowed)
        ),
    ));
}

fn parts(all: &[Statement], out: &mut Vec<Finding>) {
    // Groups: (total, breakdown) — a breakdown's parts, or the 其中 parts (None).
    let mut groups: Vec<(usize, Option<usize>)> = all
        .iter()
        .filter_map(|s| s.part_of.map(|t| (t, s.breakdown)))
        .collect();
    groups.sort_unstable();
    groups.dedup();
    for (t, breakdown) in groups {
        let Some(total) = all.get(t) else { continue };
        if !additive(total) {
            continue;
        }
        let Some(unit) = total.unit.as_ref() else {
            // Rates alone: an exhaustive breakdown's total rate within its parts'.
            if breakdown.is_some() {
                let members = members_of(all, t, breakdown);
                if members.len() >= 2 {
                    parts_rate_range(all, total, t, &members, out);
                }
            }
            continue;
        };
        let Some(lt) = level_in(total, unit) else {
            continue;
        };
        let members = members_of(all, t, breakdown);
        let levels: Option<Vec<Interval>> = members
            .iter()
            .map(|&i| all.get(i).and_then(|s| level_in(s, unit)))
            .collect();
        let Some(levels) = levels.filter(|l| !l.is_empty()) else {
            continue;
        };
        let Some(sum) = levels.iter().copied().reduce(|a, b| a + b) else {
            continue;
        };
        let mut ids = vec![t];
        ids.extend(&members);
        if breakdown.is_some() && members.len() >= 2 {
            out.push(finding(
                FindingKind::PartsSum,
                ids.clone(),
                sum,
                Some(lt),
                format!(
                    "the {} parts of {} add up to {} {unit}",
                    members.len(),
                    name(total),
                    fmt(&sum)
                ),
            ));
            parts_growth(all, total, t, &members, unit, out);
        } else if breakdown.is_none() {
            let consistent = sum.lo() <= lt.hi();
            out.push(Finding {
                kind: FindingKind::PartsWithinTotal,
                statements: ids,
                consistent,
                allowed: Interval::new(f64::NEG_INFINITY, lt.hi()).ok(),
                printed: Some(sum),
                message: format!(
                    "parts of {} ({} {unit} at least) within its {} {unit}",
                    name(total),
                    fmt(&sum),
                    fmt(&lt)
                ),
                message_en: String::new(),
            });
        }
    }
}

/// Whether a total is the sum of its parts: not a figure per head, an
/// average, a price or an index (城镇 and 农村 per-capita incomes do not add
/// up to the whole's).
fn additive(total: &Statement) -> bool {
    const NOT: &[&str] = &[
        "人均",
        "平均",
        "均价",
        "价格",
        "價格",
        "指数",
        "指數",
        "per capita",
        "average",
        "price",
        "index",
        "per head",
        "median",
        "中位数",
    ];
    let name = total.indicator.as_deref().unwrap_or("").to_lowercase();
    !NOT.iter().any(|w| name.contains(w))
}

/// The statements that are parts of `t` in `breakdown`.
fn members_of(all: &[Statement], t: usize, breakdown: Option<usize>) -> Vec<usize> {
    all.iter()
        .enumerate()
        .filter(|(_, s)| s.part_of == Some(t) && s.breakdown == breakdown)
        .map(|(i, _)| i)
        .collect()
}

fn parts_growth(
    all: &[Statement],
    total: &Statement,
    t: usize,
    members: &[usize],
    unit: &Unit,
    out: &mut Vec<Finding>,
) {
    let (Some(gt), Some(Basis::Yoy)) = (total.growth_interval(), total.basis) else {
        return;
    };
    let Some(lt) = level_in(total, unit) else {
        return;
    };
    if real_rates(all, total, members) {
        return parts_rate_range(all, total, t, members, out);
    }
    let mut before = Interval::point(0.0).ok();
    for &m in members {
        let Some(s) = all.get(m) else { return };
        let (Some(l), Some(g), Some(Basis::Yoy)) =
            (level_in(s, unit), s.growth_interval(), s.basis)
        else {
            return;
        };
        let Ok(prev) = l.checked_div(&factor(g)) else {
            return;
        };
        before = before.map(|b| b + prev);
    }
    let Some(before) = before else { return };
    let Ok(ratio) = lt.checked_div(&before) else {
        return;
    };
    let allowed = pct(ratio);
    let mut ids = vec![t];
    ids.extend(members);
    out.push(finding(
        FindingKind::PartsGrowth,
        ids,
        allowed,
        Some(gt),
        format!(
            "{}: the parts' levels and rates allow a total rate of {}%",
            name(total),
            fmt(&allowed)
        ),
    ));
}

/// Whether the rates are real (at comparable prices: value added, GDP, a
/// scope such as 按可比价格计算), which do not compose with current-price
/// levels: their parts are checked by the range of their rates alone.
fn real_rates(all: &[Statement], total: &Statement, members: &[usize]) -> bool {
    const REAL: &[&str] = &[
        "可比",
        "实际",
        "不变价",
        "real",
        "constant",
        "增加值",
        "生产总值",
        "GDP",
        "gross domestic product",
        "value added",
        "產值",
        "增加價值",
    ];
    std::iter::once(total)
        .chain(members.iter().filter_map(|&m| all.get(m)))
        .any(|s| {
            [s.scope.as_deref(), s.indicator.as_deref()]
                .into_iter()
                .flatten()
                .any(|t| REAL.iter().any(|w| t.contains(w)))
        })
}

/// An exhaustive breakdown's total rate lies within its parts' rates (a
/// weighted average of them, with positive weights).
fn parts_rate_range(
    all: &[Statement],
    total: &Statement,
    t: usize,
    members: &[usize],
    out: &mut Vec<Finding>,
) {
    let (Some(gt), Some(bt)) = (total.growth_interval(), total.basis) else {
        return;
    };
    let mut range: Option<(f64, f64)> = None;
    for &m in members {
        let Some(s) = all.get(m) else { return };
        let (Some(g), Some(b)) = (s.growth_interval(), s.basis) else {
            return;
        };
        if b != bt || s.level.as_ref().is_some_and(|l| l.value() < 0.0) {
            return;
        }
        range = Some(range.map_or((g.lo(), g.hi()), |(lo, hi)| {
            (lo.min(g.lo()), hi.max(g.hi()))
        }));
    }
    let Some(allowed) = range.and_then(|(lo, hi)| Interval::new(lo, hi).ok()) else {
        return;
    };
    let mut ids = vec![t];
    ids.extend(members);
    out.push(finding(
        FindingKind::PartsGrowth,
        ids,
        allowed,
        Some(gt),
        format!(
            "{}: its parts' rates allow a total rate of {}%",
            name(total),
            fmt(&allowed)
        ),
    ));
}

/// The statements against data for their indicator: each level with the
/// data's figure for its period (in the statement's unit), each rate with
/// the data's own rate (year on year, or on the period before).
///
/// # Errors
///
/// None in practice; statements whose period the data lacks are skipped.
pub fn check_against(statements: &[Statement], data: &Series) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    let data_unit = data.indicator().map(|i| i.unit().clone());
    for (i, st) in statements.iter().enumerate() {
        let Some(p) = st.period.as_ref() else {
            continue;
        };
        let Some(v) = data.get(p).filter(|v| v.is_finite()) else {
            continue;
        };
        // The data's value in the statement's unit.
        let factor_to = match (&data_unit, st.unit.as_ref()) {
            (Some(du), Some(su)) if du.base() == su.base() => 10f64.powi(du.scale() - su.scale()),
            _ => 1.0,
        };
        let value = v * factor_to;
        if let Some(level) = st.level.as_ref() {
            let printed = level.interval();
            out.push(Finding {
                kind: FindingKind::DataLevel,
                statements: vec![i],
                consistent: printed.contains(value),
                allowed: Interval::point(value).ok(),
                printed: Some(printed),
                message: format!("{} in {p}: printed {level}, the data say {value}", name(st)),
                message_en: String::new(),
            });
        }
        let (Some(g), Some(b)) = (st.growth_interval(), st.basis) else {
            continue;
        };
        let before = match b {
            Basis::Yoy => p.year_ago(1).ok(),
            Basis::PreviousPeriod => p.prev().ok(),
            _ => None,
        };
        let Some(prev) = before
            .as_ref()
            .and_then(|q| data.get(q))
            .filter(|x| x.is_finite() && *x > 0.0)
        else {
            continue;
        };
        let prev = prev * factor_to;
        let allowed = match st.level.as_ref() {
            Some(level) => pct(level.interval().scale(1.0 / prev)),
            None => match Interval::point(value / prev) {
                Ok(x) => pct(x),
                Err(_) => continue,
            },
        };
        out.push(finding(
            FindingKind::DataGrowth,
            vec![i],
            allowed,
            Some(g),
            format!("{} in {p}: the data's rate is {}%", name(st), fmt(&allowed)),
        ));
    }
    super::messages::localize(statements, &mut out);
    Ok(out)
}

/// The statements against a dataset: each statement is compared with the
/// series whose indicator name or code, or one of whose key codes, is the
/// statement's indicator as written (any ASCII case); a dataset of one
/// series serves every statement. Statements that match no series, or
/// more than one, are skipped.
///
/// # Errors
///
/// None in practice, as [`check_against`].
pub fn check_against_dataset(
    statements: &[Statement],
    data: &crate::Dataset,
) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        let matches: Vec<&Series> = if data.len() == 1 {
            data.entries().iter().map(|e| e.series()).collect()
        } else {
            let Some(name) = st.indicator.as_deref().map(str::trim) else {
                continue;
            };
            data.entries()
                .iter()
                .filter(|e| {
                    let ind = e.series().indicator();
                    ind.is_some_and(|x| {
                        x.name().eq_ignore_ascii_case(name) || x.code().eq_ignore_ascii_case(name)
                    }) || e.key().iter().any(|k| k.eq_ignore_ascii_case(name))
                })
                .map(|e| e.series())
                .collect()
        };
        let [series] = matches.as_slice() else {
            continue;
        };
        for mut f in check_against(std::slice::from_ref(st), series)? {
            f.statements = vec![i];
            out.push(f);
        }
    }
    Ok(out)
}
