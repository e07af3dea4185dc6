"""Reading a 1,000,000-row SDMX-CSV file (4,000 monthly series x 250 months,
about 50 MB) into growthkit's Dataset, against pandas.read_csv (no period
parsing) and pysdmx's reader. Each measurement runs in its own process, so
that its peak memory (ru_maxrss) is its own. Prints a Markdown table.

Run by `make bench` (which installs pysdmx into the benchmark environment).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

SERIES, MONTHS = 4_000, 250

# Every case imports the same modules before its clock starts, so that
# both the times and the peak memory compare like with like.
IMPORTS = "import growthkit as gk, pandas as pd\nfrom pysdmx.io import read_sdmx\n"
CASES = {
    "(the imports only)": "",
    "growthkit.read_sdmx_csv": ("ds = gk.read_sdmx_csv(PATH)\nassert ds.n_observations == ROWS\n"),
    "pandas.read_csv (no period parsing)": ("df = pd.read_csv(PATH)\nassert len(df) == ROWS\n"),
    "pysdmx.io.read_sdmx": (
        "m = read_sdmx(PATH, validate=False)\nassert len(m.data[0].data) == ROWS\n"
    ),
}


def make_file(path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n")
        for s in range(SERIES):
            area, ind = f"A{s % 100:03d}", f"I{s // 100:03d}"
            for m in range(MONTHS):
                year, month = 2000 + m // 12, m % 12 + 1
                flag = "P" if m == MONTHS - 1 else "A"
                f.write(
                    f"X:DF(1.0),M,{area},{ind},{year}-{month:02d},"
                    f"{100 + s * 0.01 + m * 0.1:.3f},{flag}\n"
                )


def run(case: str, path: str) -> dict[str, float]:
    code = (
        "import resource, time, json\n" + IMPORTS + f"PATH, ROWS = {path!r}, {SERIES * MONTHS}\n"
        "t = time.perf_counter()\n" + CASES[case] + "t = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "print(json.dumps({'seconds': t, 'peak_bytes': rss}))\n"
    )
    best: dict[str, float] | None = None
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
        got = json.loads(out.strip().splitlines()[-1])
        if best is None or got["seconds"] < best["seconds"]:
            best = got
    assert best is not None
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.csv")
        t = time.perf_counter()
        make_file(path)
        size = os.path.getsize(path)
        print(f"# Readers: {SERIES:,} monthly series x {MONTHS} months = {SERIES * MONTHS:,} rows")
        print(
            f"\nFile: {size / 1e6:.1f} MB SDMX-CSV 1.0 (made in {time.perf_counter() - t:.1f} s)."
        )
        print("Best of 3, each in its own process; peak memory is the process's ru_maxrss.\n")
        # The dataset's own size in memory: per observation a Period (12
        # bytes), a value (8) and a flag (an Option<Arc<str>>, 16), as
        # std::mem::size_of gives them.
        own = SERIES * MONTHS * (12 + 8 + 16)
        results = {case: run(case, path) for case in CASES}
        base = results["pandas.read_csv (no period parsing)"]["seconds"]
        floor = results["(the imports only)"]["peak_bytes"]
        gk = results["growthkit.read_sdmx_csv"]["seconds"]
        print("| reader | seconds | ratio to pandas | peak memory (MB) | above the imports (MB) |")
        print("|---|---:|---:|---:|---:|")
        for case, r in results.items():
            if case == "(the imports only)":
                print(f"| {case} | | | {r['peak_bytes'] / 1e6:.0f} | 0 |")
                continue
            print(
                f"| {case} | {r['seconds']:.3f} | {r['seconds'] / base:.2f} | "
                f"{r['peak_bytes'] / 1e6:.0f} | {(r['peak_bytes'] - floor) / 1e6:.0f} |"
            )
        pysdmx = results["pysdmx.io.read_sdmx"]["seconds"]
        print(
            f"\ngrowthkit is {pysdmx / gk:.1f} times as fast as pysdmx (goal: at least 5); "
            f"{gk / base:.2f} times pandas' time (goal: at most 1). "
            f"The dataset's own size is about {own / 1e6:.0f} MB (periods, values, flags); "
            f"growthkit's peak above the imports is "
            f"{(results['growthkit.read_sdmx_csv']['peak_bytes'] - floor) / own:.1f} times that "
            "(goal: at most 2)."
        )


if __name__ == "__main__":
    main()
