// The JS API beyond the shared vectors: errors, typed arrays, JSON, and an
// instance that keeps working after every error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, * as gk from "growthkit";

await init(); // a no-op under Node, where the package loads synchronously

const RAISERS = {
  invalid_period: () => gk.Period.parse("2020-13"),
  invalid_frequency: () => gk.Frequency.parse("H"),
  out_of_range: () => gk.Period.year(10000),
  no_such_period: () => gk.Period.parse("2020-W53").yearAgo(),
  straddles: () => gk.Period.parse("2020-09-28/P7D").toFrequency("monthly"),
  frequency_mismatch: () => gk.Period.range("2020-Q1", "2020-05"),
  duplicate_period: () => new gk.Series(["2020", "2020"], [1, 2]),
  overlapping_periods: () => new gk.Series(["2020", "2020-Q1"], [1, 2]),
  length_mismatch: () => new gk.Series(["2020"], [1, 2]),
  non_finite: () => gk.pctChange(Infinity, 1),
  non_positive_base: () => gk.pctChange(1, 0),
  invalid_argument: () => gk.Period.parse("2020").label("fr"),
  invalid_unit: () => gk.Unit.parse("billion"),
  unit_mismatch: () => new gk.Quantity(1, "yuan").convert("USD"),
  // The readers are in the module "read", loaded on first use: async.
  malformed_data: () => gk.readFredCsv("DATE,X\n2020-01-01,abc\n"),
  no_such_series: async () => (await gk.readFredCsv("DATE,X\n2020-01-01,1\n")).series({ series_id: "Y" }),
};

test("every error code is thrown as a real GrowthkitError", async () => {
  assert.deepEqual(Object.keys(RAISERS).sort(), [...gk.errorCodes()].sort());
  for (const [code, raise] of Object.entries(RAISERS)) {
    // A sync function throws, an async one rejects: the same error either way.
    await assert.rejects(async () => raise(), (e) => e instanceof Error && e.name === "GrowthkitError" && e.code === code && e.message.length > 0, code);
  }
});

test("the instance keeps working after every error", async () => {
  for (let round = 0; round < 3; round++) {
    for (const raise of Object.values(RAISERS)) await assert.rejects(async () => raise());
    assert.equal(gk.Period.parse("2020Q3").toString(), "2020-Q3");
    assert.equal(new gk.Series(["2019", "2020"], [100, 110]).yoy().values[1].toFixed(12), "0.100000000000");
  }
});

test("wrong JS types are errors, not crashes", () => {
  const bad = [
    () => gk.Period.parse(undefined),
    () => gk.Period.parse(null),
    () => new gk.Series("2020", [1]),
    () => new gk.Series(["2020"], ["a"]),
    () => new gk.Series(["2020"], [1], 42),
    () => gk.Period.parse("2020").contains(undefined),
    () => gk.Period.parse("2020").shift(0.5),
    () => gk.Period.parse("2020").shift(2 ** 60),
    () => gk.lagGrowth(new Float64Array(3), 0),
    () => gk.lagGrowth(new Float64Array(3), 1, new Float64Array(2)),
    () => gk.groupedGrowth({}, new Int32Array([1, 2]), new Float64Array(2), 1),
    () => gk.parsePeriods("2020"),
    () => gk.Period.parse("\ud800"),
    () => gk.Period.parse("9".repeat(10_000_000)),
    () => gk.Unit.parse(`10^${"9".repeat(10_000_000)} yuan`),
  ];
  for (const f of bad) assert.throws(f, (e) => e instanceof Error);
  assert.equal(gk.Period.parse("2020-W53").toString(), "2020-W53");
});

test("integer arguments are checked, never truncated (the core's args rules)", () => {
  const code = (f) => {
    try {
      f();
    } catch (e) {
      return e.code;
    }
    return "no error";
  };
  assert.equal(code(() => new gk.Quantity(1, "yuan").toScale(1.5)), "invalid_argument");
  assert.equal(code(() => new gk.Reported(5, -1)), "invalid_argument");
  assert.equal(code(() => new gk.Interval(1, 2).root(2 ** 40)), "invalid_argument");
  assert.equal(code(() => gk.Period.parse("2020").shift(2 ** 70)), "out_of_range");
  assert.equal(code(() => gk.Period.parse("2020").shift(NaN)), "invalid_argument");
  assert.equal(code(() => new gk.Interval(1, 2).add({ lo: 1, hi: 2 })), "invalid_argument");
  assert.ok(new gk.Interval(1, 2).add(new gk.Interval(1, 1)).contains(2)); // outward-rounded
});

