import { type Finding, Indicator, Series, check, extract } from "growthkit";
import assert from "node:assert/strict";

// A city's trade release (invented): a total, its two parts, and their rates.
let text =
  "2023年前三季度，全市货物进出口总额3265.8亿元，同比增长6.4%。" +
  "其中，出口2104.5亿元，增长8.9%；进口1161.3亿元，增长2.1%。";
const findings = await check(await extract(text)); // async: the first call loads the statement reader
assert.ok(findings.every((f) => f.consistent));
// Each level and its rate imply last year's level (implied_base, one for each
// statement); the parts are checked against the total.
assert.deepEqual(
  findings.map((f) => f.kind),
  ["implied_base", "implied_base", "implied_base", "parts_sum", "parts_growth"],
);
const find = (found: Finding[], kind: string): Finding => {
  const f = found.find((x) => x.kind === kind);
  assert.ok(f, `a ${kind} finding`);
  return f;
};

// Exports and imports make up trade: the parts, each rounded, add up to the total.
const partsSum = find(findings, "parts_sum");
assert.deepEqual(Array.from(partsSum.statements), [0, 1, 2]); // the total, then its parts
assert.ok(partsSum.allowed?.contains(3265.8)); // 2104.45 + 1161.25 to 2104.55 + 1161.35

// The parts' rates give the total's: their bases are 2104.5 / 1.089 and
// 1161.3 / 1.021, so the total grew (2104.5 + 1161.3) / 3069.9 - 1 = 6.38 %.
const partsGrowth = find(findings, "parts_growth");
assert.ok(partsGrowth.allowed?.contains(6.38) && partsGrowth.printed?.contains(6.4));

// One figure misprinted (1261.3 for 1161.3): the sum and the total's rate no
// longer fit, and the findings say so in the text's language.
const wrong = await check(await extract(text.replace("1161.3", "1261.3")));
assert.deepEqual(
  wrong.filter((f) => !f.consistent).map((f) => f.kind),
  ["parts_sum", "parts_growth"],
);
const bad = find(wrong, "parts_sum");
assert.ok(bad.message.startsWith("货物进出口总额（分项之和）"));
assert.equal(bad.messageEn, "the 2 parts of 货物进出口总额 add up to 3365.70 to 3365.90 亿元");

// Against data: quarterly exports in million USD, the first quarter of 2023
// since revised to 497,100. The level agrees once scaled; the rate does not.
const exports = new Indicator("exports", "Exports of goods", "million USD", "flow");
const data = new Series(["2023-Q1", "2024-Q1"], [497100, 512300], exports);
text =
  "In the first quarter of 2024, exports of goods were 512.3 billion dollars, " +
  "up 4.1 percent from a year earlier.";
const against = await check(await extract(text), data);
assert.ok(find(against, "data_level").consistent); // 512,300 million is 512.3 billion
const growth = find(against, "data_growth");
assert.equal(growth.consistent, false);
assert.ok(growth.allowed?.contains(3.06)); // 512.3 / 497.1 - 1 = 3.06 %, not 4.1
