# The only place commands live. `make demo` runs the worked example,
# `make test` runs every test of every language (lint included).
# Each target installs what it needs and is quick when it is already there.

CARGO ?= cargo
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: help demo test lint rust-test python-install python-test python-lint vectors

help:
	@echo "make demo    - the seed article worked through, in Rust and in the Python notebook"
	@echo "make test    - lint, then every test: Rust (unit, doc, vectors, properties) and Python"
	@echo "make lint    - cargo fmt --check, clippy -D warnings, ruff, mypy stubtest"
	@echo "make vectors - regenerate tests/vectors/isoweeks.json from Python's datetime"

demo: python-install
	$(CARGO) run --quiet -p growthkit --example seed
	@echo
	@echo "== the same in Python: python/examples/seed.ipynb =="
	$(PY) python/examples/run_notebook.py python/examples/seed.ipynb 2>/dev/null

test: lint rust-test python-test

lint: python-install
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(VENV)/bin/ruff check python
	$(VENV)/bin/ruff format --check python
	cd python/tests && ../../$(PY) -m mypy.stubtest growthkit \
		--mypy-config-file ../pyproject.toml --allowlist ../stubtest-allowlist.txt

rust-test:
	$(CARGO) test --workspace --all-targets
	$(CARGO) test --workspace --doc

# A fresh virtual environment with the build and test tools.
$(VENV)/.installed: python/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r python/requirements-dev.txt
	touch $@

# Builds the wheel (maturin, abi3) and installs it into the environment.
python-install: $(VENV)/.installed
	$(PY) -m pip install --quiet --force-reinstall --no-deps ./python

python-test: python-install
	$(PY) -m pytest python/tests -q

vectors:
	$(PYTHON) tests/vectors/make_isoweeks.py > tests/vectors/isoweeks.json
