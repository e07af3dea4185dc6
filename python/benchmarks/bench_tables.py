"""Issue 13's speed figures: Arrow columns against numpy arrays in the
kernels, the pandas accessor against pandas' own grouped pct_change, the
polars namespace against polars' ``pct_change().over()``, and growthkit.dask
on a local cluster against pandas on one process. Ratios from one run, best
of 5 (best of 2 for Dask); prints Markdown. Run by ``make bench``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Callable

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

import growthkit as gk

ROWS_KERNEL = int(os.environ.get("GK_BENCH_KERNEL_ROWS", 10_000_000))
IDS, MONTHS = 10_000, 240
DASK_ROWS = int(os.environ.get("GK_BENCH_DASK_ROWS", 20_000_000))


def best(f: Callable[[], Any], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def row(name: str, seconds: float, base: float, goal: str) -> None:
    print(f"| {name} | {seconds * 1e3:.1f} | {seconds / base:.2f} | {goal} |")


def main() -> None:
    print("# Tables (issue 13)\n")
    print("| case | ms | ratio | goal |")
    print("|---|---:|---:|---|")
    x = np.random.default_rng(1).uniform(50, 150, ROWS_KERNEL)
    s, a = pl.Series(x), pa.array(x)
    base = best(lambda: gk.kernels.lag_growth(x, 12))
    row(f"lag_growth, numpy array, {ROWS_KERNEL:,} values", base, base, "")
    row(
        "lag_growth, polars Series (Arrow, read in place)",
        best(lambda: gk.kernels.lag_growth(s, 12)),
        base,
        "<= 1.05",
    )
    row("lag_growth, pyarrow Array", best(lambda: gk.kernels.lag_growth(a, 12)), base, "<= 1.05")

    rng = np.random.default_rng(2)
    months = pd.period_range("2000-01", periods=MONTHS, freq="M")
    panel = pd.DataFrame(
        {
            "id": np.repeat(np.arange(IDS), MONTHS),
            "month": np.tile(months, IDS),
            "value": rng.uniform(50, 150, IDS * MONTHS),
        }
    )
    shuffled = panel.sample(frac=1.0, random_state=3).reset_index(drop=True)
    base = best(lambda: panel.groupby("id")["value"].pct_change())
    row(f"pandas groupby pct_change, {len(panel):,} sorted rows", base, base, "")
    row(
        "df.gk.pct_change, the same rows shuffled",
        best(lambda: shuffled.gk.pct_change("value", period="month", by="id")),
        base,
        "<= 1.0",
    )
    row(
        "df.gk.yoy, the same rows shuffled (calendar-matched)",
        best(lambda: shuffled.gk.yoy("value", period="month", by="id")),
        base,
        "",
    )
    pframe = pl.from_pandas(panel.assign(month=panel["month"].astype(str)))
    base = best(lambda: pframe.select(pl.col("value").pct_change().over("id")))
    row("polars pct_change().over(id)", base, base, "")
    row(
        "pl.col(value).gk.pct_change(period=..., by=id)",
        best(lambda: pframe.select(pl.col("value").gk.pct_change(period="month", by="id"))),
        base,
        "<= 1.0",
    )
    row(
        "pl.col(value).gk.pct_change(period=...).over(id) (a call per group)",
        best(lambda: pframe.select(pl.col("value").gk.pct_change(period="month").over("id")), 1),
        base,
        "",
    )
    dask_rows(DASK_ROWS)


def dask_rows(n: int) -> None:
    import dask.dataframe as dd
    import distributed

    ids = n // MONTHS
    rng = np.random.default_rng(4)
    months = pd.period_range("2000-01", periods=MONTHS, freq="M")
    frame = pd.DataFrame(
        {
            "id": np.repeat(np.arange(ids), MONTHS),
            "month": np.tile(months.asi8, ids),
            "value": rng.uniform(50, 150, ids * MONTHS),
        }
    ).sample(frac=1.0, random_state=5)
    frame["month"] = pd.PeriodIndex.from_ordinals(frame["month"].to_numpy(), freq="M")
    base = best(lambda: frame.gk.yoy("value", period="month", by="id"), 2)
    row(f"df.gk.yoy on one process, {len(frame):,} rows", base, base, "")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            ddf = dd.from_pandas(frame, npartitions=8).persist()
            seconds = best(lambda: gk.dask.yoy(ddf, "value", period="month", by="id").compute(), 2)
            row("growthkit.dask.yoy on 2 worker processes", seconds, base, "")
            mem = client.run(lambda: __import__("resource").getrusage(0).ru_maxrss * 1024)
            peaks = ", ".join(f"{v / 1e6:.0f} MB" for v in mem.values())
            print(f"\nPeak memory per Dask worker: {peaks}.")


if __name__ == "__main__":
    sys.exit(main())
