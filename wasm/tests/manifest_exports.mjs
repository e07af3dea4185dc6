// What the npm package exports, as `name`, `Class.member` (static and
// instance), for the manifest test.
import * as gk from "growthkit";

// The classes of the modules loaded on first use (Statement, Finding) are
// bound once their module has loaded.
await gk.ready();

const STATIC_SKIP = new Set(["length", "name", "prototype"]);
const INSTANCE_SKIP = new Set(["constructor", "free"]);

export function exported() {
  const out = new Set();
  for (const [name, value] of Object.entries(gk)) {
    if (name === "default" || name === "initSync") continue; // wasm-bindgen's loaders
    out.add(name);
    if (typeof value === "function" && /^[A-Z]/.test(name)) {
      const statics = Object.getOwnPropertyNames(value).filter((m) => !STATIC_SKIP.has(m));
      const instance = Object.getOwnPropertyNames(value.prototype).filter((m) => !INSTANCE_SKIP.has(m));
      for (const m of [...statics, ...instance]) if (!m.startsWith("_")) out.add(`${name}.${m}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log([...exported()].sort().join("\n"));
