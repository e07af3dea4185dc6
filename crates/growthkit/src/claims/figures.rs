//! What kind of figure a number is by the words around it: an absolute
//! change ("rose by 661,000", 减少91万吨), a new level after a verb ("fell
//! to 3.5%", 回落至), or a rate that is a level (the unemployment rate
//! was 7.9%, 城镇调查失业率5.2%).

use super::text::Chars;
use super::vocab::vocab;
use super::{PartKind, Statement};
use crate::reported::Reported;
use crate::unit::Unit;

/// Whether only spaces, 了 or a change preposition ("by") lie in `a..b`.
fn only_by(c: &Chars, a: usize, b: usize) -> bool {
    let mut k = a;
    while k < b {
        match c.at(k) {
            Some(' ' | '了') => k += 1,
            _ => match vocab().change_by.at(c, k) {
                Some((_, n)) => k += n,
                None => return false,
            },
        }
    }
    true
}

/// The direction of a change verb standing just before `at` (`true` for
/// down): "rose by", "increased", 减少, 增加了; none when a new-level word
/// follows the verb ("rose to").
pub(super) fn change_verb(c: &Chars, from: usize, at: usize) -> Option<bool> {
    let (k, down, n) = vocab().direction.rfind(c, from, at)?;
    (only_by(c, k + n, at) && !new_level(c, at)).then_some(down)
}

/// Whether the figure at `at` follows a new-level word ("to", "at", 至, 到).
pub(super) fn new_level(c: &Chars, at: usize) -> bool {
    let v = vocab();
    v.to.rfind(c, at.saturating_sub(14), at)
        .is_some_and(|(k, _, n)| c.slice(k + n, at).trim().is_empty())
}

/// Whether `a..b` names a rate that is itself a level (an unemployment
/// rate, a PMI, an interest rate).
/// A Chinese name ending in 率 is such a rate (产品销售率, 城镇化率), unless
/// it is a rate of growth (vocab.txt's `growth_noun`: 增长率, 贡献率).
pub(super) fn names_rate(c: &Chars, a: usize, b: usize) -> bool {
    let v = vocab();
    let zh_rate = b > a
        && c.at(b - 1) == Some('率')
        && !(a..b).any(|k| v.growth_noun.at(c, k).is_some_and(|(_, n)| k + n == b));
    zh_rate || v.rate_noun.find(c, a, b).is_some()
}

/// A rate statement made a level in percent.
pub(super) fn as_rate_level(st: &mut Statement) {
    st.level = st.growth.take();
    st.unit = Unit::parse("percent").ok();
    st.basis = None;
    st.growth_interval = None;
    for p in &mut st.parts {
        if p.kind == PartKind::Growth {
            p.kind = PartKind::Level;
        }
    }
    st.parts.retain(|p| p.kind != PartKind::Basis);
}

/// A level statement made an absolute change, signed by its verb.
pub(super) fn as_change(st: &mut Statement, down: bool) {
    let level = st.level.take();
    st.change = match level {
        Some(l) if down && l.value() > 0.0 => Reported::new(-l.value(), l.decimals()).ok(),
        other => other,
    };
    st.change_unit = st.unit.take();
    for p in &mut st.parts {
        if p.kind == PartKind::Level {
            p.kind = PartKind::Change;
        }
    }
}
