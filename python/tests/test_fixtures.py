"""The facts tables tests/facts/round2.json and round3.json (what a reader
must find in each real file of ../shared/fixtures, written by hand from the
files' SOURCES; see tests/facts/README.md), one test per file. A file on a
table's ``pending`` list must still fail (it prints ``NOT YET READ``); once it
passes, its test fails until it is taken off the list."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, shared

import growthkit as gk

FACTS = ROOT / "tests" / "facts"
TABLES = ["round2", "round3"]


def _entries() -> list[tuple[str, dict[str, Any], str | None]]:
    out = []
    for name in TABLES:
        table = json.loads((FACTS / f"{name}.json").read_text(encoding="utf-8"))
        pending = table.get("pending", {})
        files = {e["file"] for e in table["files"]}
        assert set(pending) <= files, f"{name}: pending files without an entry"
        for entry in table["files"]:
            out.append((f"{name}:{entry['file']}", entry, pending.get(entry["file"])))
    return out


ENTRIES = _entries()


def read(path: Path, entry: dict[str, Any]) -> gk.Dataset:
    """The one entry point that decides the format from the content, when it
    exists; until then the reader the entry's hint names."""
    one = getattr(gk, "read", None)
    if callable(one):
        return one(path)
    hint = entry.get("reader")
    reader = getattr(gk, f"read_{hint}", None) if hint else None
    if reader is None:
        raise gk.DataError(f"no reader for this format yet (hint {hint!r})", "malformed_data")
    if hint == "csv":
        return reader(path, **entry.get("options", {}))
    return reader(path)


def find(ds: gk.Dataset, key: dict[str, str]) -> dict[str, str]:
    """The full key of the one series a partial key singles out: by its
    dimensions, or else by its dimensions and series attributes together."""
    keys = ds.keys()
    strict = [k for k in keys if all(k.get(d) == c for d, c in key.items())]
    if len(strict) == 1:
        return strict[0]
    loose = []
    for k in keys:
        attrs = ds.attributes(k)
        if all(k.get(d) == c or attrs.get(d) == c for d, c in key.items()):
            loose.append(k)
    if len(loose) != 1:
        raise AssertionError(f"key {key} matches {len(loose)} series ({ds.dimensions})")
    return loose[0]


def period_in(text: str, series: gk.Series) -> gk.Period:
    """The period a fact names, in the series' own frequency: a date names the
    business day or the week ending on a weekday that holds it."""
    p = gk.Period.parse(text)
    freq = series.frequency
    if p.frequency == "daily" and freq and (freq == "business_daily" or freq.startswith("weekly_")):
        return gk.Period.containing(freq, p.start)
    return p


def check_point(
    ds: gk.Dataset, key: dict[str, str], fact: dict[str, Any], tol: float | None
) -> None:
    s = ds.series(key)
    p = period_in(fact["period"], s)
    periods = s.periods
    assert p in periods, f"no observation at {p}"
    i = periods.index(p)
    got = float(s.values[i])
    if fact.get("missing"):
        assert math.isnan(got), f"at {p}: want missing, got {got}"
    else:
        want = fact["value"]
        ok = abs(got - want) <= tol if tol is not None else math.isclose(got, want, rel_tol=1e-9)
        assert ok, f"at {p}: want {want}, got {got}"
    if "flag" in fact:
        got_flag = ds.flags(key)[i]
        assert got_flag == fact["flag"], f"flag at {p}: want {fact['flag']!r}, got {got_flag!r}"


def check(ds: gk.Dataset, entry: dict[str, Any]) -> list[str]:
    """Every fact of one entry against the dataset read; the failures."""
    fails: list[str] = []

    def attempt(what: str, f: Any, *args: Any) -> None:
        try:
            f(*args)
        except (AssertionError, gk.GrowthkitError) as e:
            fails.append(f"{what}: {e}")

    values = [float(x) for k in ds.keys() for x in ds.series(k).values]
    present = sum(1 for x in values if not math.isnan(x))
    counts = {
        "series": len(ds),
        "observations": ds.n_observations,
        "present": present,
        "missing": len(values) - present,
    }
    for name, got in counts.items():
        if name in entry and entry[name] != got:
            fails.append(f"{name}: want {entry[name]}, got {got}")
    if "flag_counts" in entry:
        got_flags: dict[str, int] = {}
        for k in ds.keys():
            for f in ds.flags(k):
                if f is not None:
                    got_flags[f] = got_flags.get(f, 0) + 1
        if got_flags != entry["flag_counts"]:
            fails.append(f"flag_counts: want {entry['flag_counts']}, got {got_flags}")

    def length(fact: dict[str, Any]) -> None:
        got = len(ds.series(find(ds, fact["key"])))
        assert got == fact["observations"], f"{fact['key']}: want {fact['observations']}, got {got}"

    def value(fact: dict[str, Any]) -> None:
        check_point(ds, find(ds, fact["key"]), fact, None)

    def unit(fact: dict[str, Any]) -> None:
        ind = ds.series(find(ds, fact["key"])).indicator
        assert ind is not None, "no unit"
        u = ind.unit
        want = (fact.get("base", u.base), fact.get("scale", u.scale))
        assert (u.base, u.scale) == want, f"{fact['key']}: want {want}, got {(u.base, u.scale)}"

    def frequency(fact: dict[str, Any]) -> None:
        got = ds.series(find(ds, fact["key"])).frequency
        assert got == fact["frequency"], f"want {fact['frequency']}, got {got}"

    def growth(op: str, fact: dict[str, Any]) -> None:
        key = find(ds, fact["key"])
        one = ds.select(key)
        if op == "yoy":
            out = one.yoy()
        elif op == "pct_change":
            out = one.pct_change(fact.get("lag", 1))
        elif op == "index_to_growth":
            out = one.index_to_growth()
        elif op == "decumulate_ytd":
            out = one.decumulate_ytd()
        else:
            raise ValueError(f"unknown op {op!r} in the facts")
        check_point(out, key, fact, fact.get("tol"))

    for fact in entry.get("lengths", []):
        attempt("lengths", length, fact)
    for fact in entry.get("values", []):
        attempt("values", value, fact)
    for fact in entry.get("units", []):
        attempt("units", unit, fact)
    for fact in entry.get("frequency", []):
        attempt("frequency", frequency, fact)
    for fact in entry.get("yoy", []):
        attempt("yoy", growth, "yoy", fact)
    for fact in entry.get("growth", []):
        attempt(fact["op"], growth, fact["op"], fact)
    return fails


def outcome(path: Path, entry: dict[str, Any]) -> list[str]:
    """Reads the file and checks its facts: no failures when all hold."""
    try:
        ds = read(path, entry)
    except gk.GrowthkitError as e:
        if "refuse" in entry and e.code == entry["refuse"]:
            return []
        return [f"cannot read: {e.code} ({e})"]
    if "refuse" in entry:
        return [f"read {len(ds)} series, must refuse with {entry['refuse']}"]
    return check(ds, entry)


@pytest.mark.parametrize(
    ("entry", "pending"), [(e, p) for _, e, p in ENTRIES], ids=[i for i, _, _ in ENTRIES]
)
def test_facts(entry: dict[str, Any], pending: str | None) -> None:
    path = shared(f"fixtures/{entry['file']}")
    fails = outcome(path, entry)
    if pending is None:
        assert not fails, "\n".join(fails)
    elif fails:
        print(f"NOT YET READ: {entry['file']}: {pending}")
        for f in fails[:5]:
            print(f"    {f}")
    else:
        pytest.fail(f"{entry['file']} now passes all its facts: take it off `pending` ({pending})")
