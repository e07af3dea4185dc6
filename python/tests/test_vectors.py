"""Runs every case of tests/vectors/*.json through the Python API.

An op this runner does not know fails: that is how drift between the Rust,
Python and JS surfaces is caught.
"""

from __future__ import annotations

import json
import math
from typing import Any, Callable

import pytest
from conftest import load_cases, num

import growthkit as gk

CASES = load_cases()


def period(v: str) -> gk.Period:
    return gk.Period.parse(v)


def series(v: dict[str, Any]) -> gk.Series:
    indicator = None
    if v.get("indicator"):
        i = v["indicator"]
        indicator = gk.Indicator(
            i["code"], i["name"], i["unit"], i["measure"], i.get("region"), i.get("source")
        )
    return gk.Series(v["periods"], [num(x) for x in v["values"]], indicator)


def out_num(x: float) -> Any:
    return None if math.isnan(x) else x


def out_series(s: gk.Series) -> dict[str, Any]:
    return {
        "periods": [str(p) for p in s.periods],
        "values": [out_num(float(x)) for x in s.values],
        "indicator": json.loads(s.to_json())["indicator"],
        "json": s.to_json(),
    }


def reported(v: Any) -> gk.Reported:
    if isinstance(v, str):
        return gk.Reported.parse(v)
    return gk.Reported(num(v["value"]), v["decimals"])


def interval(v: list[Any]) -> gk.Interval:
    return gk.Interval(num(v[0]), num(v[1]))


def out_interval(i: gk.Interval) -> list[float]:
    return [i.lo, i.hi]


def target(v: dict[str, Any]) -> gk.Target:
    baseline = None if v["baseline"] is None else (v["baseline"][0], num(v["baseline"][1]))
    return gk.Target(num(v["value"]), v["deadline"], baseline)


def period_facts(a: dict[str, Any]) -> dict[str, Any]:
    return facts(period(a["text"]))


def facts(p: gk.Period) -> dict[str, Any]:
    return {
        "period": str(p),
        "frequency": p.frequency,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "days": p.days,
        "year": p.year,
    }


def period_new(a: dict[str, Any]) -> str:
    kind = a["kind"]
    if kind == "year":
        return str(gk.Period.year(a["year"]))
    if kind == "day":
        return str(gk.Period.day(a["date"]))
    if kind == "span":
        return str(gk.Period.span(a["start"], a["end"]))
    build = {
        "semiannual": gk.Period.semiannual,
        "quarter": gk.Period.quarter,
        "month": gk.Period.month,
        "week": gk.Period.week,
    }[kind]
    return str(build(a["year"], a["number"]))


def unit_facts(a: dict[str, Any]) -> dict[str, Any]:
    u = gk.Unit.parse(a["text"])
    return {"base": u.base, "scale": u.scale, "text": str(u)}


def quantity(a: dict[str, Any], op: str) -> dict[str, Any]:
    q = gk.Quantity(num(a["value"]), a["unit"])
    r = q.to_scale(a["scale"]) if op == "to_scale" else q.convert(a["to"])
    return {"value": r.value, "unit": str(r.unit)}


def aggregate(a: dict[str, Any]) -> dict[str, Any]:
    return out_series(
        series(a["series"]).aggregate(a["frequency"], a.get("method"), a.get("min_count"))
    )


def reported_facts(r: gk.Reported) -> dict[str, Any]:
    return {
        "value": r.value,
        "decimals": r.decimals,
        "interval": out_interval(r.interval),
        "text": str(r),
    }


def rate_check(c: gk.RateCheck) -> dict[str, Any]:
    return {"consistent": c.consistent, "implied": out_interval(c.implied), "gap_pp": c.gap_pp}


def sum_check(c: gk.SumCheck) -> dict[str, Any]:
    return {"consistent": c.consistent, "implied": out_interval(c.implied), "gap": c.gap}


def comparison(a: dict[str, Any]) -> dict[str, Any]:
    c = gk.compare_periods(
        a["current_period"], num(a["current"]), a["previous_period"], num(a["previous"])
    )
    return {
        "growth": c.growth,
        "per_day_growth": c.per_day_growth,
        "current_days": c.current_days,
        "previous_days": c.previous_days,
        "unequal_length": c.unequal_length,
    }


