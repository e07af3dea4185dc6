import { isGrowthkitError, readCsv } from "growthkit";
import assert from "node:assert/strict";

// Monthly visitors to two cities (in ten thousands, invented), a long table as
// a spreadsheet exports it: dates at the end of each month, NA where a
// figure is missing, a column of flags (p: provisional).
const text = `\
date,city,visitors,status
2024-01-31,Hangzhou,812.5,
2024-02-29,Hangzhou,930.0,p
2024-03-31,Hangzhou,NA,
2024-01-31,Suzhou,640.2,
2024-02-29,Suzhou,701.8,p
2024-03-31,Suzhou,655.0,
`;
const ds = await readCsv(text, { value: "visitors", flag: "status" });
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-12;

// The period column is found by its header; the other columns are the key.
assert.deepEqual(ds.dimensions, ["city"]);
assert.deepEqual(ds.keys(), [{ city: "Hangzhou" }, { city: "Suzhou" }]);
// The dates are month ends, so the periods are months, and the notes say so.
assert.deepEqual(ds.notes, ["frequency monthly: every date is the first or last day of a month"]);
const suzhou = ds.series({ city: "Suzhou" });
assert.deepEqual(suzhou.periods.map(String), ["2024-01", "2024-02", "2024-03"]);
assert.deepEqual(Array.from(suzhou.values), [640.2, 701.8, 655.0]);
assert.ok(close(suzhou.pctChange(1).get("2024-03"), 655.0 / 701.8 - 1));

// NA is a missing value; the flags are read as they are written.
const hangzhou = ds.series({ city: "Hangzhou" });
assert.ok(Number.isNaN(hangzhou.values[2]));
assert.deepEqual(ds.flags({ city: "Hangzhou" }), [null, "p", null]);

// A plain CSV says nothing of units: the series have no indicator.
assert.equal(suzhou.indicator, undefined);

// Daily data stay days when the frequency is given.
const days = await readCsv(text, { value: "visitors", flag: "status", frequency: "daily" });
assert.equal(days.series({ city: "Suzhou" }).periods[0].toString(), "2024-01-31");

// Without `value` the table is read as wide (one series per column), and a
// city name is no number: refused, naming the line and the column.
try {
  await readCsv(text);
  assert.fail("a name is not a value");
} catch (e) {
  assert.ok(isGrowthkitError(e) && e.code === "malformed_data");
  assert.equal(e.message, "line 2, column `city`: `Hangzhou` is not a number");
}
