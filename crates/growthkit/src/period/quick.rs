//! A fast path for the period texts that columns usually hold: `2020`,
//! `2020-S1`/`2020-H1`/`2020H1`, `2020-Q3`/`2020Q3`, `2020-07`/`2020-M07`/
//! `2020M07` and `2020-10-05`. It computes kind and ordinal straight from
//! the bytes (dates through jiff); every other text, and anything it does
//! not accept, goes to [`Period::parse`](crate::Period::parse), which is the
//! reference: a test checks that both agree.

// Each index is guarded by the length checked in the same match arm
// (`rest.len()` is 2, 3 or 5 there), and the year slice by `get(..4)`.
#![allow(clippy::indexing_slicing)]

use crate::period::Frequency;
use crate::period::dates;

fn digit(b: u8) -> Option<i64> {
    b.is_ascii_digit().then(|| i64::from(b - b'0'))
}

fn number(bytes: &[u8]) -> Option<i64> {
    bytes.iter().try_fold(0, |n, &b| Some(n * 10 + digit(b)?))
}

/// The kind and ordinal of a text in one of the fast forms; `None` sends
/// the text to the full parser.
pub(crate) fn quick(text: &[u8]) -> Option<(Frequency, i64)> {
    let y = number(text.get(..4)?)?;
    if y < 1 {
        return None;
    }
    let year = y - 1970;
    let rest = &text[4..];
    let (dashed, rest) = match rest.split_first() {
        None => return Some((Frequency::Annual, year)),
        Some((b'-', r)) => (true, r),
        Some(_) => (false, rest),
    };
    let code = rest.first()?.to_ascii_uppercase();
    match (code, rest.len(), dashed) {
        (b'Q', 2, _) => {
            let q = digit(rest[1]).filter(|q| (1..=4).contains(q))?;
            Some((Frequency::Quarterly, year * 4 + q - 1))
        }
        (b'H', 2, _) | (b'S', 2, true) => {
            let h = digit(rest[1]).filter(|h| (1..=2).contains(h))?;
            Some((Frequency::Semiannual, year * 2 + h - 1))
        }
        (b'M', 3, _) => month(year, &rest[1..]),
        (b'0'..=b'9', 2, true) => month(year, rest),
        (b'0'..=b'9', 5, true) if rest[2] == b'-' => {
            let (m, d) = (number(&rest[..2])?, number(&rest[3..])?);
            let date = dates::ymd(y, m, d).ok()?;
            Some((Frequency::Daily, dates::epoch_day(date)))
        }
        _ => None,
    }
}

fn month(year: i64, mm: &[u8]) -> Option<(Frequency, i64)> {
    let m = number(mm).filter(|m| (1..=12).contains(m))?;
    Some((Frequency::Monthly, year * 12 + m - 1))
}

#[cfg(test)]
mod tests {
    use super::quick;
    use crate::Period;
    use proptest::prelude::*;

    fn candidate() -> impl Strategy<Value = String> {
        let year = prop_oneof![Just(0i64), 1i64..=9999, Just(9999i64)];
        (year, 0i64..=14, 0i64..=32, 0usize..14).prop_map(|(y, a, b, form)| match form {
            0 => format!("{y:04}"),
            1 => format!("{y:04}-S{a}"),
            2 => format!("{y:04}-H{a}"),
            3 => format!("{y:04}h{a}"),
            4 => format!("{y:04}-Q{a}"),
            5 => format!("{y:04}q{a}"),
            6 => format!("{y:04}-{a:02}"),
            7 => format!("{y:04}-M{a:02}"),
            8 => format!("{y:04}m{a:02}"),
            9 => format!("{y:04}-{a:02}-{b:02}"),
            10 => format!("{y:04}S{a}"),
            11 => format!("{y:04}-{a}"),
            12 => format!(" {y:04}-Q{a}"),
            _ => format!("{y:04}-W{a:02}"),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever the fast path accepts, the full parser reads the same way.
        #[test]
        fn agrees_with_the_full_parser(text in candidate()) {
            if let Some((freq, ordinal)) = quick(text.as_bytes()) {
                let p = Period::parse(&text).unwrap();
                prop_assert_eq!((p.frequency(), p.ordinal()), (freq, Some(ordinal)), "{}", text);
            }
        }
    }

    #[test]
    fn takes_the_common_forms() {
        for t in [
            "2020",
            "2020-S1",
            "2020H2",
            "2020-Q3",
            "2020Q4",
            "2020-07",
            "2020M07",
            "2020-02-29",
        ] {
            assert!(quick(t.as_bytes()).is_some(), "{t}");
        }
        for t in [
            "0000",
            "2020-13",
            "2019-02-29",
            "2020S1",
            "2020-Q5",
            "Q3 2020",
            "2020-W01",
        ] {
            assert!(quick(t.as_bytes()).is_none(), "{t}");
        }
    }
}
