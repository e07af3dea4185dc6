//! Reading statements out of text: for each sentence (`sentences.rs`),
//! its tokens (`tokens.rs`), then statements built from them with the
//! words around each figure (`phrases.rs`).

use super::percents::PercentKind;
use super::periods::PeriodMatch;
use super::phrases::{basis_near, indicator_in, only_filler, split_list, times_hundred};
use super::context::{BasePeriod, StatedPeriod, complete};
use super::figures::{as_change, as_rate_level, change_verb, names_rate, new_level};
use super::sentences::{Sentence, sentences};
use super::text::Chars;
use super::tokens::{Tok, Token, tokens};
use super::vocab::vocab;
use super::{Basis, Lang, Part, PartKind, Statement};
use crate::period::{Date, Period};
use crate::reported::Reported;
use crate::unit::Unit;

/// What the builder knows while walking one sentence.
#[derive(Default)]
struct Ctx {
    sentence_start: usize,
    period: Option<PeriodMatch>,
    compared: Option<Period>,
    clause_start: usize,
    last_end: usize,
    /// Statements of this sentence (indexes into the output).
    mine: Vec<usize>,
    among: Option<usize>,
    /// The offset of the 按…分 that opened the breakdown being read.
    breakdown: Option<usize>,
    /// The whole phrase of the last list of indicators (水产品、鲜果、粮食价格).
    last_list: Option<(usize, usize)>,
}

