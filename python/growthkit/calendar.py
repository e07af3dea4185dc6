"""Calendar facts that move holidays: the Spring Festival (1900 to 2100,
computed from the new moons and solar terms) and Easter (Gregorian), each
as a day ``Period`` (``.start`` is its ``datetime.date``); and China's
public holidays and working days as the State Council's notices set them,
2008 to 2026: ``holiday_window``, ``holidays`` (``HolidayWindow`` objects
with their 调休 workdays and source), ``working_days`` and
``is_working_day``. Errors are ``ArgumentError`` (``invalid_argument``: an
unknown region or holiday name) and ``PeriodError`` (``out_of_range``: a
year outside the table).

>>> import growthkit as gk
>>> gk.calendar.spring_festival(2033).start
datetime.date(2033, 1, 31)
>>> gk.calendar.working_days("2024-Q1", "CN")
61
"""

from ._growthkit import HolidayWindow as HolidayWindow  # listed as growthkit.HolidayWindow
from ._growthkit import (
    easter,
    holiday_window,
    holidays,
    is_working_day,
    spring_festival,
    working_days,
)

__all__ = [
    "easter",
    "holiday_window",
    "holidays",
    "is_working_day",
    "spring_festival",
    "working_days",
]
