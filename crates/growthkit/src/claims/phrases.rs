//! Reading the words around a figure: whether only filler lies between
//! two figures, the nearest basis word, the indicator phrase, lists.

use super::Basis;
use super::periods::period_at;
use super::text::Chars;
use super::vocab::vocab;

/// A start and end in code points.
pub(super) type Span = (usize, usize);

/// Nouns that begin with a verb of the vocabulary.
const NOUNS: &[&str] = &["增加值", "增长率", "增速", "增幅", "增量", "对外"];

/// Whether `from..to` holds only words that may stand between a figure
/// and the next one of the same statement (no new indicator, no `;`).
pub(super) fn only_filler(c: &Chars, from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to {
        let ch = c.at(i).unwrap_or(' ');
        if ch == ';' {
            return false;
        }
        if ch == '(' {
            // A parenthesis without a figure is a remark: (RMB, the same below).
            let close = (i..to).find(|&k| c.at(k) == Some(')'));
            if let Some(k) = close {
                i = k + 1;
                continue;
            }
        }
        if ch.is_whitespace() || ",，:、)-'\"“”".contains(ch) {
            i += 1;
            continue;
        }
        let v = vocab();
        let n = [
            v.basis_at(c, i).map(|x| x.1),
            v.direction.at(c, i).map(|x| x.1),
            v.filler.at(c, i).map(|x| x.1),
            v.scope.at(c, i).map(|x| x.1),
        ]
        .into_iter()
        .flatten()
        .max();
        if let Some(n) = n {
            i += n;
            continue;
        }
        if let Some(m) = period_at(c, i, None) {
            i = m.end.max(i + 1);
            continue;
        }
        return false;
    }
    true
}

/// The nearest basis word in `from..to` (before a figure), or just after
/// the figure up to the next boundary (English puts it after: "up 5% year
/// on year").
pub(super) fn basis_near(
    c: &Chars,
    from: usize,
    to: usize,
    after: (usize, usize),
) -> Option<(Basis, usize, usize)> {
    let v = vocab();
    v.basis_rfind(c, from, to)
        .or_else(|| v.basis_find(c, after.0, after.1))
}

/// The indicator phrase in `from..to`: cut at its verb, without leading
/// filler, a possessive (Shanghai's) or a scope qualifier (规模以上).
pub(super) fn indicator_in(
    c: &Chars,
    sentence_start: usize,
    from: usize,
    to: usize,
) -> (Option<Span>, Option<Span>) {
    let mut scope = None;
    // 实现/完成 + indicator: the phrase after the verb is the indicator.
    let mut start = from;
    if let Some((k, n)) = c.rfind(from, to, &["实现", "完成"])
        && k + n < to
    {
        start = k + n;
    }
    let v = vocab();
    // 增加值 (value added) and 增长率 are nouns, not the verbs they begin with.
    let mut end = (start..to)
        .find(|&k| {
            (v.verb.has(c, k) || v.basis_at(c, k).is_some()) && c.longest_at(k, NOUNS).is_none()
        })
        .unwrap_or(to);
    loop {
        let before = start;
        while start < end
            && c.at(start)
                .is_some_and(|ch| ch.is_whitespace() || ",，:、()\"“”".contains(ch))
        {
            start += 1;
        }
        if let Some((_, n)) = v.leading.at(c, start) {
            start += n;
        }
        if let Some((_, n)) = v.scope.at(c, start) {
            scope = Some((start, start + n));
            start += n;
        }
        // A possessive: Shanghai's, the city's, China's.
        let word_end = (start..end).find(|&k| !c.at(k).is_some_and(|ch| ch.is_ascii_alphabetic()));
        if let Some(k) = word_end
            && k > start
            && c.starts_with(k, "'s ")
        {
            start = k + 3;
        }
        if start == before {
            break;
        }
    }
    while end > start
        && c.at(end - 1)
            .is_some_and(|ch| ch.is_whitespace() || ",，的、".contains(ch))
    {
        end -= 1;
    }
    let ind = (end > start).then_some((start, end));
    if scope.is_none() {
        scope = v
            .scope
            .rfind(c, sentence_start, to)
            .map(|(k, _, n)| (k, k + n));
    }
    (ind, scope)
}

/// 1.79 as 179 with two fewer decimals (as printed, so rounding is kept apart).
pub(super) fn times_hundred(figure: &str) -> String {
    let (neg, body) = figure
        .strip_prefix('-')
        .map_or((false, figure), |b| (true, b));
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut frac: String = frac.to_string();
    while frac.len() < 2 {
        frac.push('0');
    }
    let (moved, rest) = frac.split_at(2);
    let digits = format!("{int}{moved}");
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if neg { "-" } else { "" };
    if rest.is_empty() {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}.{rest}")
    }
}

/// A list of indicators: 超市、便利店和专业店; "exports, imports and retail sales".
pub(super) fn split_list(c: &Chars, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = a;
    let mut i = a;
    while i < b {
        let sep = match c.at(i) {
            Some('、' | ',' | '，') => Some(1),
            Some('和' | '及' | '与') => Some(1),
            _ => c.word_at(i, " and ").or_else(|| c.word_at(i, ", and ")),
        };
        if let Some(n) = sep {
            let mut e = i;
            while e > start && c.at(e - 1) == Some(' ') {
                e -= 1;
            }
            if e > start {
                out.push((start, e));
            }
            i += n;
            while c.at(i) == Some(' ') {
                i += 1;
            }
            start = i;
            continue;
        }
        i += 1;
    }
    if b > start {
        out.push((start, b));
    }
    out
}
