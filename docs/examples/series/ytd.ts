import { Series } from "growthkit";
import assert from "node:assert/strict";

// Industrial output, year to date, as NBS publishes it (billion yuan):
// no January figure, the February one covers January and February.
const ytd = new Series(["2023-02", "2023-03", "2023-04"], [180, 290, 385]);
const close = (x: number, expected: number) => Math.abs(x - expected) < 1e-9;

// Back to single periods: January-February as one span, then each month.
const flows = ytd.decumulateYtd();
assert.equal(flows.periods[0].toString(), "2023-01-01/2023-02-28");
assert.ok(close(flows.values[1], 110)); // March: 290 - 180
assert.ok(close(flows.values[2], 95)); // April: 385 - 290

// Quarterly totals: the span and March cover the first quarter exactly.
const q = flows.aggregate("quarterly", "sum");
assert.equal(q.periods[0].toString(), "2023-Q1");
assert.ok(close(q.values[0], 290)); // 180 + 110, March's year-to-date figure
assert.ok(Number.isNaN(q.values[1])); // the second quarter has only April: no total

// Asking for at least one month gives a partial total, knowingly.
const partial = flows.aggregate("quarterly", "sum", 1);
assert.ok(close(partial.values[1], 95)); // April alone
