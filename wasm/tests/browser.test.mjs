// The demo page in a real browser: Debian's chromium driven by
// playwright-core, the page served from 127.0.0.1. Fails on a timeout with
// the page's console output; saves a screenshot under build/.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { sharedBytes } from "./shared.mjs";

const ROOT = new URL("..", import.meta.url).pathname; // the wasm/ folder: www/ and dist/
const BUILD = new URL("../../build/", import.meta.url).pathname;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

let server, browser, url;
const consoleLines = [];

before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!path.startsWith(ROOT)) return res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${server.address().port}/www/index.html`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    // playwright gives every launch a fresh, empty profile of its own.
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(requests = []) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url);
  try {
    await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  } catch (e) {
    throw new Error(`the page did not get ready: ${e.message}\nconsole:\n${consoleLines.join("\n")}`);
  }
  return page;
}

// The parts of the page that need a module other than the core, what using
// each takes, and the module it fetches (the network log says which files
// were asked for). A new part that loads a module is a new row.
const PARTS = [
  {
    part: "Check a text",
    module: "claims",
    use: async (page) => {
      await page.click("#claims-run");
      await page.waitForSelector("#claims-statements tbody tr");
    },
  },
  {
    part: "Open a data file",
    module: "read",
    use: async (page) => {
      await page.setInputFiles("#file", { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2019,100\nX,DE,2020,110\n") });
      await page.waitForFunction(() => document.querySelector("#file-info").textContent.includes("1 series"));
    },
  },
  {
    part: "Seasonally adjust",
    module: "seasonal",
    use: async (page) => {
      await page.click("#sa-run");
      await page.waitForSelector("#sa-table tbody tr");
    },
  },
];
const MODULES = JSON.parse(await readFile(new URL("../modules.json", import.meta.url), "utf8")).modules;
const filesOf = (name) => {
  const out = MODULES.find((m) => m.name === name).out;
  return [`/dist/${out}.js`, `/dist/${out}_bg.wasm`];
};

test("the page fetches only the core module until a part that needs another is used", async () => {
  const requests = [];
  const page = await open(requests);
  const lazy = MODULES.filter((m) => m.name !== "core").map((m) => m.name);
  const fetched = (name) => filesOf(name).filter((f) => requests.includes(f));
  // Ready, with the seed figures, the chart and the period explorer worked: the core alone.
  assert.deepEqual(fetched("core"), filesOf("core"));
  for (const name of lazy) assert.deepEqual(fetched(name), [], `${name} fetched before any part used it`);
  const wasms = requests.filter((r) => r.endsWith(".wasm"));
  assert.deepEqual(wasms, filesOf("core").slice(1), "one .wasm on load: the core's");
  const used = new Set();
  for (const { part, module, use } of PARTS) {
    await use(page);
    used.add(module);
    assert.deepEqual(fetched(module), filesOf(module), `${part} fetches the module ${module}`);
    for (const name of lazy.filter((n) => !used.has(n))) {
      assert.deepEqual(fetched(name), [], `${part} fetches only its own module, not ${name}`);
    }
  }
  // Each module is fetched once, however often its part is used.
  await PARTS[0].use(page);
  for (const f of MODULES.flatMap((m) => filesOf(m.name))) {
    assert.ok(requests.filter((r) => r === f).length <= 1, `${f} fetched more than once`);
  }
  await page.close();
});

test("Check a text: the example text read, marked and checked; a planted error caught", async () => {
  const page = await open();
  await page.click("#claims-run"); // the first check fetches the statement reader
  await page.waitForSelector("#claims-statements tbody tr");
  // The example text (the seed article's figures in this project's words) holds seven statements.
  assert.equal(await page.locator("#claims-statements tbody tr").count(), 7);
  assert.equal(await page.locator("#claims-statements tbody tr:nth-child(1) td:nth-child(2)").textContent(), "online retail sales");
  assert.equal(await page.locator("#claims-statements tbody tr:nth-child(5) td:nth-child(3)").textContent(), "2020-10-01/2020-10-08");
  // "online information consumption rose 50%" takes its basis from the clause before it.
  assert.equal(await page.locator("#claims-statements tbody tr:nth-child(2) td.provenance").textContent(), "basis inherited");
  assert.equal(await page.locator("#claims-marked mark.level").count(), 4);
  assert.equal(await page.locator("#claims-marked mark.level").first().textContent(), "122.7 billion yuan");
  const findings = await page.locator("#claims-findings").textContent();
  assert.match(findings, /unequal_length/);
  assert.equal(await page.locator("#claims-findings li.bad").count(), 0);
  // A release whose urban and rural parts do not add up to the total (14367 changed to 15367).
  await page.fill("#claims-date", "2022-04-18");
  await page.fill("#claims-text", "一季度，社会消费品零售总额108659亿元，同比增长3.3%。按经营单位所在地分，一季度城镇消费品零售额94292亿元，同比增长3.2%；乡村消费品零售额15367亿元，增长3.5%。");
  await page.waitForFunction(() => document.querySelectorAll("#claims-findings li.bad").length > 0);
  assert.match(await page.locator("#claims-findings li.bad").first().textContent(), /parts_sum/);
  // A Chinese text gets its findings in Chinese.
  assert.match(await page.locator("#claims-findings li.bad").first().textContent(), /分项之和.*不一致/);
  await page.close();
});

const cellOf = (page, row, cls) => page.locator(`#statements tbody tr:nth-child(${row}) td.${cls}`).textContent();

