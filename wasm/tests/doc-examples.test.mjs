// The ```ts examples in the comments of the BUILT .d.ts (written once in the
// wasm crate's doc comments) type-check against the package, each as its
// own module importing the names it uses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import ts from "typescript";

const dts = readFileSync(new URL("../dist/growthkit.d.ts", import.meta.url), "utf8");
const blocks = [...dts.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) =>
  m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, "")).join("\n"));
const exported = new Set([...dts.matchAll(/export (?:declare )?(?:class|function|type|interface|enum|namespace) (\w+)/g)].map((m) => m[1]));

test("the .d.ts carries examples", () => assert.ok(blocks.length >= 25, `${blocks.length} examples`));

test("every .d.ts example type-checks", () => {
  const dir = new URL("../build/doc-examples/", import.meta.url);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = blocks.map((code, i) => {
    const names = [...exported].filter((n) => new RegExp(`\\b${n}\\b`).test(code));
    const file = new URL(`example${i}.ts`, dir).pathname;
    writeFileSync(file, `import { ${names.join(", ")} } from "growthkit";\nexport {};\n${code}\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, lib: ["lib.esnext.d.ts", "lib.dom.d.ts"], types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) =>
    `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  assert.deepEqual(diagnostics, []);
});
