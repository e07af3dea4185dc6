"""growthkit on whole tables: a pandas DataFrame accessor (``df.gk``) and a
polars expression namespace (``pl.col(...).gk``), both registered by
``import growthkit`` when pandas or polars is installed.

Every transform is calendar-matched (a year before is the same quarter,
month, ISO week number or date, as ``Series.yoy`` matches it), works on rows
in any order with gaps, and returns a column aligned with the input rows.
Periods are growthkit period texts, a pandas ``Period`` column, or dates with
an explicit ``freq`` (each date standing for the period that holds it).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import _growthkit as _native
from . import kernels


def _periods(col: Any, freq: str | None) -> tuple[str, np.ndarray]:
    """The one frequency and the ordinals of a column of periods."""
    import pandas as pd

    if isinstance(col.dtype, pd.PeriodDtype):
        return _native.Frequency.from_pandas(col.dtype.freq.freqstr), np.asarray(col.array.asi8)
    if freq is not None:
        f = _native.Frequency.parse(freq)
        found = [_native.Period.containing(f, d).ordinal for d in col]
        return f, np.asarray(found, dtype=np.int64)
    # One kind for the whole column, or frequency_mismatch (the core decides).
    return _native._parse_periods_one_kind([str(x) for x in col])


def _ids(frame: Any, by: Any) -> Any:
    """Group ids: one column's values, or codes of several columns' combinations."""
    import pandas as pd

    if by is None:
        return np.zeros(len(frame), dtype=np.int64)
    cols = [by] if isinstance(by, str) else list(by)
    if len(cols) == 1:
        col = frame[cols[0]]
        if pd.api.types.is_integer_dtype(col.dtype):
            return col.to_numpy(dtype=np.int64)
        return np.asarray(col.astype(str), dtype=object)
    codes, _ = pd.factorize(pd.MultiIndex.from_frame(frame[cols]))
    return codes.astype(np.int64)


def _values(frame: Any, value: str) -> np.ndarray:
    return frame[value].to_numpy(dtype=np.float64, na_value=np.nan)


def _per_group(
    frame: Any,
    value: str,
    period: str,
    by: Any,
    freq: str | None,
    transform: str,
    lag: int = 1,
    base: Any = None,
    to: float = 100.0,
) -> Any:
    """A ``Series`` transform within each group of ``by``, aligned back to
    the rows: one call into the core (``kernels::grouped_series``)."""
    import pandas as pd

    f, ords = _periods(frame[period], freq)
    vals = _values(frame, value)
    got = _native._grouped_series(_ids(frame, by), ords, vals, f, transform, lag, base, to)
    return pd.Series(got, index=frame.index, name=value)


class FrameAccessor:
    """``df.gk``: growthkit's transforms on a long table."""

    def __init__(self, frame: Any) -> None:
        self._frame = frame

    def _series(self, data: np.ndarray, value: str) -> Any:
        import pandas as pd

        return pd.Series(data, index=self._frame.index, name=value)

    def yoy(
        self,
        value: str,
        *,
        period: str,
        by: Any = None,
        base: str = "positive",
        freq: str | None = None,
    ) -> Any:
        """Year-on-year growth of ``value`` within each group of ``by``, matched by the calendar."""
        f, ords = _periods(self._frame[period], freq)
        got = kernels.grouped_yoy(
            _ids(self._frame, by), ords, _values(self._frame, value), f, base=base
        )
        return self._series(got, value)

    def yoy_diff(self, value: str, *, period: str, by: Any = None, freq: str | None = None) -> Any:
        """The change against a year before, within each group."""
        f, ords = _periods(self._frame[period], freq)
        got = kernels.grouped_yoy(
            _ids(self._frame, by), ords, _values(self._frame, value), f, diff=True
        )
        return self._series(got, value)

    def pct_change(
        self, value: str, *, period: str, by: Any = None, lag: int = 1, freq: str | None = None
    ) -> Any:
        """Growth against ``lag`` periods before, within each group."""
        _, ords = _periods(self._frame[period], freq)
        got = kernels.grouped_growth(_ids(self._frame, by), ords, _values(self._frame, value), lag)
        return self._series(got, value)

    def annualized(
        self, value: str, *, period: str, by: Any = None, lag: int = 1, freq: str | None = None
    ) -> Any:
        """Growth against ``lag`` periods before, compounded to a year."""
        f, ords = _periods(self._frame[period], freq)
        per_year = _native.Frequency.periods_per_year(f)
        if not per_year:  # no fixed count a year: the core's Series decides per period
            return _per_group(self._frame, value, period, by, freq, "annualized", lag)
        g = kernels.grouped_growth(_ids(self._frame, by), ords, _values(self._frame, value), lag)
        return self._series(kernels.annualized(g, per_year / lag), value)

    def decumulate_ytd(
        self, value: str, *, period: str, by: Any = None, freq: str | None = None
    ) -> Any:
        """Single-period flows from year-to-date totals, within each group."""
        f, ords = _periods(self._frame[period], freq)
        got = kernels.decumulate_ytd(_ids(self._frame, by), ords, _values(self._frame, value), f)
        return self._series(got, value)

    def diff(
        self, value: str, *, period: str, by: Any = None, lag: int = 1, freq: str | None = None
    ) -> Any:
        """The change against ``lag`` periods before, within each group."""
        return _per_group(self._frame, value, period, by, freq, "diff", lag)

    def cumulate_ytd(
        self, value: str, *, period: str, by: Any = None, freq: str | None = None
    ) -> Any:
        """Year-to-date totals from single-period flows, within each group."""
        return _per_group(self._frame, value, period, by, freq, "cumulate_ytd")

    def rebase(
        self,
        value: str,
        *,
        period: str,
        base: Any,
        by: Any = None,
        to: float = 100.0,
        freq: str | None = None,
    ) -> Any:
        """Each group as an index with mean ``to`` over the period ``base``."""
        return _per_group(self._frame, value, period, by, freq, "rebase", base=base, to=to)


