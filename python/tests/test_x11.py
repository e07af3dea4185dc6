"""X-11 against the Census Bureau's X-13ARIMA-SEATS (x13as, run here on
the same series): the shared vectors, real series (the airline passengers,
statsmodels' El Niño, CO2 and US macro data; FRED's CPI, the ECB's euro
area GDP, the ONS's CPIH and UK GDP in ../shared/fixtures) and composed ones,
table by table to 1e-9."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import x13ref
from conftest import shared

import growthkit as gk

VECTORS = json.loads((Path(__file__).parents[2] / "tests/vectors/x11/cases.json").read_text())


def series(start: str, values: list[float | None]) -> gk.Series:
    first = gk.Period.parse(start)
    return gk.Series([first.shift(i) for i in range(len(values))], values)


def tables(d: gk.Decomposition) -> dict[str, list[float]]:
    parts = {
        "d10": d.seasonal,
        "d11": d.adjusted,
        "d12": d.trend,
        "d13": d.irregular,
        "c17": d.weights,
    }
    return {k: list(s.values) for k, s in parts.items()}


def options(o: dict) -> dict:
    out = dict(o)
    if "sigma_limits" in out:
        out["sigma_limits"] = tuple(out["sigma_limits"])
    return out


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vectors(case: dict) -> None:
    d = series(case["start"], case["values"]).x11(**options(case["options"]))
    o = case["options"]
    gap, where = x13ref.worst(
        tables(d), case["expected"], o["mode"], case["values"], o["trend_filter"]
    )
    assert gap <= 1e-9, where


@pytest.mark.parametrize("case", VECTORS["errors"], ids=lambda c: c["name"])
def test_vector_errors(case: dict) -> None:
    s = series(case["start"], case["values"])
    if case["code"] is None:
        s.x11(**options(case["options"]))
        return
    with pytest.raises(gk.GrowthkitError) as e:
        s.x11(**options(case["options"]))
    assert e.value.code == case["code"]


def compare(start: str, values: list[float], **opts) -> None:
    """growthkit and x13as on one series and spec."""
    first = gk.Period.parse(start)
    period = 12 if first.frequency == "monthly" else 4
    day = first.start
    year, number = day.year, (day.month if period == 12 else (day.month - 1) // 3 + 1)
    ref = x13ref.run(values, (year, number), period, x13ref.x11_spec(**opts))
    got = tables(series(start, values).x11(**opts))
    gap, where = x13ref.worst(got, ref, opts.get("mode", "mult"), values, opts.get("trend_filter"))
    assert gap <= 1e-9, f"{start} {opts}: {where}"


def real_series() -> dict[str, tuple[str, list[float]]]:
    from statsmodels import datasets
    from statsmodels.tsa.statespace.tests.results import results_sarimax

    out = {
        "airline passengers 1949-1960": ("1949-01", [float(v) for v in results_sarimax.air2_data])
    }
    nino = datasets.elnino.load_pandas().data
    out["El Nino 1950-2010"] = ("1950-01", [float(v) for v in nino.iloc[:, 1:].to_numpy().ravel()])
    co2 = datasets.co2.load_pandas().data["co2"].resample("MS").mean().ffill()
    out["CO2 1958-2001 (monthly means, gaps carried forward)"] = (
        "1958-03",
        [float(v) for v in co2],
    )
    macro = datasets.macrodata.load_pandas().data
    out["US real GDP 1959-2009"] = ("1959-Q1", [float(v) for v in macro["realgdp"]])
    out["US CPI 1959-2009"] = ("1959-Q1", [float(v) for v in macro["cpi"]])
    return out


@pytest.mark.parametrize("name", list(real_series()))
@pytest.mark.parametrize("mode", ["mult", "add", "logadd"])
def test_real_series(x13: None, name: str, mode: str) -> None:
    start, values = real_series()[name]
    compare(start, values, mode=mode)
    compare(start, values, mode=mode, seasonal_filter="s3x9", trend_filter=13)


def test_fixture_files(x13: None) -> None:
    fixtures = shared("fixtures")
    cpi = gk.read_fred_csv(fixtures / "round3/fred_CPIAUCSL_monthly_observation_date.csv")
    s = cpi.series(cpi.keys()[0])
    values = list(s.values)
    # The 720 months up to the last one before a missing value (FRED left
    # October 2025 empty): X-11 fills nothing.
    end = max(i for i in range(719, len(values)) if all(v == v for v in values[i - 719 : i + 1]))
    months, first = values[end - 719 : end + 1], s.periods[end - 719]
    compare(str(first), months)
    compare(str(first), months, seasonal_filter="s3x15")
    title = (
        "Gross domestic product at market prices, volume "
        "(MNA.Q.Y.I9.W2.S1.S1.B.B1GQ._Z._Z._Z.EUR.LR.N)"
    )
    gdp = gk.read_csv(
        fixtures / "ecb_portal_ea_real_gdp_quarterly.csv",
        period="TIME PERIOD",
        value=title,
        keys=[],
    )
    g = gdp.series({})
    compare(str(g.periods[0]), list(g.values))
    compare(str(g.periods[0]), list(g.values), mode="add", seasonal_filter="x11default")


def test_ons_files(x13: None) -> None:
    fixtures = shared("fixtures") / "round3"
    cpih = gk.read_ons_csv(fixtures / "ons_mm23_l522_cpih_annual_quarterly_monthly.csv")
    m = cpih.series({"cdid": "L522", "freq": "M"})
    compare(str(m.periods[0]), list(m.values))
    compare(str(m.periods[0]), list(m.values), mode="logadd", seasonal_filter="s3x3")
    gdp = gk.read_ons_csv(fixtures / "ons_qna_abmi_gdp_annual_quarterly.csv")
    q = gdp.series({"cdid": "ABMI", "freq": "Q"})
    compare(str(q.periods[0]), list(q.values))
    compare(str(q.periods[0]), list(q.values), mode="pseudoadd", trend_filter=7)


def test_composed_series(x13: None) -> None:
    rng = random.Random(20261203)
    filters = ["msr", "x11default", "s3x1", "s3x3", "s3x5", "s3x9", "s3x15", "stable"]
    for i in range(48):
        period = rng.choice([12, 4])
        n = rng.randrange(3 * period, 40 * period)
        mode = rng.choice(["mult", "add", "pseudoadd", "logadd"])
        trend = rng.choice([None, None, 5, 7, 9, 13, 23])
        trend = trend if trend and trend <= n else None
        values = x13ref.composed(i, n, period, additive=mode == "add", outliers=rng.randrange(5))
        start = "1985-" + (
            f"{rng.randrange(1, 13):02d}" if period == 12 else f"Q{rng.randrange(1, 5)}"
        )
        compare(start, values, mode=mode, seasonal_filter=rng.choice(filters), trend_filter=trend)


def test_adjusted_series_gives_growth_on_the_previous_period() -> None:
    case = VECTORS["cases"][7]
    sales = gk.Indicator("sales", "Retail sales", "billion yuan", "flow")
    first = gk.Period.parse(case["start"])
    s = gk.Series([first.shift(i) for i in range(len(case["values"]))], case["values"], sales)
    d = s.x11()
    assert d.adjusted.indicator.name == "Retail sales, seasonally adjusted"
    assert d.seasonal_filter in {"s3x3", "s3x5", "s3x9"} and d.trend_filter in {9, 13, 23}
    a = list(d.adjusted.values)
    assert abs(d.adjusted.pct_change()[d.adjusted.periods[5]] - (a[5] / a[4] - 1)) < 1e-15


@pytest.mark.parametrize("case", VECTORS["adjust"], ids=lambda c: c["name"])
def test_seasonal_adjust_vectors(case: dict) -> None:
    d = series(case["start"], case["values"]).seasonal_adjust(**case["options"])
    mode = case["options"]["mode"] or ("mult" if d.transform == "log" else "add")
    # D10 to D13 (the X-11 cases check C17; here it follows the model's forecasts).
    d_tables = ("d10", "d11", "d12", "d13")
    gap, where = x13ref.worst(tables(d), case["expected"], mode, case["values"], tables=d_tables)
    assert gap <= case["tol"], where
    assert d.forecasts is not None and len(d.forecasts) == case["options"]["forecast"]
    assert d.log_likelihood is not None and d.coefficients[0][0].endswith("lag 1")


def test_seasonal_adjust_real_series(x13: None) -> None:
    model = "transform{function=log} arima{model=(0 1 1)(0 1 1)} forecast{maxlead=12}"
    for name, (start, values) in real_series().items():
        if min(values) <= 0:
            continue
        first = gk.Period.parse(start)
        period = 12 if first.frequency == "monthly" else 4
        day = first.start
        number = day.month if period == 12 else (day.month - 1) // 3 + 1
        spec = model.replace("maxlead=12", f"maxlead={period}")
        ref = x13ref.run(values, (day.year, number), period, x13ref.x11_spec(), model=spec)
        got = tables(series(start, values).seasonal_adjust(forecast=period))
        gap, where = x13ref.worst(got, ref, "mult", values)
        assert gap <= 1e-6, f"{name}: {where}"


def test_seasonal_adjust_errors() -> None:
    case = VECTORS["cases"][7]
    s = series(case["start"], case["values"])
    for kwargs in [
        {"transform": "box-cox"},
        {"arima": "(0 1 1)"},
        {"forecast": -1},
        {"transform": "log", "mode": "add"},
    ]:
        with pytest.raises(gk.ArgumentError):
            s.seasonal_adjust(**kwargs)
