"""Kernels read numpy arrays in place and write into `out` when given."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

import growthkit as gk
from growthkit.kernels import _column


def test_contiguous_float64_is_passed_through_untouched() -> None:
    x = np.arange(10, dtype=np.float64)
    assert _column(x, np.float64, "values") is x


def test_strided_and_integer_inputs_are_converted() -> None:
    x = np.arange(20, dtype=np.float64)[::2]
    assert not x.flags.c_contiguous
    np.testing.assert_allclose(gk.kernels.lag_growth(x, 1)[2:], x[2:] / x[1:-1] - 1)
    np.testing.assert_allclose(gk.kernels.lag_growth(np.arange(1, 5), 1)[1:], [1.0, 0.5, 1 / 3])


def test_out_is_written_in_place_and_returned() -> None:
    x = np.linspace(1, 2, 1000)
    out = np.empty_like(x)
    result = gk.kernels.lag_growth(x, 12, out=out)
    assert result is out and np.shares_memory(result, out)
    np.testing.assert_allclose(out[12:], x[12:] / x[:-12] - 1)


def test_the_kernel_borrows_the_callers_buffer() -> None:
    # An out array that is a view of the input is refused: the kernel holds a
    # read borrow on the caller's own buffer, which a copy would not.
    x = np.linspace(1, 2, 100)
    with pytest.raises(gk.ArgumentError):
        gk.kernels.lag_growth(x, 1, out=x)


def test_no_python_side_copy_of_a_large_input() -> None:
    x = np.linspace(1, 2, 1_000_000)
    out = np.empty_like(x)
    tracemalloc.start()
    gk.kernels.lag_growth(x, 12, out=out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < x.nbytes / 10  # a copy of the input would be 8 MB


def test_same_numbers_as_numpy_slicing() -> None:
    rng = np.random.default_rng(1)
    x = rng.uniform(1, 100, 10_000)
    expected = np.full_like(x, np.nan)
    expected[12:] = x[12:] / x[:-12] - 1
    np.testing.assert_array_equal(gk.kernels.lag_growth(x, 12), expected)


def test_grouped_growth_with_string_ids_and_shuffled_rows() -> None:
    ids = np.array(["b", "a", "a", "b"])
    ords = np.array([601, 600, 601, 600])
    vals = np.array([30.0, 10.0, 11.0, 25.0])
    np.testing.assert_allclose(
        gk.kernels.grouped_growth(ids, ords, vals, 1), [0.2, np.nan, 0.1, np.nan]
    )


def test_parse_periods_gives_pandas_ordinals() -> None:
    import pandas as pd

    freqs, ords = gk.kernels.parse_periods(["2020Q3", "2020-Q4"])
    assert freqs == ["quarterly", "quarterly"] and ords.dtype == np.int64
    assert ords.tolist() == [pd.Period("2020Q3", "Q").ordinal, pd.Period("2020Q4", "Q").ordinal]


def test_decumulate_ytd_kernel_by_hand() -> None:
    # Two ids, Jan-Mar 2020 (ordinals 600-602), year-to-date totals, shuffled.
    ids = np.array([2, 1, 1, 2, 1, 2])
    ords = np.array([601, 600, 602, 600, 601, 602])
    ytd = np.array([30.0, 10.0, 33.0, 20.0, 22.0, 35.0])
    flows = gk.kernels.decumulate_ytd(ids, ords, ytd, "monthly")
    np.testing.assert_allclose(flows, [10.0, 10.0, 11.0, 20.0, 12.0, 5.0])
    with pytest.raises(gk.PeriodError):
        gk.kernels.decumulate_ytd(ids, ords, ytd, "weekly")


def test_vector_powers_against_numpy() -> None:
    """cagr, annualized and two_year_average over columns: numpy's own
    formulas row by row, NaN where the scalar functions refuse a row."""
    rng = np.random.default_rng(5)
    first = rng.uniform(50, 150, 1000)
    last = rng.uniform(50, 150, 1000)
    first[3], last[7], first[11] = 0.0, -1.0, np.nan
    got = gk.kernels.cagr(first, last, 3.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        want = np.where((first > 0) & (last > 0), (last / first) ** (1 / 3) - 1, np.nan)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15, equal_nan=True)
    assert np.isnan(got[[3, 7, 11]]).all()
    rates = rng.uniform(-0.05, 0.05, 1000)
    rates[5] = -1.0
    want = np.where(1 + rates > 0, (1 + rates) ** 4 - 1, np.nan)
    np.testing.assert_allclose(gk.kernels.annualized(rates, 4), want, rtol=1e-12, equal_nan=True)
    g2 = rng.uniform(-0.05, 0.05, 1000)
    g2[9] = -2.0
    with np.errstate(invalid="ignore"):
        want = np.where((1 + rates > 0) & (1 + g2 > 0), np.sqrt((1 + rates) * (1 + g2)) - 1, np.nan)
    got = gk.kernels.two_year_average(rates, g2)
    np.testing.assert_allclose(got, want, rtol=1e-12, equal_nan=True)
    # The scalar functions give the same numbers on a valid row.
    assert abs(gk.kernels.cagr([100.0], [133.1], 3.0)[0] - gk.cagr(100.0, 133.1, 3.0)) < 1e-15
    out = np.empty(1000)
    assert gk.kernels.annualized(rates, 4, out=out) is out
    with pytest.raises(gk.ArgumentError):
        gk.kernels.cagr(first, last, 0.0)
    with pytest.raises(gk.SeriesError):
        gk.kernels.two_year_average(rates, g2[:10])
