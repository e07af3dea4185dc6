// Other people's passages and files live in ../shared beside the checkout,
// never in it. `shared(rel)` reads one; without it the caller skips loudly,
// and with CI set a missing ../shared is a failure.
import { existsSync, readFileSync } from "node:fs";

const base = new URL("../../../shared/", import.meta.url);

/** The text of `rel` in ../shared, or null (said on stderr) when it is missing. */
export function shared(rel) {
  const url = new URL(rel, base);
  if (existsSync(url)) return readFileSync(url, "utf8");
  const message = `../shared/${rel} is missing: the real passages and files live beside the checkout`;
  if (process.env.CI) throw new Error(message);
  console.error(`SKIPPED: ${message}`);
  return null;
}
