"""growthkit.dask on a LocalCluster of two worker processes: the same
grouped results as on one machine, on unsorted rows with gaps, with integer
and text keys."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import growthkit as gk

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def frame(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for key in range(40):
        for m in pd.period_range("2018-01", "2021-12", freq="M"):
            if rng.random() < 0.1:
                continue  # a gap
            rows.append((key, f"region-{key}", str(m), float(rng.uniform(10, 20))))
    df = pd.DataFrame(rows, columns=["id", "name", "month", "value"])
    return df.sample(frac=1.0, random_state=seed).reset_index(drop=True)


@pytest.mark.parametrize("by", ["id", ["id", "name"], "name"])
def test_dask_equals_one_machine(client, by) -> None:  # type: ignore[no-untyped-def]
    df = frame(5)
    ddf = dd.from_pandas(df, npartitions=6)
    for name in ["yoy", "pct_change", "decumulate_ytd"]:
        want = getattr(df.gk, name)("value", period="month", by=by)
        got = getattr(gk.dask, name)(ddf, "value", period="month", by=by).compute().sort_index()
        assert list(got.index) == list(want.index)
        np.testing.assert_array_equal(got.to_numpy(), want.to_numpy())  # exactly equal


def test_x11_equals_one_machine(client) -> None:  # type: ignore[no-untyped-def]
    import x13ref

    rows = []
    for key in range(12):
        values = x13ref.composed(key, 96, 12, outliers=key % 3)
        months = pd.period_range("2015-01", periods=96, freq="M")
        rows += [(f"r{key}", str(m), v) for m, v in zip(months, values)]
    df = pd.DataFrame(rows, columns=["region", "month", "sales"]).sample(frac=1.0, random_state=3)
    ddf = dd.from_pandas(df, npartitions=4)
    got = gk.dask.x11(ddf, "sales", period="month", by="region").compute().sort_index()
    adjusted = gk.dask.seasonal_adjust(
        ddf, "sales", period="month", by="region", regressors=["td"], outliers=["ao", "ls"]
    )
    adjusted = adjusted.compute().sort_index()
    for _key, g in df.groupby("region"):
        s = gk.Series(list(g["month"]), g["sales"].tolist())
        one = s.x11().adjusted
        model = s.seasonal_adjust(regressors=["td"], outliers=["ao", "ls"]).adjusted
        for i, m in zip(g.index, g["month"]):
            assert got[i] == one[m]
            assert adjusted[i] == model[m]
    # Two years are too few for X-11: the group's error, named, not a silent NaN.
    short = df[(df["region"] == "r0") & (df["month"] < "2017-01")].assign(region="short")
    ddf = dd.from_pandas(pd.concat([df, short], ignore_index=True), npartitions=2)
    with pytest.raises(gk.GrowthkitError) as e:
        gk.dask.x11(ddf, "sales", period="month", by="region").compute()
    assert "group short" in str(e.value) and e.value.code == "invalid_argument"
