"""The readers of statistics offices' own layouts: `read_eurostat_tsv`,
`read_worldbank_csv`, `read_ons_csv`, `read_wide_csv`, `read_excel`. Each takes a source
(a path, the text itself, bytes or a file object; gzip and zip are opened)
and returns a `Dataset`; what a reader skips or infers is in its ``notes``.
"""

from __future__ import annotations

from . import _growthkit as _native
from ._io import Source, _read


def read_eurostat_tsv(src: Source) -> _native.Dataset:
    """Reads Eurostat's TSV (the bulk ``unit,geo\\\\time`` and the API's
    ``freq,unit,geo\\\\TIME_PERIOD``): dimensions as the header names them,
    flags kept whole (``be``), ``:`` missing; week 99 is not read (counted in
    ``notes``); a ``unit`` code gives the unit where it reads as one.

    >>> text = "unit,geo\\\\time\\t2021 \\t2020 \\nPC,DE\\t25.3 \\t25.6 b\\n"
    >>> ds = gk.read_eurostat_tsv(text)
    >>> ds.dimensions, ds.flags({"geo": "DE"})
    (['unit', 'geo'], ['b', None])
    """
    return _read(_native._read_eurostat_tsv, src)


def read_worldbank_csv(src: Source) -> _native.Dataset:
    """Reads a World Bank CSV (the WDI bulk ``API_*.csv`` or a DataBank
    export), keyed by ``country`` and ``indicator`` codes, the names in the
    attributes ``country_name`` and ``indicator_name``; ``..`` is missing.

    >>> text = "Country Name,Country Code,Series Name,Series Code,2014 [YR2014]\\n"
    >>> ds = gk.read_worldbank_csv(text + "Utopia,UTO,GDP (current US$),NY.GDP.MKTP.CD,..\\n")
    >>> ds.keys(), ds.attributes({"country": "UTO"})["country_name"]
    ([{'country': 'UTO', 'indicator': 'NY.GDP.MKTP.CD'}], 'Utopia')
    """
    return _read(_native._read_worldbank_csv, src)


def read_ons_csv(src: Source) -> _native.Dataset:
    """Reads an ONS time-series CSV: one series per frequency block, keyed
    by ``cdid`` and ``freq`` (``A``, ``Q``, ``M``), the metadata rows as
    attributes (``title``, ``release_date``, ...), ``£`` and ``m`` as
    million GBP.

    >>> text = '"CDID","ZZZZ"\\n"PreUnit","£"\\n"Unit","m"\\n"2020","40"\\n"2020 Q1","9"\\n'
    >>> ds = gk.read_ons_csv(text)
    >>> ds.keys()
    [{'cdid': 'ZZZZ', 'freq': 'A'}, {'cdid': 'ZZZZ', 'freq': 'Q'}]
    """
    return _read(_native._read_ons_csv, src)


def read_wide_csv(src: Source) -> _native.Dataset:
    """Reads a wide CSV, one row per series and one column per period (BIS
    bulk ``csv_col``, the IMF data portal): code columns under SDMX ids form
    the key, label columns (and a column holding the whole key, as BIS's
    ``Series``) become attributes; empty cells are missing.

    >>> text = "FREQ,Frequency,REF_AREA,Series,2020-Q1,2020-Q2\\nQ,Quarterly,US,Q:US,1.5,\\n"
    >>> ds = gk.read_wide_csv(text)
    >>> ds.dimensions, ds.attributes({"REF_AREA": "US"})["Series"]
    (['FREQ', 'REF_AREA'], 'Q:US')
    """
    return _read(_native._read_wide_csv, src)


def read_excel(
    src: Source, *, sheet: str | None = None, header_rows: int | None = None
) -> _native.Dataset:
    """Reads an Excel workbook (``.xlsx`` or ``.xls``). An ABS time-series
    workbook (``Data1``: ``Unit`` ... ``Series ID`` rows over a date column)
    gives one series per column keyed by ``series_id``, the header rows as
    attributes, a quarter dated by its last month (1959-09-01 is 1959-Q3),
    ABS's ``$`` as AUD; ``No. Obs`` against the values read is in ``notes``.
    Any other sheet (``sheet``, by default the first) is a plain table whose
    ``header_rows`` rows (by default 1) name a period column and one column
    per series; a sheet it cannot read is refused, naming the arguments.

    >>> try:
    ...     gk.read_excel(b"no workbook", sheet="Data1")
    ... except gk.DataError as e:
    ...     print(e.code)
    malformed_data
    """
    return _read(_native._read_excel, src, sheet, header_rows)


__all__ = ["read_eurostat_tsv", "read_excel", "read_ons_csv", "read_wide_csv", "read_worldbank_csv"]
