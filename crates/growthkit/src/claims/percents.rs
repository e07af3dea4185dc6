//! Percentages and percentage points as printed: `5%`, `５．５％`, `百分之五`,
//! `百分之2.4`, `千分之一` (per mille, 0.1 %), `5 percent`, `5 per cent`,
//! `3个百分点`, `0.3 percentage points`, and multiples (`增长1.79倍`, +179 %).
//!
//! Not read: discounts and tenths (`八折`, `七成`), `k` suffixes, characters
//! spread over spaces (`百 分 之 2`), and per cent signs inside web addresses.
//! Percentage points are never merged with percent: `六个百分点` is 6
//! points, a difference of two rates, not a rate of 6 %.

use super::numbers::{Number, boundary_ok, is_zh_numeral, number_at};
use super::text::Chars;

/// A percentage or a difference in percentage points read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct Percent {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The value in percent (or in points): 5.0 for `5%`, 0.1 for `千分之一`.
    pub value: f64,
    /// The figure as printed, in percent: `"5"`, `"2.4"`, `"0.1"` for 千分之一.
    pub figure: String,
    /// What the figure is.
    pub kind: PercentKind,
}

/// Percent, percentage points, or a multiple read as percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// A rate in percent (`5%`, `百分之五`, `5 percent`).
    Percent,
    /// A difference in percentage points (`3个百分点`, `0.3 percentage points`).
    Points,
    /// A multiple (`1.79倍`), kept as its value in percent (179).
    Multiple,
}

impl PercentKind {
    /// `"percent"`, `"points"` or `"multiple"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PercentKind::Percent => "percent",
            PercentKind::Points => "points",
            PercentKind::Multiple => "multiple",
        }
    }
}

/// The words after a number that make it a percentage, points or multiple.
const AFTER: &[(&str, PercentKind)] = &[
    ("%", PercentKind::Percent),
    ("percent", PercentKind::Percent),
    ("per cent", PercentKind::Percent),
    ("pct", PercentKind::Percent),
    ("个百分点", PercentKind::Points),
    ("個百分點", PercentKind::Points),
    ("百分点", PercentKind::Points),
    ("百分點", PercentKind::Points),
    ("percentage points", PercentKind::Points),
    ("percentage point", PercentKind::Points),
    ("percentage-point", PercentKind::Points),
    ("percentage pts", PercentKind::Points),
    ("pp", PercentKind::Points),
    ("ppt", PercentKind::Points),
    ("ppts", PercentKind::Points),
    ("points", PercentKind::Points),
    ("point", PercentKind::Points),
    ("pts", PercentKind::Points),
    ("-percent", PercentKind::Percent),
    ("-per-cent", PercentKind::Percent),
    ("-percentage-point", PercentKind::Points),
    ("倍", PercentKind::Multiple),
];

/// The words before a number that make it a fraction in percent: the
/// divisor's power of ten relative to percent.
const BEFORE: &[(&str, i32)] = &[
    ("百分之", 0),
    ("佰分之", 0),
    ("千分之", 1),
    ("仟分之", 1),
    ("万分之", 2),
    ("萬分之", 2),
];

/// English number words before a percent word ("one percent", "half a
/// percentage point") and the figure each stands for.
const WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("half a", "0.5"),
    ("a half", "0.5"),
    ("one-half", "0.5"),
    ("one half", "0.5"),
    ("a quarter of a", "0.25"),
    ("a quarter", "0.25"),
    ("one-quarter", "0.25"),
    ("three-quarters of a", "0.75"),
    ("three quarters of a", "0.75"),
    ("a tenth of a", "0.1"),
    ("one-tenth of a", "0.1"),
];

