"""Writes isoweeks.json from Python's own ISO calendar, an implementation
independent of growthkit's (which uses jiff).

    python3 tests/vectors/make_isoweeks.py > tests/vectors/isoweeks.json
"""

import json
from datetime import date, timedelta


def main() -> None:
    cases = []
    for year in range(1990, 2041):
        weeks = date(year, 12, 28).isocalendar()[1]
        first = date.fromisocalendar(year, 1, 1)
        last_sunday = date.fromisocalendar(year, weeks, 7)
        cases.append(
            {
                "id": f"isoweek-{year}-first",
                "op": "period.parse",
                "args": {"text": f"{year}-W01"},
                "expect": {
                    "start": first.isoformat(),
                    "end": (first + timedelta(6)).isoformat(),
                    "year": year,
                },
            }
        )
        cases.append(
            {
                "id": f"isoweek-{year}-last",
                "op": "period.parse",
                "args": {"text": f"{year}-W{weeks}"},
                "expect": {"end": last_sunday.isoformat()},
            }
        )
        if weeks == 52:
            cases.append(
                {
                    "id": f"isoweek-{year}-no-53",
                    "op": "period.new",
                    "args": {"kind": "week", "year": year, "number": 53},
                    "error": {"code": "no_such_period"},
                }
            )
        cases.append(
            {
                "id": f"isoweek-{year}-subperiods-count",
                "op": "period.subperiods_count",
                "args": {"period": str(year), "frequency": "weekly"},
                "expect": weeks,
            }
        )
    day = date(1990, 1, 1)
    while day <= date(2040, 12, 31):
        iso = day.isocalendar()
        cases.append(
            {
                "id": f"isoweek-of-{day.isoformat()}",
                "op": "period.containing",
                "args": {"frequency": "weekly", "date": day.isoformat()},
                "expect": f"{iso[0]:04d}-W{iso[1]:02d}",
            }
        )
        day += timedelta(days=13)
    doc = {
        "description": "ISO 8601 weeks 1990-2040 from Python's datetime.date.isocalendar and "
        "date.fromisocalendar (made by make_isoweeks.py; do not edit by hand).",
        "cases": cases,
    }
    print(json.dumps(doc, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
