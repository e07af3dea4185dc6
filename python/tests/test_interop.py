"""pandas and polars round trips, and notebook manners."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import polars as pl
import pytest

import growthkit as gk


@pytest.mark.parametrize(
    ("periods", "freq"),
    [
        (["2019", "2020", "2022"], "Y-DEC"),
        (["2020-Q3", "2020-Q4", "2021-Q2"], "Q-DEC"),
        (["2020-11", "2020-12", "2021-02"], "M"),
        (["2020-W52", "2020-W53", "2021-W01"], "W-SUN"),
        (["2020-02-28", "2020-02-29", "2020-03-01"], "D"),
    ],
)
def test_period_index_round_trip(periods: list[str], freq: str) -> None:
    s = gk.Series(periods, [1.0, None, 3.0])
    p = s.to_pandas()
    assert isinstance(p.index, pd.PeriodIndex)
    # pandas computes each period from its own calendar: compare its dates with ours.
    for period, stamp in zip(s.periods, p.index):
        assert stamp.start_time.date() == period.start
        assert stamp.end_time.date() == period.end
    assert p.index.freqstr.startswith(freq[0])
    assert math.isnan(p.iloc[1])
    assert gk.Series.from_pandas(p) == s


def test_string_index_for_halves_and_spans() -> None:
    s = gk.Series(["2020-S1", "2020-S2"], [1.0, 2.0])
    p = s.to_pandas()
    assert list(p.index) == ["2020-S1", "2020-S2"] and p.index.name == "period"
    assert gk.Series.from_pandas(p) == s
    mixed = gk.Series(["2021-01-01/2021-02-28", "2021-03"], [20.0, 12.0])
    assert gk.Series.from_pandas(mixed.to_pandas()) == mixed


def test_indicator_travels_in_attrs() -> None:
    ind = gk.Indicator("online", "Online retail sales", "billion yuan", "flow")
    p = gk.Series(["2020-S1"], [122.7], ind).to_pandas()
    assert p.name == "Online retail sales"
    assert gk.Series.from_pandas(p).indicator == ind


def test_datetime_index_needs_a_frequency() -> None:
    idx = pd.date_range("2020-01-01", periods=3, freq="MS")
    s = gk.Series.from_pandas(pd.Series([1.0, 2.0, 3.0], index=idx))
    assert [str(p) for p in s.periods] == ["2020-01", "2020-02", "2020-03"]
    no_freq = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2020-01-01", "2020-03-01"]))
    with pytest.raises(gk.ArgumentError):
        gk.Series.from_pandas(no_freq)


def test_pandas_computes_the_same_calendar_matched_growth() -> None:
    # An independent check: pandas, reindexed to the full calendar, then pct_change(12).
    periods = pd.period_range("2018-01", "2020-12", freq="M")
    rng = np.random.default_rng(7)
    values = pd.Series(rng.uniform(50, 150, len(periods)), index=periods)
    values = values.drop(values.index[[5, 17, 30]])
    ours = gk.Series.from_pandas(values).yoy().to_pandas()
    theirs = values.reindex(periods).pct_change(12, fill_method=None).reindex(values.index)
    np.testing.assert_allclose(ours.to_numpy(), theirs.to_numpy(), rtol=1e-12, equal_nan=True)


def test_polars_round_trip() -> None:
    s = gk.Series(["2020-Q1", "2020-Q2"], [1.0, None])
    df = s.to_polars()
    assert df.columns == ["period", "start", "end", "value"]
    assert df.schema["value"] == pl.Float64
    assert gk.Series.from_polars(df) == s


def test_repr_html_and_plot() -> None:
    ind = gk.Indicator("online", "Online retail sales", "billion yuan", "flow")
    s = gk.Series(
        [f"2020-{m:02d}" for m in range(1, 31 % 13 + 1)], list(range(1, 31 % 13 + 1)), ind
    )
    html = s._repr_html_()
    assert "Online retail sales" in html and "billion yuan" in html and "2020年1月" in html
    import matplotlib

    matplotlib.use("Agg")
    ax = s.plot()
    assert ax.get_title() == "Online retail sales"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pct_change_diff_rolling_match_pandas_on_the_full_calendar(seed: int) -> None:
    # Random quarterly series with gaps; pandas reindexed to the full calendar
    # computes calendar-matched figures, an implementation independent of ours.
    rng = np.random.default_rng(seed)
    full = pd.period_range("2001Q1", "2020Q4", freq="Q")
    values = pd.Series(rng.uniform(-20, 150, len(full)), index=full)
    values = values.drop(values.index[rng.choice(len(full), 15, replace=False)])
    s = gk.Series.from_pandas(values)
    cal = values.reindex(full)

    def ours(series: gk.Series) -> np.ndarray:
        return series.to_pandas().reindex(values.index).to_numpy()

    def theirs(frame: pd.Series) -> np.ndarray:
        return frame.reindex(values.index).to_numpy()

    base = cal.shift(1)
    expected_pct = (cal / base - 1).where(base > 0)  # growthkit's positive-base policy
    np.testing.assert_allclose(
        ours(s.pct_change()), theirs(expected_pct), rtol=1e-12, equal_nan=True
    )
    np.testing.assert_allclose(ours(s.diff(4)), theirs(cal.diff(4)), rtol=1e-12, equal_nan=True)
    np.testing.assert_allclose(
        ours(s.rolling(4, "sum")), theirs(cal.rolling(4).sum()), rtol=1e-12, equal_nan=True
    )
    np.testing.assert_allclose(
        ours(s.rolling(3, "mean")), theirs(cal.rolling(3).mean()), rtol=1e-12, equal_nan=True
    )


def test_period_dates_match_pandas_for_every_kind_pandas_has() -> None:
    # pandas timestamps span 1677-2262: draw periods from 1700-2200.
    rng = np.random.default_rng(5)
    per_year = {"Y": 1, "Q": 4, "M": 12, "W": 52, "D": 365}
    kinds = {"Y": "annual", "Q": "quarterly", "M": "monthly", "W": "weekly", "D": "daily"}
    for freq, kind in kinds.items():
        n = per_year[freq]
        for ordinal in rng.integers(-270 * n, 230 * n, 200):
            theirs = pd.Period(ordinal=int(ordinal), freq=freq)
            ours = gk.Period.from_ordinal(kind, int(ordinal))
            assert ours.start == theirs.start_time.date(), (kind, ordinal)
            assert ours.end == theirs.end_time.date(), (kind, ordinal)


def test_fiscal_quarters_and_years_match_pandas() -> None:
    """Monthly flows summed to fiscal quarters and years (April starts,
    named by the end year: pandas' Q-MAR and Y-MAR), then year-on-year
    growth, against pandas on the same data."""
    import numpy as np
    import pandas as pd

    months = pd.period_range("2017-04", "2021-03", freq="M")
    values = np.arange(1.0, len(months) + 1) ** 1.5
    s = gk.Series([str(m) for m in months], values)
    kinds = [
        ("Q-MAR", "fiscal_quarterly(--04-01,end)", 4),
        ("Y-MAR", "fiscal_annual(--04-01,end)", 1),
    ]
    for code, freq, lag in kinds:
        expected = pd.Series(values, index=months).groupby(months.asfreq(code)).sum()
        got = s.aggregate(freq, "sum")
        assert [(p.start, p.end) for p in got.periods] == [
            (p.start_time.date(), p.end_time.date()) for p in expected.index
        ]
        np.testing.assert_allclose(got.values, expected.to_numpy(), rtol=1e-12)
        np.testing.assert_allclose(
            got.yoy().values, expected.pct_change(lag).to_numpy(), rtol=1e-12, equal_nan=True
        )
        # The ordinals are pandas' ordinals for the same periods.
        assert [p.ordinal for p in got.periods] == list(expected.index.asi8)


def test_series_from_ordinals() -> None:
    """Series.from_ordinals takes pandas' ordinals (asi8) with a frequency;
    the periods are pandas' own periods for those ordinals."""
    idx = pd.period_range("2019-11", periods=5, freq="M")
    s = gk.Series.from_ordinals("monthly", idx.asi8, [1.0, 2.0, None, 4.0, 5.0])
    assert [str(p) for p in s.periods] == [str(p) for p in idx]
    assert np.isnan(s.values[2])
    # Narrower integers and a list work; out of order, the series sorts them.
    days = gk.Series.from_ordinals("daily", np.array([1, 0], dtype=np.int32), [2.0, 1.0])
    assert [str(p) for p in days.periods] == ["1970-01-01", "1970-01-02"]
    assert list(days.values) == [1.0, 2.0]
    assert gk.Series.from_ordinals("quarterly", [200], [1.0]).periods[0] == gk.Period.parse(
        str(pd.Period(ordinal=200, freq="Q"))
    )
    # Floats would be truncated and a 10000th year does not exist: refused.
    with pytest.raises(gk.ArgumentError) as e:
        gk.Series.from_ordinals("monthly", np.array([600.5]), [1.0])
    assert e.value.code == "invalid_argument"
    with pytest.raises(gk.GrowthkitError) as e:
        gk.Series.from_ordinals("annual", [9000], [1.0])
    assert e.value.code == "out_of_range"
    with pytest.raises(gk.GrowthkitError) as e:
        gk.Series.from_ordinals("monthly", [600, 600], [1.0, 2.0])
    assert e.value.code == "duplicate_period"