class ExprNamespace:
    """``pl.col(value).gk``: growthkit's transforms as polars expressions.
    Name the group columns with ``by`` (one kernel call over the whole
    column, the fast way), or use ``.over(...)`` (polars then calls the
    transform once per group)."""

    def __init__(self, expr: Any) -> None:
        self._expr = expr

    def _matched(
        self, period: str, by: Any, freq: str | None, compute: Any, kernel: Any = None
    ) -> Any:
        import polars as pl

        keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
        names = ["value", "period"] + [f"key{i}" for i in range(len(keys))]

        def run(batch: Any) -> Any:
            cols = batch.struct.unnest()
            cols.columns = names
            if kernel is not None and freq is None and cols["period"].dtype == pl.String:
                # The columns stay Arrow: values read in place, period texts parsed in Rust.
                kinds, ords = kernels.parse_periods(cols["period"])
                if len(set(kinds)) == 1:
                    return pl.Series(
                        kernel(_polars_ids(cols, names[2:]), ords, cols["value"], kinds[0])
                    )
            frame = cols.to_pandas()
            got = compute(frame.gk, names[2:] or None, freq)
            return pl.Series(np.asarray(got, dtype=np.float64))

        columns = [self._expr, pl.col(period)] + [pl.col(k) for k in keys]
        return pl.struct(columns).map_batches(run, return_dtype=pl.Float64)

    def yoy(
        self, *, period: str, by: Any = None, base: str = "positive", freq: str | None = None
    ) -> Any:
        """Year-on-year growth, matched by the calendar."""
        return self._matched(
            period,
            by,
            freq,
            lambda acc, k, f: acc.yoy("value", period="period", by=k, base=base, freq=f),
            lambda ids, ords, v, f: kernels.grouped_yoy(ids, ords, v, f, base=base),
        )

    def pct_change(
        self, *, period: str, by: Any = None, lag: int = 1, freq: str | None = None
    ) -> Any:
        """Growth against ``lag`` periods before, matched by ordinal."""
        return self._matched(
            period,
            by,
            freq,
            lambda acc, k, f: acc.pct_change("value", period="period", by=k, lag=lag, freq=f),
            lambda ids, ords, v, f: kernels.grouped_growth(ids, ords, v, lag),
        )

    def diff(self, *, period: str, by: Any = None, lag: int = 1, freq: str | None = None) -> Any:
        """The change against ``lag`` periods before."""
        return self._matched(
            period,
            by,
            freq,
            lambda acc, k, f: acc.diff("value", period="period", by=k, lag=lag, freq=f),
        )


def _polars_ids(cols: Any, keys: list[str]) -> np.ndarray:
    """Group codes of polars key columns (dense ranks of their combinations)."""
    import polars as pl

    if not keys:
        return np.zeros(len(cols), dtype=np.int64)
    codes = cols.select(pl.struct(keys).rank("dense").alias("id"))["id"]
    return codes.to_numpy().astype(np.int64)


def register() -> None:
    """Registers ``df.gk`` (pandas) and ``pl.col(...).gk`` (polars) when installed."""
    try:
        import pandas as pd

        pd.api.extensions.register_dataframe_accessor("gk")(FrameAccessor)
    except ImportError:
        pass
    try:
        import polars as pl

        pl.api.register_expr_namespace("gk")(ExprNamespace)
    except ImportError:
        pass
