"""`make generate`: the API tables in api/ into the bindings' methods, the
stubs, the TypeScript unions, the manifest and the reference pages.

    python3 scripts/generate.py          # write the generated files
    python3 scripts/generate.py --check  # fail on any drift (make test)
"""

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen import outputs

ROOT = Path(__file__).resolve().parents[1]


def names() -> dict:
    """The core's enum names, from the crate itself."""
    out = subprocess.run(
        ["cargo", "run", "-q", "-p", "growthkit", "--example", "api_names"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def main() -> int:
    check = "--check" in sys.argv[1:]
    files = outputs.build(ROOT, names())
    drift = []
    for rel, text in files.items():
        path = ROOT / rel
        if check:
            if not path.exists() or path.read_text() != text:
                drift.append(rel)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text() != text:
                path.write_text(text)
                print(f"wrote {rel}")
    if drift:
        print(
            "generated files differ from api/*.toml (run `make generate`):",
            *drift,
            sep="\n  ",
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