test("the page loads with the seed figures and their implied bases", async () => {
  const page = await open();
  // 122.7 / 1.05, 65.99 / 1.122, 35.86 / 1.157, worked by hand.
  assert.equal(await cellOf(page, 1, "base"), "116.857");
  assert.equal(await cellOf(page, 2, "base"), "58.815");
  assert.equal(await cellOf(page, 3, "base"), "30.994");
  // [122.65 / 1.055, 122.75 / 1.045] for "122.7 up 5 %".
  assert.equal(await cellOf(page, 1, "range"), "[116.256, 117.464]");
  // Per day, 8 days against 7: (65.99 / 8) / (58.8146 / 7) - 1 = -1.8 %.
  assert.equal(await cellOf(page, 2, "per-day"), "-1.8 %");
  assert.equal(await page.locator("#chart svg rect.yoy").count(), 6);
  await mkdir(BUILD, { recursive: true });
  await page.screenshot({ path: join(BUILD, "demo-page.png"), fullPage: true });
  const errors = consoleLines.filter((l) => l.startsWith("error") || l.startsWith("pageerror"));
  assert.deepEqual(errors, [], consoleLines.join("\n"));
  await page.close();
});

test("typing a new statement updates the results", async () => {
  const page = await open();
  await page.fill("input[name=what]", "retail sales");
  await page.fill("input[name=period]", "2021年1-2月");
  await page.fill("input[name=value]", "110");
  await page.fill("input[name=growth]", "10.0");
  await page.click("#add button");
  await page.waitForSelector("#statements tbody tr:nth-child(4)");
  assert.equal(await cellOf(page, 4, "base"), "100.000"); // 110 / 1.1
  const text = await page.locator("#statements tbody tr:nth-child(4)").textContent();
  assert.match(text, /2021年1-2月/);
  await page.fill("#series-input", "2019-01, 100\n2020-01, 150");
  await page.waitForFunction(() => document.querySelectorAll("#chart svg rect.yoy").length === 1);
  await page.close();
});

test("an invalid period shows the error message and the page keeps working", async () => {
  const page = await open();
  await page.fill("#explore", "2021-W53");
  await page.waitForFunction(() => document.querySelector("#explore-error").textContent.includes("invalid period"));
  assert.match(await page.locator("#explore-error").textContent(), /`2021-W53`/);
  await page.fill("input[name=what]", "x");
  await page.fill("input[name=period]", "2020-13");
  await page.fill("input[name=value]", "1");
  await page.fill("input[name=growth]", "1");
  await page.click("#add button");
  await page.waitForFunction(() => document.querySelector("#add-error").textContent.length > 0);
  await page.fill("#explore", "2020年第三季度");
  await page.waitForFunction(() => document.querySelector("[data-key=canonical]")?.textContent === "2020-Q3");
  assert.equal(await page.locator("[data-key='label (en)']").textContent(), "Q3 2020");
  await page.close();
});

