//! Statements from a run of rates (one rate, or a list after 分别 /
//! "respectively"): the words the run shares (its basis phrase, its verb
//! and direction, its indicators), then each rate's value, basis, whole
//! and indicator.

use super::extract::{Ctx, p_end};
use super::figures::{as_rate_level, names_rate, new_level};
use super::percents::PercentKind;
use super::phrases::{Span, basis_near, indicator_in, only_filler, split_list, times_hundred};
use super::sentences::Sentence;
use super::text::Chars;
use super::tokens::{Tok, Token};
use super::vocab::vocab;
use super::{Basis, Part, PartKind, Statement};
use crate::reported::Reported;

/// What later rates take from earlier ones: the last rate basis stated
/// (basis, span and paragraph), and the basis phrases a change in points
/// used (比上月加快0.5个百分点), which no rate after it inherits.
#[derive(Default)]
pub(super) struct LastBasis {
    pub(super) last: Option<(Basis, usize, usize, usize)>,
    pub(super) consumed: std::collections::HashSet<usize>,
}

/// What the rates of one run share.
struct Run<'t> {
    /// Where the run's clause words begin.
    from: usize,
    /// The basis phrase near the run: basis, start, end.
    found: Option<(Basis, usize, usize)>,
    down: bool,
    up: bool,
    rates: Vec<&'t Token>,
    /// The indicators: one, or one per rate.
    items: Vec<Span>,
    scope: Option<Span>,
}

/// The run of `run` rate tokens from `k`: its words and its indicators.
fn run_of<'t>(
    c: &Chars,
    ctx: &mut Ctx,
    toks: &'t [Token],
    (k, run): (usize, usize),
    s: &Sentence,
) -> Option<Run<'t>> {
    let first = toks.get(k)?;
    let from = ctx.clause_start.max(ctx.last_end);
    let next_boundary = toks
        .iter()
        .skip(k + run)
        .find(|t| {
            matches!(
                t.tok,
                Tok::Boundary { .. } | Tok::Rate { .. } | Tok::Level { .. }
            )
        })
        .map_or(s.end, |t| t.start);
    let last = toks.get(k + run - 1).map_or(first.end, |t| t.end);
    let found = basis_near(c, from, first.start, (last, next_boundary))
        .or_else(|| basis_near(c, ctx.clause_start.min(from), first.start, (last, last)));
    let v = vocab();
    let dir = v
        .direction
        .rfind(c, from, first.start)
        .or_else(|| v.direction.find(c, last, next_boundary));
    let rates: Vec<&Token> = toks
        .iter()
        .skip(k)
        .take(run)
        .filter(|t| matches!(t.tok, Tok::Rate { .. }))
        .collect();
    let respectively = c
        .find(from, first.start, &["分别", "respectively"])
        .is_some()
        || c.find(last, next_boundary, &["respectively"]).is_some();
    let (ind, scope) = indicator_in(c, ctx.sentence_start, from, first.start);
    let items = items_of(
        c,
        ctx,
        toks,
        (k, first.start),
        ind,
        respectively,
        rates.len(),
    );
    if items.len() > 1
        && let (Some(a), Some(b)) = (items.first(), items.last())
    {
        ctx.last_list = Some((a.0, b.1));
    }
    Some(Run {
        from,
        found,
        down: dir.is_some_and(|(_, down, _)| down),
        up: dir.is_some(),
        rates,
        items,
        scope,
    })
}

/// The indicators of a run: one phrase, or a list split on 、 和 及 and ","
/// with one item per rate after 分别 / "respectively".
fn items_of(
    c: &Chars,
    ctx: &Ctx,
    toks: &[Token],
    (k, first): (usize, usize),
    ind: Option<Span>,
    respectively: bool,
    n: usize,
) -> Vec<Span> {
    let mut items: Vec<Span> = match ind {
        Some((a, b)) if respectively && n > 1 => split_list(c, a, b),
        Some(x) => vec![x],
        None => Vec::new(),
    };
    if respectively && n > 1 && items.len() != n {
        // "food, clothing and using goods went up by …": the list reaches back
        // over commas; take the start that gives one item per rate.
        let starts = toks
            .iter()
            .take(k)
            .rev()
            .filter(|t| matches!(t.tok, Tok::Boundary { hard: false }))
            .map(|t| t.end);
        for start in starts.take(n) {
            if let (Some((a, b)), _) = indicator_in(c, ctx.sentence_start, start, first) {
                let list = split_list(c, a, b);
                if list.len() == n {
                    items = list;
                    break;
                }
            }
        }
    }
    items
}

