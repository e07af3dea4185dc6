//! What a column of dates says about its frequency, when a file does not
//! say it: dates all on the first (or last) day of a year, quarter or month
//! make annual, quarterly or monthly periods; dates a week apart on one
//! weekday make weeks ending on that day (FRED dates weeks by their last
//! day); weekdays only make business days; anything else is daily.

use crate::period::{Date, Frequency, Period, WeekEnd};

/// The frequency of `dates` and the reason, in words (for the notes).
///
/// ```
/// use growthkit::{Frequency, WeekEnd, date, read::infer_frequency};
/// let (f, _) = infer_frequency(&[date(2020, 1, 1), date(2020, 4, 1), date(2020, 7, 1)]);
/// assert_eq!(f, Frequency::Quarterly);
/// let (f, _) = infer_frequency(&[date(2020, 3, 31), date(2020, 6, 30)]);
/// assert_eq!(f, Frequency::Quarterly);
/// let (f, _) = infer_frequency(&[date(2020, 10, 3), date(2020, 10, 10)]); // Saturdays
/// assert_eq!(f, Frequency::WeeklyEnding(WeekEnd::Saturday));
/// let (f, _) = infer_frequency(&[date(2020, 10, 2), date(2020, 10, 5)]); // Friday, Monday
/// assert_eq!(f, Frequency::BusinessDaily);
/// ```
pub fn infer_frequency(dates: &[Date]) -> (Frequency, String) {
    let all = |f: &dyn Fn(&Date) -> bool| !dates.is_empty() && dates.iter().all(f);
    let first = |d: &Date| d.day() == 1;
    let last = |d: &Date| *d == d.last_of_month();
    let says = |f: Frequency, why: &str| (f, format!("{f}: {why}"));
    if all(&|d| first(d) && d.month() == 1) || all(&|d| last(d) && d.month() == 12) {
        return says(
            Frequency::Annual,
            "every date is the first or last day of a year",
        );
    }
    let quarter_starts = |d: &Date| [1, 4, 7, 10].contains(&d.month());
    let quarter_ends = |d: &Date| [3, 6, 9, 12].contains(&d.month());
    if all(&|d| first(d) && quarter_starts(d)) || all(&|d| last(d) && quarter_ends(d)) {
        return says(
            Frequency::Quarterly,
            "every date is the first or last day of a quarter",
        );
    }
    if all(&first) || all(&last) {
        return says(
            Frequency::Monthly,
            "every date is the first or last day of a month",
        );
    }
    let offset = |d: &Date| d.weekday().to_monday_zero_offset();
    if let Some(d0) = dates.first() {
        let weekly = dates.iter().all(|d| offset(d) == offset(d0))
            && dates.windows(2).all(|w| {
                w.get(1).zip(w.first()).is_some_and(|(b, a)| {
                    let days = b.since(*a).map_or(0, |s| s.get_days());
                    days > 0 && days % 7 == 0
                })
            })
            && dates.len() > 1;
        if weekly {
            let end = match offset(d0) {
                0 => Some(WeekEnd::Monday),
                1 => Some(WeekEnd::Tuesday),
                2 => Some(WeekEnd::Wednesday),
                3 => Some(WeekEnd::Thursday),
                4 => Some(WeekEnd::Friday),
                5 => Some(WeekEnd::Saturday),
                _ => None,
            };
            let f = end.map_or(Frequency::Weekly, Frequency::WeeklyEnding);
            return says(
                f,
                "dates a whole number of weeks apart on one weekday, each the last day of its week",
            );
        }
    }
    if all(&|d| offset(d) < 5) && dates.len() > 1 {
        return says(Frequency::BusinessDaily, "weekdays only");
    }
    says(Frequency::Daily, "dates that fit no coarser frequency")
}

/// The period of `freq` that a date stands for.
pub(crate) fn period_of(freq: Frequency, date: Date) -> crate::Result<Period> {
    Period::containing(freq, date)
}
