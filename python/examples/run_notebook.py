"""Executes a notebook headless and prints its text outputs; exits non-zero
if any cell fails. `make demo` runs the seed notebook with it, and the tests
execute the same notebook.

    python python/examples/run_notebook.py python/examples/seed.ipynb
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def execute(path: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return nb


def main() -> None:
    nb = execute(Path(sys.argv[1]))
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                print(out.get("text", ""), end="")
            elif "data" in out and "text/plain" in out["data"]:
                print(out["data"]["text/plain"])


if __name__ == "__main__":
    main()
