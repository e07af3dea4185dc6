"""The API manifest (api-manifest.json) against what the package exports."""

from __future__ import annotations

import json
from pathlib import Path

from manifest_exports import exported

MANIFEST = Path(__file__).resolve().parents[2] / "api-manifest.json"


def test_the_manifest_lists_exactly_what_the_package_exports() -> None:
    items = json.loads(MANIFEST.read_text(encoding="utf-8"))["items"]
    listed = {i["python"] for i in items if i["python"] is not None}
    have = exported()
    assert not have - listed, f"exported but not in api-manifest.json: {sorted(have - listed)}"
    assert not listed - have, f"listed but not exported: {sorted(listed - have)}"
