//! The calendar against published dates: the Spring Festival as the Hong
//! Kong Observatory's and the State Council's calendars give it, Easter as
//! the churches' tables do. (Python's test checks every year 1900–2099
//! against the Observatory's tables and Easter against dateutil.)

use growthkit::{calendar, date};

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
