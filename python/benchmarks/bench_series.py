"""Issue 15's targets: the object API against the tools users would
otherwise use, as ratios from one run (best of 5, best of 3 for the slow
ones), 1,000,000 consecutive days unless said; prints Markdown. Peak memory
is measured for a few cases, each in a process of its own (so that pages an
earlier case freed cannot hide a later one's). Run by ``make bench``.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd
import polars as pl

import growthkit as gk

N = 1_000_000
ROOT = Path(__file__).resolve().parents[2]


def best(f: Callable[[], Any], n: int = 5) -> float:
    times = []
    for _ in range(n):
        gc.collect()
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def row(case: str, ours: float, theirs: float | None, goal: str, met: bool) -> None:
    ratio = f"{ours / theirs:.2f}" if theirs else ""
    base = f"{theirs * 1e3:.1f}" if theirs else ""
    verdict = "met" if met else "missed"
    print(f"| {case} | {ours * 1e3:.1f} | {base} | {ratio} | {goal} | {verdict} |")


def ratio(case: str, ours: float, theirs: float, goal: float) -> None:
    """A row whose goal is a ratio to the other tool."""
    row(case, ours, theirs, f"<= {goal:.1f}", ours <= goal * theirs)


def absolute(case: str, ours: float, goal_ms: float) -> None:
    """A row whose goal is a time."""
    row(case, ours, None, f"<= {goal_ms:.0f} ms", ours * 1e3 <= goal_ms)


def peak_mb(code: str) -> float:
    """Peak RSS of a fresh Python process running `code`: its VmHWM, which
    belongs to the process's own memory (ru_maxrss would carry the parent's
    peak across fork and exec)."""
    script = (
        "import numpy as np, pandas as pd, growthkit as gk\n"
        + code
        + "\nhwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]"
        + "\nprint(int(hwm.split()[1]) / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    print("# Series at column speed (issue 15)\n")
    print(f"One run, {N:,} consecutive days unless said; times in ms, best of several.\n")
    print("| case | growthkit ms | other ms | ratio | goal | |")
    print("|---|---:|---:|---:|---|---|")
    idx = pd.period_range("2000-01-01", periods=N, freq="D")
    values = np.random.default_rng(1).uniform(50, 150, N)
    p = pd.Series(values, index=idx)
    s = gk.Series.from_pandas(p)

    def pandas_yoy() -> Any:
        before = (idx.to_timestamp() - pd.DateOffset(years=1)).to_period("D")
        return p.to_numpy() / p.reindex(before).to_numpy() - 1

    ours, theirs = best(s.yoy), best(pandas_yoy, 3)
    ratio("Series.yoy, days, vs pandas matched by the calendar", ours, theirs, 1.0)
    ours, theirs = best(s.pct_change), best(p.pct_change)
    ratio("Series.pct_change vs pandas pct_change", ours, theirs, 1.5)
    ours = best(lambda: s.aggregate("quarterly", "sum"))
    theirs = best(lambda: p.groupby(p.index.asfreq("Q")).sum())
    ratio("Series.aggregate days to quarters (sum) vs pandas groupby", ours, theirs, 1.0)
    ours = best(lambda: gk.Series.from_pandas(p))
    absolute("Series.from_pandas", ours, 20)
    ours = best(s.to_pandas)
    absolute("Series.to_pandas", ours, 20)
    texts = [str(x) for x in idx]
    ours, theirs = (
        best(lambda: gk.Series(texts, values), 3),
        best(lambda: gk.kernels.parse_periods(texts), 3),
    )
    ratio("Series from 1,000,000 period texts vs kernels.parse_periods", ours, theirs, 1.2)
    ours, theirs = best(lambda: s.rolling(7, "mean")), best(lambda: p.rolling(7).mean())
    ratio("Series.rolling(7, 'mean') vs pandas rolling(7).mean()", ours, theirs, 1.0)
    for name, f in [
        ("_repr_html_", s._repr_html_),
        ("first item of an iteration", lambda: next(iter(s))),
        ("to_polars", s.to_polars),
    ]:
        ours = best(f)
        row(name, ours, None, "<= 20 ms", ours <= 0.020)
    ours = best(lambda: s.periods, 3)
    absolute(".periods (1,000,000 periods to Python)", ours, 100)

    x = np.random.default_rng(2).uniform(50, 150, 10_000_000)
    y = np.random.default_rng(3).uniform(50, 150, 10_000_000)
    ours, theirs = best(lambda: gk.kernels.cagr(x, y, 3.0)), best(lambda: x ** (1 / 3))
    ratio("kernels.cagr, 10,000,000 values, vs numpy x ** (1/3)", ours, theirs, 1.0)
    r = (x - 100) / 1000
    ours = best(lambda: gk.kernels.two_year_average(r, r))
    ratio("kernels.two_year_average, 10,000,000 values, vs numpy x ** (1/3)", ours, theirs, 1.0)
    ours = best(lambda: gk.kernels.annualized(r, 4.0))
    ratio("kernels.annualized, 10,000,000 values, vs numpy x ** (1/3)", ours, theirs, 1.0)
    dst = np.empty_like(x)
    ours, theirs = best(lambda: gk.kernels.lag_growth(x, 12)), best(lambda: np.copyto(dst, x))
    ratio("lag_growth into a new array vs np.copyto, 10,000,000 values", ours, theirs, 2.0)

    ids, months = 10_000, 240
    panel = pd.DataFrame(
        {
            "id": np.repeat(np.arange(ids), months),
            "month": np.tile(pd.period_range("2000-01", periods=months, freq="M").asi8, ids),
            "value": np.random.default_rng(4).uniform(50, 150, ids * months),
        }
    )
    shuffled = panel.sample(frac=1.0, random_state=5).reset_index(drop=True)
    sid, sord, sval = (shuffled[c].to_numpy() for c in ("id", "month", "value"))
    ours = best(lambda: gk.kernels.grouped_growth(sid, sord, sval, 1), 3)
    theirs = best(lambda: panel.groupby("id")["value"].pct_change(), 3)
    ratio("grouped growth, 2.4M shuffled rows, vs pandas on sorted rows", ours, theirs, 1.0)
    frame = pl.from_pandas(panel)
    theirs = best(lambda: frame.select(pl.col("value").pct_change().over("id")), 3)
    ratio("grouped growth, 2.4M shuffled rows, vs polars on sorted rows", ours, theirs, 1.0)

    series_n, months = 4_000, 250
    month_texts = [str(m) for m in pd.period_range("2000-01", periods=months, freq="M")]
    long = pd.DataFrame(
        {
            "geo": np.repeat([f"g{i:04d}" for i in range(series_n)], months),
            "period": np.tile(month_texts, series_n),
            "value": np.random.default_rng(6).uniform(50, 150, series_n * months),
        }
    )
    ds = gk.Dataset.from_pandas(long, keys=["geo"])
    month_p = long.assign(period=pd.PeriodIndex(long["period"], freq="M"))
    ours = best(lambda: ds.pct_change(1), 3)
    theirs = best(lambda: month_p.groupby("geo")["value"].pct_change(), 3)
    ratio(
        "Dataset.pct_change, 4,000 monthly series x 250 months, vs pandas groupby",
        ours,
        theirs,
        1.0,
    )
    ours = best(lambda: ds.yoy(), 3)
    theirs = best(lambda: month_p.groupby("geo")["value"].pct_change(12), 3)
    ratio(
        "Dataset.yoy, 4,000 monthly series x 250 months, vs pandas groupby pct_change(12)",
        ours,
        theirs,
        1.0,
    )

    size = json.loads((ROOT / "wasm" / "dist" / "size.json").read_text())
    gz = size["core_gzip"]  # the core module, which a page loads first
    verdict = "met" if gz <= 170 * 1024 else "missed"
    print(f"| wasm core module, gzipped | {gz / 1024:.0f} KB | | | <= 170 KB | {verdict} |")

    print("\nPeak memory, each in a process of its own (MB, imports included):\n")
    print("| case | peak MB |")
    print("|---|---:|")
    setup = (
        "idx = pd.period_range('2000-01-01', periods=1_000_000, freq='D')\n"
        "p = pd.Series(np.random.default_rng(1).uniform(50, 150, len(idx)), index=idx)\n"
    )
    for name, code in [
        ("the pandas series alone", setup),
        ("Series.from_pandas", setup + "s = gk.Series.from_pandas(p)"),
        ("Series.from_pandas, then yoy", setup + "s = gk.Series.from_pandas(p); g = s.yoy()"),
        (
            "pandas yoy by reindex",
            setup
            + "b = (idx.to_timestamp() - pd.DateOffset(years=1)).to_period('D')\n"
            + "g = p.to_numpy() / p.reindex(b).to_numpy() - 1",
        ),
    ]:
        print(f"| {name} | {peak_mb(code):.0f} |")


if __name__ == "__main__":
    main()
