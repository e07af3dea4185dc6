//! Period phrases in release text, absolute (`2020年1-6月`, "the first
//! quarter of 2021", "October 1-8") or relative to the release's date
//! (`上半年`, "the first half of the year", "last year"), and holiday
//! windows.
//!
//! A relative phrase names the latest such period that has ended before
//! the reference date: `上半年` in a release of 13 October 2020 is H1 2020,
//! in one of 20 January 2021 H1 2020 too. Without a reference date it is
//! read but left unresolved (the statement says its period is missing).

use super::holidays::{self, Holiday};
use super::numbers::zh_digit;
use super::text::Chars;
use super::vocab::vocab;
use crate::period::parse::MONTHS;
use crate::period::{Date, Period};

/// A period phrase found in text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PeriodMatch {
    pub start: usize,
    pub end: usize,
    /// The period, or `None` when it is relative and there is no reference date.
    pub period: Option<Period>,
    /// A deadline (`by 2022`, `到2022年`) rather than the period of a figure.
    pub deadline: bool,
}

/// The same holiday a year before, when `p` is a holiday window of the table.
pub(crate) fn holiday_year_before(p: &Period) -> Option<Period> {
    holidays::year_before(p)
}

const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("1st", 1),
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
];

/// What a phrase says before it is placed in a year.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Year,
    Half(u32),
    Quarter(u32),
    /// Months `from..=to` of a year (1-6 is the half, 1-3 the quarter).
    Months(u32, u32),
    /// Days of one month, or from one month's day to another's.
    Days((u32, u32), (u32, u32)),
    Holiday(Holiday),
}

/// Resolve `shape` in `year`.
fn place(shape: Shape, year: i32) -> Option<Period> {
    match shape {
        Shape::Year => Period::year(year).ok(),
        Shape::Half(h) => Period::semiannual(year, h).ok(),
        Shape::Quarter(q) => Period::quarter(year, q).ok(),
        Shape::Months(a, b) if a == b => Period::month(year, a).ok(),
        Shape::Months(1, 3) => Period::quarter(year, 1).ok(),
        Shape::Months(1, 6) => Period::semiannual(year, 1).ok(),
        Shape::Months(1, 12) => Period::year(year).ok(),
        Shape::Months(a, b) if a < b => {
            let s = Period::month(year, a).ok()?.start();
            let e = Period::month(year, b).ok()?.end();
            Period::span(s, e).ok()
        }
        Shape::Months(..) => None,
        Shape::Days((m1, d1), (m2, d2)) => {
            let s = Date::new(year as i16, m1 as i8, d1 as i8).ok()?;
            let e = Date::new(year as i16, m2 as i8, d2 as i8).ok()?;
            if s == e {
                Period::day(s).ok()
            } else {
                Period::span(s, e).ok()
            }
        }
        Shape::Holiday(h) => holidays::window(h, year),
    }
}

/// The latest placement of `shape` that ended before `reference`.
fn latest(shape: Shape, reference: Option<Date>) -> Option<Period> {
    let r = reference?;
    let y = r.year() as i32;
    [y, y - 1, y - 2]
        .into_iter()
        .filter_map(|y| place(shape, y))
        .find(|p| p.end() < r)
}

/// A year written as four digits (1900-2099) at `i`, and its end.
fn year_digits(c: &Chars, i: usize) -> Option<(i32, usize)> {
    let digits: String = (i..i + 4).filter_map(|k| c.at(k)).collect();
    let ok = digits.len() == 4
        && digits.chars().all(|d| d.is_ascii_digit())
        && (digits.starts_with("19") || digits.starts_with("20"))
        // 2019.5 is a number; "in 2019." ends a sentence.
        && !c.at(i + 4).is_some_and(|d| d.is_ascii_digit())
        && !(c.at(i + 4) == Some('.') && c.at(i + 5).is_some_and(|d| d.is_ascii_digit()))
        && !i
            .checked_sub(1)
            .and_then(|k| c.at(k))
            .is_some_and(|d| d.is_ascii_digit());
    ok.then(|| digits.parse().ok().map(|y| (y, i + 4)))
        .flatten()
}

