"""The Spark recipe (README, "Tables"): growthkit's pandas accessor inside
``groupBy(...).applyInPandas``, on a local Spark session. Run by
``make test-spark``, not by ``make test`` (pyspark is large). The expected
figures come from pandas merging each row with the row a year earlier."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import growthkit  # noqa: F401  (registers df.gk)

pyspark_sql = pytest.importorskip("pyspark.sql")


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    # Spark's Python workers run this interpreter (with growthkit installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("growthkit-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def panel() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    rows = []
    for key in range(5):
        for m in pd.period_range("2018-01", "2021-12", freq="M"):
            if rng.random() < 0.1:
                continue  # a gap
            rows.append((f"region-{key}", str(m), float(rng.uniform(10, 20))))
    frame = pd.DataFrame(rows, columns=["region", "month", "value"])
    return frame.sample(frac=1.0, random_state=2).reset_index(drop=True)


def readme_recipe() -> str:
    """The README's Spark block (fenced as ``python spark``)."""
    readme = Path(__file__).resolve().parents[2] / "README.md"
    blocks = re.findall(r"```python spark\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "the README should show one Spark recipe"
    return blocks[0]


def test_readme_recipe_equals_pandas_merge(spark) -> None:  # type: ignore[no-untyped-def]
    frame = panel()
    sdf = spark.createDataFrame(frame)
    scope = {"sdf": sdf}
    exec(compile(readme_recipe(), "README.md", "exec"), scope)
    out = scope["out"].toPandas().sort_values(["region", "month"]).reset_index(drop=True)
    # pandas: the same month a year earlier, found by merging on the period.
    base = frame.assign(month=(pd.PeriodIndex(frame["month"], freq="M") + 12).astype(str))
    merged = frame.merge(base, on=["region", "month"], how="left", suffixes=("", "_before"))
    merged["want"] = merged["value"] / merged["value_before"] - 1
    want = merged.sort_values(["region", "month"]).reset_index(drop=True)
    assert len(out) == len(frame)
    np.testing.assert_allclose(out["value"], want["value"], rtol=0)
    np.testing.assert_allclose(out["yoy"], want["want"], rtol=1e-12, equal_nan=True)
    assert out["yoy"].notna().sum() > 100  # rows with a year before (3 of 4 years, less gaps)
