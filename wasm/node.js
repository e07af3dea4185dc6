// Node entry point: loads the wasm module synchronously from the package,
// then exports the same API as the browser build. `await init()` is a no-op
// here, so code written for both works unchanged.
import { readFileSync } from "node:fs";
import { initSync } from "./dist/growthkit.js";

initSync({ module: readFileSync(new URL("./dist/growthkit_bg.wasm", import.meta.url)) });

export * from "./dist/growthkit.js";
export { default } from "./dist/growthkit.js";