/// A small number (a month, day or quarter) in digits or Chinese numerals.
fn small_number(c: &Chars, i: usize) -> Option<(u32, usize)> {
    let mut k = i;
    let mut digits = String::new();
    while let Some(d) = c.at(k).filter(char::is_ascii_digit) {
        digits.push(d);
        k += 1;
    }
    if !digits.is_empty() {
        return digits.parse().ok().filter(|n| *n <= 31).map(|n| (n, k));
    }
    // 一..九, 十, 十一, 十二, 二十, 二十一, 三十, 三十一
    let d1 = c.at(i).and_then(zh_digit);
    match (d1, c.at(i + 1)) {
        (Some(a), Some('十')) => match c.at(i + 2).and_then(zh_digit) {
            Some(b) if b > 0 => Some((a * 10 + b, i + 3)),
            _ => Some((a * 10, i + 2)),
        },
        (Some(a), _) if a > 0 => Some((a, i + 1)),
        (None, _) if c.at(i) == Some('十') => match c.at(i + 1).and_then(zh_digit) {
            Some(b) if b > 0 => Some((10 + b, i + 2)),
            _ => Some((10, i + 1)),
        },
        _ => None,
    }
}

fn range_dash(c: &Chars, i: usize) -> Option<usize> {
    match c.at(i) {
        // 1--—7月 as pages print it: a run of dashes is one.
        Some('-') => Some((i..).find(|&k| c.at(k) != Some('-')).unwrap_or(i + 1)),
        Some('至' | '到') => Some(i + 1),
        _ => c.word_at(i, " to ").map(|n| i + n),
    }
}

/// A Chinese period shape at `i` (after any year), and its end.
fn zh_shape(c: &Chars, i: usize) -> Option<(Shape, usize)> {
    for (w, s) in [
        ("上半年", Shape::Half(1)),
        ("下半年", Shape::Half(2)),
        ("全年", Shape::Year),
        ("前三季度", Shape::Months(1, 9)),
        ("前两季度", Shape::Months(1, 6)),
        ("首季度", Shape::Quarter(1)),
        ("首季", Shape::Quarter(1)),
        ("首半年", Shape::Half(1)),
    ] {
        if let Some(n) = c.word_at(i, w) {
            return Some((s, i + n));
        }
    }
    // 第一季度, 一季度, 1季度, 四季度, 第4季 (Taiwan)
    let q0 = if c.at(i) == Some('第') { i + 1 } else { i };
    if let Some((q, k)) = small_number(c, q0).filter(|(q, _)| (1..=4).contains(q)) {
        if let Some(n) = c.word_at(k, "季度") {
            return Some((Shape::Quarter(q), k + n));
        }
        if q0 > i && c.at(k) == Some('季') {
            return Some((Shape::Quarter(q), k + 1));
        }
    }
    // 首9个月, 前4个月, 头两个月: the months from January
    if let Some(n) = ["首", "前", "头"].iter().find_map(|w| c.word_at(i, w))
        && let Some((m, k)) = small_number(c, i + n)
            .or_else(|| (c.at(i + n) == Some('两')).then_some((2, i + n + 1)))
            .filter(|(m, _)| (2..=12).contains(m))
        && let Some(e) = c.word_at(k, "个月")
    {
        return Some((Shape::Months(1, m), k + e));
    }
    // 10月1日至8日, 10月1日至10月8日, 1-6月份, 1至6月, 10月份, 10月
    let (m1, k) = small_number(c, i).filter(|(m, _)| (1..=12).contains(m))?;
    if let Some(k2) = range_dash(c, k) {
        let (m2, k3) = small_number(c, k2).filter(|(m, _)| (m1..=12).contains(m))?;
        let end = c.word_at(k3, "月")?;
        let end = k3 + end + c.word_at(k3 + end, "份").unwrap_or(0);
        return Some((Shape::Months(m1, m2), end));
    }
    let k = k + c.word_at(k, "月")?;
    if let Some((d1, k4)) = small_number(c, k).filter(|(d, _)| (1..=31).contains(d)) {
        let k5 = k4 + c.word_at(k4, "日").or_else(|| c.word_at(k4, "号"))?;
        if let Some(k6) = range_dash(c, k5) {
            // 至8日 or 至10月8日
            let (a, k7) = small_number(c, k6)?;
            if let Some(n) = c.word_at(k7, "月") {
                let (d2, k8) = small_number(c, k7 + n)?;
                let k9 = k8 + c.word_at(k8, "日").or_else(|| c.word_at(k8, "号"))?;
                return Some((Shape::Days((m1, d1), (a, d2)), k9));
            }
            let k8 = k7 + c.word_at(k7, "日").or_else(|| c.word_at(k7, "号"))?;
            return Some((Shape::Days((m1, d1), (m1, a)), k8));
        }
        return Some((Shape::Days((m1, d1), (m1, d1)), k5));
    }
    Some((Shape::Months(m1, m1), k + c.word_at(k, "份").unwrap_or(0)))
}

