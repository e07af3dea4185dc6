// The npm tarball as a front-end developer meets it, in a fresh project
// outside the checkout: the README examples type-check under the options
// `tsc --init` gives a new project (and under `lib: es2022`), and a page
// built by Vite (no configuration) runs the README example in chromium.
// Usage: node tests/consumer.mjs path/to/growthkit-x.y.z.tgz
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const tarball = resolve(process.argv[2]);
const here = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "growthkit-consumer-"));
function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] }).toString();
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout}${e.stderr}`);
  }
}
const versions = JSON.parse(readFileSync(join(here, "package.json"), "utf8")).devDependencies;

try {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--silent", "--no-audit", "--no-fund", tarball,
    `typescript@${versions.typescript}`, `vite@${versions.vite}`]);

  // The README examples, as TypeScript modules.
  const readme = readFileSync(join(here, "..", "README.md"), "utf8");
  const page = readme.match(/<script type="module">\n([\s\S]*?)<\/script>/)[1];
  const npmReadme = readFileSync(join(here, "README.md"), "utf8").match(/```js\n([\s\S]*?)```/)[1];
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "readme.ts"), page);
  writeFileSync(join(dir, "src", "npm-readme.ts"), npmReadme);
  run("npx", ["tsc", "--init"]);
  run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
  run("npx", ["tsc", "--noEmit", "--strict", "--module", "nodenext", "--target", "es2022", "--lib", "es2022,dom",
    "src/readme.ts", "src/npm-readme.ts"]);
  console.log("README examples type-check (tsc --init defaults, and lib es2022)");

  // A page built by Vite that runs the README example and shows a result.
  writeFileSync(join(dir, "index.html"), `<!doctype html><meta charset="utf-8"><title>consumer</title>
<pre id="out"></pre><script type="module" src="/src/main.js"></script>`);
  // It also calls a function of each module loaded on first use, which
  // Vite splits into chunks of their own with their .wasm as assets.
  writeFileSync(join(dir, "src", "main.js"), `import init, { Period, Series, extract, readSdmxCsv } from "growthkit";
await init();
const s = new Series(["2019-S1", "2020-S1"], [116.86, 122.7]);
const ds = await readSdmxCsv("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\\nX,DE,2019,100\\nX,DE,2020,110\\n");
const [st] = await extract("上半年，全市网上零售额1227亿元，同比增长5%。", { referenceDate: "2020-10-13" });
const months = Array.from({ length: 48 }, (_, i) => Period.parse("2020-01").shift(i));
const d = await new Series(months, months.map((_, i) => 100 + i + 8 * Math.sin((i * Math.PI) / 6))).x11();
document.getElementById("out").textContent =
  Period.parse("2020年上半年").label("en") + " " + s.yoy().get("2020-S1").toFixed(6) +
  " " + ds.yoy().series({ GEO: "DE" }).get("2020").toFixed(3) + " " + st.period.label("en") +
  " " + d.seasonalFilter + " " + (d.adjusted instanceof Series);
document.body.dataset.ready = "true";
`);
  run("npx", ["vite", "build", "--logLevel", "warn"]);
  const root = join(dir, "dist");
  const server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    const file = path.endsWith("/") ? join(path, "index.html") : path;
    const type = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" }[extname(file)];
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": type ?? "application/octet-stream" }).end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const tab = await browser.newPage();
    const logs = [];
    tab.on("console", (m) => logs.push(m.text()));
    tab.on("pageerror", (e) => logs.push(e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForSelector("body[data-ready=true]", { timeout: 20_000 }).catch((e) => {
      throw new Error(`the Vite page did not get ready: ${e.message}\n${logs.join("\n")}`);
    });
    const text = await tab.locator("#out").textContent();
    // under five years X-11's msr takes the stable filter (X-13's rule)
    const expected = `H1 2020 ${(122.7 / 116.86 - 1).toFixed(6)} 0.100 H1 2020 stable true`;
    if (text !== expected) throw new Error(`the Vite page shows ${text}, expected ${expected}`);
    console.log(`Vite page in chromium: ${text}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
