import { Unit, extract } from "growthkit";
import assert from "node:assert/strict";

// A provincial release of 16 July 2024 (invented): 上半年 is that year's first half.
let text =
  "上半年，全省网上零售额1530.6亿元，同比增长8.2%。其中，实物商品网上零售额1287.4亿元，增长7.5%。";
// extract is async: its first call loads the statement reader.
const [total, goods] = await extract(text, { referenceDate: "2024-07-16" });
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-9;

// The indicator as written, the period, the level in its unit, the rate in percent.
assert.equal(total.indicator, "网上零售额");
assert.equal(total.period?.toString(), "2024-S1");
assert.deepEqual([total.level?.value, total.level?.decimals], [1530.6, 1]);
assert.equal(total.unit?.toString(), Unit.parse("亿元").toString()); // 1530.6 times 10^8 yuan
assert.deepEqual([total.growth?.value, total.basis], [8.2, "yoy"]);
const rounding = total.growthInterval; // a printed 8.2 is anything from 8.15 to 8.25
assert.ok(close(rounding?.lo, 8.15) && close(rounding?.hi, 8.25));

// Every part is a span of the text, in code points, end exclusive.
const chars = Array.from(text);
assert.deepEqual(
  total.parts.map((p) => [p.kind, chars.slice(p.start, p.end).join("")]),
  [
    ["period", "上半年"],
    ["indicator", "网上零售额"],
    ["level", "1530.6亿元"],
    ["basis", "同比"],
    ["growth", "8.2%"],
  ],
);

// The second figure (其中: of which) takes its period and basis from the
// first, and says where each came from.
assert.deepEqual(
  [goods.indicator, goods.period?.toString(), goods.basis],
  ["实物商品网上零售额", "2024-S1", "yoy"],
);
assert.deepEqual(goods.provenance, { indicator: "stated", period: "inherited", basis: "inherited" });
assert.equal(goods.partOf, 0); // a part of statement 0

// Without the release's date, 上半年 is no period: nothing is guessed.
const [undated] = await extract(text);
assert.equal(undated.period, undefined);
assert.deepEqual(undated.missing, ["period (relative: give a reference date)"]);

// English: the scale and the currency go into the unit.
text =
  "In the first quarter of 2024, exports of goods were 512.3 billion dollars, " +
  "up 4.1 percent from a year earlier.";
const [exports] = await extract(text);
assert.deepEqual([exports.indicator, exports.period?.toString()], ["exports of goods", "2024-Q1"]);
assert.deepEqual([exports.level?.value, exports.unit?.toString()], [512.3, "billion USD"]);
assert.deepEqual([exports.growth?.value, exports.basis], [4.1, "yoy"]);

// A monthly rate with no basis is on the month before, by convention, and marked so.
const [retail] = await extract("Retail sales rose 0.4 percent in March.", { referenceDate: "2024-04-16" });
assert.deepEqual([retail.period?.toString(), retail.growth?.value], ["2024-03", 0.4]);
assert.equal(retail.basis, "previous_period");
assert.equal(retail.provenance.basis, "convention");
