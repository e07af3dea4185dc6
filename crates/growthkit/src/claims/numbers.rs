//! Numbers as printed in Chinese and English text: Arabic digits (half or
//! full width, thousands separators, decimals, a sign or 负), Chinese
//! numerals (一百二十二点七, financial 壹贰叁, traditional 萬億, 两/兩/倆), and
//! the two mixed (`5万4千6百`, `1,100.9亿`, `2千零30万`).
//!
//! What is not read (and why): exponents (`2e5`, `2^5`), `k`/`M` suffixes,
//! fractions (`三分之一`), approximations (`十多万`, `二十几万`, `五百余万`),
//! numerals spread over spaces (`一 百 五 十`), 兆 (10^6 or 10^12 by region),
//! dozens (打), and a lone Chinese numeral character (一, 四, 陆), which in
//! running text is far more often part of a word (一切, 四川, 陆地) than a
//! figure; the claim reader takes a lone numeral only before a percent,
//! point or multiple word.

use super::text::Chars;

/// A number read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// First character (Unicode code points, as every span here).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The value, trailing scale words included (`4.78万亿` is 4.78e12).
    pub value: f64,
    /// The figure as printed before its trailing scale words, in ASCII
    /// digits: `"4.78"` for `4.78万亿`, `"122.7"` for 一百二十二点七, `"-32"`.
    pub figure: String,
    /// The power of ten of the trailing scale words (12 for 万亿, 8 for 亿).
    pub scale: i32,
}

/// The Chinese digits, financial and traditional forms included.
pub(crate) fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '倆' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The small units within ten thousand: 十, 百, 千 (and their financial forms).
fn small_unit(c: char) -> Option<i32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// The large units: 万 and 亿.
fn big_unit(c: char) -> Option<i32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

