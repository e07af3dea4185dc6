"""pandas, polars and notebook views of a `Dataset` (called by the native class).

- ``to_pandas(shape="long")``: one column per key dimension, then
  ``period`` (growthkit's canonical period texts, which mix kinds safely),
  ``value`` and ``flag``;
  ``shape="wide"``: one column per series (named by its key joined with
  ``.``) over a period index.
- ``from_pandas(frame, period=..., value=..., keys=..., flag=...)``: a long
  DataFrame back into a Dataset (periods as growthkit texts or a pandas
  ``Period`` column; the same column rules as ``Dataset.from_arrow``).
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np

from . import _growthkit as _native


def _long(ds: Any) -> Any:
    import pandas as pd

    cols = ds._columns()
    frame = pd.DataFrame(
        {d: cols[d] for d in ds.dimensions}
        | {"period": cols["period"], "value": cols["value"], "flag": cols["flag"]}
    )
    return frame


def to_pandas(ds: Any, shape: str = "long") -> Any:

    frame = _long(ds)
    if shape == "long":
        return frame
    if shape == "wide":
        names = [".".join(str(r[d]) for d in ds.dimensions) or "value" for _, r in frame.iterrows()]
        frame = frame.assign(series=names)
        wide = frame.pivot(index="period", columns="series", values="value")
        wide.columns.name = None
        return wide.reindex(sorted(wide.index, key=lambda t: _native.Period.parse(t))).rename_axis(
            "period"
        )
    raise ValueError(f"shape must be 'long' or 'wide', not {shape!r}")


def from_pandas(
    frame: Any, period: str, value: str, keys: list[str] | None, flag: str | None
) -> Any:
    import pandas as pd

    present = [str(c) for c in frame.columns]
    keys, flag = _native.Dataset._long_names(present, period, value, keys, flag)
    col = frame[period]
    if isinstance(col.dtype, pd.PeriodDtype):
        f = _native.Frequency.from_pandas(col.dtype.freq.freqstr)
        texts = [str(_native.Period.from_ordinal(f, int(o))) for o in col.array.asi8]
    else:
        texts = [str(x) for x in col]
    codes = [[str(x) for x in frame[k]] for k in keys]
    values = frame[value].to_numpy(dtype=np.float64, na_value=np.nan)
    flags = None
    if flag is not None:
        flags = [None if pd.isna(x) or x == "" else str(x) for x in frame[flag]]
    return _native.Dataset._from_columns(keys, codes, texts, values, flags)


def to_polars(ds: Any) -> Any:
    import polars as pl

    cols = ds._columns()
    return pl.DataFrame(
        {d: cols[d] for d in ds.dimensions}
        | {
            "period": cols["period"],
            "value": np.asarray(cols["value"]),
            "flag": pl.Series(cols["flag"], dtype=pl.Utf8),
        }
    )


def repr_html(ds: Any, rows: int = 12) -> str:
    """Keys, units, frequencies and flags of the first series."""
    head = (
        f"<div><b>Dataset</b> <span style='opacity:0.7'>{len(ds)} series, "
        f"{ds.n_observations} observations</span></div>"
    )
    th = "".join(f"<th>{html.escape(d)}</th>" for d in ds.dimensions)
    body = []
    for key in ds.keys()[:rows]:
        s = ds.series(key)
        flags = sorted({f for f in ds.flags(key) if f})
        unit = s.indicator.unit if s.indicator is not None else ""
        cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in key.values())
        body.append(
            f"<tr>{cells}<td>{html.escape(str(s.frequency or 'mixed'))}</td>"
            f"<td>{html.escape(str(unit))}</td><td>{len(s)}</td>"
            f"<td>{html.escape(', '.join(flags))}</td></tr>"
        )
    more = (
        f"<div style='opacity:0.7'>… {len(ds) - rows} more series</div>" if len(ds) > rows else ""
    )
    return (
        f"{head}<table><thead><tr>{th}<th>frequency</th><th>unit</th><th>n</th><th>flags</th>"
        f"</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"
    )
