import { groupedGrowth, lagGrowth, parsePeriods } from "growthkit";
import assert from "node:assert/strict";

const close = (x: number, expected: number) => Math.abs(x - expected) < 1e-12;

// A quarterly column without gaps: growth against four rows earlier.
const gdp = new Float64Array([100, 102, 104, 106, 105, 107.1]);
let g = lagGrowth(gdp, 4);
assert.ok(g.subarray(0, 4).every(Number.isNaN)); // no quarter a year before
assert.ok(close(g[4], 0.05)); // 105 / 100 - 1
assert.ok(close(g[5], 0.05)); // 107.1 / 102 - 1

// A panel in any order: rows are matched by region and month, not position.
const region = ["a", "b", "a", "b", "a"];
const months = ["2024-02", "2024-01", "2024-01", "2024-03", "2024-03"];
const { ordinals } = parsePeriods(months); // month numbers, as pandas counts them
const sales = new Float64Array([110, 50, 100, 60, 121]);
g = groupedGrowth(region, ordinals, sales, 1);
assert.ok(close(g[0], 0.1)); // a, February: 110 / 100 - 1
assert.ok(Number.isNaN(g[1]) && Number.isNaN(g[2])); // January: no December
assert.ok(Number.isNaN(g[3])); // b, March: b has no February
assert.ok(close(g[4], 0.1)); // a, March: 121 / 110 - 1