fn is_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_zh_numeral(c: char) -> bool {
    zh_digit(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some()
}

/// An Arabic digit run at `i`: digits, `,` groups of three, a `.` fraction.
/// Returns its ASCII text (no separators) and its end.
fn arabic_at(c: &Chars, i: usize) -> Option<(String, usize)> {
    let mut j = i;
    let mut text = String::new();
    while let Some(d) = c.at(j).filter(char::is_ascii_digit) {
        text.push(d);
        j += 1;
    }
    let leading_point = text.is_empty();
    if !leading_point {
        // Thousands groups: `,` and exactly three digits, then no digit.
        // The full-width comma only between full-width digits (４，５６５):
        // in Chinese text it is the clause comma.
        let group = |j: usize| match c.at(j) {
            Some(',') => true,
            Some('，') => c.wide(j - 1) && c.wide(j + 1),
            _ => false,
        };
        while group(j)
            && (1..=3).all(|k| c.at(j + k).is_some_and(|d| d.is_ascii_digit()))
            && !c.at(j + 4).is_some_and(|d| d.is_ascii_digit())
        {
            text.extend((1..=3).filter_map(|k| c.at(j + k)));
            j += 4;
        }
    }
    if c.at(j) == Some('.') && c.at(j + 1).is_some_and(|d| d.is_ascii_digit()) {
        if leading_point
            && i.checked_sub(1)
                .and_then(|k| c.at(k))
                .is_some_and(|d| d.is_ascii_digit() || d == '.')
        {
            return None;
        }
        text.push(if leading_point { '0' } else { '.' });
        if leading_point {
            text.push('.');
        }
        j += 1;
        while let Some(d) = c.at(j).filter(char::is_ascii_digit) {
            text.push(d);
            j += 1;
        }
    }
    (!text.is_empty()).then_some((text, j))
}

/// A number being read: 亿s, 万s, the part below 万, and a pending digit.
#[derive(Default)]
struct Acc {
    yi: f64,
    wan: f64,
    section: f64,
    digit: Option<f64>,
    /// The exponent of the last unit read, for `一万三` (13,000).
    last_unit: Option<i32>,
    /// The last small unit of the current section, which must fall.
    section_unit: Option<i32>,
    after_zero: bool,
    digit_is_zh: bool,
    /// Exponents of the scale words read since the last digit.
    trailing: i32,
    decimals: usize,
    /// The Arabic figure, while only scale words have followed it.
    arabic_only: Option<String>,
}

impl Acc {
    fn total(&self) -> f64 {
        self.yi + self.wan + self.section + self.digit.unwrap_or(0.0)
    }
}

/// The number starting at `i`, if one does. `lone` allows a single Chinese
/// numeral character (read before 个百分点, %, 倍).
pub(crate) fn number_at(c: &Chars, i: usize, lone: bool) -> Option<Number> {
    let after_dash = i.checked_sub(1).and_then(|k| c.at(k)) == Some('-');
    let (negative, mut j) = match c.at(i) {
        Some('-' | '−') if after_dash => return None,
        Some('-' | '−') | Some('负' | '負') => (true, i + 1),
        Some('+') => (false, i + 1),
        _ => (false, i),
    };
    let starts_number = |k: usize| {
        c.at(k).is_some_and(|d| {
            d.is_ascii_digit()
                || d == '.'
                || (c.reads_zh() && (zh_digit(d).is_some() || small_unit(d).is_some()))
        })
    };
    if !starts_number(j) {
        return None;
    }
    let mut a = Acc::default();
    let mut arabic_tokens = 0;
    let mut zh_chars = 0;
    while let Some(ch) = c.at(j) {
        if ch.is_ascii_digit() || ch == '.' {
            if a.digit.is_some() {
                break;
            }
            let Some((text, end)) = arabic_at(c, j) else {
                break;
            };
            let Ok(v) = text.parse::<f64>() else { break };
            a.decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
            a.arabic_only = (arabic_tokens == 0 && zh_chars == 0).then(|| text.clone());
            arabic_tokens += 1;
            a.digit = Some(v);
            a.digit_is_zh = false;
            a.trailing = 0;
            j = end;
            continue;
        }
        if !c.reads_zh() {
            break;
        }
        if let Some(d) = zh_digit(ch) {
            if a.digit.is_some() && !(d == 0 && a.digit == Some(0.0)) {
                // 两两, 二三十: digits side by side are not one number.
                if a.digit_is_zh {
                    return None;
                }
                break;
            }
            zh_chars += 1;
            j += 1;
            a.arabic_only = None;
            if d == 0 {
                a.after_zero = true;
                if a.total() == 0.0 && a.digit.is_none() {
                    a.digit = Some(0.0);
                    a.digit_is_zh = true;
                }
                continue;
            }
            a.digit = Some(f64::from(d));
            a.digit_is_zh = true;
            a.trailing = 0;
            continue;
        }
        if let Some(u) = small_unit(ch) {
            if a.section_unit.is_some_and(|s| u >= s) {
                break;
            }
            // 亿千瓦时, 万千米: a 千 or 百 right after 万 or 亿 with no digit of
            // its own begins the unit, not the number.
            if a.digit.is_none() && u >= 2 && matches!(a.last_unit, Some(4 | 8)) {
                break;
            }
            let k = match a.digit.take() {
                Some(d) if d != 0.0 || !a.digit_is_zh => d,
                Some(_) | None => {
                    // 十 alone or first (十五, 百三, 零十) is one ten.
                    if a.section != 0.0 && !a.after_zero && u != 1 {
                        break;
                    }
                    1.0
                }
            };
            a.section += k * 10f64.powi(u);
            a.arabic_only = None;
            a.section_unit = Some(u);
            a.last_unit = Some(u);
            a.after_zero = false;
            zh_chars += 1;
            j += 1;
            a.trailing = 0;
            continue;
        }
        if let Some(u) = big_unit(ch) {
            let part = a.section + a.digit.take().unwrap_or(0.0);
            if u == 4 {
                if part == 0.0 && a.wan != 0.0 {
                    a.wan *= 1e4; // 万万
                } else if part == 0.0 && a.yi == 0.0 {
                    break;
                } else {
                    a.wan += part * 1e4;
                }
            } else {
                let below = a.wan + part;
                if below == 0.0 && a.yi == 0.0 {
                    break;
                }
                a.yi = if below == 0.0 {
                    a.yi * 1e8
                } else {
                    (a.yi + below) * 1e8
                };
                a.wan = 0.0;
            }
            a.section = 0.0;
            a.section_unit = None;
            a.last_unit = Some(u);
            a.after_zero = false;
            a.trailing += u;
            zh_chars += 1;
            j += 1;
            continue;
        }
        if is_point(ch) {
            // 点 and Chinese digits: the decimals.
            let mut k = j + 1;
            let mut frac = String::new();
            while let Some(d) = c.at(k).and_then(zh_digit) {
                frac.push(char::from_digit(d, 10).unwrap_or('0'));
                k += 1;
            }
            if frac.is_empty() {
                break;
            }
            let implied = implied_digit(&a);
            let pending = a.digit.unwrap_or(0.0);
            let whole = a.total() - pending + if implied != 0.0 { implied } else { pending };
            let Ok(f) = format!("0.{frac}").parse::<f64>() else {
                break;
            };
            a.yi = 0.0;
            a.wan = 0.0;
            a.section = whole + f;
            a.digit = None;
            a.decimals = frac.len();
            a.arabic_only = None;
            zh_chars += k - j;
            j = k;
            a.trailing = 0;
            // Scale words may follow (两千万点五五四四 ends here; 1.5万 does not reach here).
            while let Some(u) = c.at(j).and_then(big_unit) {
                a.section *= 10f64.powi(u);
                a.trailing += u;
                zh_chars += 1;
                j += 1;
            }
            break;
        }
        break;
    }
    // A trailing Chinese digit after a unit stands for the next unit down:
    // 两千四百五 is 2450, 一万三 13,000.
    let implied = implied_digit(&a);
    if implied != 0.0 {
        a.digit = Some(implied);
    }
    if arabic_tokens == 0 && zh_chars == 0 {
        return None;
    }
    if arabic_tokens == 0 && zh_chars == 1 && !lone {
        return None;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let value = sign * a.total();
    let scale = a.trailing;
    let figure = match &a.arabic_only {
        // An Arabic figure with only scale words after it: as printed.
        Some(text) => format!("{}{text}", if negative { "-" } else { "" }),
        None => format!("{:.*}", a.decimals, value / 10f64.powi(scale)),
    };
    Some(Number {
        start: i,
        end: j,
        value,
        figure,
        scale,
    })
}

fn implied_digit(a: &Acc) -> f64 {
    match (a.digit, a.last_unit) {
        (Some(d), Some(u)) if a.digit_is_zh && !a.after_zero && u >= 2 && d != 0.0 => {
            d * 10f64.powi(u - 1)
        }
        _ => 0.0,
    }
}

/// Every number in `text`, left to right, not overlapping.
///
/// ```
/// use growthkit::claims::read_numbers;
/// let n = read_numbers("网上零售额一百二十二点七亿元，增长1,050.5万");
/// assert_eq!((n[0].value, n[0].figure.as_str(), n[0].scale), (122.7e8, "122.7", 8));
/// assert_eq!((n[1].start, n[1].end, n[1].value), (17, 25, 10_505_000.0)); // 5 + 8 + 2 + 2 characters before it
/// assert!(read_numbers("四川的一切").is_empty()); // numerals inside words
/// ```
pub fn read_numbers(text: &str) -> Vec<Number> {
    let c = Chars::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if let Some(n) = boundary_ok(&c, i)
            .then(|| number_at(&c, i, false))
            .flatten()
        {
            i = n.end.max(i + 1);
            out.push(n);
        } else {
            // Skip the rest of a numeral run that did not read.
            i += 1;
            while c
                .at(i)
                .is_some_and(|d| c.at(i - 1).is_some_and(is_zh_numeral) && is_zh_numeral(d))
            {
                i += 1;
            }
        }
    }
    out
}

/// A number may start at `i` unless it continues a word or a number:
/// a digit or letter before it, or a `-` that joins two numbers (5-20).
pub(crate) fn boundary_ok(c: &Chars, i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|k| c.at(k));
    let digit_before = |k: usize| {
        k.checked_sub(1)
            .and_then(|k| c.at(k))
            .is_some_and(|d| d.is_ascii_digit())
    };
    match before {
        Some(b) if b.is_ascii_alphanumeric() => false,
        // 1.5 is one number; after "..." a new one may start.
        Some('.') => !digit_before(i - 1),
        _ => true,
    }
}
