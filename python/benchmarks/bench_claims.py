"""Issue 20's speed target: the statement reader on release text, in MB of
UTF-8 a second on one core, at two text sizes (the rate should not fall with
the length), beside a regular expression that only finds the percentages
(what a user without growthkit would start from). The text is the real
passages of ../shared/corpus/claims, repeated; prints Markdown. Run by
``make bench``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any, Callable

import growthkit as gk

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "claims"


def best(f: Callable[[], Any], n: int = 3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def text_of(chars: int) -> str:
    passages = [
        json.loads(line)["text"]
        for name in ("en.jsonl", "zh.jsonl")
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    one = "\n\n".join(passages)
    return ((one + "\n\n") * (chars // len(one) + 1))[:chars]


PERCENT = re.compile(r"[-+]?\d+(?:\.\d+)?\s?(?:%|percent|per cent|个百分点)")


def main() -> None:
    if not CORPUS.exists():
        print("../shared/corpus/claims is missing: no statement benchmark")
        return
    print("| case | text | growthkit | MB/s | regex (percentages only) | goal | met |")
    print("|---|---:|---:|---:|---:|---|---|")
    for chars in (250_000, 1_000_000):
        text = text_of(chars)
        mb = len(text.encode("utf-8")) / 1e6
        ours = best(lambda t=text: gk.extract(t, reference_date="2024-01-01"))
        statements = gk.extract(text, reference_date="2024-01-01")
        checked = best(lambda s=statements: gk.check(s))
        regex = best(lambda t=text: PERCENT.findall(t))
        rate = mb / ours
        print(
            f"| extract, {chars:,} characters | {mb:.2f} MB | {ours * 1e3:.0f} ms | {rate:.2f} "
            f"| {mb / regex:.0f} MB/s | ≥ 5 MB/s | {'yes' if rate >= 5 else 'no'} |"
        )
        print(
            f"| check, {len(statements):,} statements | | {checked * 1e3:.0f} ms | "
            f"{mb / (ours + checked):.2f} (extract and check) | | | |"
        )


if __name__ == "__main__":
    main()
