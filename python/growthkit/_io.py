"""The readers: `read` (any format, decided from the content),
`read_sdmx_xml`, `read_sdmx_csv`, `read_sdmx_json`, `read_fred_csv`,
`read_nbs_json`, `read_csv`. Each takes a source and returns a `Dataset`.

A source is what the user means: an `os.PathLike`, or a `str` that names an
existing file, is a path; any other `str` is the text itself (one line, as
an HTTP client returns JSON, or many); `bytes` and file objects (text or
binary) are their content. A `str` that is neither a file nor text the
reader reads gets an error saying both were tried.
"""

from __future__ import annotations

import os
from typing import IO, Any, Union

from . import _growthkit as _native
from ._errors import DataError

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[Any]]


def _bytes(src: Source) -> bytes | str:
    """The bytes of a source, or the path of a file (which the native reader
    opens itself, without a copy in Python)."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        return bytes(src)
    if isinstance(src, str):
        return src if _is_file(src) else src.encode("utf-8")
    if isinstance(src, os.PathLike):
        return os.fspath(src)
    if hasattr(src, "read"):
        data = src.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(
        f"expected a path, the text itself, bytes or a file object, got {type(src).__name__}"
    )


def _is_file(text: str) -> bool:
    """Whether a `str` names an existing file (a long text is never a name)."""
    if len(text) > 4096 or "\n" in text or "\0" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def _read(native: Any, src: Source, *args: Any) -> _native.Dataset:
    """Calls a native reader; a one-line `str` that is no file and does not
    read as text gets an error that says both were tried."""
    data = _bytes(src)
    try:
        return native(data, *args)
    except DataError as e:
        if isinstance(src, str) and isinstance(data, bytes) and "\n" not in src.strip():
            shown = src if len(src) <= 60 else src[:60] + "…"
            raise DataError(
                f"`{shown}` names no file here, and read as the text itself: {e}", e.code
            ) from e
        raise


def read(src: Source) -> _native.Dataset:
    """Reads any format growthkit reads, deciding it from the content (never
    the file name): SDMX-ML, SDMX-JSON, SDMX-CSV (also without its structure
    column), Eurostat TSV, ONS, World Bank, BIS and IMF wide CSV, FRED, NBS
    JSON, plain CSV; gzip and zip are opened. ``notes[0]`` says what was read.

    >>> ds = gk.read("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\\nX,DE,2020,1\\n")
    >>> ds.notes[0].startswith("read as SDMX-CSV")
    True
    """
    return _read(_native._read, src)


def read_sdmx_xml(src: Source) -> _native.Dataset:
    """Reads an SDMX-ML data message (2.0 Generic, Compact, MessageGroup;
    2.1 Generic, StructureSpecific; 3.0) into a Dataset, with units and
    flags from every attachment level; no DTD or entity is ever read.

    >>> xml = '<StructureSpecificData><DataSet><Series GEO="LU" UNIT_MEASURE="EUR" UNIT_MULT="6">'
    >>> xml += '<Obs TIME_PERIOD="2013" OBS_VALUE="49094.5"/></Series>'
    >>> xml += "</DataSet></StructureSpecificData>"
    >>> ds = gk.read_sdmx_xml(xml)
    >>> lu = ds.series({"GEO": "LU"})
    >>> lu.values.tolist(), str(lu.indicator.unit)
    ([49094.5], 'million EUR')
    """
    return _read(_native._read_sdmx_xml, src)


def read_sdmx_csv(src: Source) -> _native.Dataset:
    """Reads SDMX-CSV 1.0, 2.0 or 2.1 (codes, ``CODE: Label`` or name columns,
    ``,`` or ``;``) into a Dataset; ``ACTION`` D rows are counted in
    ``notes``, not read.

    >>> text = "DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS\\n"
    >>> ds = gk.read_sdmx_csv(text + "X,DE,2019,100,\\nX,DE,2020,110,P\\n")
    >>> len(ds), ds.n_observations, ds.flags({"GEO": "DE"})
    (1, 2, [None, 'P'])
    """
    return _read(_native._read_sdmx_csv, src)


def read_sdmx_json(src: Source) -> _native.Dataset:
    """Reads an SDMX-JSON data message (pre-1.0, 1.0 or 2.0) into a Dataset;
    a series key that repeats in the message is merged, never dropped."""
    return _read(_native._read_sdmx_json, src)


def read_fred_csv(src: Source, *, frequency: str | None = None) -> _native.Dataset:
    """Reads FRED's CSV (``DATE`` or ``observation_date``, ``.`` or empty for
    missing); the frequency is inferred from the dates and said in ``notes``.

    >>> ds = gk.read_fred_csv("DATE,ICSA\\n2020-03-14,282000\\n2020-03-21,3307000\\n")
    >>> ds.series({"series_id": "ICSA"}).frequency
    'weekly_sat'
    """
    return _read(_native._read_fred_csv, src, frequency)


def read_nbs_json(src: Source) -> _native.Dataset:
    """Reads China NBS's query JSON (``returndata``); indices on the previous
    year (上年同期=100) get the unit ``index (previous year = 100)``."""
    return _read(_native._read_nbs_json, src)


def read_csv(
    src: Source,
    *,
    period: str | None = None,
    value: str | None = None,
    keys: list[str] | None = None,
    frequency: str | None = None,
    flag: str | None = None,
) -> _native.Dataset:
    """Reads a plain CSV table: long with ``value`` (and ``keys``, by default
    every other column), wide without it (one series per column). The period
    column is guessed from its header when not named.

    >>> text = "region,quarter,gdp\\nnorth,2020-Q1,10\\nsouth,2020-Q1,20\\n"
    >>> ds = gk.read_csv(text, period="quarter", value="gdp")
    >>> ds.keys()
    [{'region': 'north'}, {'region': 'south'}]
    """
    return _read(_native._read_csv, src, period, value, keys, frequency, flag)


__all__ = [
    "read",
    "read_csv",
    "read_fred_csv",
    "read_nbs_json",
    "read_sdmx_csv",
    "read_sdmx_json",
    "read_sdmx_xml",
]
