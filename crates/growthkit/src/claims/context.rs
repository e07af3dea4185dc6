//! What a statement takes from its text once every statement is read: a
//! period set earlier in the passage, a release's convention for a rate
//! that names no basis, the modality and approximation words around its
//! figures, and where each part came from ([`Provenance`]).

use super::sentences::Sentence;
use super::text::Chars;
use super::vocab::{PeriodKind, vocab};
use super::{Basis, Modality, PartKind, Source, Statement};
use crate::period::{Frequency, Period};

/// A period phrase read as a statement's own (not a comparison, not a
/// deadline), at its offset.
pub(super) type StatedPeriod = (usize, Option<Period>);

/// A period read as a base of comparison ("from January 2019", 比2019年同期):
/// its start and end, the period, and whether it names the same part of
/// another year (同期).
pub(super) type BasePeriod = (usize, usize, Option<Period>, bool);

/// Fills in and labels what each statement took from its context.
pub(super) fn complete(
    c: &Chars,
    out: &mut [Statement],
    sentences: &[Sentence],
    periods: &[StatedPeriod],
    bases: &[BasePeriod],
) {
    for i in 0..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let Some(st) = rest.first_mut() else { continue };
        let start = st.span.0;
        let k = sentences.partition_point(|s| s.end < start);
        let sentence = sentences
            .get(k)
            .filter(|s| s.start <= start)
            .map_or((0, c.len()), |s| (s.start, s.end));
        indicator_source(st, before);
        period_source(st, sentence, periods);
        basis_source(c, st, sentence, before);
        base_period(c, st, sentence, bases);
        modality(c, st, sentence);
        st.approximate = approximate(c, st);
    }
}

fn part_in(st: &Statement, kind: PartKind, (a, b): (usize, usize)) -> Option<bool> {
    let p = st.parts.iter().find(|p| p.kind == kind)?;
    Some(p.start >= a && p.end <= b)
}

fn indicator_source(st: &mut Statement, before: &[Statement]) {
    let Some(own) = st.parts.iter().find(|p| p.kind == PartKind::Indicator) else {
        return;
    };
    // A copied indicator comes from a statement of the same sentence: look
    // back while the statements reach the part.
    let shared = before
        .iter()
        .rev()
        .take_while(|b| b.span.1 >= own.start)
        .any(|b| b.parts.iter().any(|p| p == own));
    st.provenance.indicator = Some(if shared {
        Source::Inherited
    } else {
        Source::Stated
    });
}

fn period_source(st: &mut Statement, sentence: (usize, usize), periods: &[StatedPeriod]) {
    if st.period.is_some() {
        let own = part_in(st, PartKind::Period, sentence).unwrap_or(false);
        st.provenance.period = Some(if own {
            Source::Stated
        } else {
            Source::Inherited
        });
        return;
    }
    if st.missing.iter().any(|m| m.starts_with("period (relative")) {
        return;
    }
    // The last period the passage stated before the statement.
    let k = periods.partition_point(|(at, _)| *at < st.span.0);
    let earlier = periods
        .get(..k)
        .and_then(|p| p.iter().rev().find(|(_, p)| p.is_some()));
    // A passage that opens on its figures names the period after them.
    let earlier = earlier.or_else(|| {
        let k = periods.partition_point(|(at, _)| *at <= st.span.1);
        periods
            .get(k..)
            .and_then(|p| p.iter().find(|(_, p)| p.is_some()))
    });
    if let Some((_, Some(p))) = earlier {
        st.period = Some(*p);
        st.provenance.period = Some(Source::Inherited);
        st.missing.retain(|m| m != "period");
    }
}

/// The basis of the last rate stated earlier in the passage, when it is
/// one a run of rates shares (on a year before, the previous period, an
/// annual rate).
fn earlier_basis(st: &Statement, before: &[Statement]) -> Option<Basis> {
    let own_kind = st.period.as_ref().map(period_kind);
    // Within the last 64 statements: a run of rates, not the whole text.
    before
        .iter()
        .rev()
        .take(64)
        .filter(|b| b.provenance.basis == Some(Source::Stated))
        .filter(|b| b.period.as_ref().map(period_kind) == own_kind)
        .find_map(|b| b.basis)
        .filter(|b| matches!(b, Basis::Yoy | Basis::PreviousPeriod | Basis::Annualized))
}

fn basis_source(c: &Chars, st: &mut Statement, sentence: (usize, usize), before: &[Statement]) {
    if st.basis.is_some() {
        // Stated in the figure's own clause; a phrase earlier in the
        // sentence or the paragraph is inherited.
        let figure = st
            .parts
            .iter()
            .find(|p| matches!(p.kind, PartKind::Growth))
            .map_or(st.span, |p| (p.start, p.end));
        let own = part_in(st, PartKind::Basis, clause(c, sentence, figure)).unwrap_or(true);
        st.provenance.basis = Some(if own {
            Source::Stated
        } else {
            Source::Inherited
        });
        return;
    }
    if st.growth.is_none() {
        return;
    }
    let en = !(sentence.0..sentence.1).any(|k| c.at(k).is_some_and(|ch| ch > '\u{2E7F}'));
    // Chinese releases state a basis once for a run of rates; English ones
    // state each or rely on the release's convention.
    if let Some(b) = earlier_basis(st, before).filter(|_| !en) {
        st.basis = Some(b);
        st.provenance.basis = Some(Source::Inherited);
        st.missing.retain(|m| m != "basis");
        return;
    }
    let Some(kind) = st.period.as_ref().map(period_kind) else {
        return;
    };
    let cues = (st.span.0.saturating_sub(1500), sentence.1);
    if let Some(b) = vocab().convention(c, cues, en, kind) {
        st.basis = Some(b);
        st.provenance.basis = Some(Source::Convention);
        st.missing.retain(|m| m != "basis");
    }
}

