"""Every error code is raised from Python with its class and .code."""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np
import pytest

import growthkit as gk

RAISERS: dict[str, tuple[type[gk.GrowthkitError], Callable[[], Any]]] = {
    "invalid_period": (gk.PeriodError, lambda: gk.Period.parse("2020-13")),
    "invalid_frequency": (gk.PeriodError, lambda: gk.Frequency.parse("H")),
    "out_of_range": (gk.PeriodError, lambda: gk.Period.year(10000)),
    "no_such_period": (gk.PeriodError, lambda: gk.Period.parse("2020-W53").year_ago()),
    "straddles": (
        gk.PeriodError,
        lambda: gk.Period.parse("2020-09-28/P7D").to_frequency("monthly"),
    ),
    "frequency_mismatch": (gk.PeriodError, lambda: gk.Period.range("2020-Q1", "2020-05")),
    "duplicate_period": (gk.SeriesError, lambda: gk.Series(["2020", "2020"], [1, 2])),
    "overlapping_periods": (gk.SeriesError, lambda: gk.Series(["2020", "2020-Q1"], [1, 2])),
    "length_mismatch": (gk.SeriesError, lambda: gk.Series(["2020"], [1, 2])),
    "non_finite": (gk.ArgumentError, lambda: gk.pct_change(math.inf, 1)),
    "non_positive_base": (gk.ArgumentError, lambda: gk.pct_change(1, 0)),
    "invalid_argument": (gk.ArgumentError, lambda: gk.Period.parse("2020").label("fr")),
    "invalid_unit": (gk.UnitError, lambda: gk.Unit.parse("billion")),
    "unit_mismatch": (gk.UnitError, lambda: gk.Quantity(1, "yuan").convert("USD")),
    "malformed_data": (gk.DataError, lambda: gk.read_fred_csv("DATE,X\n2020-01-01,abc\n")),
    "no_such_series": (
        gk.DataError,
        lambda: gk.read_fred_csv("DATE,X\n2020-01-01,1\n").series({"series_id": "Y"}),
    ),
}


def test_every_code_has_a_raiser() -> None:
    assert set(RAISERS) == set(gk.ERROR_CODES)


@pytest.mark.parametrize("code", sorted(RAISERS))
def test_code_class_and_message(code: str) -> None:
    cls, raise_it = RAISERS[code]
    with pytest.raises(cls) as info:
        raise_it()
    err = info.value
    assert err.code == code
    assert isinstance(err, gk.GrowthkitError) and isinstance(err, ValueError)
    assert (str(err) and str(err) == str(err).lower()) or "`" in str(err)


def test_message_quotes_the_input() -> None:
    with pytest.raises(gk.PeriodError) as info:
        gk.Period.parse("2020-Q5")
    assert "`2020-Q5`" in str(info.value)


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        gk.Period.parse(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gk.Series(["2020"], ["a lot"])
    with pytest.raises(TypeError):
        gk.Period.parse("2020").contains(2020)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gk.Series(["2020"], [1.0]).share_of([1.0])  # type: ignore[arg-type]


def test_kernel_argument_errors() -> None:
    with pytest.raises(gk.ArgumentError):
        gk.kernels.lag_growth(np.ones((2, 2)), 1)
    with pytest.raises(gk.ArgumentError):
        gk.kernels.lag_growth(np.array(["a", "b"]), 1)
    with pytest.raises(gk.ArgumentError):
        gk.kernels.lag_growth(np.ones(3), 0)
    with pytest.raises(gk.SeriesError):
        gk.kernels.lag_growth(np.ones(3), 1, out=np.empty(2))
    with pytest.raises(gk.ArgumentError):
        gk.kernels.lag_growth(np.ones(3), 1, out=np.empty(3, dtype=np.float32))


def test_the_module_keeps_working_after_errors() -> None:
    for _, raise_it in RAISERS.values():
        with pytest.raises(gk.GrowthkitError):
            raise_it()
    assert str(gk.Period.parse("2020Q3")) == "2020-Q3"


def test_hostile_inputs_give_errors_not_panics() -> None:
    for text in [
        "",
        " ",
        "\x00",
        "9" * 10_000,
        "2020-W" + "9" * 30,
        "年" * 1000,
        "2020年第" + "三" * 50 + "季度",
    ]:
        with pytest.raises(gk.PeriodError):
            gk.Period.parse(text)
    with pytest.raises(gk.PeriodError):
        gk.Period.parse("2020-01").shift(2**63 - 1)
    # Beyond 64 bits: out_of_range, the code JS gives for the same number.
    with pytest.raises(gk.PeriodError) as info:
        gk.Period.parse("2020-01").shift(2**64)
    assert info.value.code == "out_of_range"
    with pytest.raises(gk.ArgumentError) as arg:
        gk.Reported(5, -1)
    assert arg.value.code == "invalid_argument"
    with pytest.raises(TypeError):  # a float is the wrong Python type
        gk.Quantity(1, "yuan").to_scale(1.5)  # type: ignore[arg-type]
    with pytest.raises(gk.ArgumentError):
        gk.Series(["2020"], [1.0]).rolling(0, "sum")


def test_ten_megabyte_strings_give_short_errors() -> None:
    huge = "2020-Q" + "9" * 10_000_000
    for parse, text in [
        (gk.Period.parse, huge),
        (gk.Unit.parse, f"10^{huge} yuan"),
        (gk.Reported.parse, huge),
        (gk.Frequency.parse, huge),
    ]:
        with pytest.raises(gk.GrowthkitError) as info:
            parse(text)
        assert len(str(info.value)) < 2_000
    with pytest.raises(gk.ArgumentError):
        gk.Series.from_json("[" * 100_000)
