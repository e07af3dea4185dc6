"""growthkit.calendar against independent sources: the Spring Festival of
every year 1900-2099 against the Hong Kong Observatory's tables (the
``lunardate`` package), Easter 1583-4099 against ``dateutil.easter``, and
China's working days, every day from 2008, against ``chinesecalendar``."""

import datetime

import chinese_calendar
import pytest
from dateutil.easter import EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter
from lunardate import LunarDate

import growthkit as gk


def test_spring_festival_matches_the_observatory_tables_every_year():
    wrong = [
        (y, gk.calendar.spring_festival(y).start, LunarDate(y, 1, 1).to_solar_date())
        for y in range(1900, 2100)
        if gk.calendar.spring_festival(y).start != LunarDate(y, 1, 1).to_solar_date()
    ]
    assert wrong == []


def test_spring_festival_2100_is_the_published_date():
    assert gk.calendar.spring_festival(2100).start == datetime.date(2100, 2, 9)


def test_easter_matches_dateutil():
    wrong = [
        y
        for y in range(1583, 4100)
        if gk.calendar.easter(y).start != dateutil_easter(y, EASTER_WESTERN)
    ]
    assert wrong == []


def test_days_are_day_periods():
    p = gk.calendar.spring_festival(2024)
    assert p == gk.Period.parse("2024-02-10") and p.frequency == "daily"


@pytest.mark.parametrize("year", [1899, 2101])
def test_years_outside_1900_to_2100_are_refused(year):
    with pytest.raises(gk.ArgumentError) as e:
        gk.calendar.spring_festival(year)
    assert e.value.code == "invalid_argument"


def test_easter_before_the_gregorian_calendar_is_refused():
    with pytest.raises(gk.ArgumentError):
        gk.calendar.easter(1582)


# China's holidays and working days: every day from 2008 against the
# `chinesecalendar` package (module `chinese_calendar`, its own table of the
# same State Council notices), and the monthly counts of working days.
#
# Where the package and the notice differ, the notice wins and the day is
# listed in NOTICE_WINS with the notice. None differ today. The first run of
# this comparison found four days where growthkit's table, not the package,
# was short: 2015-09-03, -04 (off) and -06 (worked), the 70th anniversary of
# victory (国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知),
# and 2020-01-31 (off), the extension of the Spring Festival holiday
# (国办发明电〔2020〕1号); the table now has both notices' rows.
NOTICE_WINS: dict[datetime.date, str] = {}

# The package's holiday names, as growthkit's codes.
CC_NAMES = {
    "New Year's Day": "new_year",
    "Spring Festival": "spring_festival",
    "Tomb-sweeping Day": "qingming",
    "Labour Day": "labour_day",
    "Dragon Boat Festival": "dragon_boat",
    "Mid-autumn Festival": "mid_autumn",
    "National Day": "national_day",
    "Anti-Fascist 70th Day": "victory_day",
}
# What each of growthkit's codes answers to in the package.
GK_NAMES = {
    "national_day_mid_autumn": {"national_day", "mid_autumn"},
    "spring_festival_extension": {"spring_festival"},
}


def covered_years() -> list[int]:
    years = []
    year = 2008
    while True:
        try:
            gk.calendar.holidays(year, "CN")
        except gk.PeriodError:
            return years
        years.append(year)
        year += 1


YEARS = covered_years()


def days_of(year: int):
    day = datetime.date(year, 1, 1)
    while day.year == year:
        yield day
        day += datetime.timedelta(days=1)


def test_the_table_covers_2008_to_2026_at_least():
    assert YEARS[0] == 2008 and YEARS[-1] >= 2026
    assert YEARS == list(range(2008, YEARS[-1] + 1))


def test_every_day_matches_chinesecalendar():
    compared, differ = 0, {}
    for year in YEARS:
        for day in days_of(year):
            try:
                theirs = chinese_calendar.is_workday(day)
            except NotImplementedError:  # a year the package does not have yet
                continue
            ours = gk.calendar.is_working_day(day, "CN")
            compared += 1
            if ours != theirs:
                differ[day] = (ours, theirs)
    assert compared >= 6940  # 2008-01-01 to 2026-12-31
    assert set(differ) == set(NOTICE_WINS), differ


def test_monthly_working_days_match_chinesecalendar():
    for year in YEARS:
        for month in range(1, 13):
            first = datetime.date(year, month, 1)
            last = (first + datetime.timedelta(days=31)).replace(day=1)
            try:
                theirs = len(chinese_calendar.get_workdays(first, last - datetime.timedelta(1)))
            except NotImplementedError:
                continue
            # A day where the notice wins moves the count by one.
            wins = sum(
                1 if gk.calendar.is_working_day(day, "CN") else -1
                for day in NOTICE_WINS
                if first <= day < last
            )
            period = gk.Period.month(year, month)
            assert gk.calendar.working_days(period, "CN") == theirs + wins, period


