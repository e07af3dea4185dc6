"""The table transforms (pandas accessor, polars namespace, grouped kernels)
against pandas computing the same thing its own way: rows shuffled, gaps,
integer and text keys; the year before found by merging on the period a year
earlier (calendar matching), never by row offset."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pandas as pd
import polars as pl
import pytest
from conftest import ROOT

import growthkit as gk


def panel(seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for region in ["north", "south", "east"]:
        for q in pd.period_range("2017Q1", "2021Q4", freq="Q"):
            if rng.random() < 0.15:
                continue  # a gap
            rows.append((region, q, float(rng.uniform(50, 150))))
    frame = pd.DataFrame(rows, columns=["region", "quarter", "value"])
    return frame.sample(frac=1.0, random_state=3).reset_index(drop=True)


def expected_yoy(frame: pd.DataFrame, by: str) -> np.ndarray:
    before = frame.assign(quarter=frame["quarter"] + 4)[[by, "quarter", "value"]]
    merged = frame.merge(before, on=[by, "quarter"], how="left", suffixes=("", "_before"))
    return (merged["value"] / merged["value_before"] - 1).to_numpy()


def run_js_yoy(frame: pd.DataFrame, ords: np.ndarray) -> dict[str, np.ndarray]:
    """Year-on-year growth from the npm package in node (built by `make wasm-build`)."""
    payload = {
        "region": frame["region"].tolist(),
        "quarter": frame["quarter"].tolist(),
        "ordinal": ords.tolist(),
        "value": frame["value"].tolist(),
    }
    done = subprocess.run(
        ["node", str(ROOT / "python" / "tests" / "js_yoy.mjs")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    return {k: np.array([np.nan if x is None else x for x in v]) for k, v in out.items()}


def test_yoy_agrees_across_pandas_polars_and_kernels() -> None:
    """One panel through every door: pandas (Period and text columns), the
    kernel on numpy and Arrow columns, polars, Dask and JS; all equal to
    pandas' own merge on the period a year earlier."""
    frame = panel()
    want = expected_yoy(frame, "region")
    # pandas accessor on a Period column and on period texts.
    got = frame.gk.yoy("value", period="quarter", by="region")
    assert list(got.index) == list(frame.index)
    np.testing.assert_allclose(got.to_numpy(), want, rtol=1e-12, equal_nan=True)
    texts = frame.assign(quarter=frame["quarter"].astype(str))
    np.testing.assert_allclose(
        texts.gk.yoy("value", period="quarter", by="region").to_numpy(),
        want,
        rtol=1e-12,
        equal_nan=True,
    )
    # Integer keys and the kernel directly.
    codes = pd.factorize(frame["region"])[0].astype(np.int64)
    ords = frame["quarter"].array.asi8
    kernel = gk.kernels.grouped_yoy(codes, ords, frame["value"].to_numpy(), "quarterly")
    np.testing.assert_allclose(kernel, want, rtol=1e-12, equal_nan=True)
    # polars: the expression namespace over groups.
    pframe = pl.from_pandas(texts)
    out = pframe.with_columns(g=pl.col("value").gk.yoy(period="quarter").over("region"))["g"]
    np.testing.assert_allclose(out.to_numpy(), want, rtol=1e-12, equal_nan=True)
    out = pframe.with_columns(g=pl.col("value").gk.yoy(period="quarter", by="region"))["g"]
    np.testing.assert_allclose(out.to_numpy(), want, rtol=1e-12, equal_nan=True)
    # Arrow columns (pyarrow, chunked, polars) into the kernel.
    import pyarrow as pa

    half = len(frame) // 2
    values = frame["value"].to_numpy()
    for column in (pa.chunked_array([values[:half], values[half:]]), pl.Series(values)):
        got = gk.kernels.grouped_yoy(codes, ords, column, "quarterly")
        np.testing.assert_allclose(got, want, rtol=1e-12, equal_nan=True)
    # A Dataset from an Arrow table (pyarrow, then polars), back as Arrow.
    for table in (pa.Table.from_pandas(texts), pframe):
        ds = gk.Dataset.from_arrow(table, period="quarter", keys=["region"])
        back = pl.DataFrame(ds.yoy().to_arrow())  # periods as canonical texts: 2019-Q1
        canon = pframe.with_columns(
            period=pl.col("quarter").map_elements(lambda q: str(gk.Period.parse(q)), pl.Utf8)
        )
        got = canon.join(back, on=["region", "period"], how="left", maintain_order="left")
        assert got.height == len(frame) and got["value_right"].null_count() < len(frame)
        np.testing.assert_allclose(
            got["value_right"].fill_null(np.nan).to_numpy(), want, rtol=1e-12, equal_nan=True
        )
    # Dask: shuffled on the key, the kernel once per partition.
    import dask.dataframe as dd

    ddf = dd.from_pandas(texts, npartitions=3)
    got = gk.dask.yoy(ddf, "value", period="quarter", by="region")
    got = got.compute(scheduler="sync").sort_index()
    np.testing.assert_allclose(got.to_numpy(), want, rtol=1e-12, equal_nan=True)
    # JS (the npm package in node): the kernel on text ids and typed arrays,
    # and a Dataset built from row objects.
    js = run_js_yoy(texts, ords)
    np.testing.assert_allclose(js["kernel"], want, rtol=1e-12, equal_nan=True)
    np.testing.assert_allclose(js["rows"], want, rtol=1e-12, equal_nan=True)
    # Quarter-on-quarter growth: pandas merging on the quarter before.
    before = frame.assign(quarter=frame["quarter"] + 1)[["region", "quarter", "value"]]
    merged = frame.merge(before, on=["region", "quarter"], how="left", suffixes=("", "_b"))
    np.testing.assert_allclose(
        frame.gk.pct_change("value", period="quarter", by="region").to_numpy(),
        (merged["value"] / merged["value_b"] - 1).to_numpy(),
        rtol=1e-12,
        equal_nan=True,
    )
    np.testing.assert_allclose(
        frame.gk.diff("value", period="quarter", by="region").to_numpy(),
        (merged["value"] - merged["value_b"]).to_numpy(),
        rtol=1e-12,
        equal_nan=True,
    )
    # Annualised: the quarter-on-quarter ratio compounded over four quarters.
    np.testing.assert_allclose(
        frame.gk.annualized("value", period="quarter", by="region").to_numpy(),
        ((merged["value"] / merged["value_b"]) ** 4 - 1).to_numpy(),
        rtol=1e-12,
        equal_nan=True,
    )


