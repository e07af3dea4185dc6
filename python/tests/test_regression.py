"""regARIMA with regressors against x13as: the shared vectors (tables D10 to
D13, forecasts, coefficients that x13as gave), and x13as run here on real
series with X-13's td, easter[w] and lpyear, and on composed ones with the
Spring Festival and China's working days as user regressors (computed in
x13ref from lunardate and chinesecalendar, not by growthkit)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import x13ref
from conftest import shared
from test_x11 import real_series, series, tables

import growthkit as gk

VECTORS = json.loads((Path(__file__).parents[2] / "tests/vectors/x11/cases.json").read_text())
TABLES = ("d10", "d11", "d12", "d13")


def regressors(case: dict) -> list:
    return [
        r if isinstance(r, str) else series(r["start"], r["values"]) for r in case["regressors"]
    ]


def assert_model(d: gk.Decomposition, forecasts: list[float], coefficients: list) -> None:
    """Forecasts within 1e-6 relative, coefficients within 1e-4 and their
    standard errors within 1e-4 relative of x13as'."""
    assert d.forecasts is not None
    for got, want in zip(d.forecasts.values, forecasts, strict=True):
        assert abs(got - want) <= 1e-6 * abs(want)
    assert len(d.coefficients) == len(coefficients)
    for (name, value, se), (_, v, s) in zip(d.coefficients, coefficients, strict=True):
        assert abs(value - v) <= 1e-4, f"{name}: {value} vs {v}"
        assert abs(se - s) <= 1e-4 * s, f"{name}: standard error {se} vs {s}"


@pytest.mark.parametrize("case", VECTORS["regression"], ids=lambda c: c["name"])
def test_regression_vectors(case: dict) -> None:
    o = case["options"]
    d = series(case["start"], case["values"]).seasonal_adjust(regressors=regressors(case), **o)
    mode = "mult" if d.transform == "log" else "add"
    gap, where = x13ref.worst(tables(d), case["expected"], mode, case["values"], tables=TABLES)
    assert gap <= case["tol"], where
    assert_model(d, case["forecasts"], case["coefficients"])


