"""Calendar facts that move holidays: the Spring Festival (1900 to 2100,
computed from the new moons and solar terms) and Easter (Gregorian), each
as a day ``Period`` (``.start`` is its ``datetime.date``).

>>> import growthkit as gk
>>> gk.calendar.spring_festival(2033).start
datetime.date(2033, 1, 31)
"""

from ._growthkit import easter, spring_festival

__all__ = ["easter", "spring_festival"]
