import { Quantity, Unit, isGrowthkitError } from "growthkit";
import assert from "node:assert/strict";

// A unit is a base and a power of ten: 亿元 is yuan times 10^8.
const yi = Unit.parse("亿元");
assert.deepEqual([yi.base, yi.scale], ["yuan", 8]);
assert.equal(yi.label("en"), "10^8 yuan"); // English has no word for 10^8

// Spellings of one unit are one unit: RMB, CNY, 元 and yuan are all yuan.
const bn = Unit.parse("billion RMB");
assert.equal(bn.toString(), new Unit("yuan", 9).toString());
assert.equal(bn.toString(), "billion yuan");
assert.equal(bn.label("zh"), "十亿元");
assert.equal(Unit.parse("%").base, "percent");

// Service exports of a province (invented): 2.37 trillion yuan.
const services = new Quantity(2.37, "万亿元");
assert.equal(services.unit.toString(), "trillion yuan"); // 万亿 is 10^12
const close = (q: Quantity, expected: number) => Math.abs(q.value - expected) < 1e-9;

// The same amount at another scale of the same base.
const inYi = services.toScale(8);
assert.ok(close(inYi, 23700)); // 2.37 * 10^(12 - 8)
assert.equal(inYi.toString(), "23700 亿元");
const inBn = services.convert("billion yuan");
assert.ok(close(inBn, 2370)); // 2.37 * 10^(12 - 9)

// Yuan are not dollars: no exchange rate is assumed.
try {
  services.convert("billion USD");
  assert.fail("yuan do not convert to dollars");
} catch (e) {
  assert.ok(isGrowthkitError(e) && e.code === "unit_mismatch");
}
