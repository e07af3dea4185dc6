"""The Python API beyond the shared vectors: Python manners and types."""

from __future__ import annotations

import datetime
import math

import numpy as np
import pytest

import growthkit as gk


def test_period_year_is_constructor_on_class_and_number_on_instance() -> None:
    p = gk.Period.year(2020)
    assert str(p) == "2020"
    assert p.year == 2020
    assert gk.Period.parse("2020-W53").year == 2020  # the ISO week-year
    assert gk.Period.parse("2021-01-01").to_frequency("weekly").year == 2020


def test_period_dates_cross_as_datetime_date() -> None:
    p = gk.Period.span(datetime.date(2020, 10, 1), "2020-10-08")
    assert p.start == datetime.date(2020, 10, 1)
    assert p.end == datetime.date(2020, 10, 8)
    assert p.days == 8
    assert gk.Period.day(datetime.date(2020, 2, 29)).year_ago() == gk.Period.parse("2019-02-28")


def test_period_value_semantics() -> None:
    a, b = gk.Period.parse("2020Q3"), gk.Period.quarter(2020, 3)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert gk.Period.parse("2020-Q2") < a < gk.Period.parse("2020-Q4")
    assert sorted([gk.Period.month(2020, 3), gk.Period.month(2020, 1)])[0] == gk.Period.month(
        2020, 1
    )
    assert repr(a) == "Period('2020-Q3')"
    assert a != "2020-Q3"


def test_period_methods_accept_text() -> None:
    q = gk.Period.parse("2020-Q3")
    assert q.contains("2020-08")
    assert q.overlaps("2020-09-30/P3D")
    assert [str(p) for p in gk.Period.range("2020-Q3", "2021-Q1")] == [
        "2020-Q3",
        "2020-Q4",
        "2021-Q1",
    ]
    assert q.label() == "Q3 2020" and q.label("zh") == "2020年第三季度"
    assert "<code>2020-Q3</code>" in q._repr_html_()


def test_frequency_helpers() -> None:
    assert gk.Frequency.parse("Q") == "quarterly"
    assert gk.Frequency.ALL[0] == "annual" and gk.Frequency.ALL[-1] == "span"
    assert gk.Frequency.sdmx_code("monthly") == "M"
    assert gk.Frequency.periods_per_year("daily") == 260


def test_series_container_protocol() -> None:
    s = gk.Series(["2020-02", "2020-01", "2020-03"], [2.0, 1.0, None])
    assert len(s) == 3
    assert [str(p) for p, _ in s] == ["2020-01", "2020-02", "2020-03"]
    assert s["2020-02"] == 2.0 and s[gk.Period.month(2020, 1)] == 1.0
    assert math.isnan(s["2020-03"])
    assert s.get("2020-03") is None and s.get("2020-04") is None
    assert "2020-01" in s and "2020-04" not in s
    with pytest.raises(KeyError):
        s["2020-04"]
    assert s.frequency == "monthly"


def test_series_values_are_float64_arrays() -> None:
    s = gk.Series(["2020", "2021"], np.array([1.0, 2.0]))
    v = s.values
    assert isinstance(v, np.ndarray) and v.dtype == np.float64
    v[0] = 99.0  # a copy: the series is immutable
    assert s["2020"] == 1.0


def test_series_arithmetic_is_aligned() -> None:
    a = gk.Series(["2020-01", "2020-02"], [1.0, 2.0])
    b = gk.Series(["2020-02", "2020-03"], [10.0, 20.0])
    assert [str(p) for p in (a + b).periods] == ["2020-02"]
    assert (a * b).values.tolist() == [20.0]
    assert (b / a).values.tolist() == [5.0]
    assert (b - a).values.tolist() == [8.0]
    with pytest.raises(TypeError):
        a + 1


def test_series_transforms_keep_python_defaults() -> None:
    s = gk.Series([f"2020-{m:02d}" for m in range(1, 5)], [100.0, 102.0, 104.04, 106.1208])
    g = s.pct_change()
    assert math.isnan(g.values[0]) and g.values[1] == pytest.approx(0.02)
    assert s.diff().values[2] == pytest.approx(2.04)
    assert s.rolling(2, "sum").values[1] == pytest.approx(202.0)
    assert s.aggregate("quarterly", "sum", 1).values.tolist() == pytest.approx([306.04, 106.1208])


def test_indicator_and_units() -> None:
    ind = gk.Indicator("online", "Online retail sales", "billion yuan", "flow", region="Shanghai")
    assert ind.unit == gk.Unit.parse("billion yuan") and ind.unit.scale == 9
    assert ind.measure == "flow" and ind.region == "Shanghai" and ind.source is None
    s = gk.Series(["2020-S1"], [122.7], ind)
    assert s.indicator == ind
    q = gk.Quantity(122.7, "billion yuan")
    assert q.to_scale(8).value == 1227.0 and str(q.to_scale(8)) == "1227 亿元"
    assert gk.Unit("yuan", 8).label("zh") == "亿元"