def test_daily_yoy_is_the_same_date_a_year_before() -> None:
    days = pd.date_range("2019-01-01", "2021-12-31", freq="D")
    frame = pd.DataFrame({"day": days, "value": np.arange(1.0, len(days) + 1)})
    got = frame.gk.yoy("value", period="day", freq="daily")
    # pandas: the same month and day a year before (29 February 2020 has 28 February 2019).
    ago = frame["day"].map(
        lambda d: d.replace(year=d.year - 1, day=min(d.day, 28 if d.month == 2 else d.day))
    )
    lookup = dict(zip(frame["day"], frame["value"]))
    want = np.array(
        [v / lookup[a] - 1 if a in lookup else np.nan for v, a in zip(frame["value"], ago)]
    )
    np.testing.assert_allclose(got.to_numpy(), want, rtol=1e-12, equal_nan=True)


def test_mixed_period_kinds_are_refused() -> None:
    frame = pd.DataFrame({"p": ["2020-Q1", "2020-05"], "v": [1.0, 2.0]})
    try:
        frame.gk.yoy("v", period="p")
    except gk.GrowthkitError as e:
        assert e.code == "frequency_mismatch"
    else:
        raise AssertionError("mixed kinds must be refused")


def test_arrow_columns_in_and_out() -> None:
    """The kernels read Arrow columns (polars, pyarrow single and chunked, a
    pandas Arrow-dtype column), nulls as missing values, and hand back Arrow."""
    import pyarrow as pa

    frame = panel()
    codes = pd.factorize(frame["region"])[0].astype(np.int64)
    ords = frame["quarter"].array.asi8
    values = frame["value"].to_numpy()
    want = gk.kernels.grouped_yoy(codes, ords, values, "quarterly")
    half = len(values) // 2
    for column in [
        pl.Series(values),
        pa.array(values),
        pa.chunked_array([values[:half], values[half:]]),
        pd.Series(values, dtype="float64[pyarrow]"),
    ]:
        got = gk.kernels.grouped_yoy(codes, ords, column, "quarterly")
        np.testing.assert_array_equal(got, want)
    # A null is a missing value: its own rate and the rate a year later are missing.
    with_null = pa.array([100.0, None, 121.0])
    got = gk.kernels.lag_growth(with_null, 1)
    assert np.isnan(got[1]) and np.isnan(got[2])
    # Integers are cast; the result goes back as Arrow, missing values as nulls.
    out = gk.kernels.lag_growth(pa.array([100, 110], type=pa.int32()), 1, arrow=True)
    back = pa.array(out)
    assert back.type == pa.float64() and back.null_count == 1
    assert abs(back[1].as_py() - 0.1) < 1e-12
    assert pl.Series(out).null_count() == 1
    # Not numbers: a typed error, not a crash.
    try:
        gk.kernels.lag_growth(pa.array(["a", "b"]), 1)
    except gk.GrowthkitError as e:
        assert e.code == "invalid_argument"
    else:
        raise AssertionError("text is no column of numbers")


