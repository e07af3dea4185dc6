#!/usr/bin/env bash
# Builds the three packages as a user receives them and installs each one
# outside the checkout, where a smoke test imports and uses it.
#   - the crate: `cargo package` (verified build of the packaged sources)
#   - the Python wheel (maturin, zig for a manylinux tag) and sdist, each
#     installed into a fresh virtual environment in a temporary folder
#   - the npm tarball (`npm pack`), installed into a fresh project
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
# maturin finds zig through the ziglang package of the Python on PATH.
export PATH="$PWD/$(dirname "$PY"):$PATH"
out=build/packages
rm -rf "$out" && mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo package -p growthkit --quiet
ls target/package/growthkit-*.crate | tee "$out/crate.txt"

"$PY" -m maturin build --release --zig --quiet -m python/Cargo.toml -o "$out"
"$PY" -m maturin sdist -m python/Cargo.toml -o "$out"
wheel=$(ls "$out"/*.whl)
sdist=$(ls "$out"/*.tar.gz)
echo "wheel: $(basename "$wheel")"

smoke_py='
import datetime, growthkit as gk
s = gk.Series(["2019-S1", "2020-S1"], [116.86, 122.7])
assert abs(s.yoy()[gk.Period.parse("2020-S1")] - (122.7 / 116.86 - 1)) < 1e-12
assert gk.Period.day(datetime.date(2020, 10, 1)).to_frequency("quarterly") == gk.Period.parse("2020-Q4")
try:
    gk.Period.parse("2020-13")
except gk.PeriodError as e:
    assert e.code == "invalid_period"
print("python smoke test passed:", gk.__version__)
'
python3 -m venv "$tmp/wheel-venv"
"$tmp/wheel-venv/bin/pip" install --quiet "$wheel"
(cd "$tmp" && "$tmp/wheel-venv/bin/python" -c "$smoke_py")
python3 -m venv "$tmp/sdist-venv"
"$tmp/sdist-venv/bin/pip" install --quiet maturin==1.16.0
"$tmp/sdist-venv/bin/pip" install --quiet --no-build-isolation "$sdist"
(cd "$tmp" && "$tmp/sdist-venv/bin/python" -c "$smoke_py")

(cd wasm && npm pack --silent --pack-destination "../$out" >/dev/null)
tarball=$(ls "$out"/growthkit-*.tgz)
echo "npm tarball: $(basename "$tarball") $(stat -c %s "$tarball") bytes"
# (listed to a file first: grep -q would close the pipe early, and tar's
# SIGPIPE fails the script under pipefail)
tar -tzf "$tarball" > "$tmp/contents.txt"
# The entry, and every wasm module's JS and .wasm (wasm/modules.json).
modules=$(node -p "require('./wasm/modules.json').modules.map((m) => m.out).join(' ')")
for f in README.md LICENSE-MIT LICENSE-APACHE dist/growthkit.js dist/growthkit.d.ts dist/load.js \
  $(for m in $modules; do echo "dist/$m.js dist/${m}_bg.wasm"; done); do
  grep -qx "package/$f" "$tmp/contents.txt" || { echo "the npm tarball lacks $f"; exit 1; }
done
mkdir "$tmp/npm-project"
cp "$tarball" "$tmp/npm-project/"
(cd "$tmp/npm-project" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund ./"$(basename "$tarball")" \
  && node --input-type=module -e '
import { Period, Series, extract, readSdmxCsv } from "growthkit";
const s = new Series(["2019-S1", "2020-S1"], [116.86, 122.7]);
if (Math.abs(s.yoy().get("2020-S1") - (122.7 / 116.86 - 1)) > 1e-12) throw new Error("yoy");
if (Period.parse("2020年上半年").label("en") !== "H1 2020") throw new Error("label");
// The modules loaded on first use, from the installed package.
const ds = await readSdmxCsv("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2019,100\nX,DE,2020,110\n");
if (Math.abs(ds.yoy().series({ GEO: "DE" }).get("2020") - 0.1) > 1e-12) throw new Error("read");
const [st] = await extract("上半年，全市网上零售额1227亿元，同比增长5%。", { referenceDate: "2020-10-13" });
if (!(st.period instanceof Period) || st.period.toString() !== "2020-S1") throw new Error("extract");
const months = Array.from({ length: 48 }, (_, i) => Period.parse("2020-01").shift(i));
const d = await new Series(months, months.map((_, i) => 100 + i + 8 * Math.sin((i * Math.PI) / 6))).x11();
if (!(d.adjusted instanceof Series) || d.adjusted.length !== 48) throw new Error("x11");
console.log("npm smoke test passed");
')

# TypeScript with a new project's defaults, and a Vite page in chromium.
node wasm/tests/consumer.mjs "$tarball"