/// One statement per figure group, from the tokens of each sentence.
pub(crate) fn extract(text: &str, reference: Option<Date>, lang: Lang) -> Vec<Statement> {
    let c = Chars::with_lang(text, lang);
    let mut out: Vec<Statement> = Vec::new();
    let mut deadline: Option<(PeriodMatch, usize)> = None;
    let mut last_basis: Option<(Basis, usize, usize, usize)> = None; // basis, span, paragraph
    let mut breakdown_open: Option<(usize, usize)> = None; // paragraph, offset
    let mut among_from_previous: Option<usize> = None;
    // The last period phrase of the paragraph, for sentences that name none.
    let mut paragraph_period: Option<(usize, PeriodMatch)> = None;
    let mut inherited: Vec<usize> = Vec::new();
    let mut pending: Vec<(usize, Option<usize>, Option<usize>)> = Vec::new();
    let all = sentences(&c);
    let mut stated: Vec<StatedPeriod> = Vec::new();
    let mut bases: Vec<BasePeriod> = Vec::new();
    for (si, s) in all.iter().enumerate() {
        let toks = tokens(&c, s, reference);
        let mut ctx = Ctx {
            sentence_start: s.start,
            clause_start: s.start,
            last_end: s.start,
            ..Ctx::default()
        };
        if let Some((p, at)) = breakdown_open
            && p == s.paragraph
        {
            ctx.breakdown = Some(at);
        }
        // A sentence opening with 其中 takes its period from the one before.
        if vocab().among.has(&c, s.start)
            && let Some(prev) = among_from_previous
        {
            ctx.among = Some(prev);
            ctx.period = out.get(prev).and_then(|p| p.period).map(|p| PeriodMatch {
                start: s.start,
                end: s.start,
                period: Some(p),
                deadline: false,
            });
        }
        let has_own = toks
            .iter()
            .any(|t| matches!(&t.tok, Tok::Period { m, compared: false } if !m.deadline));
        let from_paragraph = match (&ctx.period, &paragraph_period) {
            (None, Some((p, m))) if *p == s.paragraph && !has_own => {
                ctx.period = Some(m.clone());
                true
            }
            _ => false,
        };
        let is_target = vocab().target.find(&c, s.start, s.end).is_some();
        let mut k = 0;
        while k < toks.len() {
            let Some(t) = toks.get(k) else { break };
            match &t.tok {
                Tok::Boundary { .. } => ctx.clause_start = t.end,
                Tok::Among => {
                    ctx.among = ctx.mine.last().copied().or(among_from_previous);
                    ctx.clause_start = t.end;
                }
                Tok::Breakdown => {
                    ctx.breakdown = Some(t.start);
                    breakdown_open = Some((s.paragraph, t.start));
                    ctx.clause_start = t.end;
                }
                Tok::Period { m, compared } => {
                    if m.deadline {
                        deadline = Some((m.clone(), si));
                    } else if *compared {
                        ctx.compared = m.period;
                        bases.push((t.start, t.end, m.period, c.slice(t.start, t.end + 2).contains("同期")));
                    } else {
                        stated.push((t.start, m.period));
                        ctx.period = Some(m.clone());
                        paragraph_period = Some((s.paragraph, m.clone()));
                        ctx.clause_start = t.end;
                    }
                }
                Tok::Level { figure, unit } => {
                    // "19,521.0 billion yuan (US$2,842.3 bn)": the same level converted.
                    let before = c.slice(ctx.last_end, t.start);
                    let converted = toks
                        .get(k.wrapping_sub(1))
                        .is_some_and(|p| matches!(p.tok, Tok::Level { .. }))
                        && matches!(
                            before.trim(),
                            "(" | "(about" | "(around" | "(approximately" | "(约" | "(合"
                        );
                    if converted {
                        ctx.last_end = t.end;
                        k += 1;
                        continue;
                    }
                    // "or $327.9 billion" after a rate is the change, not a level.
                    if c.slice(t.start.saturating_sub(3), t.start) == "or " {
                        ctx.last_end = t.end;
                        k += 1;
                        continue;
                    }
                    let from = ctx.clause_start.max(ctx.last_end);
                    // "rose by $57.7 billion", 减少91万吨: an absolute change.
                    if let Some(down) = change_verb(&c, from, t.start)
                        && let Some(mut st) = level_statement(&c, &ctx, t, figure, unit)
                    {
                        as_change(&mut st, down);
                        if !attach_change(&mut out, &ctx, &mut st) {
                            place_period(&mut st, &ctx, is_target, deadline.as_ref(), si);
                            inherit_indicator(&mut st, &ctx, &out);
                            ctx.mine.push(out.len());
                            out.push(st);
                        }
                        ctx.last_end = t.end;
                        k += 1;
                        continue;
                    }
                    // "…, to a level of $26.47 trillion": the level of the statement before.
                    let (ind, _) = indicator_in(&c, ctx.sentence_start, from, t.start);
                    let open = ctx.mine.last().copied().filter(|&i| {
                        out.get(i)
                            .is_some_and(|p| p.level.is_none() && p.growth.is_some())
                    });
                    if let (None, Some(i), Ok(level)) = (ind, open, Reported::parse(figure)) {
                        if let Some(p) = out.get_mut(i) {
                            p.level = Some(level);
                            p.unit = Some(unit.clone());
                            p.parts.push(Part {
                                kind: PartKind::Level,
                                start: t.start,
                                end: t.end,
                            });
                        }
                        ctx.last_end = t.end;
                        k += 1;
                        continue;
                    }
                    let st = level_statement(&c, &ctx, t, figure, unit);
                    if let Some(mut st) = st {
                        place_period(&mut st, &ctx, is_target, deadline.as_ref(), si);
                        pending.push((out.len(), ctx.among, ctx.breakdown));
                        ctx.mine.push(out.len());
                        out.push(st);
                    }
                    ctx.last_end = t.end;
                }
                Tok::Bare { figure } => {
                    // "rose by 661,000": a change in a count.
                    let from = ctx.clause_start.max(ctx.last_end);
                    if !is_target
                        && let Some(down) = change_verb(&c, from, t.start)
                        && let Some(mut st) = bare_change(&c, &ctx, t, figure, down)
                    {
                        if !attach_change(&mut out, &ctx, &mut st) {
                            place_period(&mut st, &ctx, false, deadline.as_ref(), si);
                            inherit_indicator(&mut st, &ctx, &out);
                            ctx.mine.push(out.len());
                            out.push(st);
                        }
                        ctx.last_end = t.end;
                        k += 1;
                        continue;
                    }
                    // A count in a target: "build 100 smart factories".
                    if is_target
                        && deadline.as_ref().is_some_and(|(_, d)| si <= d + 2)
                        && let Some(st) = counted(&c, t, figure)
                    {
                        let mut st = st;
                        place_period(&mut st, &ctx, true, deadline.as_ref(), si);
                        ctx.mine.push(out.len());
                        out.push(st);
                    }
                }
                Tok::Rate { .. } => {
                    // A list of rates after 分别: one statement per item.
                    let run = rate_run(&c, &toks, k);
                    let made =
                        rate_statements(&c, &mut ctx, &toks, k, run, s, &mut out, &mut last_basis);
                    for mut st in made {
                        place_period(&mut st, &ctx, false, deadline.as_ref(), si);
                        pending.push((out.len(), ctx.among, ctx.breakdown));
                        ctx.mine.push(out.len());
                        out.push(st);
                    }
                    k += run;
                    ctx.last_end = toks.get(k - 1).map_or(t.end, |x| x.end);
                    continue;
                }
            }
            k += 1;
        }
        if from_paragraph {
            inherited.extend(ctx.mine.iter().copied());
        }
        // English often names the period after the figures ("…, up 9.8
        // percent in June"): a statement without one takes the first period
        // phrase read between its start and the next statement.
        for (n, &i) in ctx.mine.iter().enumerate() {
            let first_part = |j: usize| {
                out.get(j).and_then(|p| {
                    p.parts
                        .iter()
                        .filter(|q| {
                            matches!(
                                q.kind,
                                PartKind::Indicator | PartKind::Level | PartKind::Growth
                            )
                        })
                        .map(|q| q.start)
                        .min()
                })
            };
            let Some(from) = first_part(i) else { continue };
            let figure_start = |j: usize| {
                out.get(j).and_then(|p| {
                    p.parts
                        .iter()
                        .filter(|q| matches!(q.kind, PartKind::Level | PartKind::Growth))
                        .map(|q| q.start)
                        .min()
                })
            };
            let limit = ctx
                .mine
                .get(n + 1)
                .and_then(|&j| figure_start(j))
                .unwrap_or(s.end);
            // A period after the figure across a clause boundary belongs to
            // the next clause (…增长5%，1-9月增长3%).
            let fig = figure_start(i).unwrap_or(from);
            let crosses = |at: usize| {
                toks.iter().any(|b| {
                    matches!(b.tok, Tok::Boundary { .. }) && b.start > fig && b.start < at
                })
            };
            let after = toks.iter().find_map(|t| match &t.tok {
                Tok::Period { m, compared: false }
                    if !m.deadline && t.start >= from && t.start < limit && !crosses(t.start) =>
                {
                    Some(m.clone())
                }
                _ => None,
            });
            // An English period after the figure ("… 3.1% in the first quarter")
            // is the statement's own, over one set earlier in the sentence.
            let own_after = figure_start(i).and_then(|f| {
                toks.iter().find_map(|t| match &t.tok {
                    Tok::Period { m, compared: false }
                        if !m.deadline
                            && t.start >= f
                            && t.start < limit
                            && ["in ", "for ", "during "].iter().any(|w| {
                                c.slice(t.start.saturating_sub(w.len()), t.start)
                                    .eq_ignore_ascii_case(w)
                            }) =>
                    {
                        Some(m.clone())
                    }
                    _ => None,
                })
            });
            if let (Some(st), Some(m)) = (out.get_mut(i), own_after)
                && !st.target
                && st.period != m.period
            {
                set_period(st, &m);
                continue;
            }
            if let (Some(st), Some(m)) = (out.get_mut(i), after)
                && (st.period.is_none() || inherited.contains(&i))
                && !st.target
            {
                set_period(st, &m);
            }
        }
        // Parts of a total, once every statement has its period.
        for (i, among, breakdown) in pending.drain(..) {
            let (before, rest) = out.split_at_mut(i);
            if let Some(st) = rest.first_mut() {
                mark_part(st, among, breakdown, before);
            }
        }
        if let Some(first) = ctx
            .mine
            .iter()
            .copied()
            .find(|&i| out.get(i).is_some_and(|s| s.level.is_some()))
        {
            among_from_previous = Some(first);
        }
    }
    for st in &mut out {
        finish(st);
    }
    complete(&c, &mut out, &all, &stated, &bases);
    super::breakdown::link(&mut out);
    out
}

