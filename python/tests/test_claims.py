"""The claim reader from Python: the seed article written out by hand, the
real-release corpus scored figure by figure (the same file the Rust and JS
tests read), planted errors, checks against data, the notebook view."""

from __future__ import annotations

import datetime
import json

import pytest
from conftest import shared

import growthkit as gk


@pytest.fixture(scope="module")
def seed() -> str:
    return shared("seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def releases() -> dict:
    path = shared("corpus/claims/releases-round2.json")
    return json.loads(path.read_text(encoding="utf-8"))


def row(s: gk.Statement) -> tuple:
    return (
        s.indicator,
        str(s.period) if s.period else None,
        str(s.level) if s.level else None,
        str(s.unit) if s.unit else None,
        str(s.growth) if s.growth else None,
        s.basis,
    )


# The National Day Golden Week of 2020: 1 to 8 October.
GW = "2020-10-01/2020-10-08"


def test_seed_article(seed: str) -> None:
    got = gk.extract(seed, reference_date=datetime.date(2020, 10, 13))
    assert [row(s) for s in got] == [
        ("online retail sales", "2020-S1", "122.7", "billion yuan", "5", "yoy"),
        ("online information consumption", "2020-S1", None, None, "50", "yoy"),
        ("online digital content industry", "2020-S1", None, None, "20", "yoy"),
        ("new generation information technology", "2020-S1", None, None, "10.5", "yoy"),
        (
            "offline physical consumption",
            "2020-10-01/2020-10-08",
            "65.99",
            "billion yuan",
            "12.2",
            "yoy",
        ),
        ("online retail sales", "2020-10-01/2020-10-08", "35.86", "billion yuan", "15.7", "yoy"),
        ("smart factories", "2022", "100", "smart factories", None, None),
    ]
    assert got[6].target
    # Spans count code points, as Python's str does.
    start, end = got[0].span
    assert seed[start:end].startswith("online retail sales were 122.7 billion yuan")
    kinds = {k for k, _, _ in got[4].parts}
    assert {"indicator", "period", "level", "growth", "basis"} <= kinds
    findings = gk.check(got)
    assert all(f.consistent for f in findings)
    week = next(f for f in findings if f.kind == "unequal_length" and f.statements == [4])
    # Per day: 1.122 x 7/8 - 1 = -1.825 %.
    assert week.allowed.lo <= 100 * (1.122 * 7 / 8 - 1) <= week.allowed.hi
    html = got._repr_html_()
    assert "<mark" in html and "unequal_length" in html


def test_real_releases_and_planted_errors(releases: dict) -> None:
    figures = right = planted = caught = 0
    for case in releases["cases"]:
        got = gk.extract(case["text"], reference_date=case["reference_date"])
        rows = [row(s) for s in got]
        for _ind, period, kind, figure, extra in case["figures"]:
            figures += 1
            if kind == "L":
                ok = any(r[1] == period and r[2] == figure and r[3] == extra for r in rows)
            else:
                ok = any(r[1] == period and r[4] == figure and r[5] == extra for r in rows)
            right += ok
        assert all(f.consistent for f in gk.check(got)), case["id"]
        for p in case["planted"]:
            planted += 1
            wrong = gk.extract(
                case["text"].replace(*p["replace"], 1), reference_date=case["reference_date"]
            )
            caught += any(not f.consistent and f.kind == p["caught_by"] for f in gk.check(wrong))
    assert right * 100 >= figures * 95, (right, figures)
    assert caught == planted


def test_check_against_data() -> None:
    # Euro area GDP from the ECB file (million EUR, chain-linked): 2025Q3
    # 3297740.61, 2025Q4 3304190.51, read off the file by eye:
    # 3304190.51 / 3297740.61 - 1 = 0.1956 %.
    series = gk.Series(["2025-Q3", "2025-Q4"], [3297740.61, 3304190.51])
    ind = gk.Indicator("gdp", "euro area GDP", gk.Unit.parse("million EUR"), "flow")
    series = series.with_indicator(ind)
    text = (
        "In the fourth quarter of 2025, euro area GDP rose 0.2% from the previous quarter, "
        "to 3,304.2 billion euros."
    )
    good = gk.check(gk.extract(text), series)
    data = [(f.kind, f.consistent) for f in good if f.kind.startswith("data_")]
    # 3304190.51 million EUR is 3304.19 billion, inside 3304.15 to 3304.25.
    assert data == [("data_level", True), ("data_growth", True)]
    bad = gk.check(gk.extract(text.replace("0.2%", "0.4%")), series)
    assert ("data_growth", False) in [(f.kind, f.consistent) for f in bad]
    bad = gk.check(gk.extract(text.replace("3,304.2", "3,314.2")), series)
    assert ("data_level", False) in [(f.kind, f.consistent) for f in bad]
    with pytest.raises(TypeError):
        gk.check(gk.extract(text), data=[1, 2])


def test_readers_of_figures() -> None:
    # Values worked by hand: 一百二十二点七亿 is 122.7 x 10^8.
    assert gk.read_numbers("一百二十二点七亿") == [(0, 8, 12_270_000_000.0, "122.7", 8)]
    # 比上月回落 is five characters, 0.3 three, 个百分点 four: 5 to 12.
    assert gk.read_percents("比上月回落0.3个百分点") == [(5, 12, 0.3, "0.3", "points")]
    with pytest.raises(gk.ArgumentError):
        gk.extract("x", lang="fr")
