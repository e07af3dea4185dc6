//! Reading statements out of text: for each sentence (`sentences.rs`),
//! its tokens (`tokens.rs`), then statements built from them with the
//! words around each figure (`phrases.rs`).

use super::context::{BasePeriod, StatedPeriod, complete};
use super::figures::{as_change, change_verb, new_level};
use super::periods::PeriodMatch;
use super::phrases::indicator_in;
use super::rates::{LastBasis, rate_statements};
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
pub(super) struct Ctx {
    pub(super) sentence_start: usize,
    pub(super) period: Option<PeriodMatch>,
    pub(super) compared: Option<Period>,
    pub(super) clause_start: usize,
    pub(super) last_end: usize,
    /// Statements of this sentence (indexes into the output).
    pub(super) mine: Vec<usize>,
    pub(super) among: Option<usize>,
    /// The offset of the 按…分 that opened the breakdown being read.
    pub(super) breakdown: Option<usize>,
    /// The whole phrase of the last list of indicators (水产品、鲜果、粮食价格).
    pub(super) last_list: Option<(usize, usize)>,
    /// A relative base (比上月, 比上年同期): on the period before or a year before.
    pub(super) compared_back: Option<Basis>,
    /// The period before one set after the sentence's first figure, to
    /// restore at the next `;`.
    pub(super) restore: Option<Option<PeriodMatch>>,
}

/// The passage-level state of a reading: the statements so far and what
/// later sentences take from earlier ones.
struct Reader<'a> {
    c: &'a Chars,
    reference: Option<Date>,
    out: Vec<Statement>,
    /// The last deadline (by 2022) and its sentence.
    deadline: Option<(PeriodMatch, usize)>,
    /// The last rate basis stated: basis, span, paragraph.
    last_basis: LastBasis,
    /// The breakdown (按…分) open in a paragraph: paragraph, offset.
    breakdown_open: Option<(usize, usize)>,
    /// The first statement with a level of the sentence before (for 其中).
    among_from_previous: Option<usize>,
    /// The last period phrase of the paragraph, for sentences that name none.
    paragraph_period: Option<(usize, PeriodMatch)>,
    /// Statements whose period came from the paragraph.
    inherited: Vec<usize>,
    /// Statements to mark as parts once their sentence is read.
    pending: Vec<(usize, Option<usize>, Option<usize>)>,
    stated: Vec<StatedPeriod>,
    bases: Vec<BasePeriod>,
}

/// One statement per figure group, from the tokens of each sentence.
pub(crate) fn extract(text: &str, reference: Option<Date>, lang: Lang) -> Vec<Statement> {
    let c = Chars::with_lang(text, lang);
    let all = sentences(&c);
    let mut r = Reader {
        c: &c,
        reference,
        out: Vec::new(),
        deadline: None,
        last_basis: LastBasis::default(),
        breakdown_open: None,
        among_from_previous: None,
        paragraph_period: None,
        inherited: Vec::new(),
        pending: Vec::new(),
        stated: Vec::new(),
        bases: Vec::new(),
    };
    for (si, s) in all.iter().enumerate() {
        r.sentence(si, s);
    }
    let mut out = r.out;
    for st in &mut out {
        finish(st);
    }
    complete(&c, &mut out, &all, &r.stated, &r.bases);
    super::breakdown::link(&mut out);
    out
}

