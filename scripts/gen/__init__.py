"""The generator behind `make generate`: the API tables in api/ become the
PyO3 and wasm-bindgen methods, the Python stubs, the TypeScript unions, the
manifest rows and the reference pages. Its output is committed, marked
@generated, and `make test` runs it with --check to catch drift."""
