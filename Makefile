# The only place commands live. `make demo` runs the worked example,
# `make test` runs every test of every language (lint included).
# Each target installs what it needs and is quick when it is already there.

CARGO ?= cargo
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The wasm-bindgen CLI must match the crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
WASM_TARGET := target/wasm32-unknown-unknown/wasm-release
# The wasm modules (the core first), which `make generate` writes from api/modules.toml.
WASM_MODULES := $(shell node -p "require('./wasm/modules.json').modules.map((m) => m.name).join(' ')")
wasm_crate = $(if $(filter core,$(1)),growthkit-wasm,growthkit-wasm-$(1))

.PHONY: shared help demo test bench fuzz generate lint rust-test msrv python-install python-test vectors wasm-tools wasm-build wasm-test chromium docs package test-spark

help:
	@echo "make demo    - the seed article worked through: Rust, the Python notebook, the web page"
	@echo "make test    - lint, then every test: Rust (unit, doc, vectors, properties), Python, JS and the browser"
	@echo "make lint    - cargo fmt --check, clippy -D warnings (host and wasm), ruff, mypy stubtest, tsc"
	@echo "make generate - the bindings' methods, stubs, TS unions, manifest and reference from api/*.toml"
	@echo "make docs    - the docs site (build/docs/index.html): concepts in three languages, references, links checked"
	@echo "make package - the crate, wheel, sdist and npm tarball, each installed and smoke-tested outside the checkout"
	@echo "make bench   - benchmarks: Rust (criterion), Python (numpy, pandas, polars), JS; tables in build/benchmarks"
	@echo "make test-spark - the Spark recipe (applyInPandas) on a local Spark session; needs Java 17+, not part of make test"
	@echo "make fuzz    - cargo fuzz, FUZZ_SECONDS (60) per target, from the seeds in fuzz/seeds"
	@echo "make vectors - regenerate isoweeks.json (Python's datetime) and fiscal.json (pandas) in tests/vectors"

demo: python-install wasm-build
	$(CARGO) run --quiet -p growthkit --example seed
	@echo
	@echo "== the same in Python: python/examples/seed.ipynb =="
	$(PY) python/examples/run_notebook.py python/examples/seed.ipynb 2>/dev/null
	@echo
	@echo "== the same in a web page: wasm/www/ (built) =="
	@echo "serve it with:  python3 -m http.server 8000 --bind 127.0.0.1 --directory wasm"
	@echo "then open:      http://127.0.0.1:8000/www/index.html"

test: shared lint rust-test msrv python-test wasm-test docs package

# Other people's passages and data files live in ../shared beside the checkout,
# never in it. Without it the tests that read them say SKIPPED; with CI set it is a failure.
SHARED := ../shared
shared:
	@if [ -d "$(SHARED)/corpus" ]; then echo "../shared: found (real passages and files for the tests)"; \
	elif [ -n "$$CI" ]; then echo "error: ../shared is missing beside the checkout; CI needs it (the real passages and files)" >&2; exit 1; \
	else echo "================================================================"; \
	echo "WARNING: ../shared is missing beside the checkout: every test that reads real"; \
	echo "passages or files will say SKIPPED. Put the shared folder beside the checkout."; \
	echo "================================================================"; fi

# The API tables (api/*.toml) are the one place an item is declared; the
# files they give are committed, marked @generated, and checked for drift.
generate: python-install
	$(PYTHON) scripts/generate.py