/// The number of rate tokens from `k` that form one list (separated only
/// by `、`, `,`, 和, and).
fn rate_run(c: &Chars, toks: &[Token], k: usize) -> usize {
    let joins = |a: usize, b: usize| {
        matches!(
            c.slice(a, b).trim(),
            "" | "," | "、" | "和" | "及" | "and" | ", and"
        )
    };
    let mut n = 1;
    while let (Some(a), Some(b)) = (toks.get(k + n - 1), toks.get(k + n)) {
        match &b.tok {
            Tok::Rate { .. } if joins(a.end, b.start) => n += 1,
            _ => break,
        }
    }
    n
}

fn level_statement(
    c: &Chars,
    ctx: &Ctx,
    t: &Token,
    figure: &str,
    unit: &Unit,
) -> Option<Statement> {
    let level = Reported::parse(figure).ok()?;
    let from = ctx.clause_start.max(ctx.last_end);
    let (ind, scope) = indicator_in(c, ctx.sentence_start, from, t.start);
    let mut st = Statement::empty();
    if let Some((a, b)) = ind {
        st.indicator = Some(c.written(a, b));
        st.parts.push(Part {
            kind: PartKind::Indicator,
            start: a,
            end: b,
        });
    }
    if let Some((a, b)) = scope {
        st.scope = Some(c.written(a, b));
        st.parts.push(Part {
            kind: PartKind::Scope,
            start: a,
            end: b,
        });
    }
    st.level = Some(level);
    st.unit = Some(unit.clone());
    st.parts.push(Part {
        kind: PartKind::Level,
        start: t.start,
        end: t.end,
    });
    Some(st)
}

