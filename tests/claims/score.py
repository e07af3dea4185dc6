"""Scores the statement reader on the keyed corpus.

    python3 tests/claims/score.py --reader target/release/examples/claims_corpus [--set holdout|dev|all]

The reader is the `claims_corpus` example (a passage a line in, its statements and findings
out, as JSON). The passages are read from ../shared/corpus/claims/, the keys from
tests/claims/keys/. A figure is right when one statement holds its value (signed) with its
period, and its basis (a rate) or its unit (a level, a change). The indicator is scored
apart. Planted errors are run through the reader and count as caught when a finding that
the unchanged passage did not have says the figures disagree.

Nothing here is growthkit's: the keys were written by hand, and the comparison of periods
and units below is written out so that it does not depend on the code under test.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import json
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "claims"


def load_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def holdout_ids():
    lines = (HERE / "keys" / "holdout.txt").read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def keys(lang):
    path = HERE / "keys" / f"{lang}.jsonl"
    if path.exists():
        return load_jsonl(path)
    parts = sorted((HERE / "keys" / "parts").glob(f"*-{lang}*.jsonl"))
    return [k for p in parts for k in load_jsonl(p)]


# ---- periods, written out by hand --------------------------------------------------------


def _bounds(text):
    """The first and last day of a period text: a year, half, quarter, month, day or ISO week."""
    import datetime

    t = text.strip()
    m = re.fullmatch(r"(\d{4})-W(\d\d)", t)
    if m:
        start = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + datetime.timedelta(days=6)
    m = re.fullmatch(r"(\d{4})(?:-([SQ])(\d))?", t)
    if m:
        y = int(m[1])
        size = {None: 12, "S": 6, "Q": 3}[m[2]]
        first = 1 + (int(m[3]) - 1) * size if m[2] else 1
        last = first + size - 1
        return datetime.date(y, first, 1), datetime.date(y, last, calendar.monthrange(y, last)[1])
    m = re.fullmatch(r"(\d{4})-(\d\d)", t)
    if m:
        y, mo = int(m[1]), int(m[2])
        return datetime.date(y, mo, 1), datetime.date(y, mo, calendar.monthrange(y, mo)[1])
    d = datetime.date.fromisoformat(t)
    return d, d


def period(text):
    """A period as the days it covers, (first, last): 2022-Q1 is 2022-01-01/2022-03-31.
    Periods of the same days are the same period however they are written."""
    import datetime

    if text is None:
        return None
    t = str(text).strip()
    try:
        if "/" not in t:
            return _bounds(t)
        a, b = t.split("/", 1)
        start = _bounds(a)[0]
        if b.startswith("P") and b.endswith("D"):
            return start, start + datetime.timedelta(days=int(b[1:-1]) - 1)
        return start, _bounds(b)[1]
    except ValueError:
        return t


# ---- units, written out by hand ----------------------------------------------------------

SCALES = [
    ("万亿", 12), ("萬億", 12), ("兆", 12), ("千亿", 11), ("千億", 11), ("百亿", 10),
    ("百億", 10), ("十亿", 9), ("十億", 9), ("亿", 8), ("億", 8), ("千万", 7), ("千萬", 7),
    ("百万", 6), ("百萬", 6), ("十万", 5), ("十萬", 5), ("万", 4), ("萬", 4),
    ("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3), ("bn", 9),
    ("mn", 6), ("tn", 12),
]
BASES = {
    "元": "yuan", "yuan": "yuan", "rmb": "yuan", "renminbi": "yuan", "人民币": "yuan",
    "人民幣": "yuan", "rmb yuan": "yuan", "yuan (rmb)": "yuan",
    "$": "usd", "dollars": "usd", "us dollars": "usd", "usd": "usd", "dollar": "usd",
    "us$": "usd", "美元": "usd", "u.s. dollars": "usd",
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
}


def unit(text):
    """(scale, base) of a unit text; base None where none is printed."""
    if text is None:
        return (0, None)
    t = str(text).strip().lower()
    m = re.match(r"^10\^(-?\d+)\s*(.*)$", t)
    scale = 0
    if m:
        scale, t = int(m.group(1)), m.group(2)
    else:
        for word, k in SCALES:
            if t.startswith(word):
                scale, t = k, t[len(word):].strip()
                break
        else:
            for word, k in SCALES:
                if t.endswith(" " + word):
                    scale, t = k, t[: -len(word)].strip()
                    break
    t = t.strip()
    return (scale, BASES.get(t, t) or None)


def same_unit(key, got):
    ks, kb = unit(key)
    gs, gb = unit(got)
    return ks == gs and (kb is None or gb is None or kb == gb)


# ---- matching ----------------------------------------------------------------------------


def num(text):
    try:
        return float(str(text).replace(",", ""))
    except (TypeError, ValueError):
        return None


def same_value(key_value, got, multiple=False):
    k, g = num(key_value), num(got)
    if k is None or g is None:
        return False
    if multiple:
        return abs(g - 100 * k) < 1e-9 or abs(g - 100 * (k - 1)) < 1e-9
    return abs(k - g) < 1e-9 * max(1.0, abs(k))


def field_of(f):
    return {"growth": "growth", "level": "level", "change": "change"}.get(f.get("kind"))


def matches(f, s):
    field = field_of(f)
    if field is None or not same_value(f.get("value"), s.get(field), f.get("multiple", False)):
        return False
    if period(f.get("period")) != period(s.get("period")):
        return False
    if field == "growth":
        return f.get("basis") == s.get("basis")
    return same_unit(f.get("unit"), s.get("unit"))


def found_number(f, statements):
    fields = ("growth", "level", "change")
    return any(
        same_value(f.get("value"), s.get(x), f.get("multiple", False))
        or same_value(str(-(num(f.get("value")) or 0)), s.get(x))
        for s in statements
        for x in fields
    )


def score_passage(key, statements):
    """(figure, hit statement or None) for every keyed figure; each statement part used once."""
    used = set()
    out = []
    for f in key["figures"]:
        if field_of(f) is None:
            continue
        hit = None
        for i, s in enumerate(statements):
            if (i, field_of(f)) not in used and matches(f, s):
                hit = s
                used.add((i, field_of(f)))
                break
        out.append((f, hit))
    return out


def run_reader(reader, passages):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for p in passages:
            t.write(json.dumps(p, ensure_ascii=False) + "\n")
        name = t.name
    out = subprocess.run([reader, name], capture_output=True, text=True, check=True)
    pathlib.Path(name).unlink()
    return {d["id"]: d for d in map(json.loads, out.stdout.splitlines())}


def planted_variants(key, passage):
    for j, p in enumerate(key.get("planted", [])):
        a, b = p["replace"]
        if passage["text"].count(a) != 1:
            continue
        v = dict(passage)
        v["id"] = f"{passage['id']}#planted{j}"
        v["text"] = passage["text"].replace(a, b, 1)
        yield v, p


def bad_findings(out):
    return {(f["kind"], tuple(f["statements"])) for f in out["findings"] if not f["consistent"]}


def pct(a, b):
    return f"{a}/{b} = {100 * a / b:.1f} %" if b else "0/0"


def report(lang, rows, extra):
    total = len(rows)
    right = sum(1 for _, h, _ in rows if h is not None)
    print(f"== {lang}: {pct(right, total)} of figures right; "
          f"number found {pct(sum(1 for *_, found in rows if found), total)}; "
          f"indicator as written {pct(sum(1 for f, h, _ in rows if h and h.get('indicator') == f.get('indicator')), total)}")
    by = collections.defaultdict(lambda: [0, 0])
    for f, h, _ in rows:
        k = f["kind"] if f["kind"] != "growth" else f"growth/{f.get('basis')}"
        by[k][1] += 1
        by[k][0] += h is not None
    for k in sorted(by):
        print(f"   {k:28s} {pct(*by[k])}")
    for line in extra:
        print("   " + line)


def evaluate(read, which="all", misses=None):
    """Scores `read` (passages -> {id: {"statements", "findings"}}) on the keyed
    passages of `which` ("holdout", "dev" or "all"); the summary per language.
    Missed figures and alarms are appended to `misses` when it is a list."""
    hold = holdout_ids()
    summary = {}
    for lang in ("en", "zh"):
        corpus = {p["id"]: p for p in load_jsonl(SHARED / f"{lang}.jsonl")}
        ks = [k for k in keys(lang) if k["id"] in corpus]
        ks = [k for k in ks if which == "all" or (k["id"] in hold) == (which == "holdout")]
        if not ks:
            continue
        passages = [corpus[k["id"]] for k in ks]
        variants = [v for k in ks for v in planted_variants(k, corpus[k["id"]])]
        got = read(passages + [v for v, _ in variants])
        rows, alarms, lost, flagged = [], [], [], []
        for k in ks:
            st = got[k["id"]]["statements"]
            for f, h in score_passage(k, st):
                rows.append((f, h, found_number(f, st)))
                if h is None:
                    near = [
                        {x: s.get(x) for x in ("period", "basis", "unit", "growth", "level")}
                        for s in st
                        if any(
                            same_value(f.get("value"), s.get(x))
                            or same_value(str(-(num(f.get("value")) or 0)), s.get(x))
                            for x in ("growth", "level", "change")
                        )
                    ]
                    brief = {x: f.get(x) for x in ("printed", "kind", "value", "period", "basis", "unit")}
                    lost.append(f"{k['id']}: {json.dumps(brief, ensure_ascii=False)} read as {json.dumps(near, ensure_ascii=False)}")
            for f in got[k["id"]]["findings"]:
                if not f["consistent"]:
                    line = f"{k['id']}: {f['kind']}: {f['message']}"
                    # A passage keyed as misprinted is rightly flagged.
                    (flagged if k.get("misprinted") else alarms).append(line)
        caught = 0
        for v, p in variants:
            if bad_findings(got[v["id"]]) - bad_findings(got[v["id"].split("#")[0]]):
                caught += 1
            else:
                lost.append(f"{v['id']}: planted {p['replace']} ({p.get('breaks')}) not caught")
        summary[lang] = {
            "passages": len(ks),
            "figures": len(rows),
            "right": sum(1 for _, h, _ in rows if h),
            "found": sum(1 for *_, found in rows if found),
            "planted": len(variants),
            "caught": caught,
            "alarms": len(alarms),
            "misprints_flagged": len({a.split(":")[0] for a in flagged}),
            "misprinted": sum(1 for k in ks if k.get("misprinted")),
            "rows": rows,
            "alarm_list": alarms,
        }
        if misses is not None:
            misses.extend(lost + alarms)
    return summary


def binary_reader(path):
    return lambda passages: run_reader(path, passages)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--reader", required=True)
    ap.add_argument("--set", choices=["holdout", "dev", "all"], default="all")
    ap.add_argument("--misses", action="store_true", help="list every missed figure")
    args = ap.parse_args(argv)
    misses = []
    summary = evaluate(binary_reader(args.reader), args.set, misses)
    for lang, s in summary.items():
        extra = [f"planted errors caught: {pct(s['caught'], s['planted'])}",
                 f"passages keyed as misprinted that are flagged: {s['misprints_flagged']} of {s['misprinted']}",
                 f"inconsistencies reported on real passages: {s['alarms']} in "
                 f"{len({a.split(':')[0] for a in s['alarm_list']})} passages"]
        report(f"{lang} ({args.set}, {s['passages']} passages)", s["rows"], extra)
        if args.misses:
            for m in misses:
                if m.startswith(lang):
                    print("   MISS " + m)
    print(json.dumps({k: {x: v[x] for x in ("figures", "right", "planted", "caught", "alarms")} for k, v in summary.items()}))
    return summary


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
