import { isGrowthkitError, readNbsJson } from "growthkit";
import assert from "node:assert/strict";

// An answer of China NBS's query interface (invented figures): online retail
// sales year to date (累计值, in 亿元) and a price index on the same month of
// the previous year (上年同月=100), whose March figure is not out yet.
const text = `{"returncode": 200, "returndata": {
  "wdnodes": [
    {"wdcode": "zb", "nodes": [
      {"code": "A01", "cname": "网上零售额_累计值", "unit": "亿元"},
      {"code": "A02", "cname": "居民消费价格指数(上年同月=100)", "unit": ""}]},
    {"wdcode": "sj", "nodes": [
      {"code": "202402", "cname": "2024年2月"},
      {"code": "202403", "cname": "2024年3月"}]}],
  "datanodes": [
    {"data": {"data": 2150.4, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A01"}, {"wdcode": "sj", "valuecode": "202402"}]},
    {"data": {"data": 3318.9, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A01"}, {"wdcode": "sj", "valuecode": "202403"}]},
    {"data": {"data": 100.7, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A02"}, {"wdcode": "sj", "valuecode": "202402"}]},
    {"data": {"data": 0, "hasdata": false},
     "wds": [{"wdcode": "zb", "valuecode": "A02"}, {"wdcode": "sj", "valuecode": "202403"}]}]}}`;
const ds = await readNbsJson(text); // the readers are async: the first call loads them
assert.deepEqual(ds.keys(), [{ indicator: "A01" }, { indicator: "A02" }]);
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-9;

// Names and units come from wdnodes: 亿元 is yuan at the scale 10^8.
const sales = ds.series({ indicator: "A01" });
assert.equal(sales.indicator?.name, "网上零售额_累计值");
assert.equal(sales.indicator?.unit.toString(), "亿元");
assert.deepEqual([sales.indicator?.unit.base, sales.indicator?.unit.scale], ["yuan", 8]);
assert.deepEqual(sales.periods.map(String), ["2024-02", "2024-03"]);

// A year-to-date value stands at the month it runs to, and says so.
assert.deepEqual(ds.attributes({ indicator: "A01" }), { CUMULATIVE: "year to date" });
const monthly = sales.decumulateYtd();
assert.deepEqual(monthly.periods.map(String), ["2024-01-01/2024-02-29", "2024-03"]);
assert.ok(close(monthly.values[1], 1168.5)); // March: 3318.9 - 2150.4

// An index on the previous year is its own unit; hasdata false is missing.
const cpi = ds.series({ indicator: "A02" });
assert.equal(cpi.indicator?.unit.toString(), "index (previous year = 100)");
assert.equal(cpi.values[0], 100.7);
assert.ok(Number.isNaN(cpi.values[1]));

// Such an index is already a growth rate: index / 100 - 1.
const growth = ds.select({ indicator: "A02" }).indexToGrowth();
assert.ok(close(growth.series({ indicator: "A02" }).get("2024-02"), 0.007)); // 100.7 / 100 - 1

// Sales in yuan are no such index: converting them is refused.
try {
  ds.indexToGrowth();
  assert.fail("only an index on the previous year converts");
} catch (e) {
  assert.ok(isGrowthkitError(e) && e.code === "invalid_argument");
}
