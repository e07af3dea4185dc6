//! The calendar against published dates: the Spring Festival as the Hong
//! Kong Observatory's and the State Council's calendars give it, Easter as
//! the churches' tables do. (Python's test checks every year 1900–2099
//! against the Observatory's tables and Easter against dateutil.)
//!
//! China's holidays and working days against figures counted by hand here
//! from the State Council's notices. (Python's test compares every day from
//! 2008 with the `chinesecalendar` package.)

use growthkit::{Period, calendar, date};

#[test]
fn spring_festivals_are_the_published_dates() {
    let published = [
        (1900, date(1900, 1, 31)),
        (1916, date(1916, 2, 3)), // Beijing local time, before 1929
        (1949, date(1949, 1, 29)),
        (1985, date(1985, 2, 20)),
        (2020, date(2020, 1, 25)),
        (2021, date(2021, 2, 12)),
        (2022, date(2022, 2, 1)),
        (2023, date(2023, 1, 22)),
        (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
        (2033, date(2033, 1, 31)), // after the leap eleventh month of 2033's winter
    ];
    for (year, day) in published {
        assert_eq!(calendar::spring_festival(year).unwrap(), day, "{year}");
    }
}

#[test]
fn easter_is_the_published_date() {
    let published = [
        (1961, date(1961, 4, 2)),
        (2000, date(2000, 4, 23)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)), // the latest possible
        (2285, date(2285, 3, 22)), // the earliest possible
    ];
    for (year, day) in published {
        assert_eq!(calendar::easter(year).unwrap(), day, "{year}");
    }
}

#[test]
fn years_outside_the_range_are_refused() {
    for year in [1899, 2101] {
        let e = calendar::spring_festival(year).unwrap_err();
        assert_eq!(e.code(), "invalid_argument");
    }
    assert_eq!(
        calendar::easter(1582).unwrap_err().code(),
        "invalid_argument"
    );
    assert_eq!(
        calendar::easter(10_000).unwrap_err().code(),
        "invalid_argument"
    );
}

fn p(text: &str) -> Period {
    Period::parse(text).unwrap()
}

fn working(period: &Period) -> u32 {
    calendar::working_days(period, "CN").unwrap()
}

#[test]
fn working_days_of_months_counted_by_hand() {
    let counted = [
        // 1 February 2024 is a Thursday: weekdays 1-2, 5-9, 12-16, 19-23,
        // 26-29 = 2+5+5+5+4 = 21. The Spring Festival runs Saturday 10 to
        // Saturday 17 February, so 12-16 (5) are off; Sundays 4 and 18 are
        // worked (+2): 21 - 5 + 2 = 18.
        ("2024-02", 18),
        // 1 January 2024 is a Monday: 23 weekdays, 1 January off (the New
        // Year window is 30 December to 1 January, no workday): 22.
        ("2024-01", 22),
        // 1 March 2024 is a Friday: 1, 4-8, 11-15, 18-22, 25-29 = 21, no holiday.
        ("2024-03", 21),
        // 1 October 2024 is a Tuesday: 1-4, 7-11, 14-18, 21-25, 28-31 = 23
        // weekdays; 1-4 and 7 off (the window is 1 to 7 October); Saturday
        // 12 worked (Sunday 29 September is in September): 23 - 5 + 1 = 19.
        ("2024-10", 19),
        // 1 January 2020 is a Wednesday: 1-3, 6-10, 13-17, 20-24, 27-31 = 23.
        // Off: 1 January; the Spring Festival 24 (Fri) to 30 (Thu) January:
        // 24, 27, 28, 29, 30; and Friday 31 January, by the notice that
        // extended the holiday to 2 February (国办发明电〔2020〕1号): 7 off.
        // Sunday 19 January worked: 23 - 7 + 1 = 17.
        ("2020-01", 17),
        // 1 September 2015 is a Tuesday: 1-4, 7-11, 14-18, 21-25, 28-30 = 22.
        // Off: Thursday 3 and Friday 4 September (the 70th anniversary of
        // victory, 3 to 5 September); the Mid-Autumn Festival (26-27) is a
        // weekend. Sunday 6 September worked: 22 - 2 + 1 = 21.
        ("2015-09", 21),
        // 1 October 2023 is a Sunday: 2-6, 9-13, 16-20, 23-27, 30-31 = 22.
        // The combined Mid-Autumn and National Day window is 29 September
        // to 6 October: 2-6 off; Saturday 7 and Sunday 8 worked: 22 - 5 + 2 = 19.
        ("2023-10", 19),
        // 1 May 2019 is a Wednesday: 1-3, 6-10, 13-17, 20-24, 27-31 = 23.
        // The revised Labour Day window (国办发明电〔2019〕3号) is 1 to 4 May:
        // 1-3 off; Sunday 5 May worked (28 April is in April): 23 - 3 + 1 = 21.
        ("2019-05", 21),
    ];
    for (month, n) in counted {
        assert_eq!(working(&p(month)), n, "{month}");
    }
}

