import { Period, isGrowthkitError } from "growthkit";
import assert from "node:assert/strict";

// One period, many spellings: the ISO form is the canonical one.
const h1 = Period.parse("2020年上半年");
assert.equal(h1.toString(), "2020-S1");
assert.ok(Period.parse("H1 2020").equals(h1));
assert.equal(h1.label("en"), "H1 2020");

// Calendar arithmetic: the same half a year earlier.
assert.equal(h1.yearAgo().label("zh"), "2019年上半年");

// A text that is not a period is a typed error with a stable code.
try {
  Period.parse("2020-13");
  assert.fail("2020-13 is not a month");
} catch (e) {
  assert.ok(isGrowthkitError(e) && e.code === "invalid_period");
}