test("the README's JS quickstart runs in the page", async () => {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const block = readme.match(/```html\n([\s\S]*?)```/);
  assert.ok(block, "the README should have an html quickstart");
  const page = await browser.newPage();
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  await page.goto(url); // same origin, so the quickstart's import resolves
  const script = block[1].match(/<script type="module">([\s\S]*?)<\/script>/)[1]
    .replace(`from "growthkit"`, `from "/dist/growthkit.js"`);
  await page.evaluate((code) => new Promise((ok, fail) => {
    const s = document.createElement("script");
    s.type = "module";
    s.textContent = `${code}\nwindow.__quickstart = "done";`;
    window.addEventListener("error", (e) => fail(e.message), { once: true });
    document.body.append(s);
    const t = setInterval(() => { if (window.__quickstart) { clearInterval(t); ok(); } }, 50);
  }), script);
  assert.equal(await page.evaluate(() => window.__quickstart), "done");
  await page.close();
});

test("opening a real data file shows its series and their growth", async (t) => {
  // The real files live in ../shared beside the checkout; the page gets them as a user's file would.
  const file = (name, mimeType) => {
    const bytes = sharedBytes(`fixtures/${name}`);
    return bytes && { name, mimeType, buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) };
  };
  const eurostat = file("eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv", "text/csv");
  if (eurostat === null) return t.skip("../shared is missing");
  const page = await open();
  await page.setInputFiles("#file", eurostat);
  await page.waitForFunction(() => document.querySelector("#file-info").textContent.includes("2 series"));
  assert.match(await page.locator("#file-info").textContent(), /19 observations/);
  // The first series is the current account: "...,2023-Q1,,23962.1" and "...,2024-Q1,,103351.2".
  const row = page.locator("#file-table tbody tr", { hasText: "Q1 2024" });
  assert.equal(await row.locator("td").nth(1).textContent(), "103351.2000");
  assert.equal(await row.locator("td").nth(3).textContent(), `${(100 * (103351.2 / 23962.1 - 1)).toFixed(2)} %`);
  assert.equal(await page.locator("#file-chart svg").count(), 1);
  // Choose the other series, then open a FRED file, a zip and a broken one.
  await page.selectOption("#file-series", "1");
  await page.waitForFunction(() => [...document.querySelectorAll("#file-table td")].some((td) => td.textContent === "101274.6000"));
  await page.setInputFiles("#file", file("fred_icsa_weekly.csv", "text/csv"));
  await page.waitForFunction(() => document.querySelector("#file-info").textContent.includes("weekly_sat"));
  // Any format the core reads: Statistics Canada's zip of SDMX-ML (SOURCES.md 24: 14 series, 182 observations).
  await page.setInputFiles("#file", file("round3/statcan_10100001_fulltable.zip", "application/zip"));
  await page.waitForFunction(() => document.querySelector("#file-info").textContent.includes("14 series"));
  assert.match(await page.locator("#file-info").textContent(), /182 observations.*read as SDMX-ML/);
  await page.setInputFiles("#file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020,abc\n") });
  await page.waitForFunction(() => document.querySelector("#file-error").textContent.includes("line 2"));
  await page.screenshot({ path: `${BUILD}open-a-data-file.png`, fullPage: true });
  await page.close();
});

test("Seasonally adjust shows X-11's tables, equal to the package's in Node", async () => {
  const page = await open();
  await page.click("#sa-run");
  await page.waitForSelector("#sa-table tbody tr");
  const rows = await page.$$eval("#sa-table tbody tr", (trs) => trs.map((tr) => Array.from(tr.cells, (c) => c.textContent)));
  assert.equal(rows.length, 24);
  const text = await page.$eval("#sa-input", (t) => t.value);
  const pairs = text.split("\n").map((l) => l.split(",").map((x) => x.trim()));
  const gk = await import("growthkit");
  const d = await new gk.Series(pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))).x11();
  const last = d.adjusted.values[d.adjusted.length - 1];
  assert.equal(rows.at(-1)[2], last.toFixed(2));
  assert.ok(await page.$eval("#sa-chart svg path.sa-trend", (p) => p.getAttribute("d").length > 100));
  assert.match(await page.$eval("#sa-info", (p) => p.textContent), /seasonal filter s3x\d+ · Henderson \d+ terms/);
  await page.check("#sa-arima");
  await page.click("#sa-run");
  await page.waitForFunction(() => document.querySelector("#sa-info").textContent.includes("log-likelihood"));
  await page.fill("#sa-input", "2020-01, 1\n2020-02, 2");
  await page.click("#sa-run");
  assert.match(await page.$eval("#sa-error", (p) => p.textContent), /three years/);
  await page.close();
});
