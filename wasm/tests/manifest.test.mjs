// The API manifest (api-manifest.json) against what the BUILT package exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { exported } from "./manifest_exports.mjs";

test("the manifest lists exactly what the package exports", () => {
  const { items } = JSON.parse(readFileSync(new URL("../../api-manifest.json", import.meta.url), "utf8"));
  const listed = new Set(items.map((i) => i.js).filter((n) => n !== null));
  const have = exported();
  assert.deepEqual([...have].filter((n) => !listed.has(n)).sort(), [], "exported but not in api-manifest.json");
  assert.deepEqual([...listed].filter((n) => !have.has(n)).sort(), [], "listed but not exported");
});