#[test]
fn working_days_of_other_periods_counted_by_hand() {
    // Years: 2024 is 52 weeks and 2 days from a Monday, 262 weekdays; off
    // 1 (New Year) + 5 (Spring Festival) + 2 (4-5 April) + 3 (1-3 May)
    // + 1 (10 June) + 2 (16-17 September) + 5 (1-4, 7 October) = 19;
    // worked: 4 and 18 February, 7 and 28 April, 11 May, 14 and 29
    // September, 12 October = 8. 262 - 19 + 8 = 251.
    assert_eq!(working(&p("2024")), 251);
    // 2025: 261 weekdays (from a Wednesday, 52 weeks and a day); off 1
    // (1 January) + 6 (28-31 January, 3-4 February) + 1 (4 April) + 3 (1, 2,
    // 5 May) + 1 (2 June) + 6 (1-3, 6-8 October) = 18; worked: 26 January,
    // 8 February, 27 April, 28 September, 11 October = 5. 261 - 18 + 5 = 248.
    assert_eq!(working(&p("2025")), 248);
    // The first quarter of 2024: the months above, 22 + 18 + 21.
    assert_eq!(working(&p("2024-Q1")), 61);
    // ISO weeks: 2024-W06 (5-11 February) is an ordinary week; 2024-W07
    // (12-18 February) is the Spring Festival, with Sunday 18 worked.
    assert_eq!(working(&p("2024-W06")), 5);
    assert_eq!(working(&p("2024-W07")), 1);
    // A span: 27 September to 10 October 2020. Sunday 27 and Saturday
    // 10 October worked, 28-30 September and Friday 9 October working,
    // 1-8 October off: 6.
    let span = Period::span(date(2020, 9, 27), date(2020, 10, 10)).unwrap();
    assert_eq!(working(&span), 6);
    // A day.
    assert_eq!(working(&p("2024-02-18")), 1);
    assert_eq!(working(&p("2024-02-12")), 0);
}

#[test]
fn working_days_add_up() {
    for y in calendar::CN_HOLIDAY_YEARS {
        let year = Period::year(y).unwrap();
        let months: u32 = (1..=12)
            .map(|m| working(&Period::month(y, m).unwrap()))
            .sum();
        let (mut day, mut days) = (year.start(), 0);
        while day <= year.end() {
            days += u32::from(calendar::is_working_day(&Period::day(day).unwrap(), "CN").unwrap());
            day = day.tomorrow().unwrap();
        }
        assert_eq!((months, days), (working(&year), working(&year)), "{y}");
        assert!(
            (245..=252).contains(&working(&year)),
            "{y}: {}",
            working(&year)
        );
    }
}

#[test]
fn is_working_day_takes_one_day() {
    let day = |y, m, d| Period::day(date(y, m, d)).unwrap();
    assert!(!calendar::is_working_day(&day(2024, 2, 12), "CN").unwrap()); // Monday off
    assert!(calendar::is_working_day(&day(2024, 2, 4), "CN").unwrap()); // Sunday worked
    assert!(calendar::is_working_day(&day(2015, 9, 6), "CN").unwrap()); // Sunday worked
    assert!(!calendar::is_working_day(&day(2020, 1, 31), "CN").unwrap()); // the extension
    assert!(calendar::is_working_day(&day(2020, 2, 3), "CN").unwrap()); // work resumed
    // Business days and one-day spans are days too.
    let b = Period::business_day(date(2024, 2, 19)).unwrap();
    assert!(calendar::is_working_day(&b, "CN").unwrap());
    let one = Period::span(date(2024, 2, 10), date(2024, 2, 10)).unwrap();
    assert!(!calendar::is_working_day(&one, "CN").unwrap());
    let e = calendar::is_working_day(&p("2024-W07"), "CN").unwrap_err();
    assert_eq!(e.code(), "invalid_argument");
}

