import { Indicator, Series } from "growthkit";
import assert from "node:assert/strict";

// What a series measures: a code, a name, a unit and a measure (invented figures).
const deposits = new Indicator(
  "deposits",
  "Household deposits",
  "万亿元",
  "stock",
  "Lakeshore",
  "Lakeshore Statistics Bureau",
);
assert.equal(deposits.measure, "stock");
assert.equal(deposits.unit.scale, 12);
const retail = new Indicator("retail", "Retail sales", "亿元", "flow", "Lakeshore");
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-9;

// A stock is a level at a date: a quarter's figure is its last month's.
const levels = new Series(["2024-01", "2024-02", "2024-03"], [12.4, 12.9, 13.1], deposits);
let q = levels.aggregate("quarterly");
assert.ok(close(q.values[0], 13.1)); // March's level, not 12.4 + 12.9 + 13.1

// A flow is an amount over a period: a quarter's figure is the sum of its months.
const sales = new Series(
  ["2023-01", "2023-02", "2023-03", "2024-01", "2024-02", "2024-03"],
  [800, 700, 750, 880, 760, 835],
  retail,
);
q = sales.aggregate("quarterly");
assert.ok(close(q.values[0], 2250)); // 800 + 700 + 750
assert.ok(close(q.values[1], 2475)); // 880 + 760 + 835
assert.equal(q.indicator?.unit.toString(), "亿元");

// A growth rate is another quantity: the same code and region, a ratio, a rate.
const yoy = q.yoy();
assert.ok(close(yoy.get("2024-Q1"), 0.1)); // 2475 / 2250 - 1
const rate = yoy.indicator;
assert.deepEqual([rate?.code, rate?.measure, rate?.unit.base], ["retail", "rate", "ratio"]);
assert.equal(rate?.region, "Lakeshore");
