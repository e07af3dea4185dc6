//! The tokens of a sentence: periods, levels, rates, bare figures,
//! boundaries, and the words that open parts of a total.

use super::numbers::{boundary_ok, number_at};
use super::percents::{PercentKind, in_web_address, percent_at};
use super::periods::{PeriodMatch, period_at};
use super::sentences::Sentence;
use super::text::Chars;
use super::vocab::{Lexicon, vocab};
use crate::period::Date;
use crate::unit::Unit;

#[derive(Debug)]
pub(super) enum Tok {
    /// `,`, `:` (soft) or `;` (hard); `、` joins list items, and a
    /// parenthesis may sit inside an indicator (real GDP (GDP)).
    Boundary {
        hard: bool,
    },
    Period {
        m: PeriodMatch,
        compared: bool,
    },
    Level {
        figure: String,
        unit: Unit,
    },
    Rate {
        figure: String,
        kind: PercentKind,
    },
    /// 其中, of which: the statements after it are some parts of the one before.
    Among,
    /// 按…分: the statements after it split a total.
    Breakdown,
    /// A number with no unit (read as a count of things in a target).
    Bare {
        figure: String,
    },
}

pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) tok: Tok,
}

/// A level at `i`: a number and its unit (亿元, billion yuan, $1.2 trillion).
pub(super) fn level_at(c: &Chars, i: usize) -> Option<(usize, String, Unit)> {
    // A currency before the figure: $1.2 trillion, RMB 6,717.7 billion.
    let v = vocab();
    let prefix = v
        .sign
        .iter()
        .find(|(s, _)| c.at(i) == Some(*s))
        .map(|(_, b)| (*b, 1))
        .or_else(|| {
            v.prefix.iter().find_map(|(w, b)| {
                let n = c.word_at(i, w)?;
                let k = if c.at(i + n) == Some(' ') { n + 1 } else { n };
                c.at(i + k)
                    .is_some_and(|d| d.is_ascii_digit())
                    .then_some((*b, k))
            })
        });
    let sign = prefix.map(|p| p.0);
    let start = i + prefix.map_or(0, |p| p.1);
    let n = number_at(c, start, false)?;
    let mut k = n.end;
    let mut scale = n.scale;
    if let Some((base, len)) = v.zh_unit.at(c, k) {
        let unit = Unit::new(base, scale).ok()?;
        return Some((k + len, n.figure, unit));
    }
    // 观影人次达1.6亿, 134万: a count at a Chinese scale, of what the indicator says.
    if n.scale != 0
        && c.at(n.end.saturating_sub(1))
            .is_some_and(|ch| matches!(ch, '万' | '亿'))
    {
        return Some((n.end, n.figure, Unit::new("units", scale).ok()?));
    }
    let k0 = k;
    while c.at(k) == Some(' ') {
        k += 1;
    }
    if let Some((w, len)) = v
        .en_scale
        .iter()
        .find_map(|(w, s)| c.word_at(k, w).map(|len| ((*w, *s), len)))
    {
        scale += w.1;
        k += len;
    }
    let scaled = k;
    while c.at(k) == Some(' ') {
        k += 1;
    }
    if let Some(base) = sign {
        let end = if scaled > k0 { scaled } else { n.end };
        return Some((end, n.figure, Unit::new(base, scale).ok()?));
    }
    let unit = v
        .en_unit
        .iter()
        .filter_map(|(w, b)| c.word_at(k, w).map(|len| (*b, len)))
        .max_by_key(|(_, len)| *len);
    match unit {
        Some((base, len)) => Some((k + len, n.figure, Unit::new(base, scale).ok()?)),
        // "5.3 million", "1.6亿": a count at its scale, of what the indicator says.
        None if scale != 0 && scaled > k0 => {
            Some((scaled, n.figure, Unit::new("units", scale).ok()?))
        }
        None => None,
    }
}

/// The end of a word run to skip when nothing starts at `i`.
pub(super) fn skip(c: &Chars, i: usize) -> usize {
    let ch = c.at(i).unwrap_or(' ');
    if ch.is_ascii_alphabetic() {
        let mut k = i;
        while c.at(k).is_some_and(|d| d.is_ascii_alphanumeric()) {
            k += 1;
        }
        return k;
    }
    if ch.is_ascii_digit()
        && let Some(n) = number_at(c, i, true)
    {
        return n.end.max(i + 1);
    }
    i + 1
}

const BREAKDOWN_EN: &[&str] = &[
    "in terms of",
    "grouped by",
    "by location",
    "by type",
    "according to the location",
    "according to the types",
    "according to the type",
];

/// Whether a word of `lex` ends just before `at` (spaces skipped).
fn ends_before(c: &Chars, lex: &Lexicon<()>, at: usize) -> bool {
    let mut end = at;
    while end > 0 && c.at(end - 1) == Some(' ') {
        end -= 1;
    }
    (end.saturating_sub(16)..end).any(|k| lex.at(c, k).is_some_and(|(_, n)| k + n == end))
}