/// "100 smart factories": the count and the words that name what is counted.
fn counted(c: &Chars, t: &Token, figure: &str) -> Option<Statement> {
    let mut k = t.end;
    while c.at(k) == Some(' ') {
        k += 1;
    }
    let start = k;
    let mut words = 0;
    let mut end = k;
    const STOP: &[&str] = &[
        "in", "with", "of", "by", "and", "to", "for", "at", "on", "that", "which",
    ];
    while words < 3 && c.at(k).is_some_and(|ch| ch.is_ascii_lowercase()) {
        if STOP.iter().any(|w| c.word_at(k, w).is_some()) {
            break;
        }
        while c
            .at(k)
            .is_some_and(|ch| ch.is_ascii_alphabetic() || ch == '-')
        {
            k += 1;
        }
        end = k;
        words += 1;
        if c.at(k) != Some(' ') {
            break;
        }
        k += 1;
    }
    if words == 0 {
        return None;
    }
    let name = c.written(start, end);
    let mut st = Statement::empty();
    st.level = Some(Reported::parse(figure).ok()?);
    st.unit = Some(Unit::new(&name, 0).ok()?);
    st.indicator = Some(name);
    st.target = true;
    st.parts.push(Part {
        kind: PartKind::Level,
        start: t.start,
        end,
    });
    st.parts.push(Part {
        kind: PartKind::Indicator,
        start,
        end,
    });
    Some(st)
}

