//! The holidays a text can name (春节假期, 五一, the National Day Golden
//! Week), as the reader's vocabulary has them; their windows are
//! `calendar`'s, from the State Council's notices.

use crate::calendar;
use crate::period::Period;

/// A holiday the reader knows.
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
        Holiday::NewYear,
        Holiday::SpringFestival,
        Holiday::Qingming,
        Holiday::LabourDay,
        Holiday::DragonBoat,
        Holiday::MidAutumn,
        Holiday::NationalDay,
    ];

    /// The code `calendar::holiday_window` knows it by.
    fn as_str(self) -> &'static str {
        match self {
            Holiday::NewYear => "new_year",
            Holiday::SpringFestival => "spring_festival",
            Holiday::Qingming => "qingming",
            Holiday::LabourDay => "labour_day",
            Holiday::DragonBoat => "dragon_boat",
            Holiday::MidAutumn => "mid_autumn",
            Holiday::NationalDay => "national_day",
        }
    }

    pub(crate) fn parse(name: &str) -> Option<Holiday> {
        Holiday::ALL.into_iter().find(|h| h.as_str() == name)
    }
}

/// The window of `holiday` in `year`, if the table has the year.
pub(crate) fn window(holiday: Holiday, year: i32) -> Option<Period> {
    calendar::holiday_window(year, holiday.as_str()).ok()
}

/// The same holiday a year before, when `p` is a holiday window of the table.
pub(crate) fn year_before(p: &Period) -> Option<Period> {
    let y = i32::from(p.end().year());
    let w = calendar::holidays(y, "CN")
        .ok()?
        .into_iter()
        .find(|w| w.days == *p)?;
    // A combined window is National Day's.
    let name = match w.name {
        "national_day_mid_autumn" => "national_day",
        name => name,
    };
    calendar::holiday_window(y - 1, name).ok()
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
            let day = crate::period::Date::new(y as i16, m, d).unwrap();
            let w = window(Holiday::SpringFestival, y).unwrap();
            assert!(w.start() <= day && day <= w.end(), "{y}");
        }
    }
}