def _names_by_day() -> dict[datetime.date, set[str]]:
    """The holidays each day off or worked belongs to, by every notice (the
    notice of a year may reach into the December before)."""
    out: dict[datetime.date, set[str]] = {}
    for w in (w for year in YEARS for w in gk.calendar.holidays(year, "CN")):
        names = GK_NAMES.get(w.name, {w.name})
        day = w.days.start
        while day <= w.days.end:
            out.setdefault(day, set()).update(names)
            day += datetime.timedelta(days=1)
        for d in w.workdays:
            out.setdefault(d.start, set()).update(names)
    return out


def test_holiday_names_and_workdays_match_chinesecalendar():
    """Each weekday off and each weekend day worked belongs to the same
    holiday in both tables."""
    names = _names_by_day()
    for year in YEARS:
        for day in days_of(year):
            try:
                on_holiday, name = chinese_calendar.get_holiday_detail(day)
            except NotImplementedError:
                continue
            worked_weekend = day.weekday() >= 5 and not on_holiday
            off_weekday = day.weekday() < 5 and on_holiday
            if (off_weekday or worked_weekend) and day not in NOTICE_WINS:
                assert name is not None and CC_NAMES[name] in names.get(day, set()), day


def test_holiday_windows_are_spans_with_sources():
    w = gk.calendar.holiday_window(2024, "春节")
    assert str(w) == "2024-02-10/2024-02-17" and w.frequency == "span"
    assert gk.calendar.holiday_window(2024, "清明") == gk.calendar.holiday_window(2024, "qingming")
    combined = gk.calendar.holiday_window(2023, "中秋节")
    assert combined == gk.calendar.holiday_window(2023, "国庆") == gk.Period.parse("2023-09-29/P8D")
    sf = gk.calendar.holidays(2024, "CN")[1]
    assert isinstance(sf, gk.HolidayWindow) and isinstance(sf, gk.calendar.HolidayWindow)
    assert (sf.year, sf.name, sf.chinese) == (2024, "spring_festival", "春节")
    assert [str(d) for d in sf.workdays] == ["2024-02-04", "2024-02-18"]
    assert sf.source.endswith("（国办发明电〔2023〕7号）")
    assert repr(sf) == "HolidayWindow('spring_festival 2024-02-10/2024-02-17')"


def test_working_days_of_any_period():
    n = gk.calendar.working_days
    # Counted by hand in crates/growthkit/tests/calendar.rs.
    assert n("2024-02", "CN") == 18
    assert n("2024", "CN") == 251
    assert n("2024-Q1", "CN") == 61
    assert n("2024-W07", "CN") == 1
    assert n(gk.Period.span(datetime.date(2020, 9, 27), datetime.date(2020, 10, 10)), "CN") == 6
    assert gk.calendar.is_working_day(gk.Period.parse("2024-02-18"), "CN")
    assert not gk.calendar.is_working_day(datetime.date(2020, 1, 31), "CN")


@pytest.mark.parametrize(
    ("call", "family", "code"),
    [
        (lambda: gk.calendar.working_days("2024", "US"), gk.ArgumentError, "invalid_argument"),
        (lambda: gk.calendar.holidays(2024, "HK"), gk.ArgumentError, "invalid_argument"),
        (
            lambda: gk.calendar.holiday_window(2024, "christmas"),
            gk.ArgumentError,
            "invalid_argument",
        ),
        (lambda: gk.calendar.is_working_day("2024-02", "CN"), gk.ArgumentError, "invalid_argument"),
        (lambda: gk.calendar.holiday_window(2007, "春节"), gk.PeriodError, "out_of_range"),
        (lambda: gk.calendar.holidays(2100, "CN"), gk.PeriodError, "out_of_range"),
        (lambda: gk.calendar.working_days("2007-12", "CN"), gk.PeriodError, "out_of_range"),
        (
            lambda: gk.calendar.working_days(
                gk.Period.span(datetime.date(2026, 12, 20), datetime.date(2027, 1, 5)), "CN"
            ),
            gk.PeriodError,
            "out_of_range",
        ),
        (
            lambda: gk.calendar.holiday_window(2024, "national_day_mid_autumn"),
            gk.PeriodError,
            "no_such_period",
        ),
    ],
)
def test_errors_are_typed(call, family, code):
    with pytest.raises(family) as e:
        call()
    assert e.value.code == code


def test_out_of_range_names_the_years():
    with pytest.raises(gk.PeriodError, match="2008 to 2026"):
        gk.calendar.holiday_window(2030, "spring_festival")
