//! China's holiday table, `holidays_cn.tsv`: the windows of days off and
//! the weekend days worked in exchange (调休) that the State Council's
//! notices give for every year since 2008, with the notice of each row.
//! Read once, checked as it is read; a malformed row is a
//! `malformed_data` error naming its line, never skipped.

use super::holidays::HolidayWindow;
use crate::error::{Error, ErrorKind, Result};
use crate::period::{Date, Period, parse_date};
use jiff::civil::Weekday;
use std::sync::OnceLock;

const TABLE: &str = include_str!("holidays_cn.tsv");

/// The holidays of the table: code, Chinese name, the other names
/// `holiday_window` accepts for it.
pub(crate) const NAMES: [(&str, &str, &[&str]); 10] = [
    ("new_year", "元旦", &["元旦"]),
    ("spring_festival", "春节", &["春节"]),
    ("qingming", "清明节", &["清明节", "清明"]),
    ("labour_day", "劳动节", &["劳动节"]),
    ("dragon_boat", "端午节", &["端午节", "端午"]),
    ("mid_autumn", "中秋节", &["中秋节", "中秋"]),
    ("national_day", "国庆节", &["国庆节", "国庆"]),
    ("national_day_mid_autumn", "中秋节、国庆节", &[]),
    (
        "victory_day",
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        &[],
    ),
    ("spring_festival_extension", "春节假期延长", &[]),
];

/// The table, read: every window in table order, and the days that differ
/// from the Monday-to-Friday week.
#[derive(Debug)]
pub(crate) struct Table {
    /// The first and last year of the notices.
    pub(crate) first: i32,
    pub(crate) last: i32,
    pub(crate) windows: Vec<HolidayWindow>,
    /// Monday-to-Friday days off, sorted, each once.
    pub(crate) off: Vec<Date>,
    /// Weekend days worked, sorted, each once.
    pub(crate) on: Vec<Date>,
}

/// The table, read on first use.
pub(crate) fn table() -> Result<&'static Table> {
    static T: OnceLock<Result<Table>> = OnceLock::new();
    T.get_or_init(|| read(TABLE)).as_ref().map_err(Clone::clone)
}

/// The table for `region`, which must be China's (`"CN"`).
pub(crate) fn region(region: &str) -> Result<&'static Table> {
    if !region.eq_ignore_ascii_case("CN") {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("region `{region}` has no holiday table: the one region is `CN` (China)"),
        ));
    }
    table()
}

impl Table {
    /// `out_of_range` unless the notices cover `year`.
    pub(crate) fn check_year(&self, year: i32) -> Result<()> {
        if (self.first..=self.last).contains(&year) {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::OutOfRange,
            format!(
                "year `{year}` is outside China's holiday table: the State Council's notices \
                 are in it for {} to {}",
                self.first, self.last
            ),
        ))
    }

    /// `out_of_range` unless every day of `p` lies in the years covered.
    pub(crate) fn check_period(&self, p: &Period) -> Result<()> {
        let (a, b) = (i32::from(p.start().year()), i32::from(p.end().year()));
        if self.first <= a && b <= self.last {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::OutOfRange,
            format!(
                "`{p}` runs outside China's holiday table, which covers {}-01-01 to {}-12-31 \
                 (the State Council's notices for {} to {})",
                self.first, self.last, self.first, self.last
            ),
        ))
    }
}

fn malformed(line: usize, what: String) -> Error {
    Error::new(
        ErrorKind::MalformedData,
        format!("holidays_cn.tsv line {line}: {what}"),
    )
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// One row: year, code, first and last day, source.
type Row<'a> = (i32, &'a str, Date, Date, &'a str);

fn row(line: usize, text: &str) -> Result<Row<'_>> {
    let f: Vec<&str> = text.split('\t').collect();
    let [year, code, first, last, source] = f[..] else {
        return Err(malformed(line, format!("{} fields, not 5", f.len())));
    };
    let year = year
        .parse::<i32>()
        .map_err(|_| malformed(line, format!("year `{year}` is not a number")))?;
    let day = |t: &str| parse_date(t).map_err(|e| malformed(line, e.to_string()));
    let (first, last) = (day(first)?, day(last)?);
    if last < first || source.is_empty() {
        return Err(malformed(
            line,
            "a window ends before it starts, or has no source".into(),
        ));
    }
    Ok((year, code, first, last, source))
}