/// "one percent", "half a percentage point": a number word and its percent word.
fn word_percent(c: &Chars, i: usize) -> Option<Percent> {
    let (figure, n) = WORDS
        .iter()
        .filter_map(|(w, f)| c.word_at(i, w).map(|n| (*f, n)))
        .max_by_key(|(_, n)| *n)?;
    let num = Number {
        start: i,
        end: i + n,
        value: figure.parse().ok()?,
        figure: figure.to_string(),
        scale: 0,
    };
    let p = after(c, &num)?;
    // "one percent" needs its space: "one%" is not English.
    (p.end > num.end + 1).then_some(p)
}

/// The percentage, points or multiple at `i`, if one starts there.
pub(crate) fn percent_at(c: &Chars, i: usize) -> Option<Percent> {
    if c.at(i).is_some_and(|ch| ch.is_ascii_alphabetic()) {
        return word_percent(c, i);
    }
    if let Some((word, n)) = BEFORE
        .iter()
        .find_map(|(w, k)| c.word_at(i, w).map(|n| ((*w, *k), n)))
    {
        // 五百分之二 is a fraction (two five-hundredths), not a percentage.
        if i.checked_sub(1)
            .and_then(|k| c.at(k))
            .is_some_and(is_zh_numeral)
        {
            return None;
        }
        let num = number_at(c, i + n, true).filter(|m| m.scale == 0)?;
        let shift = word.1;
        let decimals = num.figure.split_once('.').map_or(0, |(_, f)| f.len()) + shift as usize;
        return Some(Percent {
            start: i,
            end: num.end,
            value: num.value / 10f64.powi(shift),
            figure: format!("{:.*}", decimals, num.value / 10f64.powi(shift)),
            kind: PercentKind::Percent,
        });
    }
    if !boundary_ok(c, i) {
        return None;
    }
    let mut num = number_at(c, i, true)?;
    if num.scale != 0 {
        // 七十五万个百分点: the whole value is the figure.
        let decimals = num
            .figure
            .split_once('.')
            .map_or(0, |(_, f)| f.len())
            .saturating_sub(num.scale as usize);
        num.figure = format!("{:.*}", decimals, num.value);
    }
    after(c, &num)
}

/// The percent word after `num`, if there is one.
fn after(c: &Chars, num: &Number) -> Option<Percent> {
    let mut k = num.end;
    while c.at(k) == Some(' ') {
        k += 1;
    }
    let spaced = k > num.end;
    let (kind, n) = AFTER.iter().find_map(|(w, kind)| {
        let ascii_word = w.starts_with(|ch: char| ch.is_ascii_alphabetic());
        // `5 percent` needs its space; `5%` may have one; 个百分点 none.
        if spaced && !ascii_word && *w != "%" {
            return None;
        }
        c.word_at(k, w).map(|n| (*kind, n))
    })?;
    // An English word must be followed by a word boundary ("5 percentile" is not).
    Some(Percent {
        start: num.start,
        end: k + n,
        value: num.value,
        figure: num.figure.clone(),
        kind,
    })
}

/// Every percentage, points figure and multiple in `text`, left to right.
///
/// ```
/// use growthkit::claims::{read_percents, PercentKind};
/// let p = read_percents("增长５．５％，比上月回落0.3个百分点，百分之二十");
/// assert_eq!((p[0].value, p[0].kind), (5.5, PercentKind::Percent));
/// assert_eq!((p[1].figure.as_str(), p[1].kind), ("0.3", PercentKind::Points));
/// assert_eq!((p[2].start, p[2].end, p[2].value), (20, 25, 20.0));
/// ```
pub fn read_percents(text: &str) -> Vec<Percent> {
    let c = Chars::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if in_web_address(&c, i) {
            while c.at(i).is_some_and(|ch| !ch.is_whitespace()) {
                i += 1;
            }
            continue;
        }
        match percent_at(&c, i) {
            Some(p) => {
                i = p.end.max(i + 1);
                out.push(p);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether `i` starts a web address (`http://`, `https://`, `www.`).
pub(crate) fn in_web_address(c: &Chars, i: usize) -> bool {
    ["http://", "https://", "www."]
        .iter()
        .any(|w| c.starts_with(i, w))
}