/// A rate compared with a stated base period in its own clause ("up 4.4
/// percent from January 2019", 比2019年同期增长11.9%): on a year before or
/// the previous period when the base is that, else since the base.
fn base_period(c: &Chars, st: &mut Statement, sentence: (usize, usize), bases: &[BasePeriod]) {
    let Some(g) = st
        .parts
        .iter()
        .find(|p| p.kind == PartKind::Growth)
        .copied()
    else {
        return;
    };
    if !matches!(
        st.basis,
        None | Some(Basis::Yoy | Basis::PreviousPeriod | Basis::SinceBase)
    ) {
        return;
    }
    let (a, b) = clause(c, sentence, (g.start, g.end));
    let zh = c
        .at(g.start.saturating_sub(1))
        .is_some_and(|ch| ch > '\u{2E7F}')
        || (a..g.start).any(|k| c.at(k).is_some_and(|ch| ch > '\u{2E7F}'));
    // The bases in the clause, found by their starts (they are in text order).
    let lo = bases.partition_point(|(s, _, _, _)| *s < a);
    let hi = bases.partition_point(|(s, _, _, _)| *s <= b);
    let found = bases
        .get(lo..hi)
        .unwrap_or_default()
        .iter()
        .find(|(s, e, _, _)| {
            if zh {
                *s >= a && *e <= g.start
            } else {
                *s >= g.end && *s <= b && *s <= g.end + 40
            }
        });
    let Some(&(at, _, Some(base), same)) = found else {
        return;
    };
    // 上年, "last year": relative to the statement, which its basis phrase says.
    if vocab().reference.at(c, at).is_some() || relative(c, at) {
        return;
    }
    // Without a period of its own, the rate is since the base it names.
    let Some(own) = st.period else {
        st.basis = Some(Basis::SinceBase);
        st.compared_to = Some(base);
        st.provenance.basis = Some(Source::Stated);
        st.missing.retain(|m| m != "basis");
        return;
    };
    // 2019年同期: the statement's own months in 2019.
    let base = if same && base.frequency() == Frequency::Annual {
        let back = i64::from(own.start().year()) - i64::from(base.start().year());
        match own.year_ago(back) {
            Ok(p) => p,
            Err(_) => return,
        }
    } else {
        base
    };
    let basis = if own.year_ago(1).ok() == Some(base) {
        Basis::Yoy
    } else if own.shift(-1).ok() == Some(base) {
        Basis::PreviousPeriod
    } else {
        Basis::SinceBase
    };
    st.basis = Some(basis);
    st.compared_to = (basis == Basis::SinceBase).then_some(base);
    st.provenance.basis = Some(Source::Stated);
    st.missing.retain(|m| m != "basis");
}

/// Whether the period phrase at `at` is relative (去年, 今年, "last year").
fn relative(c: &Chars, at: usize) -> bool {
    [
        "今年",
        "去年",
        "上年",
        "前年",
        "本年",
        "this ",
        "last ",
        "the previous",
        "the prior",
    ]
    .iter()
    .any(|w| c.starts_with(at, w))
}

fn period_kind(p: &Period) -> PeriodKind {
    match p.frequency() {
        Frequency::Annual => PeriodKind::Year,
        Frequency::Semiannual => PeriodKind::Half,
        Frequency::Quarterly => PeriodKind::Quarter,
        Frequency::Monthly => PeriodKind::Month,
        _ => PeriodKind::Span,
    }
}

/// The clause around `at`: from the boundary before to the one after.
fn clause(c: &Chars, (a, b): (usize, usize), span: (usize, usize)) -> (usize, usize) {
    let stop = |ch: Option<char>| matches!(ch, Some(',' | ';' | '，' | '；' | '。'));
    let start = (a..span.0)
        .rev()
        .find(|&k| stop(c.at(k)))
        .map_or(a, |k| k + 1);
    let end = (span.1..b).find(|&k| stop(c.at(k))).unwrap_or(b);
    (start, end)
}

fn modality(c: &Chars, st: &mut Statement, sentence: (usize, usize)) {
    if st.target {
        st.modality = Some(Modality::Target);
        return;
    }
    let v = vocab();
    let (a, b) = clause(c, sentence, st.span);
    st.modality = if v.forecast.find(c, a, b).is_some() {
        Some(Modality::Forecast)
    } else if v.revised.find(c, a, b).is_some() {
        Some(Modality::Revised)
    } else {
        None
    };
}

/// Whether an approximation word stands just before or after a figure.
fn approximate(c: &Chars, st: &Statement) -> bool {
    let v = vocab();
    st.parts
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                PartKind::Level | PartKind::Growth | PartKind::Change
            )
        })
        .any(|p| {
            let before = v.approx_before.rfind(c, p.start.saturating_sub(8), p.start);
            let tight = before.is_some_and(|(k, _, n)| c.slice(k + n, p.start).trim().is_empty());
            tight || v.approx_after.at(c, p.end).is_some()
        })
}
