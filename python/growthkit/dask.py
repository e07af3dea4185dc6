"""growthkit's table transforms on a ``dask.dataframe``, for tables larger
than one machine: every row of a group goes to one partition (a shuffle on
the key), then each partition runs the pandas accessor (``df.gk``, one
kernel call per partition). The result is a dask Series indexed like
``ddf``: the same labels (in shuffled order), so ``result.compute()
.sort_index()`` equals the single-machine result exactly.

>>> import dask.dataframe as dd, pandas as pd
>>> df = pd.DataFrame({"region": ["a", "a"], "period": ["2019-Q1", "2020-Q1"], "v": [10.0, 11.0]})
>>> ddf = dd.from_pandas(df, npartitions=1)
>>> gk.dask.yoy(ddf, "v", period="period", by="region").compute().round(12).tolist()
[nan, 0.1]
"""

from __future__ import annotations

from typing import Any

import growthkit  # noqa: F401  (registers the df.gk accessor on every worker)


def _apply(ddf: Any, name: str, value: str, period: str, by: Any, **options: Any) -> Any:
    import pandas as pd

    keys = [by] if isinstance(by, str) else list(by)

    def run(part: Any) -> Any:
        # Imported here, so that a worker process imports growthkit itself.
        from growthkit._tables import FrameAccessor

        if len(part) == 0:
            return pd.Series([], dtype="float64", name=value, index=part.index)
        return getattr(FrameAccessor(part), name)(value, period=period, by=by, **options)

    meta = pd.Series([], dtype="float64", name=value)
    return ddf.shuffle(on=keys).map_partitions(run, meta=meta)


def yoy(
    ddf: Any, value: str, *, period: str, by: Any, base: str = "positive", freq: str | None = None
) -> Any:
    """Year-on-year growth within each group of ``by``, matched by the calendar."""
    return _apply(ddf, "yoy", value, period, by, base=base, freq=freq)


def pct_change(
    ddf: Any, value: str, *, period: str, by: Any, lag: int = 1, freq: str | None = None
) -> Any:
    """Growth against ``lag`` periods before, within each group."""
    return _apply(ddf, "pct_change", value, period, by, lag=lag, freq=freq)


def diff(
    ddf: Any, value: str, *, period: str, by: Any, lag: int = 1, freq: str | None = None
) -> Any:
    """The change against ``lag`` periods before, within each group."""
    return _apply(ddf, "diff", value, period, by, lag=lag, freq=freq)


def annualized(
    ddf: Any, value: str, *, period: str, by: Any, lag: int = 1, freq: str | None = None
) -> Any:
    """Growth against ``lag`` periods before, compounded to a year, within each group."""
    return _apply(ddf, "annualized", value, period, by, lag=lag, freq=freq)


def cumulate_ytd(ddf: Any, value: str, *, period: str, by: Any, freq: str | None = None) -> Any:
    """Year-to-date totals from single-period flows, within each group."""
    return _apply(ddf, "cumulate_ytd", value, period, by, freq=freq)


def decumulate_ytd(ddf: Any, value: str, *, period: str, by: Any, freq: str | None = None) -> Any:
    """Single-period flows from year-to-date totals, within each group."""
    return _apply(ddf, "decumulate_ytd", value, period, by, freq=freq)


__all__ = [
    "annualized",
    "cumulate_ytd",
    "decumulate_ytd",
    "diff",
    "pct_change",
    "seasonal_adjust",
    "x11",
    "yoy",
]


def x11(
    ddf: Any,
    value: str,
    *,
    period: str,
    by: Any,
    component: str = "adjusted",
    mode: str = "mult",
    seasonal_filter: str = "msr",
    trend_filter: int | None = None,
    sigma_limits: tuple[float, float] = (1.5, 2.5),
) -> Any:
    """X-11 (``Series.x11``) within each group of ``by``: the ``component``
    (``"adjusted"``, ``"trend"``, ``"seasonal"``, ``"irregular"``) at each
    row. A group X-11 refuses raises its error, naming the group: a Dask
    Series has no notes to carry it (``Dataset.x11`` leaves the series out
    and names it in ``notes``)."""
    options = {
        "mode": mode,
        "seasonal_filter": seasonal_filter,
        "trend_filter": trend_filter,
        "sigma_limits": sigma_limits,
    }
    return _decompose(ddf, value, period, by, component, "x11", options)


def seasonal_adjust(
    ddf: Any, value: str, *, period: str, by: Any, component: str = "adjusted", **options: Any
) -> Any:
    """``Series.seasonal_adjust`` (its keyword ``options``: the model,
    regressors, outliers and X-11's options) within each group of ``by``:
    the ``component`` at each row; a group refused raises its error, naming
    the group, as ``x11`` does."""
    return _decompose(ddf, value, period, by, component, "seasonal_adjust", options)


def _decompose(
    ddf: Any, value: str, period: str, by: Any, component: str, method: str, options: dict
) -> Any:
    import pandas as pd

    keys = [by] if isinstance(by, str) else list(by)

    def run(part: Any) -> Any:
        import growthkit as gk

        out = pd.Series(float("nan"), index=part.index, name=value, dtype="float64")
        for key, g in part.groupby(keys, sort=False):
            periods = [gk.Period.parse(str(p)) for p in g[period]]
            try:
                d = getattr(gk.Series(periods, g[value].tolist()), method)(**options)
            except gk.GrowthkitError as e:
                name = ", ".join(map(str, key)) if isinstance(key, tuple) else str(key)
                raise type(e)(f"group {name}: {e}", e.code) from e
            part_of = {
                "adjusted": d.adjusted,
                "trend": d.trend,
                "seasonal": d.seasonal,
                "irregular": d.irregular,
            }
            if component not in part_of:
                msg = f"{component!r} is not a component: adjusted, trend, seasonal, irregular"
                raise gk.ArgumentError(msg, "invalid_argument")
            s = part_of[component]
            out.loc[g.index] = [s[p] for p in periods]
        return out

    meta = pd.Series([], dtype="float64", name=value)
    return ddf.shuffle(on=keys).map_partitions(run, meta=meta)