test("dates are accepted where periods are: a Date is its UTC day", () => {
  const d = new Date(Date.UTC(2020, 9, 1, 23, 30));
  assert.equal(gk.Period.day(d).toString(), "2020-10-01");
  assert.equal(gk.Period.containing("quarterly", d).toString(), "2020-Q4");
  assert.ok(gk.Period.parse("2020-10").contains(d));
  const s = new gk.Series([new Date(Date.UTC(2020, 0, 15)), new Date(Date.UTC(2020, 3, 2))], [1, 2], null, "quarterly");
  assert.deepEqual(s.periods.map(String), ["2020-Q1", "2020-Q2"]);
  assert.throws(() => gk.Period.day(new Date(NaN)), (e) => e.code === "invalid_argument");
});

test("Target exposes its deadline and baseline, as in Python", () => {
  const t = new gk.Target(100, "2022", ["2019", 20]);
  assert.equal(t.deadline.toString(), "2022");
  assert.equal(t.baseline[0].toString(), "2019");
  assert.equal(t.baseline[1], 20);
  assert.equal(new gk.Target(100, "2022", null).baseline, null);
});

test("Period: year is a static constructor and an instance getter", () => {
  const p = gk.Period.year(2020);
  assert.equal(p.toString(), "2020");
  assert.equal(p.year, 2020);
  assert.equal(gk.Period.parse("2021-01-01").toFrequency("weekly").year, 2020);
  assert.equal(String(gk.Period.quarter(2020, 3)), "2020-Q3");
  assert.equal(gk.Period.span("2020-10-01", "2020-10-08").days, 8);
  assert.equal(gk.Period.parse("2020-Q3").start, "2020-07-01");
  assert.ok(gk.Period.parse("2020-Q3").equals("2020Q3"));
  const sorted = ["2020-03", "2020-01"].map((t) => gk.Period.parse(t)).sort((a, b) => a.compare(b));
  assert.equal(sorted[0].toString(), "2020-01");
  assert.equal(JSON.stringify({ p: gk.Period.parse("2020年上半年") }), '{"p":"2020-S1"}');
});

test("Series values cross as Float64Array, NaN for missing", () => {
  const s = new gk.Series(["2020-01", "2020-02"], new Float64Array([1.5, NaN]));
  assert.ok(s.values instanceof Float64Array);
  assert.equal(s.length, 2);
  assert.equal(s.get("2020-02"), undefined);
  assert.equal(s.get("2020-01"), 1.5);
  const fromArray = new gk.Series(["2020-01", "2020-02"], [1.5, null]);
  assert.deepEqual(fromArray.toJSON(), { indicator: null, periods: ["2020-01", "2020-02"], values: [1.5, null] });
});

test("JSON round trips through JSON.stringify and fromJSON", () => {
  const ind = new gk.Indicator("online", "Online retail sales", "billion yuan", "flow", "Shanghai");
  const s = new gk.Series(["2020-S1", "2019-S1"], [122.7, 116.86], ind);
  const text = JSON.stringify(s);
  const back = gk.Series.fromJSON(text);
  assert.deepEqual(back.toJSON(), s.toJSON());
  assert.deepEqual(gk.Series.fromJSON(JSON.parse(text)).toJSON(), s.toJSON());
  assert.equal(back.indicator.region, "Shanghai");
  assert.equal(back.indicator.unit.scale, 9);
});

test("kernels take and return typed arrays", () => {
  const x = Float64Array.from({ length: 100 }, (_, i) => 100 + i);
  const g = gk.lagGrowth(x, 12);
  assert.ok(g instanceof Float64Array && g.length === 100);
  assert.ok(Number.isNaN(g[11]));
  assert.equal(g[12], x[12] / x[0] - 1);
  const out = new Float64Array(100);
  assert.equal(gk.lagGrowth(x, 12, out), out);
  assert.equal(out[50], x[50] / x[38] - 1);
  const ids = new BigInt64Array([2n, 1n, 1n, 2n]);
  const gg = gk.groupedGrowth(ids, new Int32Array([601, 600, 601, 600]), new Float64Array([30, 10, 11, 25]), 1);
  assert.deepEqual(Array.from(gg, (v) => (Number.isNaN(v) ? null : +v.toFixed(12))), [0.2, null, 0.1, null]);
  const byName = gk.groupedGrowth(["b", "a", "a", "b"], new Int32Array([601, 600, 601, 600]), new Float64Array([30, 10, 11, 25]), 1);
  assert.deepEqual(Array.from(byName, (v) => (Number.isNaN(v) ? null : +v.toFixed(12))), [0.2, null, 0.1, null]);
  const flows = gk.decumulateYtd(new Int32Array([2, 1, 1, 2]), new Int32Array([601, 600, 601, 600]), new Float64Array([30, 10, 22, 20]), "monthly");
  assert.deepEqual(Array.from(flows), [10, 10, 12, 20]);
  const parsed = gk.parsePeriods(["2020Q3", "2020-07"]);
  assert.ok(parsed.ordinals instanceof Int32Array);
  assert.deepEqual(parsed.frequencies, ["quarterly", "monthly"]);
});