/// The words after which four digits are a year in English.
const EN_YEAR_BEFORE: &[&str] = &[
    "in", "of", "for", "since", "from", "than", "during", "until", "end", "year", "fiscal", "over",
];

/// The ASCII word just before `i` (skipping spaces), or "".
fn previous_word(c: &Chars, i: usize) -> String {
    let mut k = i;
    while k > 0 && c.at(k - 1) == Some(' ') {
        k -= 1;
    }
    let end = k;
    while k > 0 && c.at(k - 1).is_some_and(|d| d.is_ascii_alphabetic()) {
        k -= 1;
    }
    c.slice(k, end)
}

fn month_name(c: &Chars, i: usize) -> Option<(u32, usize)> {
    // Month names are capitalised ("may" is a verb).
    if !c.at(i).is_some_and(|d| d.is_ascii_uppercase()) {
        return None;
    }
    MONTHS.iter().zip(1..).find_map(|(m, n)| {
        if let Some(len) = c.word_at(i, m) {
            return Some((n, i + len));
        }
        // Oct. / Oct
        let abbr = m.get(..3)?;
        let len = c.word_at(i, abbr)?;
        let end = i + len + usize::from(c.at(i + len) == Some('.'));
        (*m != "may" || len == 3).then_some((n, end))
    })
}

fn skip_spaces(c: &Chars, mut i: usize) -> usize {
    while c.at(i) == Some(' ') {
        i += 1;
    }
    i
}

/// ` of 2021`, ` 2021`, `, 2021` after an English phrase.
fn en_year_after(c: &Chars, i: usize) -> Option<(i32, usize)> {
    let k = skip_spaces(c, i);
    let k = c.word_at(k, "of").map_or(k, |n| skip_spaces(c, k + n));
    let k = if c.at(k) == Some(',') {
        skip_spaces(c, k + 1)
    } else {
        k
    };
    year_digits(c, k)
}