def kernel_out(arr: Any) -> list[Any]:
    return [out_num(float(x)) for x in arr]


def parse_periods(a: dict[str, Any]) -> dict[str, Any]:
    freqs, ords = gk.kernels.parse_periods(a["texts"])
    return {"frequencies": list(freqs), "ordinals": [int(o) for o in ords]}


def s(a: dict[str, Any], key: str = "series") -> gk.Series:
    return series(a[key])


def claims_extract(a: dict[str, Any]) -> list[Any]:
    found = gk.extract(a["text"], reference_date=a.get("reference_date"))
    return [json.loads(s.to_json()) for s in found]


def claims_check(a: dict[str, Any]) -> dict[str, Any]:
    by_kind: dict[str, Any] = {}
    for f in gk.check(gk.extract(a["text"], reference_date=a.get("reference_date"))):
        zh = any("\u4e00" <= c <= "\u9fff" for c in f.message)
        entry = by_kind.setdefault(f.kind, {"consistent": True, "message_zh": zh})
        entry["consistent"] = entry["consistent"] and f.consistent
    return by_kind


OPS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "claims.extract": claims_extract,
    "claims.check": claims_check,
    "period.parse": period_facts,
    "period.new": period_new,
    "period.containing": lambda a: str(gk.Period.containing(a["frequency"], a["date"])),
    "period.shift": lambda a: str(period(a["period"]).shift(a["n"])),
    "period.year_ago": lambda a: str(period(a["period"]).year_ago(a.get("n", 1))),
    "period.contains": lambda a: period(a["period"]).contains(a["other"]),
    "period.overlaps": lambda a: period(a["period"]).overlaps(a["other"]),
    "period.to_frequency": lambda a: str(period(a["period"]).to_frequency(a["frequency"])),
    "period.subperiods": lambda a: [str(p) for p in period(a["period"]).subperiods(a["frequency"])],
    "period.subperiods_count": lambda a: len(period(a["period"]).subperiods(a["frequency"])),
    "period.range": lambda a: [str(p) for p in gk.Period.range(a["first"], a["last"])],
    "period.ordinal": lambda a: period(a["period"]).ordinal,
    "period.from_ordinal": lambda a: str(gk.Period.from_ordinal(a["frequency"], a["n"])),
    "period.label": lambda a: period(a["period"]).label(a["lang"]),
    "period.parse_with": lambda a: facts(
        gk.Period.parse(
            a["text"],
            fiscal_start=a.get("fiscal_start"),
            reporting_year_start=a.get("reporting_year_start"),
            codes=a.get("codes"),
            named_by=a.get("named_by"),
        )
    ),
    "period.fiscal": lambda a: str(
        gk.Period.fiscal(a["part"], a["year"], a["n"], a["start"], a["named_by"])
    ),
    "period.business_day": lambda a: str(gk.Period.business_day(a["date"])),
    "period.week_ending": lambda a: str(gk.Period.week_ending(a["date"], a["end"])),
    "period.to_sdmx": lambda a: period(a["period"]).to_sdmx(),
    "frequency.from_sdmx": lambda a: gk.Frequency.from_sdmx(a["code"], a.get("codelist", "sdmx")),
    "frequency.parse": lambda a: gk.Frequency.parse(a["text"]),
    "frequency.periods_per_year": lambda a: gk.Frequency.periods_per_year(a["frequency"]),
    "frequency.sdmx_code": lambda a: gk.Frequency.sdmx_code(a["frequency"]),
    "unit.parse": unit_facts,
    "quantity.to_scale": lambda a: quantity(a, "to_scale"),
    "quantity.convert": lambda a: quantity(a, "convert"),
    "scalar.pct_change": lambda a: gk.pct_change(num(a["current"]), num(a["previous"])),
    "scalar.implied_previous": lambda a: gk.implied_previous(num(a["current"]), num(a["growth"])),
    "scalar.project": lambda a: gk.project(
        num(a["value"]), num(a["growth"]), num(a.get("periods", 1))
    ),
    "scalar.cagr": lambda a: gk.cagr(num(a["first"]), num(a["last"]), num(a["years"])),
    "scalar.annualize": lambda a: gk.annualize(num(a["rate"]), num(a["periods_per_year"])),
    "scalar.deannualize": lambda a: gk.deannualize(num(a["rate"]), num(a["periods_per_year"])),
    "scalar.two_year_average": lambda a: gk.two_year_average(num(a["g1"]), num(a["g2"])),
    "scalar.log_change": lambda a: gk.log_change(num(a["current"]), num(a["previous"])),
    "scalar.pp_change": lambda a: gk.pp_change(num(a["current_rate"]), num(a["previous_rate"])),
    "scalar.contribution": lambda a: gk.contribution(
        num(a["component_now"]), num(a["component_before"]), num(a["total_before"])
    ),
    "scalar.contribution_share": lambda a: gk.contribution_share(
        num(a["component_now"]),
        num(a["component_before"]),
        num(a["total_now"]),
        num(a["total_before"]),
    ),
    "scalar.required_growth": lambda a: gk.required_growth(
        num(a["current"]), num(a["target"]), num(a["periods"])
    ),
    "series.new": lambda a: out_series(s(a)),
    "series.frequency": lambda a: s(a).frequency,
    "series.get": lambda a: s(a).get(a["period"]),
    "series.slice": lambda a: out_series(s(a).slice(a["first"], a["last"])),
    "series.add": lambda a: out_series(s(a) + s(a, "other")),
    "series.sub": lambda a: out_series(s(a) - s(a, "other")),
    "series.mul": lambda a: out_series(s(a) * s(a, "other")),
    "series.div": lambda a: out_series(s(a) / s(a, "other")),
    "series.from_json": lambda a: out_series(gk.Series.from_json(a["json"])),
    "series.yoy": lambda a: out_series(s(a).yoy(a.get("base", "positive"))),
    "series.pct_change": lambda a: out_series(s(a).pct_change(a["lag"], a.get("base", "positive"))),
    "series.diff": lambda a: out_series(s(a).diff(a["lag"])),
    "series.yoy_diff": lambda a: out_series(s(a).yoy_diff()),
    "series.log_diff": lambda a: out_series(s(a).log_diff(a["lag"])),
    "series.annualized": lambda a: out_series(s(a).annualized(a["lag"], a.get("base", "positive"))),
    "series.two_year_average": lambda a: out_series(
        s(a).two_year_average(a.get("base", "positive"))
    ),
    "series.transform": lambda a: out_series(s(a).transform(a["code"])),
    "series.cumulate_ytd": lambda a: out_series(s(a).cumulate_ytd()),
    "series.decumulate_ytd": lambda a: out_series(s(a).decumulate_ytd()),
    "series.ytd_period_growth": lambda a: out_series(
        gk.Series.ytd_period_growth(s(a, "ytd_values"), s(a, "ytd_growth"))
    ),
    "series.aggregate": aggregate,
    "series.rolling": lambda a: out_series(s(a).rolling(a["window"], a["method"])),
    "series.rebase": lambda a: out_series(s(a).rebase(a["base"], num(a.get("value", 100)))),
    "series.deflate": lambda a: out_series(s(a).deflate(s(a, "price_index"), a["base"])),
    "series.per_day": lambda a: out_series(s(a).per_day()),
    "series.share_of": lambda a: out_series(s(a).share_of(s(a, "total"))),
    "series.contribution_to": lambda a: out_series(s(a).contribution_to(s(a, "total"))),
    "series.contribution_to_previous": lambda a: out_series(
        s(a).contribution_to_previous(s(a, "total"))
    ),
    "series.contribution_share_previous": lambda a: out_series(
        s(a).contribution_share_previous(s(a, "total"))
    ),
    "unit.label": lambda a: gk.Unit.parse(a["text"]).label(a["lang"]),
    "interval.json": lambda a: json.loads(gk.Interval.from_json(a["json"]).to_json()),
    "interval.mul_json": lambda a: json.loads((interval(a["a"]) * interval(a["b"])).to_json()),
    "series.contribution_share": lambda a: out_series(s(a).contribution_share(s(a, "total"))),
    "kernels.lag_growth": lambda a: kernel_out(
        gk.kernels.lag_growth([num(x) for x in a["values"]], a["lag"])
    ),
    "kernels.grouped_growth": lambda a: kernel_out(
        gk.kernels.grouped_growth(a["ids"], a["ordinals"], [num(x) for x in a["values"]], a["lag"])
    ),
    "kernels.decumulate_ytd": lambda a: kernel_out(
        gk.kernels.decumulate_ytd(
            a["ids"], a["ordinals"], [num(x) for x in a["values"]], a["frequency"]
        )
    ),
    "kernels.parse_periods": parse_periods,
    "kernels.grouped_yoy": lambda a: kernel_out(
        gk.kernels.grouped_yoy(
            a["ids"],
            a["ordinals"],
            [num(x) for x in a["values"]],
            a["frequency"],
            diff=a.get("diff", False),
        )
    ),
    "reported.parse": lambda a: reported_facts(reported(a["text"])),
    "reported.new": lambda a: reported_facts(reported(a)),
    "interval.new": lambda a: out_interval(interval(a["a"])),
    "interval.add": lambda a: out_interval(interval(a["a"]) + interval(a["b"])),
    "interval.sub": lambda a: out_interval(interval(a["a"]) - interval(a["b"])),
    "interval.mul": lambda a: out_interval(interval(a["a"]) * interval(a["b"])),
    "interval.div": lambda a: out_interval(interval(a["a"]) / interval(a["b"])),
    "interval.powf": lambda a: out_interval(interval(a["a"]).powf(num(a["exponent"]))),
    "interval.root": lambda a: out_interval(interval(a["a"]).root(a["n"])),
    "interval.contains": lambda a: interval(a["a"]).contains(num(a["x"])),
    "interval.overlaps": lambda a: interval(a["a"]).overlaps(interval(a["b"])),
    "interval.measure": lambda a: {
        "width": interval(a["a"]).width,
        "midpoint": interval(a["a"]).midpoint,
    },
    "published.implied_previous_range": lambda a: out_interval(
        gk.implied_previous_range(reported(a["current"]), reported(a["growth_pct"]))
    ),
    "published.check_growth": lambda a: rate_check(
        gk.check_growth(reported(a["current"]), reported(a["previous"]), reported(a["growth_pct"]))
    ),
    "published.check_share": lambda a: rate_check(
        gk.check_share(reported(a["part"]), reported(a["total"]), reported(a["share_pct"]))
    ),
    "published.check_sum": lambda a: sum_check(
        gk.check_sum([reported(p) for p in a["parts"]], reported(a["total"]))
    ),
    "target.new": lambda a: target(a["target"]).value,
    "target.progress": lambda a: target(a["target"]).progress(num(a["actual"])),
    "target.time_elapsed": lambda a: target(a["target"]).time_elapsed(a["as_of"]),
    "target.on_track": lambda a: target(a["target"]).on_track(num(a["actual"]), a["as_of"]),
    "target.required_growth": lambda a: target(a["target"]).required_growth(
        num(a["current"]), a["as_of"]
    ),
    "target.required_pace": lambda a: target(a["target"]).required_pace(
        num(a["current"]), a["as_of"]
    ),
    "compare_periods": comparison,
}


def matches(expect: Any, got: Any, tol: float) -> bool:
    if isinstance(expect, dict):
        return isinstance(got, dict) and all(
            k in got and matches(v, got[k], tol) for k, v in expect.items()
        )
    if isinstance(expect, list):
        return (
            isinstance(got, (list, tuple))
            and len(expect) == len(got)
            and all(matches(e, g, tol) for e, g in zip(expect, got))
        )
    if isinstance(expect, bool) or expect is None or isinstance(expect, str):
        return expect == got and type(expect) is type(got)
    if isinstance(expect, (int, float)):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        return abs(expect - got) <= tol * max(abs(expect), 1.0)
    return False


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_vector(case: dict[str, Any]) -> None:
    op = OPS.get(case["op"])
    assert op is not None, f"unknown op {case['op']}: the Python runner must know every op"
    tol = case.get("tol", 1e-9)
    if "error" in case:
        with pytest.raises(gk.GrowthkitError) as info:
            op(case["args"])
        assert info.value.code == case["error"]["code"], str(info.value)
    else:
        got = op(case["args"])
        assert matches(case["expect"], got, tol), f"expected {case['expect']!r}, got {got!r}"


def test_enough_cases() -> None:
    assert len(CASES) >= 150