/// One statement per rate of the run from `k`.
pub(super) fn rate_statements(
    c: &Chars,
    ctx: &mut Ctx,
    toks: &[Token],
    (k, run): (usize, usize),
    s: &Sentence,
    out: &mut [Statement],
    last_basis: &mut LastBasis,
) -> Vec<Statement> {
    let Some(r) = run_of(c, ctx, toks, (k, run), s) else {
        return Vec::new();
    };
    let mut made = Vec::new();
    for (n, t) in r.rates.iter().enumerate() {
        let Tok::Rate { figure, kind } = &t.tok else {
            continue;
        };
        let Some(mut st) = growth_of(c, &r, t, figure, *kind) else {
            continue;
        };
        let basis = match (kind, r.found.map(|f| f.0)) {
            (PercentKind::Points, Some(Basis::ContributionPp)) => Some(Basis::ContributionPp),
            (PercentKind::Points, _) => Some(Basis::PpChange),
            (PercentKind::Percent, Some(Basis::ContributionPp)) => None,
            (_, b) => b,
        };
        assign_basis(c, &mut st, basis, &r, (t, *kind), s, last_basis);
        whole_of(c, &mut st, &r, t, s);
        if st.basis == Some(Basis::PpChange) {
            st.compared_to = ctx.compared;
        }
        // Attach to the statement before when only filler lies between.
        let attach_to = ctx.mine.last().copied().filter(|&i| {
            out.get(i)
                .is_some_and(|p| p.growth.is_none() && (p.level.is_some() || p.change.is_some()))
                && n == 0
                && r.rates.len() == 1
                && only_filler(c, p_end(out, i), t.start)
        });
        if let Some(p) = attach_to.and_then(|i| out.get_mut(i)) {
            p.growth = st.growth.take();
            p.growth_interval = st.growth_interval.take();
            p.basis = st.basis;
            p.relative_to = st.relative_to.take();
            p.compared_to = st.compared_to.take();
            p.parts.append(&mut st.parts);
            continue;
        }
        indicator_of(c, ctx, &mut st, &r, n, t, out);
        // "the unemployment rate was 7.9%", "fell to 3.5%", 城镇调查失业率5.2%:
        // a rate that is a level.
        let verb_before = vocab().direction.rfind(c, r.from, t.start).is_some();
        let named_rate = st
            .parts
            .iter()
            .find(|p| p.kind == PartKind::Indicator)
            .is_some_and(|p| names_rate(c, p.start, p.end));
        if *kind == PercentKind::Percent
            && r.found.is_none()
            && named_rate
            && (new_level(c, t.start) || !verb_before)
        {
            as_rate_level(&mut st);
        }
        made.push(st);
    }
    made
}

/// The statement of one rate: its value signed by the run's verb (not
/// after "fell to": a new level), a multiple as percent, and the interval
/// its rounding allows.
fn growth_of(c: &Chars, r: &Run, t: &Token, figure: &str, kind: PercentKind) -> Option<Statement> {
    let mut value = figure.to_string();
    if kind == PercentKind::Multiple {
        // 增长1.79倍 is +179 %; a multiple without a verb of growth is not a rate.
        if !r.up || r.down {
            return None;
        }
        value = times_hundred(figure);
    }
    let negative = r.down && !new_level(c, t.start) && !value.starts_with('-');
    let signed = if negative { format!("-{value}") } else { value };
    let growth = Reported::parse(&signed).ok()?;
    let interval = match kind {
        // The multiple's own rounding: 1.8倍 is 175 % to 185 %.
        PercentKind::Multiple => Reported::parse(if negative { &signed } else { figure })
            .ok()
            .map(|x| x.interval().scale(100.0)),
        _ => Some(growth.interval()),
    };
    let mut st = Statement::empty();
    st.growth = Some(growth);
    st.growth_interval = interval;
    st.parts.push(Part {
        kind: PartKind::Growth,
        start: t.start,
        end: t.end,
    });
    Some(st)
}

