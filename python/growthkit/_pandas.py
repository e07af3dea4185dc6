"""pandas, polars and notebook helpers for ``growthkit.Series``.

The native ``Series`` methods ``to_pandas``, ``from_pandas``, ``to_polars``,
``from_polars``, ``plot`` and ``_repr_html_`` call these functions. pandas,
polars and matplotlib are optional: they are imported only here, when used.

Choices:

- ``to_pandas`` gives a ``pandas.Series`` of float64 with a ``PeriodIndex``
  for annual (``Y-DEC``), quarterly (``Q-DEC``), monthly (``M``), weekly
  (``W-SUN``: Monday-to-Sunday, the ISO weeks) and daily (``D``) series,
  built from the ordinals, which are pandas' own. Half-years, spans and
  mixed series (pandas has no period for them) get an ``Index`` of canonical
  period texts named ``period``. The indicator travels in
  ``series.attrs["growthkit_indicator"]`` (its JSON), and names the series.
- ``from_pandas`` takes a ``PeriodIndex`` of those frequencies, a
  ``DatetimeIndex`` with an explicit ``freq`` (each timestamp becomes the
  period of that frequency containing it), or an index of period texts.
  A ``DatetimeIndex`` without ``freq`` is refused rather than guessed.
- ``to_polars`` gives a DataFrame with columns ``period`` (canonical text),
  ``start`` and ``end`` (dates) and ``value``; ``from_polars`` reads
  ``period`` and ``value``.
"""

from __future__ import annotations

import html
import math
from typing import Any

import numpy as np

from . import _growthkit as _native
from ._errors import from_code


def _frequency_of(freqstr: str) -> str:
    """The growthkit frequency of a pandas frequency string (the core's table)."""
    return _native.Frequency.from_pandas(freqstr)


def to_pandas(series: Any) -> Any:
    import pandas as pd

    found = series._ordinals()
    code = _native.Frequency.pandas_code(found[0]) if found is not None else None
    if found is not None and code is not None:
        ordinals = found[1]
        try:
            index = pd.PeriodIndex.from_ordinals(ordinals, freq=code)
        except (AttributeError, ValueError):  # pandas < 2.2
            index = pd.PeriodIndex(ordinal=ordinals, freq=code.replace("Y-", "A-"))
        index.name = "period"
    else:
        index = pd.Index([str(p) for p in series.periods], dtype=object, name="period")
    ind = series.indicator
    out = pd.Series(series.values, index=index, name=ind.name if ind is not None else None)
    if ind is not None:
        out.attrs["growthkit_indicator"] = ind.to_json()
    return out


def _from_table(periods: list[Any], values: Any, indicator: Any) -> Any:
    return _native.Series(periods, np.asarray(values, dtype=np.float64), indicator)


def _indicator_from_attrs(s: Any) -> Any:
    raw = getattr(s, "attrs", {}).get("growthkit_indicator")
    return None if raw is None else _native.Indicator.from_json(raw)


def from_pandas(s: Any, indicator: Any = None) -> Any:
    import pandas as pd

    if not isinstance(s, pd.Series):
        raise TypeError(f"expected a pandas.Series, got {type(s).__name__}")
    if indicator is None:
        indicator = _indicator_from_attrs(s)
    index = s.index
    if isinstance(index, pd.DatetimeIndex):
        if index.freq is None:
            raise from_code(
                "invalid_argument",
                "a DatetimeIndex without a frequency is ambiguous: give it one "
                "(for example s.asfreq('MS')) or use a PeriodIndex",
            )
        index = index.to_period()
    values = s.to_numpy(dtype=np.float64, na_value=np.nan)
    if isinstance(index, pd.PeriodIndex):
        # Through the index's ordinals, without a Python object per row.
        freq = _frequency_of(index.freqstr)
        return _native.Series.from_ordinals(str(freq), index.asi8, values, indicator)
    return _from_table([str(p) for p in index], values, indicator)


def to_polars(series: Any) -> Any:
    import polars as pl

    starts, ends = series._bounds()
    return pl.DataFrame(
        {
            "period": pl.Series(series._texts_arrow()).cast(pl.Utf8),
            "start": pl.Series(starts).cast(pl.Date),
            "end": pl.Series(ends).cast(pl.Date),
            "value": series.values,
        }
    )


def from_polars(frame: Any, indicator: Any = None) -> Any:
    import polars as pl

    if not isinstance(frame, pl.DataFrame):
        raise TypeError(f"expected a polars.DataFrame, got {type(frame).__name__}")
    for column in ("period", "value"):
        if column not in frame.columns:
            raise from_code("invalid_argument", f"the frame has no `{column}` column")
    values = frame.get_column("value").cast(pl.Float64).fill_null(float("nan")).to_numpy()
    return _from_table(frame.get_column("period").to_list(), values, indicator)


def _cell(v: float) -> str:
    return "<i>missing</i>" if math.isnan(v) else f"{v:,.6g}"


def repr_html(series: Any, head: int = 10, tail: int = 5) -> str:
    n = len(series)
    ind = series.indicator
    title = "Series"
    if ind is not None:
        title = f"{html.escape(ind.name)} <span style='opacity:0.7'>({html.escape(str(ind.unit))}"
        title += (
            f", {ind.measure}" + (f", {html.escape(ind.region)}" if ind.region else "") + ")</span>"
        )
    picked = list(range(n)) if n <= head + tail else [*range(head), None, *range(n - tail, n)]
    shown = [None if i is None else series._row(i) for i in picked]
    body = []
    for row in shown:
        if row is None:
            hidden = n - head - tail
            body.append(
                f"<tr><td colspan='3' style='text-align:center'>… {hidden} more …</td></tr>"
            )
            continue
        p, v = row
        body.append(
            f"<tr><td><code>{p}</code></td><td>{html.escape(p.label('zh'))}</td>"
            f"<td style='text-align:right'>{_cell(v)}</td></tr>"
        )
    freq = series.frequency or "mixed"
    return (
        f"<div><b>{title}</b> <span style='opacity:0.7'>{n} periods, {freq}</span>"
        "<table><thead><tr><th>period</th><th>标签</th><th>value</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def plot(series: Any, **kwargs: Any) -> Any:
    s = to_pandas(series)
    kwargs.setdefault("title", s.name)
    return s.plot(**kwargs)