lint: python-install wasm-tools
	$(PYTHON) scripts/generate.py --check
	$(CARGO) fmt --all -- --check
	rustfmt --edition 2024 --check docs/examples/*/*.rs  # modules of a macro, which cargo fmt does not reach
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy $(foreach m,$(WASM_MODULES),-p $(call wasm_crate,$(m))) -p growthkit-wasm-common --target wasm32-unknown-unknown -- -D warnings
	$(VENV)/bin/ruff check python scripts docs/examples
	$(VENV)/bin/ruff format --check python scripts docs/examples
	cd python/tests && ../../$(PY) -m mypy.stubtest growthkit \
		--mypy-config-file ../pyproject.toml --allowlist ../stubtest-allowlist.txt

rust-test:
	$(CARGO) test --workspace --all-targets
	$(CARGO) test --workspace --doc
	$(CARGO) build -p growthkit --no-default-features

# The minimum Rust version that Cargo.toml declares, checked by a build with it.
MSRV := $(shell awk -F'"' '/^rust-version/ { print $$2 }' Cargo.toml)
msrv:
	rustup toolchain list | grep -q "^$(MSRV)" || rustup toolchain install $(MSRV) --profile minimal
	CARGO_TARGET_DIR=target/msrv $(CARGO) +$(MSRV) build -p growthkit

# The docs site (mkdocs-material, --strict): a page per concept with each
# example in Rust, Python and JS (the examples are run by rust-test,
# python-test and wasm-test), the Python and JS references written from the
# installed package and the built .d.ts, rustdoc (warnings as errors) beside
# them; then every link of every page is checked and the site is opened in
# chromium (build/docs/landing.png).
docs: python-install wasm-build chromium
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc -p growthkit --no-deps
	$(PY) scripts/reference.py docs/pages/reference/python.md
	cd wasm && node scripts/reference.mjs ../docs/pages/reference/js.md
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --quiet --strict -f docs/mkdocs.yml
	rm -rf build/docs/rust && cp -r target/doc build/docs/rust
	echo '<meta http-equiv="refresh" content="0; url=growthkit/index.html">' > build/docs/rust/index.html  # rustdoc's help page links it
	$(PY) scripts/check_links.py build/docs
	cd wasm && node tests/site.browser.mjs ../build/docs
	@echo "docs in build/docs/index.html"

# The packages as users receive them, installed outside the checkout.
package: python-install wasm-build
	bash scripts/package-smoke.sh

# A fresh virtual environment with the build and test tools.
$(VENV)/.installed: python/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r python/requirements-dev.txt
	touch $@

# The Spark recipe of the README on a local session (pyspark is large, so
# this is not part of `make test`); Spark needs Java 17 or later.
test-spark: python-install
	java -version
	$(PY) -m pip install --quiet -r python/requirements-spark.txt
	cd python/tests_spark && ../../$(PY) -m pytest -q -p no:cacheprovider -W ignore::DeprecationWarning .

# Builds the wheel (maturin, abi3) and installs it into the environment.
python-install: $(VENV)/.installed
	$(PY) -m pip install --quiet --force-reinstall --no-deps ./python

# wasm-build: the one comparison test (test_tables.py) runs the npm package in node too.
python-test: python-install wasm-build
	$(PY) -m pytest python/tests -q

# The wasm target, the wasm-bindgen CLI matching Cargo.lock, and the npm
# dev tools (binaryen's wasm-opt, typescript, playwright-core).
wasm-tools:
	rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
		|| $(CARGO) install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	test -d wasm/node_modules/@types/node || (cd wasm && npm ci --no-audit --no-fund)

# The npm package in wasm/dist: cargo builds every module (one cdylib each),
# wasm-bindgen (web target) writes dist/growthkit_<module>.js and its .wasm,
# then wasm/scripts/finish.mjs writes the entry dist/growthkit.js (the lazy
# modules' functions async), runs wasm-opt and measures every module into
# dist/size.json; the core's gzipped size is checked against 170 KiB by
# wasm/tests/size.test.mjs.
wasm-build: wasm-tools
	$(CARGO) build $(foreach m,$(WASM_MODULES),-p $(call wasm_crate,$(m))) --target wasm32-unknown-unknown --profile wasm-release
	rm -rf wasm/dist
	$(foreach m,$(WASM_MODULES),wasm-bindgen --target web --out-dir wasm/dist --out-name growthkit_$(m) \
		$(WASM_TARGET)/$(subst -,_,$(call wasm_crate,$(m))).wasm &&) true
	node wasm/scripts/finish.mjs

chromium:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	fc-list :lang=zh 2>/dev/null | grep -q . || (apt-get update && apt-get install -y fonts-wqy-zenhei)

wasm-test: wasm-build chromium
	cd wasm && node_modules/.bin/tsc --noEmit -p tsconfig.json
	cd wasm && node --test tests/*.test.mjs

# Never part of `make test`: timings on a shared machine are for reading, not asserting.
bench: python-install wasm-build
	mkdir -p build/benchmarks
	$(CARGO) bench -p growthkit --bench core -- --noplot 2>&1 | tee build/benchmarks/rust.txt
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) python/benchmarks/bench.py | tee build/benchmarks/python.md
	$(PY) -m pip install --quiet "pysdmx[data,xml]==1.20.0"
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) python/benchmarks/bench_readers.py | tee build/benchmarks/readers.md
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) python/benchmarks/bench_tables.py 2>/dev/null | tee build/benchmarks/tables.md
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) python/benchmarks/bench_series.py | tee build/benchmarks/series.md
	PATH=$(CURDIR)/.venv/bin:$$PATH $(PY) python/benchmarks/bench_x11.py | tee build/benchmarks/x11.md
	$(PY) python/benchmarks/bench_claims.py | tee build/benchmarks/claims.md
	cd wasm && node benchmarks/bench.mjs | tee ../build/benchmarks/js.md

FUZZ_SECONDS ?= 60
FUZZ_TARGETS := parse_text series_json series_ops read_sdmx_csv read_sdmx_json read_fred_csv read_nbs_json read_plain_csv read_sdmx_xml read_any

# cargo fuzz needs nightly; the corpus grows in fuzz/corpus (not committed).
# The seeds in fuzz/seeds are composed here; with ../shared beside the
# checkout, its real files of each reader's format are seeds too, copied into
# build/fuzz-seeds (never into the repository) and given to libFuzzer as a
# second, read-only corpus folder.
FUZZ_SHARED_SEEDS := build/fuzz-seeds
fuzz:
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	cargo +nightly fuzz --version >/dev/null 2>&1 || cargo +nightly install cargo-fuzz
	if [ -d "$(SHARED)/fixtures" ]; then \
		mkdir -p $(FUZZ_SHARED_SEEDS)/read_sdmx_csv $(FUZZ_SHARED_SEEDS)/read_sdmx_json \
			$(FUZZ_SHARED_SEEDS)/read_fred_csv $(FUZZ_SHARED_SEEDS)/read_nbs_json $(FUZZ_SHARED_SEEDS)/read_plain_csv \
			$(FUZZ_SHARED_SEEDS)/read_sdmx_xml $(FUZZ_SHARED_SEEDS)/read_any; \
		cp $(SHARED)/fixtures/*sdmxcsv*.csv $(SHARED)/fixtures/round3/*sdmxcsv*.csv $(FUZZ_SHARED_SEEDS)/read_sdmx_csv/; \
		cp $(SHARED)/fixtures/*sdmxjson*.json $(SHARED)/fixtures/round3/*sdmxjson*.json $(FUZZ_SHARED_SEEDS)/read_sdmx_json/; \
		cp $(SHARED)/fixtures/fred_*.csv $(SHARED)/fixtures/round3/fred_*.csv $(FUZZ_SHARED_SEEDS)/read_fred_csv/; \
		cp $(SHARED)/fixtures/nbs_*.json $(SHARED)/fixtures/round3/nbs_*.json $(FUZZ_SHARED_SEEDS)/read_nbs_json/; \
		cp $(SHARED)/fixtures/ecb_portal_*.csv $(SHARED)/fixtures/round3/*_csv*.csv $(FUZZ_SHARED_SEEDS)/read_plain_csv/; \
		cp $(SHARED)/fixtures/round3/*.xml $(FUZZ_SHARED_SEEDS)/read_sdmx_xml/; \
		cp $(SHARED)/fixtures/round3/*.* $(FUZZ_SHARED_SEEDS)/read_any/; \
	else echo "WARNING: ../shared is missing: fuzzing from the composed seeds only"; fi
	for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/corpus/$$t && cp -n fuzz/seeds/$$t/* fuzz/corpus/$$t/ ; \
		real=""; if [ -d $(FUZZ_SHARED_SEEDS)/$$t ]; then real="../$(FUZZ_SHARED_SEEDS)/$$t"; fi ; \
		(cd fuzz && cargo +nightly fuzz run $$t corpus/$$t $$real -- -max_total_time=$(FUZZ_SECONDS)) || exit 1; \
	done

vectors: $(VENV)/.installed
	$(PYTHON) tests/vectors/make_isoweeks.py > tests/vectors/isoweeks.json
	$(PY) tests/vectors/make_fiscal.py > tests/vectors/fiscal.json
	PATH=$(CURDIR)/.venv/bin:$$PATH $(PY) tests/vectors/make_x11.py > tests/vectors/x11/cases.json
	PATH=$(CURDIR)/.venv/bin:$$PATH $(PY) tests/vectors/make_arima.py > tests/vectors/arima/cases.json
