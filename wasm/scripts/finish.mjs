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

const before = readFileSync(wasm).length;
const wasmOpt = new URL("../node_modules/.bin/wasm-opt", import.meta.url).pathname;
execFileSync(wasmOpt, ["-O3", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
  new URL(wasm).pathname, "-o", new URL(wasm).pathname], { stdio: "inherit" });
const bytes = readFileSync(wasm);
const size = { before_wasm_opt: before, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
writeFileSync(new URL("size.json", dist), JSON.stringify(size, null, 2) + "\n");
console.log(`growthkit_bg.wasm: ${size.bytes} bytes (${size.gzip} gzipped; ${before} before wasm-opt)`);
