# The only place commands live. `make demo` runs the worked example,
# `make test` runs every test of every language (lint included).
# Each target installs what it needs and is quick when it is already there.

CARGO ?= cargo
PYTHON ?= python3

.PHONY: demo test lint rust-test vectors help

help:
	@echo "make demo   - the seed article worked through (cargo run --example seed)"
	@echo "make test   - lint, then every test: Rust unit, doc, vector and property tests"
	@echo "make lint   - cargo fmt --check and clippy -D warnings"
	@echo "make vectors - regenerate tests/vectors/isoweeks.json from Python's datetime"

demo:
	$(CARGO) run --quiet -p growthkit --example seed

test: lint rust-test

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

rust-test:
	$(CARGO) test --workspace --all-targets
	$(CARGO) test --workspace --doc

vectors:
	$(PYTHON) tests/vectors/make_isoweeks.py > tests/vectors/isoweeks.json
