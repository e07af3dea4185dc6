"""Fast kernels over columns: numpy arrays or Arrow columns in, numpy
arrays (or Arrow arrays) out.

Inputs that are already one-dimensional, C-contiguous arrays of the right
dtype (float64 values, int64 ids and ordinals) are read in place, without a
copy. Values may also be any Arrow column (an object with
``__arrow_c_array__`` or ``__arrow_c_stream__``: a polars Series, a pyarrow
Array or ChunkedArray, a pandas Arrow-dtype column, a DuckDB result): a
single float64 chunk without nulls is read in place; other numbers are cast,
chunks joined and nulls read as missing values (NaN) in one copy. Other
numeric arrays, lists and pandas columns are converted once with
``numpy.ascontiguousarray``; non-numeric values raise ``ArgumentError``
(``invalid_argument``). Each kernel returns a new float64 array, writes into
``out`` (a float64 array of the input's length that shares no memory with
it) and returns ``out``, or with ``arrow=True`` returns an Arrow array
(missing values as nulls) that polars, pyarrow and DuckDB take without a copy.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import _growthkit as _native
from ._errors import from_code


def _column(x: Any, dtype: type, name: str) -> np.ndarray:
    a = np.asarray(x)
    if a.ndim != 1:
        raise from_code(
            "invalid_argument", f"{name} must be one-dimensional, got {a.ndim} dimensions"
        )
    if a.dtype != dtype and a.size > 0:
        if a.dtype.kind not in "biuf" or (np.dtype(dtype).kind == "i" and a.dtype.kind == "f"):
            raise from_code(
                "invalid_argument",
                f"{name} must be {np.dtype(dtype).name}, got an array of {a.dtype}",
            )
        a = a.astype(dtype)
    return np.ascontiguousarray(a, dtype=dtype)


def _values(x: Any) -> Any:
    """Values: an Arrow column as it is (read natively), else a float64 array."""
    if hasattr(x, "__arrow_c_array__") or hasattr(x, "__arrow_c_stream__"):
        return x
    return _column(x, np.float64, "values")


def _out(out: Any) -> np.ndarray | None:
    if out is None:
        return None
    ok = (
        isinstance(out, np.ndarray)
        and out.dtype == np.float64
        and out.ndim == 1
        and out.flags.c_contiguous
        and out.flags.writeable
    )
    if not ok:
        raise from_code(
            "invalid_argument",
            "out must be a writable, contiguous, one-dimensional float64 numpy array",
        )
    return out


def lag_growth(values: Any, lag: int, out: np.ndarray | None = None, arrow: bool = False) -> Any:
    """``values[i] / values[i - lag] - 1``; NaN for the first ``lag`` rows
    and where the base is not positive (the same numbers as
    ``x[lag:] / x[:-lag] - 1`` elsewhere)."""
    return _native._lag_growth(_values(values), lag, _out(out), arrow)


def cagr(
    first: Any, last: Any, years: float, out: np.ndarray | None = None, arrow: bool = False
) -> Any:
    """``(last / first) ** (1 / years) - 1`` row by row; NaN where either
    value is not positive (``growthkit.cagr`` over columns).

    >>> gk.kernels.cagr([100.0, 100.0], [121.0, 0.0], 2).round(12).tolist()
    [0.1, nan]
    """
    return _native._cagr(_values(first), _values(last), years, _out(out), arrow)


def annualized(
    rates: Any, periods_per_year: float, out: np.ndarray | None = None, arrow: bool = False
) -> Any:
    """``(1 + rate) ** periods_per_year - 1`` row by row; NaN where
    ``1 + rate`` is not positive (``growthkit.annualize`` over a column).

    >>> gk.kernels.annualized([0.01, -2.0], 4).round(12).tolist()
    [0.04060401, nan]
    """
    return _native._annualized(_values(rates), periods_per_year, _out(out), arrow)


def two_year_average(g1: Any, g2: Any, out: np.ndarray | None = None, arrow: bool = False) -> Any:
    """``sqrt((1 + g1) * (1 + g2)) - 1`` row by row, the average yearly rate
    over two years; NaN where a factor is not positive
    (``growthkit.two_year_average`` over columns).

    >>> gk.kernels.two_year_average([0.21], [0.0]).round(12).tolist()
    [0.1]
    """
    return _native._two_year_average(_values(g1), _values(g2), _out(out), arrow)


def _ids(ids: Any) -> Any:
    """Integer ids as an int64 array; text ids as they are (str objects)."""
    a = np.asarray(ids)
    if a.dtype.kind in "US" or a.dtype == object:
        return a
    return _column(a, np.int64, "ids")


def grouped_growth(
    ids: Any,
    ordinals: Any,
    values: Any,
    lag: int,
    out: np.ndarray | None = None,
    arrow: bool = False,
) -> Any:
    """Growth against the row of the same id whose ordinal is ``lag``
    smaller, matched by value: rows in any order, gaps respected, the result
    aligned to the input rows. ``ids`` are integers or strings."""
    ords = _column(ordinals, np.int64, "ordinals")
    return _native._grouped_growth(_ids(ids), ords, _values(values), lag, _out(out), arrow)


def decumulate_ytd(
    ids: Any, ordinals: Any, values: Any, frequency: str, out: np.ndarray | None = None
) -> np.ndarray:
    """Single-period flows from year-to-date totals, within each id: the first
    period of a year keeps its total, each later one is its total minus the
    previous period's (NaN where that is missing). ``ordinals`` count
    ``frequency`` periods ("monthly", "quarterly" or "semiannual") as
    ``Period.ordinal`` does. ``Series.decumulate_ytd`` also handles the
    January-February combined release."""
    ords = _column(ordinals, np.int64, "ordinals")
    vals = _column(values, np.float64, "values")
    return _native._decumulate_ytd(_ids(ids), ords, vals, frequency, _out(out))


def grouped_yoy(
    ids: Any,
    ordinals: Any,
    values: Any,
    frequency: str,
    *,
    diff: bool = False,
    base: str = "positive",
    out: np.ndarray | None = None,
    arrow: bool = False,
) -> Any:
    """Year-on-year growth (or the change, with ``diff``) within each id,
    matched by the calendar as ``Series.yoy`` matches it: the same quarter
    or month a year before, the same ISO week number, the same date for days.
    ``ordinals`` count ``frequency`` periods; rows in any order.

    >>> import numpy as np
    >>> ords = [gk.Period.parse(t).ordinal for t in ["2019-Q3", "2020-Q3"]]
    >>> g = gk.kernels.grouped_yoy(np.array([1, 1]), ords, [100.0, 105.0], "quarterly")
    >>> g.round(12).tolist()
    [nan, 0.05]
    """
    ords = _column(ordinals, np.int64, "ordinals")
    return _native._grouped_yoy(
        _ids(ids), ords, _values(values), frequency, diff, base, _out(out), arrow
    )


def parse_periods(texts: Any) -> tuple[list[str], np.ndarray]:
    """The frequency name and the ordinal (pandas' ``Period.ordinal``) of
    each period text, as a list of names and an int64 array."""
    return _native._parse_periods(texts)


__all__ = [
    "annualized",
    "cagr",
    "decumulate_ytd",
    "grouped_growth",
    "grouped_yoy",
    "lag_growth",
    "parse_periods",
    "two_year_average",
]
