"""The README's Python snippets and the seed notebook run as written."""

from __future__ import annotations

import doctest
import re
import sys

import pytest
from conftest import ROOT, shared

import growthkit as gk

README = ROOT / "README.md"
NOTEBOOK = ROOT / "python" / "examples" / "seed.ipynb"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_python_snippets() -> None:
    assert python_blocks(), "the README should show the notebook quickstart"


@pytest.mark.parametrize("block", python_blocks())
def test_readme_python_snippet(block: str) -> None:
    for rel in re.findall(r'"\.\./shared/([^"]+)"', block):
        shared(rel)  # a snippet on a real file skips loudly without ../shared
    exec(compile(block, str(README), "exec"), {"__name__": "readme"})


def test_seed_notebook_runs() -> None:
    shared("seed-article.txt")  # the notebook reads it: skipped loudly without ../shared
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


def _doctests() -> list[doctest.DocTest]:
    """The examples in the docstrings of every public object of the package."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests: list[doctest.DocTest] = []
    for name in gk.__all__:
        obj = getattr(gk, name)
        tests += finder.find(obj, f"growthkit.{name}", module=False, globs={"gk": gk})
    return [t for t in tests if t.examples]


def test_docstring_examples_run() -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = _doctests()
    for t in tests:
        runner.run(t)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} docstring examples failed (see the output above)"
    # The core's examples, translated: every main class and function has some.
    assert len(tests) >= 30, f"only {len(tests)} docstrings carry examples"


def test_every_public_object_has_a_docstring() -> None:
    missing = []
    for name in gk.__all__:
        obj = getattr(gk, name)
        if not callable(obj) or (isinstance(obj, type) and issubclass(obj, BaseException)):
            continue
        if not (obj.__doc__ or "").strip():
            missing.append(name)
        if isinstance(obj, type):
            for member, value in vars(obj).items():
                if not member.startswith("_") and not (getattr(value, "__doc__", "") or "").strip():
                    missing.append(f"{name}.{member}")
    assert not missing, f"no docstring: {missing}"


def test_tables_notebook_runs() -> None:
    """python/examples/tables.ipynb: pandas, polars and Dask on a real fixture."""
    shared("fixtures/eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv")
    sys.path.insert(0, str(ROOT / "python" / "examples"))
    try:
        from run_notebook import execute
    finally:
        sys.path.pop(0)
    nb = execute(ROOT / "python" / "examples" / "tables.ipynb")
    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    assert sum(bool(c.get("outputs")) for c in code) >= len(code) // 2, "most cells show something"