def test_published_figures() -> None:
    base = gk.implied_previous_range("122.7", gk.Reported(5.0, 1))
    assert f"{base:.2f}" == "[116.75, 116.96]"
    assert 116.8 in base
    r = gk.Reported.parse("1,227")
    assert str(r) == "1227" and r.decimals == 0
    i = gk.Interval(1.0, 2.0) * 3 + 1
    assert (i.lo, i.hi) == pytest.approx((4.0, 7.0))
    check = gk.check_sum(["65.99", "35.86"], "102.0")
    assert not check.consistent and check.gap == pytest.approx(0.09)
    t = gk.Target(100, "2022", baseline=("2019", 20))
    assert t.progress(40) == 0.25 and t.baseline is not None
    c = gk.compare_periods("2020-10-01/P8D", 80, "2019-10-01/P7D", 70)
    assert c.unequal_length and c.per_day_growth == pytest.approx(0.0)


def test_scalar_functions() -> None:
    assert gk.pct_change(110, 100) == pytest.approx(0.1)
    assert gk.project(100, 0.1, 2) == pytest.approx(121)
    assert gk.project(100, 0.1) == pytest.approx(110)
    assert gk.required_growth(100, 121, 2) == pytest.approx(0.1)


def test_version_and_codes() -> None:
    assert gk.__version__.count(".") == 2
    families = gk._growthkit.ERROR_FAMILIES
    assert len(gk.ERROR_CODES) == len(set(gk.ERROR_CODES)) == len(families) == 16


def test_dates_are_accepted_where_periods_are() -> None:
    import datetime

    import numpy as np
    import pandas as pd

    day = gk.Period.parse("2020-10-01")
    assert gk.Period.day(datetime.date(2020, 10, 1)) == day
    assert gk.Period.day(datetime.datetime(2020, 10, 1, 23, 30)) == day  # the day that holds it
    assert gk.Period.day(pd.Timestamp("2020-10-01 08:00")) == day
    assert gk.Period.day(np.datetime64("2020-10-01")) == day
    assert gk.Period.day(np.datetime64("2020-10-01T13:45")) == day
    assert gk.Period.containing("quarterly", datetime.date(2020, 10, 1)) == gk.Period.parse(
        "2020-Q4"
    )
    # pandas Periods of the kinds growthkit has become those periods.
    for text, freq in [("2020Q3", "Q"), ("2020-07", "M"), ("2020", "Y"), ("2020-10-05", "D")]:
        assert gk.Period.parse("2020").contains(pd.Period(text, freq=freq))
    assert str(gk.Series([pd.Period("2020-07", freq="M")], [1.0]).periods[0]) == "2020-07"
    week = pd.Period("2020-10-05", freq="W-SUN")  # Monday 5 to Sunday 11 October
    s = gk.Series([week], [1.0])
    assert s.periods[0].start == week.start_time.date()
    assert s.periods[0].end == week.end_time.date()
    # Fiscal quarters (Q-MAR), weeks ending Saturday and business days too.
    for pp in [
        pd.Period("2020Q1", freq="Q-MAR"),
        pd.Period("2020-10-07", freq="W-SAT"),
        pd.Period("2020", freq="Y-JUN"),
    ]:
        got = gk.Series([pp], [1.0]).periods[0]
        assert (got.start, got.end) == (pp.start_time.date(), pp.end_time.date())
    with pytest.raises(gk.PeriodError) as info:  # hours are no period growthkit has
        gk.Series([pd.Period("2020-01-01 10:00", freq="h")], [1.0])
    assert info.value.code == "invalid_frequency"
    # A PeriodIndex, and dates with an explicit frequency.
    idx = pd.period_range("2020-01", periods=3, freq="M")
    assert [str(p) for p in gk.Series(idx, [1.0, 2.0, 3.0]).periods] == [str(p) for p in idx]
    dates = [datetime.date(2020, 1, 15), datetime.date(2020, 4, 2)]
    q = gk.Series(dates, [1.0, 2.0], freq="quarterly")
    assert [str(p) for p in q.periods] == ["2020-Q1", "2020-Q2"]
    with pytest.raises(gk.SeriesError):  # two dates in one month: nothing is merged silently
        gk.Series(
            [datetime.date(2020, 1, 1), datetime.date(2020, 1, 2)], [1.0, 2.0], freq="monthly"
        )
    assert gk.Period.parse("2020-10-01 00:00:00") == day
    assert gk.Period.parse("2020-10-01T00:00:00") == day


def test_interval_with_an_overflowed_bound_pickles() -> None:
    import pickle

    huge = gk.Interval(1.0, 1.7976931348623157e308) * gk.Interval(2.0, 2.0)
    assert huge.hi == float("inf")
    assert pickle.loads(pickle.dumps(huge)) == huge
    assert gk.Interval.from_json(huge.to_json()) == huge


def test_parse_options_errors_are_typed() -> None:
    with pytest.raises(gk.ArgumentError):
        gk.Period.parse("FY2021", fiscal_start="--13-01")
    with pytest.raises(gk.ArgumentError):
        gk.Period.parse("2019A", codes="imf")
    with pytest.raises(gk.PeriodError) as info:
        gk.Period.parse("FY2021")
    assert "fiscal_start" in str(info.value)
    fy = gk.Period.fiscal_year(2021, "--10-01", "end")
    assert (fy.frequency, fy.reporting_year_start, fy.to_sdmx()) == (
        "fiscal_annual(--10-01,end)",
        "--10-01",
        "2020-A1",
    )
