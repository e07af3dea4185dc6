// Node entry point: loads the core wasm module synchronously from the
// package, and has the modules loaded on first use (the readers, the
// statement reader) read their .wasm from the package too, then exports the
// same API as the browser build. `await init()` is a no-op here, so code
// written for both works unchanged; the lazy modules' functions are async
// in both.
import { readFileSync } from "node:fs";
import { initSync } from "./dist/growthkit_core.js";
import { loader } from "./dist/load.js";

const wasm = (name) => readFileSync(new URL(`./dist/growthkit_${name}_bg.wasm`, import.meta.url));
initSync({ module: wasm("core") });
loader.init = (module, name) => module.initSync({ module: wasm(name) });

export * from "./dist/growthkit.js";
export { default } from "./dist/growthkit.js";
