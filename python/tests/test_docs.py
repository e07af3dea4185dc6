"""The README's Python snippets and the seed notebook run as written."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT

README = ROOT / "README.md"
NOTEBOOK = ROOT / "python" / "examples" / "seed.ipynb"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_python_snippets() -> None:
    assert python_blocks(), "the README should show the notebook quickstart"


@pytest.mark.parametrize("block", python_blocks())
def test_readme_python_snippet(block: str) -> None:
    exec(compile(block, str(README), "exec"), {"__name__": "readme"})


def test_seed_notebook_runs() -> None:
    sys.path.insert(0, str(NOTEBOOK.parent))
    try:
        from run_notebook import execute
    finally:
        sys.path.pop(0)
    nb = execute(NOTEBOOK)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images, "the notebook should draw its chart"