impl Reader<'_> {
    fn sentence(&mut self, si: usize, s: &Sentence) {
        let toks = tokens(self.c, s, self.reference);
        let (mut ctx, from_paragraph) = self.open(s, &toks);
        let is_target = vocab().target.find(self.c, s.start, s.end).is_some();
        let mut k = 0;
        while k < toks.len() {
            k = self.token(&mut ctx, &toks, k, (si, s), is_target);
        }
        if from_paragraph {
            self.inherited.extend(ctx.mine.iter().copied());
        }
        for n in 0..ctx.mine.len() {
            self.period_after(&ctx, &toks, s, n);
        }
        // Parts of a total, once every statement has its period.
        for (i, among, breakdown) in std::mem::take(&mut self.pending) {
            let (before, rest) = self.out.split_at_mut(i);
            if let Some(st) = rest.first_mut() {
                mark_part(st, among, breakdown, before);
            }
        }
        if let Some(first) = ctx
            .mine
            .iter()
            .copied()
            .find(|&i| self.out.get(i).is_some_and(|s| s.level.is_some()))
        {
            self.among_from_previous = Some(first);
        }
    }

    /// The sentence's context before its tokens: an open breakdown, the
    /// period of 其中's total, or the paragraph's period.
    fn open(&mut self, s: &Sentence, toks: &[Token]) -> (Ctx, bool) {
        let mut ctx = Ctx {
            sentence_start: s.start,
            clause_start: s.start,
            last_end: s.start,
            ..Ctx::default()
        };
        if let Some((p, at)) = self.breakdown_open
            && p == s.paragraph
        {
            ctx.breakdown = Some(at);
        }
        // A sentence opening with 其中 takes its period from the one before.
        if vocab().among.has(self.c, s.start)
            && let Some(prev) = self.among_from_previous
        {
            ctx.among = Some(prev);
            ctx.period = self
                .out
                .get(prev)
                .and_then(|p| p.period)
                .map(|p| PeriodMatch {
                    start: s.start,
                    end: s.start,
                    period: Some(p),
                    deadline: false,
                });
        }
        let has_own = toks
            .iter()
            .any(|t| matches!(&t.tok, Tok::Period { m, compared: false } if !m.deadline));
        let from_paragraph = match (&ctx.period, &self.paragraph_period) {
            (None, Some((p, m))) if *p == s.paragraph && !has_own => {
                ctx.period = Some(m.clone());
                true
            }
            _ => false,
        };
        (ctx, from_paragraph)
    }

    /// Reads the token at `k`; the index of the next one.
    fn token(
        &mut self,
        ctx: &mut Ctx,
        toks: &[Token],
        k: usize,
        (si, s): (usize, &Sentence),
        is_target: bool,
    ) -> usize {
        let Some(t) = toks.get(k) else {
            return k + 1;
        };
        match &t.tok {
            Tok::Boundary { hard } => {
                ctx.clause_start = t.end;
                // A period set mid-sentence held for its clause (…，1-4月份为下降5.4%；…).
                if *hard && let Some(p) = ctx.restore.take() {
                    ctx.period = p;
                }
            }
            Tok::Among => {
                ctx.among = ctx.mine.last().copied().or(self.among_from_previous);
                ctx.clause_start = t.end;
            }
            Tok::Breakdown => {
                ctx.breakdown = Some(t.start);
                self.breakdown_open = Some((s.paragraph, t.start));
                ctx.clause_start = t.end;
            }
            Tok::Period { m, compared } => self.period(ctx, t, m, *compared, (si, s)),
            Tok::Level { figure, unit } => {
                self.level(ctx, toks, k, (figure, unit), si, is_target);
                ctx.last_end = t.end;
            }
            Tok::Bare { figure } => self.bare(ctx, t, figure, si, is_target),
            Tok::Rate { .. } => {
                // A list of rates after 分别: one statement per item.
                let run = rate_run(self.c, toks, k);
                let made = rate_statements(
                    self.c,
                    ctx,
                    toks,
                    (k, run),
                    s,
                    &mut self.out,
                    &mut self.last_basis,
                );
                for st in made {
                    self.push(ctx, st, false, si, true);
                }
                ctx.last_end = toks.get(k + run - 1).map_or(t.end, |x| x.end);
                return k + run;
            }
        }
        k + 1
    }

    /// A statement placed in its period and added to the sentence's.
    fn push(&mut self, ctx: &mut Ctx, mut st: Statement, target: bool, si: usize, part: bool) {
        place_period(&mut st, ctx, target, self.deadline.as_ref(), si);
        if st.basis == Some(Basis::PpChange) && st.compared_to.is_none() {
            st.compared_to = match (ctx.compared_back, st.period) {
                (Some(Basis::Yoy), Some(p)) => p.year_ago(1).ok(),
                (Some(Basis::PreviousPeriod), Some(p)) => p.prev().ok(),
                _ => None,
            };
        }
        if part {
            self.pending
                .push((self.out.len(), ctx.among, ctx.breakdown));
        }
        ctx.mine.push(self.out.len());
        self.out.push(st);
    }

    fn period(
        &mut self,
        ctx: &mut Ctx,
        t: &Token,
        m: &PeriodMatch,
        compared: bool,
        (si, s): (usize, &Sentence),
    ) {
        if m.deadline {
            self.deadline = Some((m.clone(), si));
        } else if compared {
            // 比上月, 较上年同期: relative to the statement's period, not the release's.
            ctx.compared_back = vocab().reference.at(self.c, t.start).map(|(b, _)| b);
            ctx.compared = if ctx.compared_back.is_some() {
                None
            } else {
                m.period
            };
            let same = self.c.slice(t.start, t.end + 2).contains("同期");
            self.bases.push((t.start, t.end, m.period, same));
        } else {
            self.stated.push((t.start, m.period));
            // A period opening a later clause (…，1-4月份为下降5.4%；) holds
            // for that clause only; one after a figure ("was 16,692.4 billion
            // yuan in the first half of 2019") is the sentence's.
            let opens_clause = self.c.slice(ctx.clause_start, t.start).trim().is_empty();
            if !ctx.mine.is_empty() && opens_clause && ctx.restore.is_none() {
                ctx.restore = Some(ctx.period.clone());
            }
            ctx.period = Some(m.clone());
            self.paragraph_period = Some((s.paragraph, m.clone()));
            ctx.clause_start = t.end;
        }
    }

    /// A level: a conversion of the one before, a change, the level of the
    /// rate before it, or a statement of its own.
    fn level(
        &mut self,
        ctx: &mut Ctx,
        toks: &[Token],
        k: usize,
        (figure, unit): (&str, &Unit),
        si: usize,
        is_target: bool,
    ) {
        let c = self.c;
        let Some(t) = toks.get(k) else { return };
        // "19,521.0 billion yuan (US$2,842.3 bn)": the same level converted.
        let before = c.slice(ctx.last_end, t.start);
        let converted = toks
            .get(k.wrapping_sub(1))
            .is_some_and(|p| matches!(p.tok, Tok::Level { .. }))
            && matches!(
                before.trim(),
                "(" | "(about" | "(around" | "(approximately" | "(约" | "(合"
            );
        // "or $327.9 billion" after a rate is the change, not a level.
        if converted || c.slice(t.start.saturating_sub(3), t.start) == "or " {
            return;
        }
        let from = ctx.clause_start.max(ctx.last_end);
        // "rose by $57.7 billion", 减少91万吨: an absolute change.
        if let Some(down) = change_verb(c, from, t.start)
            && let Some(mut st) = level_statement(c, ctx, t, figure, unit)
        {
            as_change(&mut st, down);
            self.add_change(ctx, st, si, is_target);
            return;
        }
        // "…, to a level of $26.47 trillion": the level of the statement before.
        let (ind, _) = indicator_in(c, ctx.sentence_start, from, t.start);
        let open = ctx.mine.last().copied().filter(|&i| {
            self.out
                .get(i)
                .is_some_and(|p| p.level.is_none() && (p.growth.is_some() || p.change.is_some()))
        });
        if let (None, Some(i), Ok(level)) = (ind, open, Reported::parse(figure)) {
            if let Some(p) = self.out.get_mut(i) {
                p.level = Some(level);
                p.unit = Some(unit.clone());
                p.parts.push(Part {
                    kind: PartKind::Level,
                    start: t.start,
                    end: t.end,
                });
            }
            return;
        }
        if let Some(st) = level_statement(c, ctx, t, figure, unit) {
            self.push(ctx, st, is_target, si, true);
        }
    }

    /// A change joins the statement before in its clause, or stands alone
    /// with the indicator of the one before.
    fn add_change(&mut self, ctx: &mut Ctx, mut st: Statement, si: usize, is_target: bool) {
        if !attach_change(&mut self.out, ctx, &mut st) {
            inherit_indicator(&mut st, ctx, &self.out);
            self.push(ctx, st, is_target, si, false);
        }
    }

    /// A bare number: a change in a count ("rose by 661,000"), or a count
    /// in a target ("build 100 smart factories").
    fn bare(&mut self, ctx: &mut Ctx, t: &Token, figure: &str, si: usize, is_target: bool) {
        let c = self.c;
        let from = ctx.clause_start.max(ctx.last_end);
        if !is_target
            && let Some(down) = change_verb(c, from, t.start)
            && let Some(st) = bare_change(c, ctx, t, figure, down)
        {
            self.add_change(ctx, st, si, false);
            ctx.last_end = t.end;
            return;
        }
        if is_target
            && self.deadline.as_ref().is_some_and(|(_, d)| si <= d + 2)
            && let Some(st) = counted(c, t, figure)
        {
            self.push(ctx, st, true, si, false);
            return;
        }
        // "rose to 54.8", "decreased 3,100 to 715,100": the new level, of an
        // index or a count, joining the change before it in its clause.
        if !is_target && new_level(c, t.start) {
            self.bare_level(ctx, t, figure, si);
        }
    }

    fn bare_level(&mut self, ctx: &mut Ctx, t: &Token, figure: &str, si: usize) {
        let c = self.c;
        let Ok(level) = Reported::parse(figure) else {
            return;
        };
        let from = ctx.clause_start.max(ctx.last_end);
        let (ind, _) = indicator_in(c, ctx.sentence_start, from, t.start);
        let part = Part {
            kind: PartKind::Level,
            start: t.start,
            end: t.end,
        };
        let open = ctx.mine.last().copied().filter(|&i| {
            self.out
                .get(i)
                .is_some_and(|p| p.level.is_none() && (p.change.is_some() || p.growth.is_some()))
        });
        let index = |name: &str| {
            let n = name.to_lowercase();
            ["index", "pmi", "指数", "confidence", "sentiment", "reading"]
                .iter()
                .any(|w| n.contains(w))
        };
        let unit_for = |name: Option<&str>| {
            Unit::parse(if name.is_some_and(index) {
                "index"
            } else {
                "units"
            })
            .ok()
        };
        match (ind, open.and_then(|i| self.out.get_mut(i))) {
            (None, Some(p)) => {
                p.unit = unit_for(p.indicator.as_deref());
                p.level = Some(level);
                p.parts.push(part);
            }
            _ => {
                let mut st = Statement::empty();
                if let Some((a, b)) = ind {
                    st.indicator = Some(c.written(a, b));
                    st.parts.push(Part {
                        kind: PartKind::Indicator,
                        start: a,
                        end: b,
                    });
                }
                inherit_indicator(&mut st, ctx, &self.out);
                st.unit = unit_for(st.indicator.as_deref());
                st.level = Some(level);
                st.parts.push(part);
                self.push(ctx, st, false, si, false);
            }
        }
        ctx.last_end = t.end;
    }

    /// English often names the period after the figures ("…, up 9.8
    /// percent in June"): the `n`th statement of the sentence, without a
    /// period, takes the first period phrase between its start and the next
    /// statement; one after the figure with "in", "for" or "during" is its
    /// own over one set earlier in the sentence.
    fn period_after(&mut self, ctx: &Ctx, toks: &[Token], s: &Sentence, n: usize) {
        let Some(&i) = ctx.mine.get(n) else { return };
        let parts_of = |j: usize, kinds: &[PartKind]| {
            self.out.get(j).and_then(|p| {
                p.parts
                    .iter()
                    .filter(|q| kinds.contains(&q.kind))
                    .map(|q| q.start)
                    .min()
            })
        };
        let figures = [PartKind::Level, PartKind::Growth];
        let Some(from) = parts_of(i, &[PartKind::Indicator, PartKind::Level, PartKind::Growth])
        else {
            return;
        };
        let limit = ctx
            .mine
            .get(n + 1)
            .and_then(|&j| parts_of(j, &figures))
            .unwrap_or(s.end);
        let fig = parts_of(i, &figures);
        let (after, own_after) = periods_after(self.c, toks, (from, fig, limit));
        let inherited = self.inherited.contains(&i);
        let Some(st) = self.out.get_mut(i) else {
            return;
        };
        if st.target {
            return;
        }
        if let Some(m) = own_after.filter(|m| st.period != m.period) {
            set_period(st, &m);
        } else if let Some(m) = after.filter(|_| st.period.is_none() || inherited) {
            set_period(st, &m);
        }
    }
}