/// An English period shape at `i`, and its end; a year it names itself.
fn en_shape(c: &Chars, i: usize) -> Option<(Shape, usize, Option<i32>)> {
    let i0 = c.word_at(i, "the").map_or(i, |n| skip_spaces(c, i + n));
    // the first half (of the year | of 2020), H1 2020
    for (ord, h) in [("first", 1), ("second", 2)] {
        if let Some(n) = c.word_at(i0, ord) {
            let k = skip_spaces(c, i0 + n);
            if let Some(m) = c.word_at(k, "half") {
                let mut end = k + m;
                let mut year = None;
                let mut k2 = skip_spaces(c, end);
                // the first half (H1) of this year
                if c.at(k2) == Some('(')
                    && let Some(close) = (k2..k2 + 6).find(|&j| c.at(j) == Some(')'))
                {
                    k2 = skip_spaces(c, close + 1);
                }
                if let Some(n2) = c
                    .word_at(k2, "of the year")
                    .or_else(|| c.word_at(k2, "of this year"))
                {
                    end = k2 + n2;
                } else if let Some((y, e)) = en_year_after(c, end) {
                    year = Some(y);
                    end = e;
                }
                return Some((Shape::Half(h), end, year));
            }
        }
    }
    // the first three quarters, the first N months
    if let Some(n) = c.word_at(i0, "first") {
        let k = skip_spaces(c, i0 + n);
        let count = [
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
            ("eleven", 11),
        ]
        .iter()
        .find_map(|(w, v)| c.word_at(k, w).map(|len| (*v, k + len)))
        .or_else(|| small_number(c, k));
        if let Some((v, k2)) = count {
            let k3 = skip_spaces(c, k2);
            if let Some(len) = c.word_at(k3, "quarters") {
                let (year, end) =
                    en_year_after(c, k3 + len).map_or((None, k3 + len), |(y, e)| (Some(y), e));
                return Some((Shape::Months(1, 3 * v), end, year));
            }
            if let Some(len) = c.word_at(k3, "months") {
                let (year, end) =
                    en_year_after(c, k3 + len).map_or((None, k3 + len), |(y, e)| (Some(y), e));
                return Some((Shape::Months(1, v), end, year));
            }
        }
    }
    // the first quarter (of 2021), Q1 2021
    if let Some((q, k)) = ORDINALS
        .iter()
        .find_map(|(w, q)| c.word_at(i0, w).map(|n| (*q, i0 + n)))
    {
        let k = skip_spaces(c, k);
        if let Some(n) = c.word_at(k, "quarter") {
            let (year, end) = en_year_after(c, k + n).map_or((None, k + n), |(y, e)| (Some(y), e));
            return Some((Shape::Quarter(q), end, year));
        }
    }
    if c.at(i) == Some('Q')
        && c.word_start(i)
        && let Some((q, k)) = small_number(c, i + 1).filter(|(q, _)| (1..=4).contains(q))
        && c.word_end(k)
    {
        let (year, end) = en_year_after(c, k).map_or((None, k), |(y, e)| (Some(y), e));
        return Some((Shape::Quarter(q), end, year));
    }
    // the three months to August (2023): the span of three months ending then
    if let Some(n) = c
        .word_at(i0, "three months")
        .or_else(|| c.word_at(i0, "three-month period"))
    {
        let k = skip_spaces(c, i0 + n);
        let to = ["to", "ending", "ended", "through"]
            .iter()
            .find_map(|w| c.word_at(k, w))?;
        let (m, k2) = month_name(c, skip_spaces(c, k + to))?;
        let (year, end) = en_year_after(c, k2).map_or((None, k2), |(y, e)| (Some(y), e));
        return (m >= 3).then_some((Shape::Months(m - 2, m), end, year));
    }
    // 1-8 October
    if let Some((d1, k)) = small_number(c, i).filter(|_| c.word_start(i)) {
        let k2 = range_dash(c, k)?;
        let (d2, k3) = small_number(c, k2)?;
        let (m, k4) = month_name(c, skip_spaces(c, k3))?;
        let (year, end) = en_year_after(c, k4).map_or((None, k4), |(y, e)| (Some(y), e));
        return Some((Shape::Days((m, d1), (m, d2)), end, year));
    }
    // October 1-8, October 1, January-June, January to June, October (2020)
    let (m, k) = month_name(c, i)?;
    let k1 = skip_spaces(c, k);
    // "the October and November 12-month changes": not a day.
    let of_months = |e: usize| c.starts_with(e, "-month") || c.word_at(e, " month").is_some();
    if let Some((d1, k2)) = small_number(c, k1).filter(|&(_, e)| k1 > k && !of_months(e)) {
        let k2 = k2
            + ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|w| c.word_at(k2, w))
                .unwrap_or(0);
        if let Some(k3) = range_dash(c, k2)
            && let Some((d2, k4)) = small_number(c, k3)
        {
            let (year, end) = en_year_after(c, k4).map_or((None, k4), |(y, e)| (Some(y), e));
            return Some((Shape::Days((m, d1), (m, d2)), end, year));
        }
        let (year, end) = en_year_after(c, k2).map_or((None, k2), |(y, e)| (Some(y), e));
        return Some((Shape::Days((m, d1), (m, d1)), end, year));
    }
    if let Some(k2) = range_dash(c, k)
        && let Some((m2, k3)) = month_name(c, k2)
    {
        let (year, end) = en_year_after(c, k3).map_or((None, k3), |(y, e)| (Some(y), e));
        return Some((Shape::Months(m, m2), end, year));
    }
    let (year, end) = en_year_after(c, k).map_or((None, k), |(y, e)| (Some(y), e));
    // the September quarter (2012), the December 2016 quarter: Australia's and New Zealand's
    let q = skip_spaces(c, end);
    if m % 3 == 0
        && let Some(n) = c.word_at(q, "quarter")
    {
        let (y2, e2) = en_year_after(c, q + n).map_or((year, q + n), |(y, e)| (Some(y), e));
        return Some((Shape::Quarter(m / 3), e2, y2));
    }
    Some((Shape::Months(m, m), end, year))
}

/// Whether a period phrase may start with `ch`: a digit, a capital, the
/// first letter of an English period word, a Chinese numeral or period
/// word, or a holiday's first character (a quick test before the phrases).
fn may_start(ch: char) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static FIRST: OnceLock<HashSet<char>> = OnceLock::new();
    if ch.is_ascii_digit() || ch.is_ascii_uppercase() || "btfslnh".contains(ch) {
        return true;
    }
    if ch.is_ascii() {
        return false;
    }
    FIRST
        .get_or_init(|| {
            let mut set: HashSet<char> = "一二三四五六七八九十两〇零上下全前首头第今去明本到至"
                .chars()
                .collect();
            set.extend(vocab().holiday_first_chars());
            set
        })
        .contains(&ch)
}

