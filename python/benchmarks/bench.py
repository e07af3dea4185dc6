"""growthkit against the tools a notebook user would otherwise use.

Builds the same data for every contender, times each (median of 7 runs
after a warm-up), and prints a table of medians, the ratio growthkit /
contender, and the peak memory one call added: measured in a process of
its own (this script again, told which call by GK_BENCH_MEMORY_OF), which
builds that task's data, hands the C allocator's free memory back to the
system, resets its peak resident set size (/proc/self/clear_refs) and makes
the one call; so no earlier run's freed memory can be reused unseen.
`make bench` runs it.
"""

from __future__ import annotations

import ctypes
import gc
import os
import platform
import statistics
import subprocess
import sys
import time
from typing import Any, Callable

import numpy as np
import pandas as pd
import polars as pl

import growthkit as gk

RUNS = 7
rng = np.random.default_rng(2020)
# "task<TAB>contender": this process only measures that call's peak memory.
MEMORY_OF = os.environ.get("GK_BENCH_MEMORY_OF")


def _status(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    return 0


def peak_added(fn: Callable[[], Any]) -> int:
    """Bytes of resident memory one call adds at its peak, in this process."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # free heap memory back to the system
    except OSError:
        pass
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # resets VmHWM, the peak resident set size
    before = _status("VmRSS:")
    result = fn()
    peak = _status("VmHWM:")
    del result
    return max(peak - before, 0)


def peak_in_own_process(task: str, name: str) -> int:
    """`peak_added` of one contender, in a fresh run of this script."""
    env = dict(os.environ, GK_BENCH_MEMORY_OF=f"{task}\t{name}")
    out = subprocess.run(
        [sys.executable, __file__], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1])


def median_time(fn: Callable[[], Any]) -> float:
    fn()  # warm-up
    times = []
    for _ in range(RUNS):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


ROWS: list[tuple[str, str, float, int, str]] = []


def measure(task: str, name: str, fn: Callable[[], Any]) -> float:
    if MEMORY_OF is not None:
        if MEMORY_OF == f"{task}\t{name}":
            print(peak_added(fn), flush=True)
            os._exit(0)
        return 0.0
    t = median_time(fn)
    mem = peak_in_own_process(task, name)
    ROWS.append((task, name, t, mem, ""))
    line = f"  {task:<44} {name:<52} {t * 1e3:9.2f} ms  +{mem / 2**20:7.1f} MiB"
    print(line, file=sys.stderr)
    return t


def lag_growth() -> None:
    task = "lag_growth, 10M float64, lag 12"
    x = rng.uniform(1, 100, 10_000_000)
    # A buffer already in memory, as one kept for reuse would be (a fresh
    # np.empty would count its first write as memory added).
    out = np.full_like(x, np.nan)
    ser = pl.Series(x)
    measure(task, "growthkit kernels.lag_growth (new array)", lambda: gk.kernels.lag_growth(x, 12))
    measure(
        task, "growthkit kernels.lag_growth (out=)", lambda: gk.kernels.lag_growth(x, 12, out=out)
    )
    measure(task, "numpy x[12:] / x[:-12] - 1", lambda: x[12:] / x[:-12] - 1)
    measure(task, "polars Series.pct_change(12)", lambda: ser.pct_change(12))
    measure(task, "numpy np.copyto (memory floor)", lambda: np.copyto(out, x))
    # Check every contender computed the same numbers (where bases are positive).
    ours = gk.kernels.lag_growth(x, 12)
    np.testing.assert_allclose(ours[12:], x[12:] / x[:-12] - 1, rtol=1e-15)


def panel(ids: int, months: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": np.repeat(np.arange(ids, dtype=np.int64), months),
            "ordinal": np.tile(np.arange(600, 600 + months, dtype=np.int64), ids),
            "value": rng.uniform(50, 150, ids * months),
        }
    )


def grouped_growth() -> None:
    task = "grouped_growth, 10k ids x 240 months, lag 12"
    df = panel(10_000, 240)
    shuffled = df.sample(frac=1.0, random_state=1).reset_index(drop=True)
    sid, sord, sval = (shuffled[c].to_numpy() for c in ("id", "ordinal", "value"))
    oid, oord, oval = (df[c].to_numpy() for c in ("id", "ordinal", "value"))
    text_ids = np.array([f"region-{i:05d}" for i in sid], dtype=object)
    pdf = pl.from_pandas(df)
    measure(
        task,
        "growthkit grouped_growth (shuffled rows)",
        lambda: gk.kernels.grouped_growth(sid, sord, sval, 12),
    )
    measure(
        task,
        "growthkit grouped_growth (sorted rows)",
        lambda: gk.kernels.grouped_growth(oid, oord, oval, 12),
    )
    measure(
        task,
        "growthkit grouped_growth (shuffled, text ids)",
        lambda: gk.kernels.grouped_growth(text_ids, sord, sval, 12),
    )
    measure(
        task,
        "pandas groupby(id).pct_change(12) (sorted rows)",
        lambda: df.groupby("id")["value"].pct_change(12),
    )
    measure(
        task,
        "polars pct_change(12).over(id) (sorted rows)",
        lambda: pdf.select(pl.col("value").pct_change(12).over("id")),
    )
    ours = gk.kernels.grouped_growth(sid, sord, sval, 12)
    back = pd.Series(ours, index=shuffled.set_index(["id", "ordinal"]).index)
    theirs = df.groupby("id")["value"].pct_change(12)
    theirs.index = df.set_index(["id", "ordinal"]).index
    np.testing.assert_allclose(
        back.reindex(theirs.index).to_numpy(), theirs.to_numpy(), equal_nan=True
    )


def parse_periods() -> None:
    quarters = [f"{1990 + i % 30}Q{1 + i % 4}" for i in range(1_000_000)]
    months = [f"{1990 + i % 30}-{1 + i % 12:02d}" for i in range(1_000_000)]
    task = "parse_periods, 1M quarters '2020Q3' from a list"
    measure(task, "growthkit kernels.parse_periods", lambda: gk.kernels.parse_periods(quarters))
    measure(
        task, "pandas PeriodIndex(strings, freq='Q')", lambda: pd.PeriodIndex(quarters, freq="Q")
    )
    task = "parse_periods, 1M months '2020-07' from a list"
    measure(task, "growthkit kernels.parse_periods", lambda: gk.kernels.parse_periods(months))
    measure(task, "pandas PeriodIndex(strings, freq='M')", lambda: pd.PeriodIndex(months, freq="M"))
    measure(
        task,
        "polars Series(list).str.to_date('%Y-%m')",
        lambda: pl.Series(months).str.to_date("%Y-%m", strict=True),
    )
    col = pl.Series(months)
    measure(
        task, "polars str.to_date on a ready column", lambda: col.str.to_date("%Y-%m", strict=True)
    )
    ords = gk.kernels.parse_periods(months)[1]
    assert (ords == pd.PeriodIndex(months, freq="M").asi8).all()


def decumulate() -> None:
    task = "decumulate_ytd, 10k ids x 120 months"
    df = panel(10_000, 120)
    df["year"] = df["ordinal"] // 12
    ids, ords, vals = (df[c].to_numpy() for c in ("id", "ordinal", "value"))
    measure(
        task,
        "growthkit kernels.decumulate_ytd",
        lambda: gk.kernels.decumulate_ytd(ids, ords, vals, "monthly"),
    )
    measure(
        task,
        "pandas groupby([id, year]).diff()",
        lambda: df.groupby(["id", "year"])["value"].diff(),
    )
    one = gk.Series([gk.Period.from_ordinal("monthly", int(o)) for o in ords[:120]], vals[:120])
    t = median_time(lambda: one.decumulate_ytd())
    ROWS.append(
        (
            task,
            "growthkit Series.decumulate_ytd, one id (x 10k)",
            t * 10_000,
            0,
            "one series timed, times 10,000",
        )
    )


def main() -> None:
    versions = f"numpy {np.__version__}, pandas {pd.__version__}, polars {pl.__version__}"
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{versions}, growthkit {gk.__version__}")
    for bench in (lag_growth, grouped_growth, parse_periods, decumulate):
        bench()
    if MEMORY_OF is not None:
        sys.exit(f"no contender {MEMORY_OF!r}")
    print()
    print("| task | contender | median | growthkit / contender | peak memory added |")
    print("|---|---|---:|---:|---:|")
    ours: dict[str, float] = {}
    for task, name, t, mem, note in ROWS:
        if name.startswith("growthkit") and task not in ours:
            ours[task] = t
        ratio = "" if name.startswith("growthkit") else f"{ours[task] / t:.3f}"
        memtext = f"{mem / 2**20:.1f} MiB" if mem else ""
        label = f"{name} ({note})" if note else name
        print(f"| {task} | {label} | {t * 1e3:.2f} ms | {ratio} | {memtext} |")


if __name__ == "__main__":
    main()