/// The table of `text`, every row checked.
fn read(text: &'static str) -> Result<Table> {
    let mut windows: Vec<HolidayWindow> = Vec::new();
    let mut worked: Vec<(usize, i32, &str, Date)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (year, code, first, last, source) = row(i + 1, line)?;
        if let Some(holiday) = code.strip_prefix("workday_") {
            if first != last || !is_weekend(first) {
                return Err(malformed(
                    i + 1,
                    format!("workday `{first}` is not one weekend day"),
                ));
            }
            worked.push((i + 1, year, holiday, first));
            continue;
        }
        let Some(&(name, chinese, _)) = NAMES.iter().find(|n| n.0 == code) else {
            return Err(malformed(i + 1, format!("unknown holiday `{code}`")));
        };
        windows.push(HolidayWindow {
            year,
            name,
            chinese,
            days: Period::span(first, last)?,
            workdays: Vec::new(),
            source,
        });
    }
    for (line, year, holiday, day) in worked {
        let Some(w) = windows
            .iter_mut()
            .find(|w| w.year == year && w.name == holiday)
        else {
            return Err(malformed(line, format!("no `{holiday}` window in {year}")));
        };
        w.workdays.push(Period::day(day)?);
    }
    finish(windows)
}

/// The years and the sorted days off and days worked of `windows`.
fn finish(mut windows: Vec<HolidayWindow>) -> Result<Table> {
    let years = windows.iter().map(|w| w.year);
    let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
        return Err(malformed(0, "no rows".into()));
    };
    let (mut off, mut on) = (Vec::new(), Vec::new());
    for w in &mut windows {
        w.workdays.sort();
        on.extend(w.workdays.iter().map(Period::start));
        let mut d = w.days.start();
        while d <= w.days.end() {
            if !is_weekend(d) {
                off.push(d);
            }
            d = d
                .tomorrow()
                .map_err(|_| malformed(0, format!("no day after {d}")))?;
        }
    }
    for v in [&mut off, &mut on] {
        v.sort();
        v.dedup();
    }
    let off_too = |d: &Period| windows.iter().any(|w| w.days.contains(d));
    if let Some(d) = windows
        .iter()
        .flat_map(|w| &w.workdays)
        .find(|d| off_too(d))
    {
        return Err(malformed(0, format!("{d} is both a day off and a workday")));
    }
    Ok(Table {
        first,
        last,
        windows,
        off,
        on,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_without_error() {
        let t = table().unwrap();
        assert_eq!((t.first, t.last), (2008, 2026));
        assert_eq!(t.first..=t.last, super::super::CN_HOLIDAY_YEARS);
        // Every year has its seven holidays (the combined window counting for two).
        for y in t.first..=t.last {
            let names: Vec<&str> = t
                .windows
                .iter()
                .filter(|w| w.year == y)
                .map(|w| w.name)
                .collect();
            let has = |n: &str| {
                names.contains(&n)
                    || (n == "mid_autumn" || n == "national_day")
                        && names.contains(&"national_day_mid_autumn")
            };
            for (n, ..) in &NAMES[..7] {
                assert!(has(n), "{y} {n}");
            }
        }
    }

    #[test]
    fn malformed_rows_are_errors_with_their_line() {
        let bad = [
            "2024\tspring_festival\t2024-02-10\n",
            "2024\tnew_years\t2024-01-01\t2024-01-01\tx\n",
            "2024\tworkday_new_year\t2024-01-02\t2024-01-02\tx\n",
            "2024\tnew_year\t2024-01-02\t2024-01-01\tx\n",
            "2024\tworkday_qingming\t2024-04-07\t2024-04-07\tx\n",
        ];
        for text in bad {
            let e = read(text).unwrap_err();
            assert_eq!(e.code(), "malformed_data", "{text}");
            assert!(e.to_string().contains("line 1"), "{e}");
        }
    }
}
