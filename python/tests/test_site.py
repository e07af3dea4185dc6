"""The docs site's Python examples (docs/examples/<concept>/<name>.py) run as
shown, each with its Rust and JS twin beside it."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from conftest import ROOT

EXAMPLES = ROOT / "docs" / "examples"


def examples() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*/*.py") if not p.parent.name.startswith("."))


def test_every_example_has_three_languages() -> None:
    shown = (".rs", ".py", ".ts")
    stems = {
        p.with_suffix("")
        for p in EXAMPLES.glob("*/*")
        if p.suffix in shown and not p.parent.name.startswith(".")
    }
    assert stems, "the docs site shows examples"
    missing = [
        f"{s.relative_to(EXAMPLES)}{ext}"
        for s in sorted(stems)
        for ext in shown
        if not s.with_suffix(ext).exists()
    ]
    assert missing == []


@pytest.mark.parametrize("path", examples(), ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_example_runs(path: Path) -> None:
    runpy.run_path(str(path), run_name="__main__")
