// The sizes of the wasm modules, measured by `make wasm-build` into
// dist/size.json: every module measured from its file, the README's table
// from that file, and the core's gzipped size against the goal of 170 KiB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { LIMIT, README, table } from "../scripts/sizes.mjs";

const size = JSON.parse(readFileSync(new URL("../dist/size.json", import.meta.url), "utf8"));
const { modules } = JSON.parse(readFileSync(new URL("../modules.json", import.meta.url), "utf8"));

test("every module is measured, from its file", () => {
  assert.deepEqual(Object.keys(size.modules), modules.map((m) => m.name));
  for (const m of modules) {
    const bytes = readFileSync(new URL(`../dist/${m.out}_bg.wasm`, import.meta.url));
    assert.equal(size.modules[m.name].bytes, bytes.length, m.name);
    assert.equal(size.modules[m.name].gzip, gzipSync(bytes, { level: 9 }).length, m.name);
  }
  assert.equal(size.core_gzip, size.modules.core.gzip);
});

test("the README shows the sizes of dist/size.json", () => {
  assert.ok(readFileSync(README, "utf8").includes(table(size, modules)), "run make wasm-build");
});

// Not met yet (wasm/README.md says where the bytes are): reported as a todo,
// with the measured size, until it is; then drop the `todo`.
const over = size.core_gzip > LIMIT;
test("the core module is at most 170 KiB gzipped", {
  todo: over && `the core is ${(size.core_gzip / 1024).toFixed(1)} KiB gzipped`,
}, () => {
  assert.ok(size.core_gzip <= LIMIT, `core ${size.core_gzip} bytes gzipped > ${LIMIT}`);
});

// While the goal is missed, the core may not grow unseen: a ratchet at the
// size it reached when seasonal adjustment became a module of its own.
const RATCHET = 330 * 1024;
test("the core module grows no further than this round left it", () => {
  assert.ok(size.core_gzip <= RATCHET, `core ${size.core_gzip} bytes gzipped > ${RATCHET}: say why in wasm/README.md`);
});
