"""Generates tests/vectors/fiscal.json: fiscal, reporting, four-month,
business-day and weekly-ending periods, from pandas' own periods (Q-MAR,
Y-JUN, W-SAT, B: its start_time, end_time and ordinal) and from Python's
datetime applied to the published definitions written out below. growthkit
is never imported here.

Run with `make vectors` (needs pandas).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings

import pandas as pd

warnings.simplefilter("ignore", FutureWarning)  # pandas deprecates Period[B]

D = dt.date
cases: list[dict] = []


def add(id_, op, args, expect=None, error=None, note=None):
    c = {"id": id_, "op": op, "args": args}
    if error:
        c["error"] = {"code": error}
    else:
        c["expect"] = expect
    if note:
        c["note"] = note
    cases.append(c)


def iso(d: dt.date) -> str:
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    t = d.year * 12 + d.month - 1 + n
    return D(t // 12, t % 12 + 1, d.day)


# pandas' fiscal quarters and years: Q-MAR is a fiscal year starting in
# April named by the year it ends in (pandas' convention, the US/India one).
MONTHS = [
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
]
for end_month, years in [
    ("MAR", [2019, 2021, 2024]),
    ("JUN", [2020, 2021]),
    ("SEP", [2021, 2022]),
]:
    start_month = MONTHS.index(end_month) % 12 + 2
    start = f"--{start_month:02d}-01"
    for y in years:
        for q in range(1, 5):
            p = pd.Period(f"{y}Q{q}", freq=f"Q-{end_month}")
            text = f"{y}-Q{q}[start={start},named=end]"
            add(
                f"pandas-q-{end_month.lower()}-{y}q{q}",
                "period.parse",
                {"text": text},
                {
                    "period": text,
                    "frequency": f"fiscal_quarterly({start},end)",
                    "start": iso(p.start_time.date()),
                    "end": iso(p.end_time.date()),
                    "days": (p.end_time.date() - p.start_time.date()).days + 1,
                    "year": y,
                },
                note=f"pandas Period('{y}Q{q}', freq='Q-{end_month}') start_time and end_time",
            )
            add(
                f"pandas-q-{end_month.lower()}-{y}q{q}-ordinal",
                "period.ordinal",
                {"period": text},
                p.ordinal,
                note=f"pandas Period('{y}Q{q}', freq='Q-{end_month}').ordinal",
            )
        p = pd.Period(f"{y}", freq=f"Y-{end_month}")
        text = f"{y}-A1[start={start},named=end]"
        add(
            f"pandas-y-{end_month.lower()}-{y}",
            "period.parse",
            {"text": text},
            {
                "period": text,
                "start": iso(p.start_time.date()),
                "end": iso(p.end_time.date()),
            },
            note=f"pandas Period('{y}', freq='Y-{end_month}')",
        )
        add(
            f"pandas-y-{end_month.lower()}-{y}-ordinal",
            "period.ordinal",
            {"period": text},
            p.ordinal,
            note=f"pandas Period('{y}', freq='Y-{end_month}').ordinal",
        )
    # Year ago and shift against pandas' own arithmetic.
    y = years[-1]
    p = pd.Period(f"{y}Q1", freq=f"Q-{end_month}")
    add(
        f"pandas-q-{end_month.lower()}-year-ago",
        "period.year_ago",
        {"period": f"{y}-Q1[start={start},named=end]"},
        f"{(p - 4).qyear}-Q1[start={start},named=end]",
        note=f"pandas: Period('{y}Q1', 'Q-{end_month}') - 4 is {(p - 4)}",
    )
    add(
        f"pandas-q-{end_month.lower()}-shift-back",
        "period.shift",
        {"period": f"{y}-Q1[start={start},named=end]", "n": -1},
        f"{(p - 1).qyear}-Q{(p - 1).quarter}[start={start},named=end]",
        note=f"pandas: Period('{y}Q1', 'Q-{end_month}') - 1 is {(p - 1)}",
    )
    add(
        f"pandas-q-{end_month.lower()}-from-ordinal",
        "period.from_ordinal",
        {"frequency": f"fiscal_quarterly({start},end)", "n": p.ordinal},
        f"{y}-Q1[start={start},named=end]",
        note="pandas' ordinal of the same period",
    )
    add(
        f"pandas-q-{end_month.lower()}-to-year",
        "period.to_frequency",
        {
            "period": f"{y}-Q3[start={start},named=end]",
            "frequency": f"fiscal_annual({start},end)",
        },
        f"{pd.Period(f'{y}Q3', freq=f'Q-{end_month}').asfreq(f'Y-{end_month}')}-A1[start={start},named=end]",
        note=f"pandas asfreq('Y-{end_month}')",
    )
    # Calendar months into fiscal quarters: pandas Period(month).asfreq('Q-MAR').
    for month in ["2020-01", "2020-04", "2020-12"]:
        q = pd.Period(month, freq="M").asfreq(f"Q-{end_month}")
        add(
            f"pandas-month-{month}-to-q-{end_month.lower()}",
            "period.to_frequency",
            {"period": month, "frequency": f"fiscal_quarterly({start},end)"},
            f"{q.qyear}-Q{q.quarter}[start={start},named=end]",
            note=f"pandas Period('{month}', 'M').asfreq('Q-{end_month}') is {q}",
        )

# Weeks ending Saturday (FRED's weekly data, pandas W-SAT).
for day in ["2020-10-07", "2020-10-10", "2020-10-11", "2021-01-01", "1970-01-03"]:
    p = pd.Period(day, freq="W-SAT")
    text = f"{iso(p.start_time.date())}/{iso(p.end_time.date())}[W-SAT]"
    add(
        f"w-sat-week-of-{day}",
        "period.week_ending",
        {"date": day, "end": "SAT"},
        text,
        note=f"pandas Period('{day}', freq='W-SAT') runs {p}",
    )
    add(
        f"w-sat-ordinal-{day}",
        "period.ordinal",
        {"period": text},
        p.ordinal,
        note=f"pandas Period('{day}', freq='W-SAT').ordinal",
    )
for code in ["MON", "WED", "FRI"]:
    p = pd.Period("2020-10-07", freq=f"W-{code}")
    text = f"{iso(p.start_time.date())}/{iso(p.end_time.date())}[W-{code}]"
    add(
        f"w-{code.lower()}-week",
        "period.week_ending",
        {"date": "2020-10-07", "end": code},
        text,
        note=f"pandas Period('2020-10-07', freq='W-{code}')",
    )
    add(
        f"w-{code.lower()}-ordinal",
        "period.ordinal",
        {"period": text},
        p.ordinal,
        note=f"pandas Period('2020-10-07', freq='W-{code}').ordinal",
    )
w = pd.Period("2020-10-10", freq="W-SAT")
add(
    "w-sat-year-ago-52-weeks",
    "period.year_ago",
    {"period": f"{iso(w.start_time.date())}/{iso(w.end_time.date())}[W-SAT]"},
    f"{iso((w - 52).start_time.date())}/{iso((w - 52).end_time.date())}[W-SAT]",
    note="FRED's pc1 compares a weekly value with the one 52 weeks before; pandas: Period - 52",
)
add(
    "w-sat-next",
    "period.shift",
    {"period": "2020-10-04/2020-10-10[W-SAT]", "n": 1},
    "2020-10-11/2020-10-17[W-SAT]",
    note="seven days on",
)
add(
    "w-sat-to-month-by-end-day",
    "period.to_frequency",
    {"period": "2020-09-27/2020-10-03[W-SAT]", "frequency": "monthly"},
    "2020-10",
    note="a week ending on Saturday 3 October belongs to October: weeks are dated by their last day",
)
add(
    "w-sat-weeks-of-october",
    "period.subperiods_count",
    {"period": "2020-10", "frequency": "weekly_sat"},
    5,
    note="Saturdays in October 2020: the 3rd, 10th, 17th, 24th and 31st",
)
add(
    "w-sat-not-seven-days",
    "period.parse",
    {"text": "2020-10-04/2020-10-09[W-SAT]"},
    error="invalid_period",
)
add(
    "w-sat-wrong-end",
    "period.parse",
    {"text": "2020-10-05/2020-10-11[W-SAT]"},
    error="invalid_period",
    note="11 October 2020 is a Sunday",
)

# Business days: pandas' Period[B] ordinals; the Friday before a Monday.
for day in ["1970-01-01", "1970-01-05", "2020-10-05", "2020-10-09", "2024-02-29"]:
    p = pd.Period(day, freq="B")
    add(
        f"b-ordinal-{day}",
        "period.ordinal",
        {"period": f"{day}[B]"},
        p.ordinal,
        note=f"pandas Period('{day}', freq='B').ordinal",
    )
for day in ["2020-10-05", "2020-10-09", "2021-01-04"]:
    d = D.fromisoformat(day)
    back = 3 if d.weekday() == 0 else 1
    add(
        f"b-prev-{day}",
        "period.shift",
        {"period": f"{day}[B]", "n": -1},
        f"{iso(d - dt.timedelta(days=back))}[B]",
        note=f"{d.strftime('%A')} {day}: the previous business day, by Python's datetime",
    )
add(
    "b-saturday",
    "period.business_day",
    {"date": "2020-10-03"},
    error="no_such_period",
    note="3 October 2020 is a Saturday",
)
add("b-business-day", "period.business_day", {"date": "2020-10-05"}, "2020-10-05[B]")
add(
    "b-year-ago-weekend",
    "period.year_ago",
    {"period": "2021-10-04[B]"},
    "2020-10-02[B]",
    note="4 October 2020 was a Sunday, so the business day a year before is Friday 2 October",
)
add(
    "b-year-ago-weekday",
    "period.year_ago",
    {"period": "2021-10-05[B]"},
    "2020-10-05[B]",
    note="5 October 2020 was a Monday",
)
oct20 = [D(2020, 10, d) for d in range(1, 32)]
add(
    "b-days-of-october-2020",
    "period.subperiods_count",
    {"period": "2020-10", "frequency": "business_daily"},
    sum(1 for d in oct20 if d.weekday() < 5),
    note="weekdays of October 2020, counted with datetime",
)
add(
    "b-to-month",
    "period.to_frequency",
    {"period": "2020-10-30[B]", "frequency": "monthly"},
    "2020-10",
)
add(
    "b-pct-change-monday",
    "series.pct_change",
    {
        "series": {
            "periods": ["2020-10-02[B]", "2020-10-05[B]"],
            "values": [1.1, 1.21],
        },
        "lag": 1,
    },
    {"values": [None, 0.1]},
    note="Monday against the Friday before: 1.21 / 1.1 - 1 = 0.1 (a daily series would give NaN)",
)
add(
    "b-aggregate-complete-month",
    "series.aggregate",
    {
        "series": {
            "periods": [f"{iso(d)}[B]" for d in oct20 if d.weekday() < 5],
            "values": [1.0] * sum(1 for d in oct20 if d.weekday() < 5),
        },
        "frequency": "monthly",
        "method": "mean",
    },
    {"periods": ["2020-10"], "values": [1.0]},
    note="every weekday present: the month is complete although weekends have no value",
)
add(
    "b-aggregate-holiday-missing",
    "series.aggregate",
    {
        "series": {
            "periods": [
                f"{iso(d)}[B]" for d in oct20 if d.weekday() < 5 and d.day != 12
            ],
            "values": [1.0] * (sum(1 for d in oct20 if d.weekday() < 5) - 1),
        },
        "frequency": "monthly",
        "method": "mean",
    },
    {"periods": ["2020-10"], "values": [None]},
    note="a weekday without an observation (a holiday) is missing, never filled: the month is incomplete",
)


# SDMX reporting periods (SDMX 2.1 technical notes, time formats): with a
# reporting year start day, a reporting period counts from that day.
def reporting(y, start_m, start_d, code, n):
    first = D(y, start_m, start_d)
    months = {"A": 12, "S": 6, "T": 4, "Q": 3, "M": 1}[code]
    a = add_months(first, (n - 1) * months)
    b = add_months(a, months) - dt.timedelta(days=1)
    return a, b


for sm, sd in [(7, 1), (4, 1), (10, 1), (4, 6)]:
    start = f"--{sm:02d}-{sd:02d}"
    for code, n in [("A", 1), ("S", 2), ("T", 3), ("Q", 1), ("Q", 4), ("M", 7)]:
        text = f"2020-{code}{n:02d}" if code == "M" else f"2020-{code}{n}"
        a, b = reporting(2020, sm, sd, code, n)
        add(
            f"sdmx-reporting-{text}-{start}",
            "period.parse_with",
            {"text": text, "reporting_year_start": start},
            {"start": iso(a), "end": iso(b)},
            note=f"reporting year starting 2020{start[1:]}: part {n} of {code} runs {a} to {b}",
        )
    # Reporting days: day n from the start day.
    a = D(2020, sm, sd) + dt.timedelta(days=31)
    add(
        f"sdmx-reporting-D032-{start}",
        "period.parse_with",
        {"text": "2020-D032", "reporting_year_start": start},
        {"period": iso(a), "frequency": "daily"},
        note="the 32nd day of the reporting year",
    )
# Reporting weeks: week 1 holds the first Thursday of the reporting year.
first = D(2020, 7, 1)
thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
monday = thursday - dt.timedelta(days=3) + dt.timedelta(weeks=4)
iy, iw, _ = monday.isocalendar()
add(
    "sdmx-reporting-W05-july",
    "period.parse_with",
    {"text": "2020-W05", "reporting_year_start": "--07-01"},
    {"period": f"{iy}-W{iw:02d}", "start": iso(monday)},
    note="reporting year from 2020-07-01 (a Wednesday): week 1 holds Thursday 2 July, week 5 starts four weeks on",
)
add(
    "sdmx-no-start-is-calendar",
    "period.parse_with",
    {"text": "2020-Q1"},
    {"period": "2020-Q1"},
    note="without a reporting year start day the period is the calendar one",
)
add(
    "sdmx-january-start-is-calendar",
    "period.parse_with",
    {"text": "2020-Q3", "reporting_year_start": "--01-01"},
    {"period": "2020-Q3"},
)
add(
    "sdmx-reporting-month-is-calendar-month",
    "period.parse_with",
    {"text": "2020-M07", "reporting_year_start": "--07-01"},
    {"period": "2021-01", "frequency": "monthly"},
    note="month 7 of the reporting year starting July 2020 is January 2021, a calendar month",
)

json.dump(
    {
        "description": "Issue 11: fiscal and reporting years, four-month periods, business days and weeks ending on any day. Generated by make_fiscal.py from pandas' periods and Python's datetime (growthkit is not used).",
        "cases": cases,
    },
    sys.stdout,
    ensure_ascii=False,
    indent=1,
)
