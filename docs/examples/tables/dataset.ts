import { datasetFromRows } from "growthkit";
import assert from "node:assert/strict";

// Quarterly output of two regions (billion yuan): a long table in any order.
const rows = [
  { region: "north", quarter: "2024-Q1", value: 84 },
  { region: "south", quarter: "2024-Q1", value: 56 },
  { region: "north", quarter: "2023-Q1", value: 80 },
  { region: "south", quarter: "2023-Q1", value: 50 },
  { region: "north", quarter: "2023-Q2", value: 90 }, // the south has no 2023-Q2
  { region: "north", quarter: "2024-Q2", value: 99 },
  { region: "south", quarter: "2024-Q2", value: 60 },
];
const ds = datasetFromRows(rows, { period: "quarter" });
assert.deepEqual([ds.length, ds.nObservations], [2, 7]); // two series, seven figures
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-12;

// Year on year for every series at once, each matched by the calendar.
const growth = ds.yoy();
const north = growth.series({ region: "north" });
const south = growth.series({ region: "south" });
assert.ok(close(north.get("2024-Q1"), 0.05)); // 84 / 80 - 1
assert.ok(close(north.get("2024-Q2"), 0.1)); // 99 / 90 - 1
assert.ok(close(south.get("2024-Q1"), 0.12)); // 56 / 50 - 1
assert.equal(south.get("2024-Q2"), undefined); // no 2023-Q2 for the south
