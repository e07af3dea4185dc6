import { Series } from "growthkit";
import assert from "node:assert/strict";

// Monthly retail sales (billion yuan); March 2022 was never published.
const sales = new Series(
  ["2022-01", "2022-02", "2022-04", "2023-01", "2023-02", "2023-03", "2023-04"],
  [200, 160, 210, 250, 200, 220, 231],
);
const close = (rate: number | undefined, expected: number) =>
  rate !== undefined && Math.abs(rate - expected) < 1e-12;

// Year on year: each month against the same month a year earlier.
const yoy = sales.yoy();
assert.ok(close(yoy.get("2023-01"), 0.25)); // 250 / 200 - 1
assert.ok(close(yoy.get("2023-04"), 0.1)); // 231 / 210 - 1
assert.equal(yoy.get("2023-03"), undefined); // no March 2022, so no rate

// Month on month: against the month before, also found by the calendar.
const mom = sales.pctChange(1);
assert.ok(close(mom.get("2023-02"), -0.2)); // 200 / 250 - 1
assert.ok(close(mom.get("2023-03"), 0.1)); // 220 / 200 - 1
assert.equal(mom.get("2022-04"), undefined); // March 2022 is missing