def test_dataset_through_arrow_tables() -> None:
    """A Dataset from and to Arrow tables: keys, periods, nulls as missing
    values and flags kept, chunks joined, the columns named or found."""
    import pyarrow as pa

    table = pa.Table.from_batches(
        [
            pa.record_batch(
                {
                    "geo": ["DE", "DE"],
                    "period": ["2020", "2019"],
                    "value": [110.0, 100.0],
                    "flag": [None, "p"],
                }
            ),
            pa.record_batch(
                {
                    "geo": ["FR", "FR"],
                    "period": ["2019", "2020"],
                    "value": [None, 5.0],
                    "flag": [None, "e"],
                }
            ),
        ]
    )
    ds = gk.Dataset.from_arrow(table)
    assert ds.dimensions == ["geo"] and len(ds) == 2  # flag is not a key
    de = ds.series({"geo": "DE"})
    assert list(de.values) == [100.0, 110.0]  # sorted by period
    assert ds.flags({"geo": "DE"}) == ["p", None]
    fr = ds.series({"geo": "FR"}).values
    assert np.isnan(fr[0]) and fr[1] == 5.0  # a null is a missing value
    out = pa.table(ds.to_arrow())
    assert out.column_names == ["geo", "period", "value", "flag"]
    assert out["value"].to_pylist() == [100.0, 110.0, None, 5.0]
    assert out["flag"].to_pylist() == ["p", None, None, "e"]
    assert gk.Dataset.from_arrow(out) == ds
    assert gk.Dataset.from_arrow(pl.DataFrame(ds.to_arrow())) == ds
    assert gk.Dataset.from_pandas(ds.to_pandas()) == ds  # flags read from pandas too
    # Integer keys read as their texts; a date column as days.
    ints = pa.table(
        {
            "id": [7, 7],
            "t": pa.array(
                [pd.Timestamp("2024-02-29").date()] * 1 + [pd.Timestamp("2023-02-28").date()]
            ),
            "v": [2.0, 1.0],
        }
    )
    d2 = gk.Dataset.from_arrow(ints, period="t", value="v")
    s = d2.series({"id": "7"})
    assert [str(p) for p in s.periods] == ["2023-02-28", "2024-02-29"]
    # Errors name what is wrong.
    with pytest.raises(gk.GrowthkitError) as err:
        gk.Dataset.from_arrow(table, period="time")
    assert err.value.code == "invalid_argument" and "time" in str(err.value)
    with pytest.raises(gk.GrowthkitError) as err:
        gk.Dataset.from_arrow({"period": ["2020"]})
    assert err.value.code == "invalid_argument"
    bad = table.set_column(1, "period", pa.array(["2020", "2019", "20x9", "2020"]))
    with pytest.raises(gk.GrowthkitError) as err:
        gk.Dataset.from_arrow(bad)
    assert "row 3" in str(err.value)
    text_values = table.set_column(2, "value", pa.array(["1", "2", "3", "4"]))
    with pytest.raises(gk.GrowthkitError):
        gk.Dataset.from_arrow(text_values)