test("published figures", () => {
  const base = gk.impliedPreviousRange("122.7", new gk.Reported(5, 1));
  assert.equal(base.toString(2), "[116.75, 116.96]");
  assert.ok(base.contains(116.8));
  const c = gk.checkSum(["65.99", "35.86"], "102.0");
  assert.equal(c.consistent, false);
  const t = new gk.Target(100, "2022", ["2019", 20]);
  assert.equal(t.progress(40), 0.25);
  const cmp = gk.comparePeriods("2020-10-01/P8D", 80, "2019-10-01/P7D", 70);
  assert.equal(cmp.unequalLength, true);
});

test("the ErrorCode union of the .d.ts is the core's list of codes", () => {
  const dts = readFileSync(new URL("../dist/growthkit.d.ts", import.meta.url), "utf8");
  const union = dts.match(/export type ErrorCode =([^;]*);/)[1];
  const codes = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
  assert.deepEqual(codes.sort(), [...gk.errorCodes()].sort());
});

test("Period.parse takes an options object; bad options are typed errors", () => {
  assert.equal(gk.Period.parse("FY2020-21", { fiscalStart: "--04-01" }).start, "2020-04-01");
  assert.equal(gk.Period.parse("2020-Q1", { reportingYearStart: "--07-01" }).end, "2020-09-30");
  assert.equal(gk.Period.parse("2019B", { codes: "nbs" }).toString(), "2019-Q2");
  assert.equal(gk.Period.parse("FY2021", { fiscalStart: "--04-01", namedBy: "start" }).start, "2021-04-01");
  const code = (f) => { try { f(); } catch (e) { return e.code; } return "no error"; };
  assert.equal(code(() => gk.Period.parse("2020", "--04-01")), "invalid_argument");
  assert.equal(code(() => gk.Period.parse("FY2021", { fiscalStart: "--13-01" })), "invalid_argument");
  assert.equal(code(() => gk.Period.parse("FY2021")), "invalid_period");
  assert.equal(gk.Period.fiscalYear(2021, "--10-01", "end").label("en"), "FY2021");
  assert.equal(gk.Frequency.fromSdmx("H", "ecb"), "semiannual");
  assert.equal(gk.Period.parse("2021-Q1[start=--10-01,named=end]").frequency, "fiscal_quarterly(--10-01,end)");
});

test("vector powers over columns: cagrKernel, annualizedKernel, twoYearAverageKernel", () => {
  // By hand: (121 / 100)^(1/2) - 1 = 0.1; 1.01^4 - 1 = 0.04060401; sqrt(1.21 x 1) - 1 = 0.1.
  const g = gk.cagrKernel(new Float64Array([100, 100, 0]), [121, -5, 10], 2);
  assert.ok(Math.abs(g[0] - 0.1) < 1e-15 && Number.isNaN(g[1]) && Number.isNaN(g[2]));
  const a = gk.annualizedKernel(new Float32Array([0.01, -2]), 4);
  assert.ok(Math.abs(a[0] - (Math.pow(1 + Math.fround(0.01), 4) - 1)) < 1e-15 && Number.isNaN(a[1]));
  const t = gk.twoYearAverageKernel([0.21], [0]);
  assert.ok(Math.abs(t[0] - 0.1) < 1e-15);
  const out = new Float64Array(1);
  assert.equal(gk.twoYearAverageKernel([0.21], [0], out), out);
  assert.throws(() => gk.cagrKernel([1], [2], 0), (e) => e.code === "invalid_argument");
  assert.throws(() => gk.twoYearAverageKernel([1, 2], [2]), (e) => e.code === "length_mismatch");
});

test("Series.fromOrdinals: pandas' ordinals with a frequency", () => {
  // Ordinal 598 of months is 2019-11 (months since 1970-01: 49 * 12 + 10).
  const s = gk.Series.fromOrdinals("monthly", new Int32Array([598, 599, 600]), [1, null, 3]);
  assert.deepEqual(s.periods.map(String), ["2019-11", "2019-12", "2020-01"]);
  assert.ok(Number.isNaN(s.values[1]));
  // BigInt64Array and plain numbers; out of order, the series sorts them.
  const d = gk.Series.fromOrdinals("daily", new BigInt64Array([1n, 0n]), new Float64Array([2, 1]));
  assert.deepEqual(d.periods.map(String), ["1970-01-01", "1970-01-02"]);
  assert.deepEqual(Array.from(d.values), [1, 2]);
  const gdp = new gk.Indicator("gdp", "GDP", "billion yuan", "flow", "Shanghai");
  assert.equal(gk.Series.fromOrdinals("quarterly", [200], [1], gdp).indicator.region, "Shanghai");
  assert.throws(() => gk.Series.fromOrdinals("monthly", [600.5], [1]), (e) => e.code === "invalid_argument");
  assert.throws(() => gk.Series.fromOrdinals("annual", [9000], [1]), (e) => e.code === "out_of_range");
  assert.throws(() => gk.Series.fromOrdinals("monthly", [600, 600], [1, 2]), (e) => e.code === "duplicate_period");
});
