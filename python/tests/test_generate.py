"""A transform declared once: adding an entry to api/transforms.toml is all
the bindings, stubs and manifest need (the core method and the Dataset's
`each!` line are the other two hand-written places). The generator runs on
a copy of the tables with one made-up transform added, and every file it
changes must be a generated one."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from gen import outputs

ENTRY = """
[[method]]
name = "made_up_growth"
rust = "made_up_growth_with"
doc = "A transform that exists only in this test."
args = [{ name = "base", kind = "base", default = "positive" }]
"""

# Names as the core lists them: the unions are not what this test is about.
LISTS = ("fiscal_parts", "frequencies", "weekly", "named_by", "error_codes", "bases")
NAMES = {k: ["x"] for k in (*LISTS, "methods", "fred")}


def _tree(root: Path, extra: str) -> dict[str, str]:
    shutil.copytree(ROOT / "api", root / "api")
    (root / "python/growthkit").mkdir(parents=True)
    shutil.copy(ROOT / "python/growthkit/_growthkit.pyi", root / "python/growthkit/")
    table = root / "api/transforms.toml"
    table.write_text(table.read_text() + extra)
    return outputs.build(root, NAMES)


def test_a_transform_is_declared_in_one_table(tmp_path: Path) -> None:
    before = _tree(tmp_path / "before", "")
    after = _tree(tmp_path / "after", ENTRY)
    changed = sorted(p for p in after if after[p] != before.get(p))
    assert changed == [
        "api-manifest.json",
        "python/growthkit/_growthkit.pyi",
        "python/src/generated/dataset.rs",
        "python/src/generated/series.rs",
        "wasm/src/generated/dataset.rs",
        "wasm/src/generated/series.rs",
    ]
    for path in changed:
        assert "made_up_growth" in after[path] or "madeUpGrowth" in after[path], path
    # Both classes in both languages, with the default the table gives.
    assert "fn made_up_growth(&self, base: &str)" in after["python/src/generated/series.rs"]
    assert 'base = "positive"' in after["python/src/generated/series.rs"]
    assert "js_name = madeUpGrowth" in after["wasm/src/generated/dataset.rs"]
    assert (
        '{"rust": "Series::made_up_growth_with", "python": "Series.made_up_growth", '
        '"js": "Series.madeUpGrowth"}' in after["api-manifest.json"]
    )
    stub = 'def made_up_growth(self, base: str = "positive") -> Series: ...'
    assert stub in after["python/growthkit/_growthkit.pyi"]
    # Every changed file is marked as generated, none is written by hand.
    for path in changed:
        text = after[path]
        assert "@generated" in text, path
