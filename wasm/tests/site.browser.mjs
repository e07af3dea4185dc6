// The docs site in chromium (run by `make docs` after the build): served from
// 127.0.0.1, the landing page loads with no console error and no request
// leaving the machine, a concept page shows its examples in three tabs that
// switch together, and the landing page is saved as build/docs-landing.png.
// Usage: node tests/site.browser.mjs SITE_DIR
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const SITE = resolve(process.argv[2]) + "/";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const server = createServer(async (req, res) => {
  const path = normalize(join(SITE, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  if (!path.startsWith(SITE)) return res.writeHead(403).end();
  try {
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(await readFile(path));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => !r.url().startsWith(base) && !r.url().startsWith("data:") && problems.push(`outside request: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));

  await page.goto(`${base}index.html`, { waitUntil: "networkidle" });
  assert.match(await page.title(), /growthkit/);
  assert.equal(await page.locator("nav a:has-text('Series and growth')").count() > 0, true);
  await page.screenshot({ path: resolve(SITE, "../docs-landing.png") });

  await page.goto(`${base}periods.html`, { waitUntil: "networkidle" });
  const labels = await page.locator(".tabbed-set").first().locator(".tabbed-labels label").allTextContents();
  assert.deepEqual(labels, ["Rust", "Python", "JavaScript"]);
  // Linked tabs: choosing Python on one example shows Python on every one.
  await page.locator(".tabbed-labels label:has-text('Python')").first().click();
  const shown = await page.locator(".tabbed-block:visible code").allTextContents();
  assert.ok(shown.length >= 1 && shown.every((c) => c.includes("import growthkit as gk")), "every visible example is Python");

  await page.goto(`${base}reference/python.html`, { waitUntil: "networkidle" });
  assert.ok(await page.locator("h3#seriesyoy").count() === 1, "the Python reference has Series.yoy");
  await page.goto(`${base}reference/js.html`, { waitUntil: "networkidle" });
  assert.ok(await page.locator("h3#seriesyoy").count() === 1, "the JS reference has Series.yoy");
  assert.deepEqual(problems, []);
  console.log("site: landing page, tabs and references checked in chromium; build/docs-landing.png");
} finally {
  await browser.close();
  server.close();
}