#[allow(clippy::too_many_arguments)]
fn rate_statements(
    c: &Chars,
    ctx: &mut Ctx,
    toks: &[Token],
    k: usize,
    run: usize,
    s: &Sentence,
    out: &mut [Statement],
    last_basis: &mut Option<(Basis, usize, usize, usize)>,
) -> Vec<Statement> {
    let Some(first) = toks.get(k) else {
        return Vec::new();
    };
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
    let last_tok_end = toks.get(k + run - 1).map_or(first.end, |t| t.end);
    let found = basis_near(c, from, first.start, (last_tok_end, next_boundary)).or_else(|| {
        basis_near(
            c,
            ctx.clause_start.min(from),
            first.start,
            (last_tok_end, last_tok_end),
        )
    });
    let v = vocab();
    let dir = v
        .direction
        .rfind(c, from, first.start)
        .or_else(|| v.direction.find(c, last_tok_end, next_boundary));
    let down = dir.is_some_and(|(_, down, _)| down);
    let up = dir.is_some();
    let rates: Vec<&Token> = toks
        .iter()
        .skip(k)
        .take(run)
        .filter(|t| matches!(t.tok, Tok::Rate { .. }))
        .collect();
    // The indicators: one phrase, or a list split on 、 和 及 and ",".
    let respectively = c
        .find(from, first.start, &["分别", "respectively"])
        .is_some()
        || c.find(last_tok_end, next_boundary, &["respectively"])
            .is_some();
    let (ind, scope) = indicator_in(c, ctx.sentence_start, from, first.start);
    let mut items: Vec<(usize, usize)> = match ind {
        Some((a, b)) if respectively && rates.len() > 1 => split_list(c, a, b),
        Some(x) => vec![x],
        None => Vec::new(),
    };
    if respectively && rates.len() > 1 && items.len() != rates.len() {
        // "food, clothing and using goods went up by …": the list reaches back
        // over commas; take the start that gives one item per rate.
        let starts = toks
            .iter()
            .take(k)
            .rev()
            .filter(|t| matches!(t.tok, Tok::Boundary { hard: false }))
            .map(|t| t.end);
        for start in starts.take(rates.len()) {
            if let (Some((a, b)), _) = indicator_in(c, ctx.sentence_start, start, first.start) {
                let list = split_list(c, a, b);
                if list.len() == rates.len() {
                    items = list;
                    break;
                }
            }
        }
    }
    if items.len() > 1
        && let (Some(first_item), Some(last_item)) = (items.first(), items.last())
    {
        ctx.last_list = Some((first_item.0, last_item.1));
    }
    let mut made = Vec::new();
    for (n, t) in rates.iter().enumerate() {
        let Tok::Rate { figure, kind } = &t.tok else {
            continue;
        };
        let mut basis = found.map(|f| f.0);
        let mut value_figure = figure.clone();
        match kind {
            PercentKind::Multiple => {
                // 增长1.79倍 is +179 %; a multiple without a verb of growth is not a rate.
                if !up || down {
                    continue;
                }
                value_figure = times_hundred(figure);
            }
            PercentKind::Points => {
                basis = Some(match basis {
                    Some(Basis::ContributionPp) => Basis::ContributionPp,
                    _ => Basis::PpChange,
                });
            }
            PercentKind::Percent => {
                if basis == Some(Basis::ContributionPp) {
                    basis = None;
                }
            }
        }
        // "fell to 3.5%": a new level, which the verb does not sign.
        let to_level = new_level(c, t.start);
        let negative = down && !to_level && !value_figure.starts_with('-');
        let signed = if negative {
            format!("-{value_figure}")
        } else {
            value_figure.clone()
        };
        let Ok(growth) = Reported::parse(&signed) else {
            continue;
        };
        let interval = match kind {
            // The multiple's own rounding: 1.8倍 is 175 % to 185 %.
            PercentKind::Multiple => Reported::parse(if negative { &signed } else { figure })
                .ok()
                .map(|r| r.interval().scale(100.0)),
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
        // Attach to the statement before when only filler lies between.
        let attach_to = ctx.mine.last().copied().filter(|&i| {
            out.get(i)
                .is_some_and(|p| p.growth.is_none() && p.level.is_some())
                && n == 0
                && rates.len() == 1
                && only_filler(c, p_end(out, i), t.start)
        });
        match (basis, found) {
            (Some(b), Some((fb, a, e))) if fb == b || b == Basis::PpChange => {
                st.basis = Some(b);
                st.parts.push(Part {
                    kind: PartKind::Basis,
                    start: a,
                    end: e,
                });
                if matches!(b, Basis::Yoy | Basis::PreviousPeriod | Basis::Annualized) {
                    *last_basis = Some((b, a, e, s.paragraph));
                }
            }
            (Some(b), _) => st.basis = Some(b),
            (None, _) if *kind != PercentKind::Points => {
                // A rate without its basis takes the one its paragraph set
                // before it ("同比增长5%…，增长3.6%"; "环比持平。其中，…下降1.6%").
                let from = s.paragraph_start;
                let before = v.basis_rfind_where(c, from, t.start, |b| {
                    matches!(b, Basis::Yoy | Basis::PreviousPeriod | Basis::Annualized)
                });
                let inherited = before.or_else(|| {
                    last_basis
                        .filter(|l| l.3 == s.paragraph)
                        .map(|l| (l.0, l.1, l.2))
                });
                if let Some((b, a, e)) = inherited {
                    st.basis = Some(b);
                    st.parts.push(Part {
                        kind: PartKind::Basis,
                        start: a,
                        end: e,
                    });
                }
            }
            _ => {}
        }
        if st.basis == Some(Basis::Share)
            && found.is_some_and(|f| c.at(f.1).is_some_and(|ch| ch.is_ascii_alphabetic()))
        {
            // "accounting for 19.6 percent of the total retail sales": the whole follows.
            let mut a = t.end;
            while c.at(a) == Some(' ') {
                a += 1;
            }
            if let Some(n) = c.word_at(a, "of") {
                let a = a + n + 1;
                let a = a + c.word_at(a, "the ").unwrap_or(0);
                let e = (a..s.end)
                    .find(|&j| matches!(c.at(j), Some(',' | ';' | '.' | '(' | ')')))
                    .unwrap_or(s.end);
                let whole = c.written(a, e).trim().to_string();
                if !whole.is_empty() {
                    st.relative_to = Some(whole);
                }
            }
        } else if matches!(
            st.basis,
            Some(Basis::Share | Basis::ContributionPp | Basis::ContributionShare)
        ) {
            // 占社会消费品零售总额的比重, 拉动…: the whole named.
            if let Some((a, n2)) = c.rfind(
                from,
                t.start,
                &[
                    "占",
                    "accounted for",
                    "share of",
                    "拉动",
                    "影响",
                    "对",
                    "of",
                ],
            ) {
                let rest_start = a + n2;
                let rest_end = c
                    .find(
                        rest_start,
                        t.start,
                        &[
                            "的比重",
                            "比重",
                            "的",
                            "为",
                            "增长",
                            "上涨",
                            "下降",
                            "约",
                            "%",
                        ],
                    )
                    .map_or(t.start, |(e, _)| e);
                let whole = c.written(rest_start, rest_end).trim().to_string();
                if !whole.is_empty() {
                    st.relative_to = Some(whole);
                }
            }
        }
        if st.basis == Some(Basis::PpChange) {
            st.compared_to = ctx.compared;
        }
        if let Some(i) = attach_to
            && let Some(p) = out.get_mut(i)
        {
            p.growth = st.growth.take();
            p.growth_interval = st.growth_interval.take();
            p.basis = st.basis;
            p.relative_to = st.relative_to.take();
            p.compared_to = st.compared_to.take();
            p.parts.append(&mut st.parts);
            continue;
        }
        let own = items.get(n).copied().or(if items.len() == 1 {
            items.first().copied()
        } else {
            None
        });
        match own {
            Some((a, b)) => {
                st.indicator = Some(c.written(a, b));
                st.parts.push(Part {
                    kind: PartKind::Indicator,
                    start: a,
                    end: b,
                });
            }
            None if ctx.last_list.is_some()
                && c.find(from, t.start, &["合计", "together", "combined"])
                    .is_some() =>
            {
                // "…分别上涨5.8%、0.5%和0.4%，合计影响CPI上涨约0.12个百分点": the list as a whole.
                if let Some((a, b)) = ctx.last_list {
                    st.indicator = Some(c.written(a, b));
                    st.parts.push(Part {
                        kind: PartKind::Indicator,
                        start: a,
                        end: b,
                    });
                }
            }
            None => {
                // Inherit the indicator of the statement before in the sentence:
                // "比上年增长12.5%，两年平均增速为3.9%".
                if let Some(p) = ctx.mine.last().and_then(|&i| out.get(i)) {
                    st.indicator = p.indicator.clone();
                    st.scope = p.scope.clone();
                    st.parts.extend(
                        p.parts
                            .iter()
                            .filter(|q| q.kind == PartKind::Indicator)
                            .cloned(),
                    );
                }
            }
        }
        if let Some((a, b)) = scope {
            st.scope = Some(c.written(a, b));
            st.parts.push(Part {
                kind: PartKind::Scope,
                start: a,
                end: b,
            });
        }
        // "the unemployment rate was 7.9%", "fell to 3.5%", 城镇调查失业率5.2%:
        // a rate that is a level.
        let verb_before = v.direction.rfind(c, from, t.start).is_some();
        let named_rate = st
            .parts
            .iter()
            .find(|p| p.kind == PartKind::Indicator)
            .is_some_and(|p| names_rate(c, p.start, p.end));
        if *kind == PercentKind::Percent
            && found.is_none()
            && named_rate
            && (to_level || !verb_before)
        {
            as_rate_level(&mut st);
        }
        made.push(st);
    }
    made
}

/// A change read after a statement of the same clause that has a level or
/// rate and no change ("were $500 billion, up $5 billion") joins it.
fn attach_change(out: &mut [Statement], ctx: &Ctx, st: &mut Statement) -> bool {
    if st.indicator.is_some() {
        return false;
    }
    let Some(prev) = ctx.mine.last().and_then(|&i| out.get_mut(i)) else {
        return false;
    };
    if prev.change.is_some() {
        return false;
    }
    prev.change = st.change.take();
    prev.change_unit = st.change_unit.take();
    prev.parts.append(&mut st.parts);
    true
}

/// The indicator of the statement before in the sentence, for a figure
/// whose clause names none.
fn inherit_indicator(st: &mut Statement, ctx: &Ctx, out: &[Statement]) {
    if st.indicator.is_some() {
        return;
    }
    if let Some(p) = ctx.mine.last().and_then(|&i| out.get(i)) {
        st.indicator = p.indicator.clone();
        st.scope = p.scope.clone();
        st.parts.extend(
            p.parts
                .iter()
                .filter(|q| q.kind == PartKind::Indicator)
                .cloned(),
        );
    }
}

/// "rose by 661,000": a change in a count, with the indicator of its clause.
fn bare_change(c: &Chars, ctx: &Ctx, t: &Token, figure: &str, down: bool) -> Option<Statement> {
    let unit = Unit::parse("units").ok()?;
    let mut st = level_statement(c, ctx, t, figure, &unit)?;
    as_change(&mut st, down);
    st.change_unit = None;
    Some(st)
}

fn p_end(out: &[Statement], i: usize) -> usize {
    out.get(i)
        .map_or(0, |p| p.parts.iter().map(|q| q.end).max().unwrap_or(0))
}

fn place_period(
    st: &mut Statement,
    ctx: &Ctx,
    target: bool,
    deadline: Option<&(PeriodMatch, usize)>,
    si: usize,
) {
    if target && let Some((m, _)) = deadline.filter(|(_, d)| si <= d + 2) {
        st.target = true;
        set_period(st, m);
        return;
    }
    if let Some(m) = &ctx.period {
        set_period(st, m);
    }
}

/// `m` as the statement's period, its part replacing any read before; a
/// relative period without a reference date is said to be missing.
fn set_period(st: &mut Statement, m: &PeriodMatch) {
    st.period = m.period;
    st.parts.retain(|q| q.kind != PartKind::Period);
    if m.end > m.start {
        st.parts.push(Part {
            kind: PartKind::Period,
            start: m.start,
            end: m.end,
        });
    }
    if m.period.is_none() && !st.missing.iter().any(|x| x.starts_with("period")) {
        st.missing
            .push("period (relative: give a reference date)".into());
    }
}

/// Mark a statement read after 其中 or 按…分 as a part of its total.
fn mark_part(
    st: &mut Statement,
    among: Option<usize>,
    breakdown: Option<usize>,
    out: &[Statement],
) {
    if st.level.is_none() {
        return;
    }
    let same = |t: &Statement| {
        t.level.is_some()
            && t.part_of.is_none()
            && t.period == st.period
            && t.unit.as_ref().map(Unit::base) == st.unit.as_ref().map(Unit::base)
    };
    if let Some(total) = among.filter(|&i| out.get(i).is_some_and(same)) {
        st.part_of = Some(total);
        return;
    }
    if let Some(at) = breakdown {
        let before = |t: &Statement| t.parts.iter().all(|p| p.end <= at);
        if let Some(total) = (0..out.len())
            .rev()
            .find(|&i| out.get(i).is_some_and(|t| same(t) && before(t)))
        {
            st.part_of = Some(total);
            st.breakdown = Some(at);
        }
    }
}

/// The span and the list of what is missing.
fn finish(st: &mut Statement) {
    st.parts.sort_by_key(|p| (p.start, p.end));
    st.parts.dedup();
    // The span covers what the statement's own clause says: the indicator,
    // level and rate (a period or basis read earlier in the sentence keeps
    // its own part).
    let core = || {
        st.parts.iter().filter(|p| {
            matches!(
                p.kind,
                PartKind::Indicator | PartKind::Level | PartKind::Growth
            )
        })
    };
    let start = core().map(|p| p.start).min().unwrap_or(0);
    let end = core().map(|p| p.end).max().unwrap_or(0);
    st.span = (start, end);
    if st.indicator.is_none() {
        st.missing.insert(0, "indicator".into());
    }
    if st.period.is_none() && st.missing.is_empty()
        || st.period.is_none() && !st.missing.iter().any(|m| m.starts_with("period"))
    {
        st.missing.push("period".into());
    }
    if st.growth.is_some() && st.basis.is_none() {
        st.missing.push("basis".into());
    }
    if st.growth_interval.is_none() {
        st.growth_interval = st.growth.as_ref().map(Reported::interval);
    }
}
