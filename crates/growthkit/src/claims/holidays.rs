//! China's holiday windows as the State Council's notices give them
//! (`holidays_cn.tsv`, 2008 to 2026, with the notice of each row), for the
//! periods of texts that name a holiday (春节假期, 五一, the National Day
//! Golden Week).

use crate::period::{Date, Period};
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("holidays_cn.tsv");

/// A holiday of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    NewYear,
    SpringFestival,
    Qingming,
    LabourDay,
    DragonBoat,
    MidAutumn,
    NationalDay,
}

impl Holiday {
    const ALL: [Holiday; 7] = [
        Holiday::NationalDay,
        Holiday::SpringFestival,
        Holiday::LabourDay,
        Holiday::DragonBoat,
        Holiday::Qingming,
        Holiday::NewYear,
        Holiday::MidAutumn,
    ];

    pub(crate) fn parse(name: &str) -> Option<Holiday> {
        Some(match name {
            "new_year" => Holiday::NewYear,
            "spring_festival" => Holiday::SpringFestival,
            "qingming" => Holiday::Qingming,
            "labour_day" => Holiday::LabourDay,
            "dragon_boat" => Holiday::DragonBoat,
            "mid_autumn" => Holiday::MidAutumn,
            "national_day" => Holiday::NationalDay,
            _ => return None,
        })
    }
}

type Windows = HashMap<(Holiday, i32), Period>;

fn windows() -> &'static Windows {
    static W: OnceLock<Windows> = OnceLock::new();
    W.get_or_init(|| {
        let mut out = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let (Some(y), Some(name), Some(a), Some(b)) = (f.first(), f.get(1), f.get(2), f.get(3))
            else {
                continue;
            };
            let (Ok(y), Ok(a), Ok(b)) = (y.parse::<i32>(), a.parse::<Date>(), b.parse::<Date>())
            else {
                continue;
            };
            let Ok(p) = Period::span(a, b) else { continue };
            // One window for both: the Mid-Autumn Festival joins National Day.
            if *name == "national_day_mid_autumn" {
                out.insert((Holiday::NationalDay, y), p);
                out.insert((Holiday::MidAutumn, y), p);
            } else if let Some(h) = Holiday::parse(name) {
                out.insert((h, y), p);
            }
        }
        out
    })
}

/// The window of `holiday` in `year`, if the table has it.
pub(crate) fn window(holiday: Holiday, year: i32) -> Option<Period> {
    windows().get(&(holiday, year)).copied()
}

/// The same holiday a year before, when `p` is a holiday window of the table.
pub(crate) fn year_before(p: &Period) -> Option<Period> {
    let y = p.end().year() as i32;
    // A combined window is National Day's (it is listed first).
    Holiday::ALL
        .iter()
        .find(|h| window(**h, y).as_ref() == Some(p))
        .and_then(|h| window(*h, y - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_from_the_notices() {
        // 国办发明电〔2020〕27号: 10月1日至8日; 〔2022〕16号 for 2023: 9月29日至10月6日.
        let nd = |y| window(Holiday::NationalDay, y).map(|p| p.to_string());
        assert_eq!(nd(2020).as_deref(), Some("2020-10-01/2020-10-08"));
        assert_eq!(nd(2023).as_deref(), Some("2023-09-29/2023-10-06"));
        let sf = window(Holiday::SpringFestival, 2021).unwrap();
        assert_eq!(sf.to_string(), "2021-02-11/2021-02-17");
        assert_eq!(
            year_before(&sf).unwrap().to_string(),
            "2020-01-24/2020-01-30"
        );
        // Every Spring Festival window holds the first day of the lunar year.
        for (y, m, d) in [
            (2008, 2, 7),
            (2012, 1, 23),
            (2019, 2, 5),
            (2025, 1, 29),
            (2026, 2, 17),
        ] {
            let day = Date::new(y as i16, m, d).unwrap();
            let w = window(Holiday::SpringFestival, y).unwrap();
            assert!(w.start() <= day && day <= w.end(), "{y}");
        }
    }
}