def compare(start: str, values: list[float], regs: list, transform: str = "log") -> None:
    """growthkit and x13as (run now) on one series with regressors."""
    first = gk.Period.parse(start)
    period = 12 if first.frequency == "monthly" else 4
    day = first.start
    at = (day.year, day.month if period == 12 else (day.month - 1) // 3 + 1)
    reg, files = x13ref.regression(regs, at, len(values) + period, period)
    model = (
        f"transform{{function={transform}}}\n{reg}\narima{{model=(0 1 1)(0 1 1)}}\n"
        f"forecast{{maxlead={period} save=(fct)}}\nestimate{{save=(est)}}"
    )
    extra: dict = {}
    ref = x13ref.run(values, at, period, "", tables=TABLES, model=model, files=files, extra=extra)
    users = [r if isinstance(r, str) else series(start, r["values"]) for r in regs]
    d = series(start, values).seasonal_adjust(
        transform=transform, forecast=period, regressors=users
    )
    mode = "mult" if d.transform == "log" else "add"
    gap, where = x13ref.worst(tables(d), ref, mode, values, tables=TABLES)
    assert gap <= 1e-6, f"{regs}: {where}"
    assert_model(d, extra["forecasts"], extra["coefficients"])


def test_real_series_with_x13_regressors(x13: None) -> None:
    real = real_series()
    start, air = real["airline passengers 1949-1960"]
    compare(start, air, ["td", "easter[8]"])
    compare(start, air, ["tdnolpyear", "easter[1]"])
    compare(start, air, ["lpyear", "easter[15]"], transform="none")
    start, gdp = real["US real GDP 1959-2009"]
    compare(start, gdp, ["td"])
    compare(start, gdp, ["ls2008.4", "ao2000.1"])
    fixtures = shared("fixtures") / "round3"
    cpih = gk.read_ons_csv(fixtures / "ons_mm23_l522_cpih_annual_quarterly_monthly.csv")
    m = cpih.series({"cdid": "L522", "freq": "M"})
    compare(str(m.periods[0]), list(m.values), ["td", "easter[8]"])
    compare(str(m.periods[0]), list(m.values), ["ls2020.apr", "ao2021.jan", "easter[8]"])


def test_composed_series_with_chinese_calendar(x13: None) -> None:
    rng = random.Random(20261206)
    for i in range(12):
        period = rng.choice([12, 12, 4])
        years = rng.randrange(4, 17)
        start = 2008 + rng.randrange(0, 18 - years)
        first = (
            f"{start}-{rng.randrange(1, 13):02d}"
            if period == 12
            else f"{start}-Q{rng.randrange(1, 5)}"
        )
        values = x13ref.composed(200 + i, years * period, period)
        regs: list = (
            ["working_days_cn"]
            if period == 4
            else rng.choice(
                [
                    ["spring_festival[7,7]"],
                    ["spring_festival[15,3]", "working_days_cn"],
                    ["working_days_cn"],
                ]
            )
        )
        if rng.random() < 0.4:
            u = [round(rng.gauss(0, 1), 4) for _ in range(len(values) + period)]
            values = [round(v * (1 + 0.02 * x), 3) for v, x in zip(values, u, strict=False)]
            regs = [{"name": "promo", "values": u}, *regs]
        compare(first, values, regs)


def test_regressor_errors() -> None:
    case = VECTORS["regression"][0]
    s = series(case["start"], case["values"])
    for bad, error in [
        (["easter[30]"], gk.ArgumentError),
        (["tdx"], gk.ArgumentError),
        (["ao2020.13"], gk.ArgumentError),
        (["lsx"], gk.ArgumentError),
        ([s], gk.ArgumentError),  # does not cover the forecasts
    ]:
        with pytest.raises(error):
            s.seasonal_adjust(regressors=bad)
    with pytest.raises(TypeError):
        s.seasonal_adjust(regressors=[3])
    with pytest.raises(gk.ArgumentError, match="use mode add"):
        s.seasonal_adjust(transform="none", mode="mult", regressors=["td"])
    with pytest.raises(gk.GrowthkitError) as e:
        s.seasonal_adjust(regressors=["ao1990.jan"])
    assert e.value.code == "out_of_range"
    late = gk.Series([gk.Period.parse("2020-01").shift(i) for i in range(84)], case["values"][:84])
    with pytest.raises(gk.GrowthkitError) as e:
        late.seasonal_adjust(regressors=["working_days_cn"])
    assert e.value.code == "out_of_range"


def test_calendar_factors_are_removed_from_the_adjusted_series() -> None:
    case = VECTORS["regression"][0]
    d = series(case["start"], case["values"]).seasonal_adjust(regressors=["td"])
    assert d.calendar is not None
    for o, s, c, a in zip(
        case["values"], d.seasonal.values, d.calendar.values, d.adjusted.values, strict=True
    ):
        assert abs(a - o / (s * c)) <= 1e-12 * a
    assert series(case["start"], case["values"]).seasonal_adjust().calendar is None


def test_automatic_outliers_against_x13(x13: None) -> None:
    """X-13's outlier{types=(ao ls)} on 24 composed monthly series with
    three planted outliers each: the same outliers found, and the tables
    equal x13as' within 1e-6."""
    for seed in range(24):
        values = x13ref.composed(40 + seed, 144, 12, outliers=3)
        model = (
            "transform{function=log}\narima{model=(0 1 1)(0 1 1)}\noutlier{types=(ao ls)}\n"
            "forecast{maxlead=12 save=(fct)}\nestimate{save=(est)}"
        )
        extra: dict = {}
        ref = x13ref.run(values, (2001, 1), 12, "", tables=TABLES, model=model, extra=extra)
        d = series("2001-01", values).seasonal_adjust(outliers=["ao", "ls"])
        ours = [c[0].lower() for c in d.coefficients]
        theirs = [c[0].lower() for c in extra["coefficients"]]
        assert ours[:-2] == theirs[:-2], f"seed {seed}: {ours} vs {theirs}"
        gap, where = x13ref.worst(tables(d), ref, "mult", values, tables=TABLES)
        assert gap <= 1e-6, f"seed {seed}: {where}"
        assert_model(d, extra["forecasts"], extra["coefficients"])


def test_outlier_options() -> None:
    case = VECTORS["regression"][0]
    s = series(case["start"], case["values"])
    for kwargs in [{"outliers": ["tc"]}, {"outliers": ["ao"], "critical": 0.0}]:
        with pytest.raises(gk.ArgumentError):
            s.seasonal_adjust(**kwargs)
    # a critical value above every |t| finds none; a low one finds some
    assert len(s.seasonal_adjust(outliers=["ao", "ls"], critical=50.0).coefficients) == 2
    assert len(s.seasonal_adjust(outliers=["ao", "ls"], critical=2.5).coefficients) > 2


def test_dataset_adjusts_every_series_and_notes_the_refused() -> None:
    import pandas as pd

    months = [str(gk.Period.parse("2009-01").shift(i)) for i in range(144)]
    rows = []
    for key in range(3):
        values = x13ref.composed(300 + key, 144, 12, outliers=3)
        rows += [(f"r{key}", m, v) for m, v in zip(months, values, strict=True)]
    rows += [("short", m, 100.0 + i) for i, m in enumerate(months[:24])]
    ds = gk.Dataset.from_pandas(pd.DataFrame(rows, columns=["id", "period", "value"]), keys=["id"])
    for comp in ["adjusted", "trend"]:
        out = ds.seasonal_adjust(component=comp, regressors=["td"], outliers=["ao", "ls"])
        assert sorted(k["id"] for k in out.keys()) == ["r0", "r1", "r2"]
        assert any("short" in n and "three years" in n for n in out.notes)
        for key in ["r0", "r1", "r2"]:
            one = ds.series({"id": key}).seasonal_adjust(regressors=["td"], outliers=["ao", "ls"])
            assert list(out.series({"id": key}).values) == list(getattr(one, comp).values)
    with pytest.raises(gk.ArgumentError):
        ds.seasonal_adjust(component="calendar")
