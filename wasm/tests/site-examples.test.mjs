// The docs site's JS examples (docs/examples/<concept>/<name>.ts, shown beside
// their Rust and Python twins): each one type-checks against the built
// package under `strict`, then runs in Node (transpiled by TypeScript).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import ts from "typescript";

const root = new URL("../../docs/examples/", import.meta.url);
const concepts = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith("."));
const files = concepts.flatMap((c) =>
  readdirSync(new URL(`${c.name}/`, root)).filter((f) => f.endsWith(".ts")).map((f) => `${c.name}/${f}`)).sort();

test("the site shows JS examples", () => assert.ok(files.length > 0));

test("every site example type-checks", () => {
  const program = ts.createProgram(files.map((f) => new URL(f, root).pathname), {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, lib: ["lib.esnext.d.ts", "lib.dom.d.ts"], types: ["node"],
    baseUrl: new URL("../", import.meta.url).pathname, paths: { growthkit: ["./dist/growthkit.d.ts"] },
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) =>
    `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  assert.deepEqual(diagnostics, []);
});

// Written inside the package (build/site-examples) so `import "growthkit"`
// resolves to the package itself, as it does for a user who installed it.
const out = new URL("../build/site-examples/", import.meta.url);
rmSync(out, { recursive: true, force: true });
for (const f of files) {
  test(`site example ${f} runs`, () => {
    const js = ts.transpileModule(readFileSync(new URL(f, root), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = new URL(f.replace(/\.ts$/, ".mjs"), out);
    mkdirSync(new URL("./", file), { recursive: true });
    writeFileSync(file, js);
    execFileSync(process.execPath, [file.pathname], { stdio: "pipe" });
  });
}