/// The first own period phrase in `from..limit` that does not cross a
/// clause boundary after the figure (…增长5%，1-9月增长3% gives the second
/// figure its period), and the first after the figure with "in", "for" or
/// "during".
fn periods_after(
    c: &Chars,
    toks: &[Token],
    (from, fig, limit): (usize, Option<usize>, usize),
) -> (Option<PeriodMatch>, Option<PeriodMatch>) {
    let at = fig.unwrap_or(from);
    let crosses = |to: usize| {
        toks.iter()
            .any(|b| matches!(b.tok, Tok::Boundary { .. }) && b.start > at && b.start < to)
    };
    let own = |t: &Token| match &t.tok {
        Tok::Period { m, compared: false } if !m.deadline && t.start < limit => Some(m.clone()),
        _ => None,
    };
    let after = toks
        .iter()
        .filter(|t| t.start >= from && !crosses(t.start))
        .find_map(own);
    let own_after = fig.and_then(|f| {
        toks.iter()
            .filter(|t| {
                t.start >= f
                    && ["in ", "for ", "during "].iter().any(|w| {
                        c.slice(t.start.saturating_sub(w.len()), t.start)
                            .eq_ignore_ascii_case(w)
                    })
            })
            .find_map(own)
    });
    (after, own_after)
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

pub(super) fn p_end(out: &[Statement], i: usize) -> usize {
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
        // The total stands before its breakdown, within its paragraph's reach.
        if let Some(total) = (out.len().saturating_sub(200)..out.len())
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