pub(super) fn tokens(c: &Chars, s: &Sentence, reference: Option<Date>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = s.start;
    while i < s.end {
        let ch = c.at(i).unwrap_or(' ');
        let start = i;
        let mut push = |end: usize, tok: Tok| {
            out.push(Token { start, end, tok });
            end
        };
        if in_web_address(c, i) {
            while c.at(i).is_some_and(|d| !d.is_whitespace()) && i < s.end {
                i += 1;
            }
            continue;
        }
        match ch {
            ',' | '，' | ':' => {
                i = push(i + 1, Tok::Boundary { hard: false });
                continue;
            }
            ';' => {
                i = push(i + 1, Tok::Boundary { hard: true });
                continue;
            }
            _ => {}
        }
        if let Some(m) = period_at(c, i, reference) {
            let end = m.end.max(i + 1);
            // 上年同期, 2019年同期: the same period of another year is a base.
            let same_period = ["同期", "同月", "同季"]
                .iter()
                .any(|w| c.slice(i, end).contains(w) || c.starts_with(end, w));
            // "from December", "vs -1.1% in Oct": a base, unless a range
            // ("from January to April").
            let short = m.period.is_some_and(|p| p.days() <= 92);
            let v = vocab();
            let from = ends_before(c, &v.base_short, i) && short;
            let compared = ends_before(c, &v.base, i) || same_period || from;
            i = push(end, Tok::Period { m, compared });
            continue;
        }
        if let Some((_, n)) = vocab().zero.at(c, i) {
            // 持平, "unchanged": a rate of nothing.
            i = push(
                i + n,
                Tok::Rate {
                    figure: "0".into(),
                    kind: PercentKind::Percent,
                },
            );
            continue;
        }
        if let Some(p) = percent_at(c, i) {
            i = push(
                p.end.max(i + 1),
                Tok::Rate {
                    figure: p.figure,
                    kind: p.kind,
                },
            );
            continue;
        }
        if boundary_ok(c, i)
            || vocab().sign.iter().any(|(s, _)| *s == ch)
            || vocab()
                .prefix
                .iter()
                .any(|(w, _)| c.word_at(i, w).is_some())
        {
            if let Some((end, figure, unit)) = level_at(c, i) {
                i = push(end, Tok::Level { figure, unit });
                continue;
            }
            if ch.is_ascii_digit()
                && let Some(n) = number_at(c, i, false).filter(|n| n.scale == 0)
            {
                i = push(n.end.max(i + 1), Tok::Bare { figure: n.figure });
                continue;
            }
        }
        if let Some((_, n)) = vocab().among.at(c, i) {
            i = push(i + n, Tok::Among);
            continue;
        }
        if let Some(n) = BREAKDOWN_EN.iter().find_map(|w| c.word_at(i, w)) {
            // "In terms of different areas,", "Grouped by consumption patterns,"
            if let Some(k) = (i + n..s.end).find(|&k| matches!(c.at(k), Some(',' | ':'))) {
                i = push(k, Tok::Breakdown);
                continue;
            }
        }
        if ch == '按' {
            // 按经营单位所在地分, 按消费类型分
            if let Some(k) = (i + 2..(i + 14).min(s.end)).find(|&k| c.at(k) == Some('分'))
                && matches!(c.at(k + 1), Some(',' | '，' | ':'))
            {
                i = push(k + 1, Tok::Breakdown);
                continue;
            }
        }
        i = skip(c, i);
    }
    // A comma between listed figures ("29.3, 21.4 and 20.9 percent",
    // "3.2%、10.1%") is not a clause boundary.
    let figure =
        |t: Option<&Token>| matches!(t.map(|t| &t.tok), Some(Tok::Rate { .. } | Tok::Bare { .. }));
    let mut k = 1;
    while k + 1 < out.len() {
        let blank = |a: Option<&Token>, b: Option<&Token>| match (a, b) {
            (Some(a), Some(b)) => c.slice(a.end, b.start).trim().is_empty(),
            _ => false,
        };
        let comma = matches!(
            out.get(k).map(|t| &t.tok),
            Some(Tok::Boundary { hard: false })
        );
        if comma
            && figure(out.get(k - 1))
            && figure(out.get(k + 1))
            && blank(out.get(k - 1), out.get(k))
            && blank(out.get(k), out.get(k + 1))
        {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    // Bare figures listed before a rate are rates of the same kind.
    for k in (1..out.len()).rev() {
        let Some(Token {
            tok: Tok::Rate { kind, .. },
            ..
        }) = out.get(k)
        else {
            continue;
        };
        let kind = *kind;
        let mut j = k;
        while j > 0 {
            let (Some(prev), Some(next)) = (out.get(j - 1), out.get(j)) else {
                break;
            };
            let gap = c.slice(prev.end, next.start);
            let joined = matches!(gap.trim(), "" | "," | "、" | "and" | ", and" | "和" | "及");
            let Tok::Bare { figure } = &prev.tok else {
                break;
            };
            if !joined {
                break;
            }
            let figure = figure.clone();
            if let Some(t) = out.get_mut(j - 1) {
                t.tok = Tok::Rate { figure, kind };
            }
            j -= 1;
        }
    }
    out
}
