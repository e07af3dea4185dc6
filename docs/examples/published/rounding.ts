import { Reported, impliedPrevious, impliedPreviousRange, isGrowthkitError } from "growthkit";
import assert from "node:assert/strict";

// A city's online sales (invented): "86.4 billion yuan, up 7 % year on year".
const sales = Reported.parse("86.4");
assert.deepEqual([sales.value, sales.decimals], [86.4, 1]);
// Printed with one decimal, it stands for anything within half a tenth.
assert.equal(sales.interval.toString(2), "[86.35, 86.45]");
const seven = Reported.parse("7"); // printed without decimals: 6.5 to 7.5
assert.equal(seven.interval.toString(1), "[6.5, 7.5]");
const sevenTenths = new Reported(7.0, 1); // printed "7.0": 6.95 to 7.05
assert.equal(sevenTenths.toString(), "7.0");

// Last year's sales, taken at face value: one number.
const point = impliedPrevious(86.4, 0.07); // 86.4 / 1.07 = 80.75
// Every base the rounding allows: a range, narrower as the rate has more digits.
const wide = impliedPreviousRange(sales, seven);
assert.equal(wide.toString(2), "[80.33, 81.17]"); // 86.35 / 1.075, 86.45 / 1.065
const narrow = impliedPreviousRange(sales, sevenTenths);
assert.equal(narrow.toString(2), "[80.66, 80.83]"); // 86.35 / 1.0705, 86.45 / 1.0695
assert.ok(wide.contains(point) && narrow.contains(point));

// Thousands separators are read; a percent sign is not a figure.
assert.equal(Reported.parse("1,227").value, 1227);
try {
  Reported.parse("7%");
  assert.fail("7% is not a figure as printed");
} catch (e) {
  assert.ok(isGrowthkitError(e) && e.code === "invalid_argument");
}