/// The rate's basis: the run's phrase, or for a rate that names none the
/// one its paragraph set before it ("同比增长5%…，增长3.6%"; "环比持平。其中，…下降1.6%").
fn assign_basis(
    c: &Chars,
    st: &mut Statement,
    basis: Option<Basis>,
    r: &Run,
    (t, kind): (&Token, PercentKind),
    s: &Sentence,
    last_basis: &mut LastBasis,
) {
    let shared = |b: &Basis| matches!(b, Basis::Yoy | Basis::PreviousPeriod | Basis::Annualized);
    let part = |a, e| Part {
        kind: PartKind::Basis,
        start: a,
        end: e,
    };
    match (basis, r.found) {
        (Some(b), Some((fb, a, e))) if fb == b || b == Basis::PpChange => {
            st.basis = Some(b);
            st.parts.push(part(a, e));
            if shared(&b) {
                last_basis.last = Some((b, a, e, s.paragraph));
            } else if b == Basis::PpChange {
                last_basis.consumed.insert(a);
            }
        }
        (Some(b), _) => st.basis = Some(b),
        (None, _) if kind != PercentKind::Points => {
            let consumed = &last_basis.consumed;
            let before = vocab().basis_rfind_where(c, s.paragraph_start, t.start, |b, at| {
                shared(&b) && !consumed.contains(&at)
            });
            let inherited = before.or_else(|| {
                last_basis
                    .last
                    .filter(|l| l.3 == s.paragraph)
                    .map(|l| (l.0, l.1, l.2))
            });
            if let Some((b, a, e)) = inherited {
                st.basis = Some(b);
                st.parts.push(part(a, e));
            }
        }
        _ => {}
    }
}

/// The whole a share or contribution is of: "accounting for 19.6 percent
/// of the total retail sales" (after), 占社会消费品零售总额的比重, 拉动… (before).
fn whole_of(c: &Chars, st: &mut Statement, r: &Run, t: &Token, s: &Sentence) {
    let english = r
        .found
        .is_some_and(|f| c.at(f.1).is_some_and(|ch| ch.is_ascii_alphabetic()));
    let whole = match st.basis {
        Some(Basis::Share) if english => {
            let mut a = t.end;
            while c.at(a) == Some(' ') {
                a += 1;
            }
            c.word_at(a, "of").map(|n| {
                let a = a + n + 1;
                let a = a + c.word_at(a, "the ").unwrap_or(0);
                let e = (a..s.end)
                    .find(|&j| matches!(c.at(j), Some(',' | ';' | '.' | '(' | ')')))
                    .unwrap_or(s.end);
                c.written(a, e)
            })
        }
        Some(Basis::Share | Basis::ContributionPp | Basis::ContributionShare) => {
            const OPEN: &[&str] = &[
                "占",
                "accounted for",
                "share of",
                "拉动",
                "影响",
                "对",
                "of",
            ];
            const CLOSE: &[&str] = &[
                "的比重",
                "比重",
                "的",
                "为",
                "增长",
                "上涨",
                "下降",
                "约",
                "%",
            ];
            c.rfind(r.from, t.start, OPEN).map(|(a, n)| {
                let start = a + n;
                let end = c.find(start, t.start, CLOSE).map_or(t.start, |(e, _)| e);
                c.written(start, end)
            })
        }
        _ => None,
    };
    if let Some(w) = whole
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
    {
        st.relative_to = Some(w);
    }
}

/// The rate's indicator: its own item of the run; the run's list as a whole
/// after 合计 / "together"; else the indicator of the statement before in
/// the sentence ("比上年增长12.5%，两年平均增速为3.9%").
fn indicator_of(
    c: &Chars,
    ctx: &Ctx,
    st: &mut Statement,
    r: &Run,
    n: usize,
    t: &Token,
    out: &[Statement],
) {
    let own = r.items.get(n).copied().or(if r.items.len() == 1 {
        r.items.first().copied()
    } else {
        None
    });
    let together = || {
        c.find(r.from, t.start, &["合计", "together", "combined"])
            .is_some()
    };
    let span = match own {
        Some(x) => Some(x),
        None if ctx.last_list.is_some() && together() => ctx.last_list,
        None => None,
    };
    if let Some((a, b)) = span {
        st.indicator = Some(c.written(a, b));
        st.parts.push(Part {
            kind: PartKind::Indicator,
            start: a,
            end: b,
        });
    } else if let Some(p) = ctx.mine.last().and_then(|&i| out.get(i)) {
        st.indicator = p.indicator.clone();
        st.scope = p.scope.clone();
        st.parts.extend(
            p.parts
                .iter()
                .filter(|q| q.kind == PartKind::Indicator)
                .cloned(),
        );
    }
    if let Some((a, b)) = r.scope {
        st.scope = Some(c.written(a, b));
        st.parts.push(Part {
            kind: PartKind::Scope,
            start: a,
            end: b,
        });
    }
}
