"""growthkit's exceptions: one base class, a family per kind of remedy.

Every error raised by growthkit is a ``GrowthkitError`` (a ``ValueError``)
with a stable ``.code``:

- ``PeriodError``: ``invalid_period``, ``invalid_frequency``, ``out_of_range``,
  ``no_such_period``, ``straddles``, ``frequency_mismatch`` (fix the period);
- ``SeriesError``: ``duplicate_period``, ``overlapping_periods``,
  ``length_mismatch`` (fix the shape of the data);
- ``ArgumentError``: ``non_finite``, ``non_positive_base``, ``invalid_argument``
  (fix the numbers or options);
- ``UnitError``: ``invalid_unit``, ``unit_mismatch`` (fix the units);
- ``DataError``: ``malformed_data``, ``no_such_series`` (fix the file or the key).

Wrong Python types (a list where a Series is needed, ``None`` for a number)
raise ``TypeError`` as usual.
"""

from __future__ import annotations


def _native_families() -> dict[str, str]:
    from ._growthkit import ERROR_FAMILIES

    return dict(ERROR_FAMILIES)


class GrowthkitError(ValueError):
    """A growthkit failure, with a stable snake_case ``code``."""

    code: str

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, code)
        self.code = code

    def __str__(self) -> str:
        return str(self.args[0])


class PeriodError(GrowthkitError):
    """A period text, frequency or calendar operation that has no answer."""


class SeriesError(GrowthkitError):
    """Data of the wrong shape: duplicate or overlapping periods, unequal lengths."""


class ArgumentError(GrowthkitError):
    """A number or option outside what the function accepts."""


class UnitError(GrowthkitError):
    """A unit text that is not understood, or units that cannot be combined."""


class DataError(GrowthkitError):
    """A data file that is not what its reader reads, or a key with no series."""


_CLASSES: dict[str, type[GrowthkitError]] = {
    "period": PeriodError,
    "series": SeriesError,
    "argument": ArgumentError,
    "unit": UnitError,
    "data": DataError,
}

# The code -> family table comes from the core (`ErrorKind::family`): a code
# or family added there without a class here fails at import, so the two
# cannot drift.
FAMILIES: dict[str, type[GrowthkitError]] = {
    code: _CLASSES[family] for code, family in _native_families().items()
}


def from_code(code: str, message: str) -> GrowthkitError:
    """The exception for an error code (used by the native module)."""
    return FAMILIES.get(code, GrowthkitError)(message, code)
