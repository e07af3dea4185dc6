"""Objects survive pickle and deepcopy (for multiprocessing, Dask, Spark)."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

import growthkit as gk

IND = gk.Indicator("m2", "M2", "亿元", "stock", region="China", source="PBoC")
OBJECTS: list[Any] = [
    gk.Period.parse("2020-Q3"),
    gk.Period.parse("2020-10-01/P8D"),
    gk.Series(["2020-01", "2020-02"], [1.5, None], IND),
    gk.Unit.parse("billion yuan"),
    gk.Quantity(122.7, "billion yuan"),
    IND,
    gk.Reported.parse("122.70"),
    gk.Interval(1.0, 2.5),
]


@pytest.mark.parametrize("obj", OBJECTS, ids=[type(o).__name__ for o in OBJECTS])
def test_round_trips(obj: Any) -> None:
    assert pickle.loads(pickle.dumps(obj)) == obj
    assert copy.deepcopy(obj) == obj
    assert copy.copy(obj) == obj


def test_target_round_trips() -> None:
    t = gk.Target(100, "2022", baseline=("2019", 20))
    back = pickle.loads(pickle.dumps(t))
    assert (back.value, back.deadline, back.baseline) == (t.value, t.deadline, t.baseline)


def test_errors_round_trip() -> None:
    try:
        gk.Period.parse("2020-13")
    except gk.GrowthkitError as e:
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e) and back.code == e.code and str(back) == str(e)
