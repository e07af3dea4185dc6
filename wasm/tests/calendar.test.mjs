// The calendar in JS: the published dates Rust's tests check, and typed errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, { springFestival, easter, isGrowthkitError } from "growthkit";

await init(); // a no-op under Node

test("springFestival gives the published days", () => {
  for (const [year, day] of [[1916, "1916-02-03"], [2024, "2024-02-10"], [2033, "2033-01-31"], [2100, "2100-02-09"]]) {
    assert.equal(springFestival(year).toString(), day);
  }
});

test("easter gives the published days", () => {
  assert.equal(easter(2024).toString(), "2024-03-31");
  assert.equal(easter(2285).toString(), "2285-03-22");
});

test("years outside the range are typed errors", () => {
  assert.throws(() => springFestival(1899), (e) => isGrowthkitError(e) && e.code === "invalid_argument");
  assert.throws(() => easter(1582), (e) => isGrowthkitError(e) && e.code === "invalid_argument");
  assert.throws(() => springFestival(2024.5), (e) => isGrowthkitError(e));
});
