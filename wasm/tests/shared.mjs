// Other people's passages and files live in ../shared beside the checkout,
// never in it. `shared(rel)` reads one as text, `sharedBytes(rel)` as bytes
// (for .gz, .zip, .xlsx, .xls); without it the caller skips loudly, and with
// CI set a missing ../shared is a failure.
import { existsSync, readFileSync } from "node:fs";

const base = new URL("../../../shared/", import.meta.url);

/** The bytes of `rel` in ../shared, or null (said on stderr) when it is missing. */
export function sharedBytes(rel) {
  const url = new URL(rel, base);
  if (existsSync(url)) {
    const b = readFileSync(url);
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  const message = `../shared/${rel} is missing: the real passages and files live beside the checkout`;
  if (process.env.CI) throw new Error(message);
  console.error(`SKIPPED: ${message}`);
  return null;
}

/** The text of `rel` in ../shared, or null (said on stderr) when it is missing. */
export function shared(rel) {
  const bytes = sharedBytes(rel);
  return bytes === null ? null : new TextDecoder("utf-8").decode(bytes);
}
