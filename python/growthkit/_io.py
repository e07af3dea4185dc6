"""The readers: `read_sdmx_csv`, `read_sdmx_json`, `read_fred_csv`,
`read_nbs_json`, `read_csv`. Each takes a source and returns a `Dataset`.

A source is a path (`str` or `os.PathLike`), the text itself (a `str` that
holds a newline), `bytes`, or a file object opened in text or binary mode.
"""

from __future__ import annotations

import os
from typing import IO, Any, Union

from . import _growthkit as _native

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[Any]]


def _bytes(src: Source) -> bytes | str:
    """The bytes of a source, or the path of a file (which the native reader
    opens itself, without a copy in Python)."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        return bytes(src)
    if isinstance(src, str):
        return src.encode("utf-8") if "\n" in src else src
    if isinstance(src, os.PathLike):
        return os.fspath(src)
    if hasattr(src, "read"):
        data = src.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(
        f"expected a path, the text itself, bytes or a file object, got {type(src).__name__}"
    )


def read_sdmx_csv(src: Source) -> _native.Dataset:
    """Reads SDMX-CSV 1.0, 2.0 or 2.1 (codes, ``CODE: Label`` or name columns,
    ``,`` or ``;``) into a Dataset; ``ACTION`` D rows are counted in
    ``notes``, not read.

    >>> text = "DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS\\n"
    >>> ds = gk.read_sdmx_csv(text + "X,DE,2019,100,\\nX,DE,2020,110,P\\n")
    >>> len(ds), ds.n_observations, ds.flags({"GEO": "DE"})
    (1, 2, [None, 'P'])
    """
    return _native._read_sdmx_csv(_bytes(src))


def read_sdmx_json(src: Source) -> _native.Dataset:
    """Reads an SDMX-JSON data message (pre-1.0, 1.0 or 2.0) into a Dataset;
    a series key that repeats in the message is merged, never dropped."""
    return _native._read_sdmx_json(_bytes(src))


def read_fred_csv(src: Source, *, frequency: str | None = None) -> _native.Dataset:
    """Reads FRED's CSV (``DATE`` or ``observation_date``, ``.`` or empty for
    missing); the frequency is inferred from the dates and said in ``notes``.

    >>> ds = gk.read_fred_csv("DATE,ICSA\\n2020-03-14,282000\\n2020-03-21,3307000\\n")
    >>> ds.series({"series_id": "ICSA"}).frequency
    'weekly_sat'
    """
    return _native._read_fred_csv(_bytes(src), frequency)


def read_nbs_json(src: Source) -> _native.Dataset:
    """Reads China NBS's query JSON (``returndata``); indices on the previous
    year (上年同期=100) get the unit ``index (previous year = 100)``."""
    return _native._read_nbs_json(_bytes(src))


def read_csv(
    src: Source,
    *,
    period: str | None = None,
    value: str | None = None,
    keys: list[str] | None = None,
    frequency: str | None = None,
) -> _native.Dataset:
    """Reads a plain CSV table: long with ``value`` (and ``keys``, by default
    every other column), wide without it (one series per column). The period
    column is guessed from its header when not named.

    >>> text = "region,quarter,gdp\\nnorth,2020-Q1,10\\nsouth,2020-Q1,20\\n"
    >>> ds = gk.read_csv(text, period="quarter", value="gdp")
    >>> ds.keys()
    [{'region': 'north'}, {'region': 'south'}]
    """
    return _native._read_csv(_bytes(src), period, value, keys, frequency)


__all__ = ["read_csv", "read_fred_csv", "read_nbs_json", "read_sdmx_csv", "read_sdmx_json"]
