"""Every generated file, as path -> text, from the tables and the core's names."""

import json
import subprocess
from pathlib import Path

from . import manifest, pyo3, stubs, ts, wasm
from .table import load

ROOT = Path(__file__).resolve().parents[2]


def rustfmt(text: str) -> str:
    """The text as `cargo fmt` leaves it, so `make lint` agrees with `make generate`."""
    return subprocess.run(
        ["rustfmt", "--edition", "2024", "--emit", "stdout"],
        input=text,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def ruff(text: str, name: str) -> str:
    """Python text as `ruff format` leaves it (the venv's ruff, as `make lint` runs it)."""
    return subprocess.run(
        [str(ROOT / ".venv/bin/ruff"), "format", "--stdin-filename", name, "-"],
        input=text,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT / "python",
    ).stdout


def _mod(classes: list[str]) -> str:
    lines = [pyo3.HEADER, "//! The methods `make generate` writes from api/*.toml.", ""]
    mods = [f"mod {c.lower()};" for c in classes] + ["pub mod functions;"]
    return "\n".join(lines + mods) + "\n"


def build(root: Path, names: dict) -> dict[str, str]:
    classes, methods = load(root / "api")
    out: dict[str, str] = {}
    on = sorted({m.cls for m in methods if m.cls}, key=list(classes).index)
    funcs = [m for m in methods if not m.cls]
    for binding, lang, emit in (("python", "python", pyo3), ("wasm", "js", wasm)):
        out[f"{binding}/src/generated/mod.rs"] = rustfmt(_mod(on))
        out[f"{binding}/src/generated/functions.rs"] = rustfmt(emit.functions(funcs))
        for cls in on:
            mine = [m for m in methods if m.cls == cls and m.only in ("", lang)]
            text = emit.module(cls, classes[cls], mine)
            out[f"{binding}/src/generated/{cls.lower()}.rs"] = rustfmt(text)
    pyi = root / "python/growthkit/_growthkit.pyi"
    py_methods = [m for m in methods if m.only != "js"]
    stubbed = stubs.regions(pyi.read_text(), py_methods, on)
    out["python/growthkit/_growthkit.pyi"] = ruff(stubbed, "growthkit/_growthkit.pyi")
    out["wasm/src/generated/names.d.ts"] = ts.names(names)
    rest = json.loads((root / "api/manifest-rest.json").read_text())
    out["api-manifest.json"] = manifest.merged(rest, methods, classes)
    return out
