//! Findings in the language of their text: `Finding::message` is Chinese
//! when the statement checked is, and `Finding::message_en` always English.

use super::Statement;
use super::check::{Finding, FindingKind};
use crate::interval::Interval;

/// What each check is called in Chinese.
fn label(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::ImpliedBase => "水平与增速推算的基期",
        FindingKind::PartsSum => "分项之和",
        FindingKind::PartsWithinTotal => "分项不超过总量",
        FindingKind::PartsGrowth => "分项增速与总量增速",
        FindingKind::Share => "比重",
        FindingKind::TwoYearAverage => "两年平均增速",
        FindingKind::PpChange => "增速变动的百分点",
        FindingKind::Contribution => "拉动百分点",
        FindingKind::ContributionShare => "贡献率",
        FindingKind::UnequalLength => "天数不同的时期",
        FindingKind::LevelChange => "增量与增速",
        FindingKind::DataLevel => "与数据对照的水平",
        FindingKind::DataGrowth => "与数据对照的增速",
    }
}

fn span(i: &Interval) -> String {
    let d = if i.width() >= 10.0 {
        0
    } else if i.width() >= 0.1 {
        2
    } else {
        3
    };
    format!("{:.*}至{:.*}", d, i.lo(), d, i.hi())
}

fn chinese(s: &Statement) -> bool {
    s.indicator
        .as_deref()
        .is_some_and(|t| t.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)))
}

/// The finding said in Chinese.
fn zh(f: &Finding, name: &str) -> String {
    let verdict = if f.consistent { "一致" } else { "不一致" };
    match (f.allowed, f.printed) {
        (Some(a), Some(p)) => format!(
            "{name}（{}）：其他数字允许{}，所印数字为{}，{verdict}",
            label(f.kind),
            span(&a),
            span(&p)
        ),
        (Some(a), None) => format!("{name}（{}）：其他数字允许{}", label(f.kind), span(&a)),
        _ => format!("{name}（{}）：{verdict}", label(f.kind)),
    }
}

/// Keeps each English message in `message_en` and says it in Chinese in
/// `message` where the checked statement is Chinese.
pub(super) fn localize(statements: &[Statement], findings: &mut [Finding]) {
    for f in findings {
        f.message_en = f.message.clone();
        let Some(s) = f.statements.first().and_then(|&i| statements.get(i)) else {
            continue;
        };
        if chinese(s) {
            f.message = zh(f, s.indicator.as_deref().unwrap_or("该数字"));
        }
    }
}
