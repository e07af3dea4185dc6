"""growthkit.calendar against independent sources: the Spring Festival of
every year 1900-2099 against the Hong Kong Observatory's tables (the
``lunardate`` package), Easter 1583-4099 against ``dateutil.easter``."""

import datetime

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
