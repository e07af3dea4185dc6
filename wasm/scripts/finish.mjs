// Finishes the npm package after wasm-bindgen (`make wasm-build`), for the
// modules of wasm/modules.json (the core, then those loaded on first use):
//  - the core's JS additions: `isGrowthkitError`, the static `Period.year`
//    (wasm-bindgen cannot export a static and a getter under one name);
//  - every .wasm optimised with wasm-opt from npm `binaryen`;
//  - the package's one entry, dist/growthkit.js and dist/growthkit.d.ts:
//    the core's exports as they are, and each other module's functions as
//    async functions that load it on first call (`ready(name)` loads it
//    ahead), its classes bound once it has loaded. Where a module's .d.ts
//    gives a function or getter the type of a core class (`Dataset`,
//    `Period | undefined`), the module returns the value's text or JSON
//    (scripts/gen/kinds.py, CROSSING) and the entry makes the core's object;
//  - the sizes of every module in dist/size.json.
import { readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { README, withTable } from "./sizes.mjs";

const dist = new URL("../dist/", import.meta.url);
const { modules } = JSON.parse(readFileSync(new URL("../modules.json", import.meta.url), "utf8"));
const [core, ...lazy] = modules;
const file = (name) => new URL(name, dist);
const read = (name) => readFileSync(file(name), "utf8");

// The core's additions, once.
const coreJs = file(`${core.out}.js`);
const coreDts = file(`${core.out}.d.ts`);
if (!read(`${core.out}.js`).includes("export function isGrowthkitError")) {
  appendFileSync(coreJs, `
/** Whether \`e\` is an error thrown by growthkit (narrows it for TypeScript). */
export function isGrowthkitError(e) {
  return e instanceof Error && e.name === "GrowthkitError" && typeof e.code === "string";
}
`);
  appendFileSync(coreDts, `
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
if (!read(`${core.out}.js`).includes("Period.year = ")) {
  appendFileSync(coreJs, `
/** The calendar year \`year\`: \`Period.year(2020)\`. */
Period.year = function year(year) {
  return Period._fromYear(year);
};
`);
  appendFileSync(coreDts, `
export declare namespace Period {
  /** The calendar year \`year\`: \`Period.year(2020)\`. */
  function year(year: number): Period;
}
`);
}

// How a value of a core class arrives from another module, and how the
// entry makes the core's object of it.
const CROSS = {
  Dataset: "Dataset.fromJSON",
  Series: "Series.fromJSON",
  Period: "Period.parse",
  Reported: "Reported.parse",
  Unit: "Unit.parse",
  Interval: "Interval.fromJSON",
};

/** The crossing of a declared type: "Period | undefined" -> { cls, optional, list }. */
function crossing(type) {
  if (!type) return null;
  let text = type.getText().trim();
  const parts = text.split("|").map((t) => t.trim());
  const optional = parts.some((t) => t === "undefined" || t === "null");
  const rest = parts.filter((t) => t !== "undefined" && t !== "null");
  if (rest.length !== 1) return null;
  text = rest[0];
  const list = text.endsWith("[]");
  const cls = list ? text.slice(0, -2) : text;
  return CROSS[cls] ? { cls, optional, list } : null;
}

function convert(c, expr) {
  if (!c) return expr;
  const f = c.list ? `(v) => v.map(${CROSS[c.cls]})` : CROSS[c.cls];
  return c.optional ? `opt(${f}, ${expr})` : c.list ? `(${f})(${expr})` : `${f}(${expr})`;
}

const SKIP = new Set(["start", "initSync", "__wbg_init", "InitInput", "InitOutput", "SyncInitInput"]);
const jsLines = [];
// Functions bound as async methods of the core's classes (modules.toml
// `methods`): `Series.prototype.x11 = …`, declared by interface merging.
const methodLines = [];
const methodDts = [];
const dtsLines = [];
const setups = [];
const classNames = [];
for (const m of lazy) {
  const dtsName = `${m.out}.d.ts`;
  let text = read(dtsName);
  // The module's own .d.ts names the core's classes: they are the entry's.
  const head = `import type * as core from "./growthkit.js";\n`;
  if (!text.startsWith(head)) {
    const used = Object.keys(CROSS).concat(["Series", "ErrorCode", "FrequencyName", "Basis", "PartKind", "Source",
      "Modality", "StatementJSON", "IntervalJSON"]).filter((n) => new RegExp(`\\b${n}\\b`).test(text));
    text = head + used.map((n) => `type ${n} = core.${n};\n`).join("") + text;
    writeFileSync(file(dtsName), text);
  }
  const src = ts.createSourceFile(dtsName, text, ts.ScriptTarget.ES2022, true);
  const note = ` * Async: the first call fetches the module "${m.name}" (${m.out}_bg.wasm).\n`;
  const patches = [];
  for (const node of src.statements) {
    const name = node.name?.text;
    if (!name || SKIP.has(name) || !node.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const full = node.getFullText().replace(/^\s*(\/\* (tslint|eslint)-disable \*\/\s*)*/, "");
    const bound = Object.entries(m.methods ?? {}).find(([, fn]) => fn === name);
    if (ts.isFunctionDeclaration(node) && bound) {
      const [cls, method] = bound[0].split(".");
      const [, ...rest] = node.parameters;
      const params = rest.map((p) => p.name.getText());
      const doc = (ts.getJSDocCommentsAndTags(node)[0]?.getFullText() ?? "").trim();
      methodDts.push(`export interface ${cls} {`, `  ${doc.replace(/\n/g, "\n  ").replace(/\n\s*\*\/$/, `\n   *\n  ${note.trimEnd()}\n   */`)}`,
        `  ${method}(${rest.map((p) => p.getText()).join(", ")}): Promise<${node.type.getText()}>;`, "}");
      methodLines.push(`${cls}.prototype.${method} = async function ${method}(${params.join(", ")}) {`,
        `  return ${convert(crossing(node.type), `(await load("${m.name}")).${name}(this, ${params.join(", ")})`)};`, "};");
    } else if (ts.isFunctionDeclaration(node)) {
      const ret = node.type.getText();
      const start = node.type.getStart() - node.getFullStart();
      let decl = node.getFullText();
      decl = decl.slice(0, start) + `Promise<${ret}>` + decl.slice(node.type.getEnd() - node.getFullStart());
      decl = decl.replace(/^\s*(\/\* (tslint|eslint)-disable \*\/\s*)*/, "").replace(/\n(\s*)\*\/\s*\nexport function/, `\n$1*\n${note}$1*/\nexport function`);
      dtsLines.push(decl.trimEnd());
      const params = node.parameters.map((p) => p.name.getText());
      jsLines.push(`export async function ${name}(${params.join(", ")}) {`,
        `  return ${convert(crossing(node.type), `(await load("${m.name}")).${name}(${params.join(", ")})`)};`, "}");
    } else if (ts.isClassDeclaration(node)) {
      dtsLines.push(full.trimEnd());
      classNames.push([m.name, name]);
      for (const member of node.members) {
        const c = crossing(member.type);
        if (!c || !member.name) continue;
        const isGetter = ts.isGetAccessor(member) || ts.isPropertyDeclaration(member);
        if (isGetter) patches.push(`    getter(m.${name}, "${member.name.getText()}", (v) => ${convert(c, "v")});`);
        else throw new Error(`${dtsName}: ${name}.${member.name.getText()} returns a core class: only getters cross`);
      }
    } else {
      dtsLines.push(full.trimEnd());
    }
  }
  const classes = classNames.filter(([mod]) => mod === m.name).map(([, n]) => n);
  setups.push(`  ${m.name}: (m) => {`, ...patches, ...classes.map((n) => `    ${n} = m.${n};`), "  },");
}

const names = lazy.map((m) => JSON.stringify(m.name));
writeFileSync(file("load.js"), `// @generated by wasm/scripts/finish.mjs.
// How a module loaded on first use starts: in a browser (and under a
// bundler) its wasm-bindgen init, which fetches its .wasm beside it;
// node.js sets \`loader.init\` to read the file instead.
export const loader = { init: (module, name) => module.default() };
`);

writeFileSync(file("growthkit.js"), `// @generated by wasm/scripts/finish.mjs: the one entry of the npm package.
// \`init()\` loads the core module (${core.out}_bg.wasm: ${core.doc}).
${lazy.map((m) => `// The module "${m.name}" (${m.out}_bg.wasm: ${m.doc}) is fetched the first time
// one of its functions is called, or by \`ready("${m.name}")\`.`).join("\n")}
import { ${Object.keys(CROSS).join(", ")} } from "./${core.out}.js";
import { loader } from "./load.js";

export * from "./${core.out}.js";
export { default } from "./${core.out}.js";

const imports = {
${lazy.map((m) => `  ${m.name}: () => import("./${m.out}.js"),`).join("\n")}
};
const loading = new Map();

/** The classes of the modules loaded on first use: bound when their module has loaded. */
export let ${classNames.map(([, n]) => n).join(", ")};

const opt = (f, v) => (v === undefined || v === null ? undefined : f(v));
function getter(cls, name, f) {
  const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
  Object.defineProperty(cls.prototype, name, { ...d, get() { return f(d.get.call(this)); } });
}
const setup = {
${setups.join("\n")}
};

function load(name) {
  let p = loading.get(name);
  if (p === undefined) {
    p = imports[name]().then(async (m) => {
      await loader.init(m, name);
      setup[name](m);
      return m;
    });
    p.catch(() => loading.delete(name)); // a failed fetch can be tried again
    loading.set(name, p);
  }
  return p;
}

/** Loads the modules named (by default every one: ${names.join(", ")}), once each. */
export async function ready(...names) {
  for (const n of names) if (!(n in imports)) throw new Error(\`growthkit has no module \${JSON.stringify(n)} (its modules: ${names.join(", ")})\`);
  await Promise.all((names.length ? names : Object.keys(imports)).map(load));
}

${jsLines.join("\n")}

${methodLines.join("\n")}
`);

// The entry's types: the core's, then the modules loaded on first use.
let coreTypes = read(`${core.out}.d.ts`).replace('/// <reference lib="esnext.disposable" />\n', "");
writeFileSync(file("growthkit.d.ts"), `/// <reference lib="esnext.disposable" />
${coreTypes.trimEnd()}

/** The modules fetched on first use (the core is what \`init()\` loads):
${lazy.map((m) => ` * - "${m.name}": ${m.doc}.`).join("\n")}
 */
export type WasmModule = ${names.join(" | ")};
/**
 * Loads the modules named, by default every one, ahead of their first use
 * (say when a page shows the part that needs one); each is fetched once.
 * Their functions are async whether or not this has run.
 *
 * \`\`\`ts
 * await ready("claims"); // the statement reader: extract and check
 * \`\`\`
 */
export function ready(...modules: WasmModule[]): Promise<void>;

${dtsLines.join("\n\n")}

${methodDts.join("\n")}
`);

// The classes implement Symbol.dispose: a project on lib es2022 needs the
// disposable lib, which this reference brings in.
const types = read(`${core.out}.d.ts`);
if (!types.startsWith('/// <reference lib="esnext.disposable" />')) {
  writeFileSync(coreDts, '/// <reference lib="esnext.disposable" />\n' + types);
}

// Optimise and measure every module.
const wasmOpt = new URL("../node_modules/.bin/wasm-opt", import.meta.url).pathname;
const size = { core_gzip: 0, modules: {} };
for (const m of modules) {
  const wasm = file(`${m.out}_bg.wasm`).pathname;
  const before = readFileSync(wasm).length;
  execFileSync(wasmOpt, ["-O3", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
    "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
    wasm, "-o", wasm], { stdio: "inherit" });
  const bytes = readFileSync(wasm);
  const js = readFileSync(file(`${m.out}.js`));
  size.modules[m.name] = {
    wasm: `${m.out}_bg.wasm`, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
    before_wasm_opt: before, js_bytes: js.length, js_gzip: gzipSync(js, { level: 9 }).length,
  };
  console.log(`${m.out}_bg.wasm: ${bytes.length} bytes (${size.modules[m.name].gzip} gzipped; ${before} before wasm-opt)`);
}
size.core_gzip = size.modules[core.name].gzip;
writeFileSync(file("size.json"), JSON.stringify(size, null, 2) + "\n");

// The README's table of sizes, from size.json.
writeFileSync(README, withTable(readFileSync(README, "utf8"), size, modules));
