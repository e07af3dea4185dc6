// The claim reader through the BUILT package: the seed article written out
// by hand, the real-release corpus (../shared/corpus/claims/releases-round2.json,
// every figure read off the text by hand) scored as in Rust and Python,
// planted errors, code-point spans, and statements crossing back into check().
import { test } from "node:test";
import assert from "node:assert/strict";
import * as gk from "growthkit";
import { shared } from "./shared.mjs";

const str = (x) => (x === undefined || x === null ? null : x.toString());
const row = (s) => [s.indicator ?? null, str(s.period), str(s.level), str(s.unit), str(s.growth), s.basis ?? null];

test("the seed article, every statement written out by hand", async (t) => {
  const text = shared("seed-article.txt");
  if (text === null) return t.skip("../shared is missing");
  const got = await gk.extract(text, { referenceDate: new Date(Date.UTC(2020, 9, 13)) });
  assert.deepEqual(got.map(row), [
    ["online retail sales", "2020-S1", "122.7", "billion yuan", "5", "yoy"],
    ["online information consumption", "2020-S1", null, null, "50", "yoy"],
    ["online digital content industry", "2020-S1", null, null, "20", "yoy"],
    ["new generation information technology", "2020-S1", null, null, "10.5", "yoy"],
    ["offline physical consumption", "2020-10-01/2020-10-08", "65.99", "billion yuan", "12.2", "yoy"],
    ["online retail sales", "2020-10-01/2020-10-08", "35.86", "billion yuan", "15.7", "yoy"],
    ["smart factories", "2022", "100", "smart factories", null, null],
  ]);
  assert.equal(got[6].target, true);
  // Spans count code points: Array.from splits a JS string into them.
  const [a, b] = got[0].span;
  assert.ok(Array.from(text).slice(a, b).join("").startsWith("online retail sales were 122.7 billion yuan"));
  const findings = await gk.check(got);
  assert.ok(findings.every((f) => f.consistent));
  const week = findings.find((f) => f.kind === "unequal_length" && f.statements[0] === 4);
  // Per day: 1.122 x 7/8 - 1 = -1.825 %.
  assert.ok(week.allowed.lo <= 100 * (1.122 * 7 / 8 - 1) && 100 * (1.122 * 7 / 8 - 1) <= week.allowed.hi);
  // The statements are still usable after check(), and round-trip through JSON.
  assert.equal(got[0].indicator, "online retail sales");
  assert.deepEqual(row(gk.Statement.fromJSON(JSON.stringify(got[4]))), row(got[4]));
});

test("code points, not UTF-16 units: a character outside the BMP before the figures", async () => {
  const text = "𝐀 上半年，网上零售额1227亿元，同比增长5%。";
  const [s] = await gk.extract(text, { referenceDate: "2020-10-13" });
  const level = s.parts.find((p) => p.kind === "level");
  assert.equal(Array.from(text).slice(level.start, level.end).join(""), "1227亿元");
});

test("real releases: at least 95 % of the figures, no false alarms, every planted error caught", async (t) => {
  const text = shared("corpus/claims/releases-round2.json");
  if (text === null) return t.skip("../shared is missing");
  const { cases } = JSON.parse(text);
  let figures = 0, right = 0, planted = 0, caught = 0;
  for (const c of cases) {
    const got = (await gk.extract(c.text, { referenceDate: c.reference_date })).map(row);
    for (const [, period, kind, figure, extra] of c.figures) {
      figures += 1;
      const ok = got.some((r) => r[1] === period && (kind === "L" ? r[2] === figure && r[3] === extra : r[4] === figure && r[5] === extra));
      right += ok ? 1 : 0;
    }
    const findings = await gk.check(await gk.extract(c.text, { referenceDate: c.reference_date }));
    assert.ok(findings.every((f) => f.consistent), c.id);
    for (const p of c.planted) {
      planted += 1;
      const wrong = await gk.extract(c.text.replace(p.replace[0], p.replace[1]), { referenceDate: c.reference_date });
      caught += (await gk.check(wrong)).some((f) => !f.consistent && f.kind === p.caught_by) ? 1 : 0;
    }
  }
  assert.ok(right * 100 >= figures * 95, `${right} of ${figures}`);
  assert.equal(caught, planted);
});

test("against data, and bad input as typed errors", async () => {
  // Euro area GDP (ECB file, million EUR): 2025Q3 3297740.61, 2025Q4 3304190.51;
  // 3304190.51 / 3297740.61 - 1 = 0.1956 %.
  const ind = new gk.Indicator("gdp", "euro area GDP", "million EUR", "flow");
  const s = new gk.Series(["2025-Q3", "2025-Q4"], [3297740.61, 3304190.51], ind);
  const text = "In the fourth quarter of 2025, euro area GDP rose 0.2% from the previous quarter.";
  assert.deepEqual((await gk.check(await gk.extract(text), s)).map((f) => [f.kind, f.consistent]), [["data_growth", true]]);
  assert.deepEqual((await gk.check(await gk.extract(text.replace("0.2%", "0.4%")), s)).map((f) => [f.kind, f.consistent]), [["data_growth", false]]);
  await assert.rejects(async () => gk.extract("x", { lang: "fr" }), (e) => e.code === "invalid_argument");
  await assert.rejects(async () => gk.check([{}]), (e) => e.code === "invalid_argument");
  await assert.rejects(async () => gk.check("nope"), (e) => e.code === "invalid_argument");
  assert.deepEqual(await gk.readPercents("比上月回落0.3个百分点"), [{ start: 5, end: 12, value: 0.3, figure: "0.3", kind: "points" }]);
  assert.deepEqual((await gk.readNumbers("一百二十二点七亿"))[0], { start: 0, end: 8, value: 122.7e8, figure: "122.7", scale: 8 });
});