#[test]
fn holiday_windows_from_the_notices() {
    let w = |y, name| calendar::holiday_window(y, name).unwrap().to_string();
    // 国办发明电〔2023〕7号: 2月10日至17日放假调休，共8天.
    assert_eq!(w(2024, "spring_festival"), "2024-02-10/2024-02-17");
    assert_eq!(w(2024, "春节"), "2024-02-10/2024-02-17");
    assert_eq!(w(2024, "清明"), "2024-04-04/2024-04-06");
    assert_eq!(w(2024, "清明节"), "2024-04-04/2024-04-06");
    assert_eq!(w(2024, "劳动节"), "2024-05-01/2024-05-05");
    assert_eq!(w(2024, "端午"), "2024-06-08/2024-06-10");
    assert_eq!(w(2024, "中秋节"), "2024-09-15/2024-09-17");
    assert_eq!(w(2024, "国庆"), "2024-10-01/2024-10-07");
    assert_eq!(w(2025, "元旦"), "2025-01-01/2025-01-01");
    // A New Year window may start in the December before.
    assert_eq!(w(2017, "new_year"), "2016-12-31/2017-01-02");
    // 2008's National Day ran 29 September to 5 October.
    assert_eq!(w(2008, "national_day"), "2008-09-29/2008-10-05");
    // A combined window answers both names, and its own.
    for name in [
        "mid_autumn",
        "national_day",
        "中秋",
        "国庆节",
        "national_day_mid_autumn",
    ] {
        assert_eq!(w(2023, name), "2023-09-29/2023-10-06", "{name}");
    }
    let e = calendar::holiday_window(2024, "national_day_mid_autumn").unwrap_err();
    assert_eq!(e.code(), "no_such_period");
    // Windows are spans, as the statement reader builds them.
    let sf = calendar::holiday_window(2024, "spring_festival").unwrap();
    assert_eq!(sf.frequency(), growthkit::Frequency::Span);
}

#[test]
fn holidays_of_a_year_with_workdays_and_sources() {
    let list = calendar::holidays(2024, "CN").unwrap();
    let names: Vec<&str> = list.iter().map(|w| w.name).collect();
    assert_eq!(
        names,
        [
            "new_year",
            "spring_festival",
            "qingming",
            "labour_day",
            "dragon_boat",
            "mid_autumn",
            "national_day"
        ]
    );
    let labour = &list[3];
    assert_eq!(labour.chinese, "劳动节");
    let worked: Vec<String> = labour.workdays.iter().map(|d| d.to_string()).collect();
    assert_eq!(worked, ["2024-04-28", "2024-05-11"]);
    assert!(
        list.iter()
            .all(|w| w.year == 2024 && w.source.contains("国办发明电〔2023〕7号"))
    );
    // The one-off windows, each from its own notice.
    let y2020 = calendar::holidays(2020, "CN").unwrap();
    let ext = y2020
        .iter()
        .find(|w| w.name == "spring_festival_extension")
        .unwrap();
    assert_eq!(ext.days.to_string(), "2020-01-31/2020-02-02");
    assert!(ext.source.contains("国办发明电〔2020〕1号"));
    let y2015 = calendar::holidays(2015, "CN").unwrap();
    let victory = y2015.iter().find(|w| w.name == "victory_day").unwrap();
    assert_eq!(victory.days.to_string(), "2015-09-03/2015-09-05");
    assert_eq!(victory.workdays, [p("2015-09-06")]);
    // Every year has its holidays, every window a source.
    for y in calendar::CN_HOLIDAY_YEARS {
        let list = calendar::holidays(y, "CN").unwrap();
        assert!(
            list.len() >= 6 && list.iter().all(|w| !w.source.is_empty()),
            "{y}"
        );
        for w in &list {
            assert_eq!(calendar::holiday_window(y, w.name).unwrap(), w.days, "{w}");
        }
    }
}

#[test]
fn regions_names_and_years_outside_the_table_are_typed_errors() {
    let code = |r: growthkit::Result<u32>| r.unwrap_err().code();
    assert_eq!(
        code(calendar::working_days(&p("2024"), "US")),
        "invalid_argument"
    );
    assert_eq!(
        calendar::holidays(2024, "HK").unwrap_err().code(),
        "invalid_argument"
    );
    assert_eq!(
        code(calendar::working_days(&p("2007-12"), "CN")),
        "out_of_range"
    );
    assert_eq!(
        code(calendar::working_days(&p("2027-01-04"), "CN")),
        "out_of_range"
    );
    // A period partly outside is refused too, never counted in part.
    let across = Period::span(date(2026, 12, 20), date(2027, 1, 5)).unwrap();
    let e = calendar::working_days(&across, "CN").unwrap_err();
    assert_eq!(e.code(), "out_of_range");
    assert!(e.to_string().contains("2008-01-01 to 2026-12-31"), "{e}");
    let e = calendar::holiday_window(2027, "春节").unwrap_err();
    assert_eq!(e.code(), "out_of_range");
    assert!(e.to_string().contains("2008 to 2026"), "{e}");
    assert_eq!(
        calendar::holidays(2007, "CN").unwrap_err().code(),
        "out_of_range"
    );
    let e = calendar::holiday_window(2024, "christmas").unwrap_err();
    assert_eq!(e.code(), "invalid_argument");
    assert!(e.to_string().contains("`christmas`"), "{e}");
}