/// "last month", "last quarter", 上月, 上个月: the month or quarter before
/// the one of `reference`.
fn last_period(c: &Chars, i: usize, reference: Option<Date>) -> Option<PeriodMatch> {
    const MONTH: &[&str] = &["last month", "上月", "上个月"];
    const QUARTER: &[&str] = &["last quarter", "上季度", "上一季度"];
    let (quarter, n) = MONTH
        .iter()
        .find_map(|w| c.word_at(i, w).map(|n| (false, n)))
        .or_else(|| {
            QUARTER
                .iter()
                .find_map(|w| c.word_at(i, w).map(|n| (true, n)))
        })?;
    // 上月末, 上月的: still the month; 上月份 too.
    let period = reference.and_then(|r| {
        let (y, m) = (r.year() as i32, r.month() as u32);
        let p = if quarter {
            Period::quarter(y, (m - 1) / 3 + 1).ok()?
        } else {
            Period::month(y, m).ok()?
        };
        p.prev().ok()
    });
    Some(PeriodMatch {
        start: i,
        end: i + n,
        period,
        deadline: false,
    })
}

/// The period phrase at `i`, if one starts there.
pub(crate) fn period_at(c: &Chars, i: usize, reference: Option<Date>) -> Option<PeriodMatch> {
    if !may_start(c.at(i)?) {
        return None;
    }
    let found = |start, end, period| {
        Some(PeriodMatch {
            start,
            end,
            period,
            deadline: false,
        })
    };
    // Deadlines: by 2022, 到2022年, 2022年前
    for w in ["by ", "到", "至"] {
        if let Some(n) = c.word_at(i, w)
            && let Some((y, k)) = year_digits(c, i + n)
        {
            let k = k + c.word_at(k, "年").unwrap_or(0);
            let k = k + c
                .word_at(k, "底")
                .or_else(|| c.word_at(k, "末"))
                .unwrap_or(0);
            let mut m = found(i, k, Period::year(y).ok())?;
            m.deadline = true;
            return Some(m);
        }
    }
    // Holidays, with a year written before them or placed by the reference.
    if let Some((h, n)) = vocab().holiday.at(c, i) {
        return found(i, i + n, latest(Shape::Holiday(h), reference));
    }
    // Chinese: 2020年 + shape, or a shape alone.
    if let Some((y, k)) = year_digits(c, i) {
        if let Some(n) = c.word_at(k, "年") {
            let k = k + n;
            if let Some((h, n)) = vocab().holiday.at(c, k) {
                return found(i, k + n, holidays::window(h, y));
            }
            if let Some((shape, end)) = zh_shape(c, k) {
                return found(i, end, place(shape, y));
            }
            let end = k + c.word_at(k, "度").unwrap_or(0);
            return found(i, end, Period::year(y).ok());
        }
        // English: a year after a preposition (in 2020, since 2019, than 2019).
        let prev = previous_word(c, i);
        let after_ok = !c.at(k).is_some_and(|d| d.is_alphanumeric() || d == '%');
        if after_ok && EN_YEAR_BEFORE.iter().any(|w| prev.eq_ignore_ascii_case(w)) {
            return found(i, k, Period::year(y).ok());
        }
    }
    for (w, back) in [
        ("今年", 0),
        ("去年", 1),
        ("上年", 1),
        ("上一年", 1),
        ("前年", 2),
        ("明年", -1),
        ("本年", 0),
        ("this year", 0),
        ("next year", -1),
        ("last year", 1),
    ] {
        if let Some(n) = c.word_at(i, w) {
            let k = i + n;
            // 今年国庆假期: that year's window.
            if let Some((h, n)) = vocab().holiday.at(c, k) {
                let y = reference.map(|r| r.year() as i32 - back);
                return found(i, k + n, y.and_then(|y| holidays::window(h, y)));
            }
            // 去年上半年, 今年一季度
            if let Some((shape, end)) = zh_shape(c, k) {
                let y = reference.map(|r| r.year() as i32 - back);
                return found(i, end, y.and_then(|y| place(shape, y)));
            }
            let y = reference.map(|r| r.year() as i32 - back);
            return found(i, k, y.and_then(|y| Period::year(y).ok()));
        }
    }
    if let Some((shape, end)) = zh_shape(c, i) {
        return found(i, end, latest(shape, reference));
    }
    // last month, last quarter, 上月, 上季度: the latest that ended before the
    // release (a report of March published in April says "last month").
    if let Some(m) = last_period(c, i, reference) {
        return Some(m);
    }
    if let Some((shape, end, year)) = en_shape(c, i) {
        let p = match year {
            Some(y) => place(shape, y),
            None => latest(shape, reference),
        };
        return found(i, end, p);
    }
    None
}
