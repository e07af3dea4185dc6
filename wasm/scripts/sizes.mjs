// The sizes of the wasm modules, measured by finish.mjs into dist/size.json,
// as the table of README.md (between the `sizes` markers): `make wasm-build`
// rewrites it, wasm/tests/size.test.mjs checks that the two agree.
import { readFileSync, writeFileSync } from "node:fs";

export const README = new URL("../README.md", import.meta.url);
export const LIMIT = 170 * 1024; // the core's gzipped size at most, in bytes
const START = "<!-- sizes: written by `make wasm-build` from dist/size.json -->";
const END = "<!-- /sizes -->";

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** The Markdown table of `size` (dist/size.json), with the modules' docs. */
export function table(size, modules) {
  const rows = modules.map((m) => {
    const s = size.modules[m.name];
    const when = m.name === "core" ? "`init()` (Node: the import)" : `first call, or \`ready("${m.name}")\``;
    return `| ${m.name} | \`${s.wasm}\` | ${s.bytes.toLocaleString("en")} | ${s.gzip.toLocaleString("en")} (${kib(s.gzip)}) | ${when} | ${m.doc} |`;
  });
  const verdict = size.core_gzip <= LIMIT ? "within" : "over";
  return [
    START,
    "| module | file | bytes | gzipped bytes | loaded on | holds |",
    "|---|---|---:|---:|---|---|",
    ...rows,
    "",
    `The core is ${kib(size.core_gzip)} gzipped, ${verdict} the goal of ${kib(LIMIT)}.`,
    END,
  ].join("\n");
}

/** README.md with its size table from dist/size.json. */
export function withTable(readme, size, modules) {
  const a = readme.indexOf(START), b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error("README.md has no sizes markers");
  return readme.slice(0, a) + table(size, modules) + readme.slice(b + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = JSON.parse(readFileSync(new URL("../dist/size.json", import.meta.url), "utf8"));
  const { modules } = JSON.parse(readFileSync(new URL("../modules.json", import.meta.url), "utf8"));
  writeFileSync(README, withTable(readFileSync(README, "utf8"), size, modules));
}
