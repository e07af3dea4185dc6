// Finishes the package after wasm-bindgen: adds the static `Period.year`
// (wasm-bindgen cannot export a static and a getter under one name),
// optimises the .wasm with wasm-opt from npm `binaryen`, and writes its
// sizes to dist/size.json.
import { readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url);
const js = new URL("growthkit.js", dist);
const dts = new URL("growthkit.d.ts", dist);
const wasm = new URL("growthkit_bg.wasm", dist);

if (!readFileSync(js, "utf8").includes("export function isGrowthkitError")) {
  appendFileSync(js, `
/** Whether \`e\` is an error thrown by growthkit (narrows it for TypeScript). */
export function isGrowthkitError(e) {
  return e instanceof Error && e.name === "GrowthkitError" && typeof e.code === "string";
}
`);
  appendFileSync(dts, `
/**
 * Whether \`e\` is an error thrown by growthkit; narrows \`e\` in a \`catch\`.
 *
 * \`\`\`ts
 * try { Period.parse("2020-13"); } catch (e) { if (isGrowthkitError(e)) console.log(e.code); } // "invalid_period"
 * \`\`\`
 */
export function isGrowthkitError(e: unknown): e is GrowthkitError;
`);
}

if (!readFileSync(js, "utf8").includes("Period.year = ")) {
  appendFileSync(js, `
/** The calendar year \`year\`: \`Period.year(2020)\`. */
Period.year = function year(year) {
  return Period._fromYear(year);
};
`);
  appendFileSync(dts, `
export declare namespace Period {
  /** The calendar year \`year\`: \`Period.year(2020)\`. */
  function year(year: number): Period;
}
`);
}

// The classes implement Symbol.dispose: a project on lib es2022 needs the
// disposable lib, which this reference brings in.
const types = readFileSync(dts, "utf8");
if (!types.startsWith('/// <reference lib="esnext.disposable" />')) {
  writeFileSync(dts, '/// <reference lib="esnext.disposable" />\n' + types);
}

const before = readFileSync(wasm).length;
const wasmOpt = new URL("../node_modules/.bin/wasm-opt", import.meta.url).pathname;
execFileSync(wasmOpt, ["-O3", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
  new URL(wasm).pathname, "-o", new URL(wasm).pathname], { stdio: "inherit" });
const bytes = readFileSync(wasm);
const size = { before_wasm_opt: before, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
writeFileSync(new URL("size.json", dist), JSON.stringify(size, null, 2) + "\n");
console.log(`growthkit_bg.wasm: ${size.bytes} bytes (${size.gzip} gzipped; ${before} before wasm-opt)`);
