"""Issue 23's targets for X-11, beside the Census Bureau's x13as (X-13ARIMA-
SEATS, what users run today, one process a series, as statsmodels does) on
the same composed series in one run; prints Markdown. Run by ``make bench``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import x13ref

import growthkit as gk

SERIES, YEARS = 400, 20


def months(n: int) -> list[gk.Period]:
    first = gk.Period.parse("2000-01")
    return [first.shift(i) for i in range(n)]


def main() -> None:
    n = 12 * YEARS
    values = [x13ref.composed(i, n, 12, outliers=i % 4) for i in range(SERIES)]
    series = [gk.Series(months(n), v) for v in values]
    spec = x13ref.x11_spec()
    t = time.perf_counter()
    ref = [x13ref.run(v, (2000, 1), 12, spec, tables=("d11",)) for v in values]
    x13 = time.perf_counter() - t
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        ours = [s.x11() for s in series]
        best = min(best, time.perf_counter() - t)
    worst = max(
        abs(a - b) / abs(b) for d, r in zip(ours, ref) for a, b in zip(d.adjusted.values, r["d11"])
    )
    assert worst <= 1e-9, worst
    print("| task | growthkit | x13as | x13as / growthkit | goal | verdict |")
    print("|---|---:|---:|---:|---|---|")
    speed = x13 / best
    print(
        f"| X-11, {SERIES} monthly series of {YEARS} years, one at a time | {best * 1e3:.0f} ms | "
        f"{x13 * 1e3:.0f} ms | {speed:.0f} | >= 200 | {'met' if speed >= 200 else 'missed'} |"
    )
    import pandas as pd

    texts = [str(p) for p in months(n)]
    frame = pd.DataFrame(
        {
            "id": [f"s{i}" for i in range(4000) for _ in range(n)],
            "period": texts * 4000,
            "value": [x for i in range(4000) for x in values[i % SERIES]],
        }
    )
    ds = gk.Dataset.from_pandas(frame, keys=["id"])
    t = time.perf_counter()
    out = ds.x11()
    whole = time.perf_counter() - t
    assert len(out.keys()) == 4000 and not out.notes
    verdict = "met" if whole <= 1.0 else "missed"
    cores = os.cpu_count()
    print(
        f"| Dataset.x11, 4,000 monthly series of {YEARS} years, {cores} cores "
        f"| {whole * 1e3:.0f} ms "
        f"| | | <= 1000 ms | {verdict} |"
    )
    model = "transform{function=log} arima{model=(0 1 1)(0 1 1)} forecast{maxlead=12}"
    k = 100
    t = time.perf_counter()
    ref = [x13ref.run(v, (2000, 1), 12, spec, tables=("d11",), model=model) for v in values[:k]]
    x13 = time.perf_counter() - t
    t = time.perf_counter()
    ours = [s.seasonal_adjust() for s in series[:k]]
    mine = time.perf_counter() - t
    gap = max(
        abs(a - b) / abs(b) for d, r in zip(ours, ref) for a, b in zip(d.adjusted.values, r["d11"])
    )
    assert gap <= 1e-6, gap
    speed = x13 / mine
    print(
        f"| regARIMA (airline, log) + X-11, {k} monthly series of {YEARS} years | "
        f"{mine * 1e3:.0f} ms | {x13 * 1e3:.0f} ms | {speed:.0f} | >= 20 | "
        f"{'met' if speed >= 20 else 'missed'} |"
    )
    print(f"\nAll {SERIES} adjusted series equal x13as' D11 within {worst:.1e} (relative);")
    print(f"with the regARIMA model, the {k} equal it within {gap:.1e}.")


if __name__ == "__main__":
    main()
