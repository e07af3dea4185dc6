// X-11 in the built npm package against the Census Bureau's X-13ARIMA-SEATS:
// every case of tests/vectors/x11/cases.json (the tables x13as saved for
// composed series) to 1e-9, and its error cases by code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as gk from "growthkit";

const doc = JSON.parse(readFileSync(new URL("../../tests/vectors/x11/cases.json", import.meta.url), "utf8"));

const series = (c) => {
  const first = gk.Period.parse(c.start);
  return new gk.Series(c.values.map((_, i) => first.shift(i)), c.values.map((v) => (v === null ? NaN : v)));
};
const options = (o) => ({
  mode: o.mode,
  seasonalFilter: o.seasonal_filter,
  trendFilter: o.trend_filter ?? undefined,
  sigmaLimits: o.sigma_limits,
});

for (const c of doc.cases) {
  test(`x11 ${c.name}`, async () => {
    const d = await series(c).x11(options(c.options));
    const level = c.values.reduce((a, v) => a + Math.abs(v), 0) / c.values.length;
    const add = c.options.mode === "add";
    const got = { d10: d.seasonal, d11: d.adjusted, d12: d.trend, d13: d.irregular, c17: d.weights };
    for (const [name, s] of Object.entries(got)) {
      if (name === "c17" && c.options.trend_filter === 3) continue;
      const want = c.expected[name];
      const values = Array.from(s.values);
      assert.equal(values.length, want.length);
      values.forEach((g, i) => {
        const w = want[i];
        const scale = name === "c17" ? 1 : add && (name === "d10" || name === "d13") ? Math.max(Math.abs(w), level) : Math.abs(w);
        assert.ok(Math.abs(g - w) / scale <= 1e-9, `${name}[${i}]: ${g} vs x13as ${w}`);
      });
    }
  });
}

for (const c of doc.errors) {
  test(`x11 error: ${c.name}`, async () => {
    const run = () => series(c).x11(options(c.options));
    if (c.code === null) {
      await run();
    } else {
      await assert.rejects(run, (e) => e.code === c.code);
    }
  });
}

test("x11 names the adjusted series and the filters chosen", async () => {
  const c = doc.cases[7];
  const d = await series(c).x11(options(c.options));
  assert.ok(["s3x3", "s3x5", "s3x9", "s3x15"].includes(d.seasonalFilter));
  assert.ok([9, 13, 23].includes(d.trendFilter));
  const a = Array.from(d.adjusted.values);
  const qoq = Array.from(d.adjusted.pctChange().values);
  assert.ok(Math.abs(qoq[5] - (a[5] / a[4] - 1)) < 1e-15);
  await assert.rejects(series(c).x11({ sigmaLimits: [1] }), (e) => e.code === "invalid_argument");
});

// D10 to D13 within the case's tolerance: relative, or for the additive
// seasonal and irregular relative to the series' mean level.
const assertTables = (c, d, add) => {
  const level = c.values.reduce((a, v) => a + Math.abs(v), 0) / c.values.length;
  const got = { d10: d.seasonal, d11: d.adjusted, d12: d.trend, d13: d.irregular };
  for (const [name, s] of Object.entries(got)) {
    Array.from(s.values).forEach((g, i) => {
      const w = c.expected[name][i];
      const scale = add && (name === "d10" || name === "d13") ? Math.max(Math.abs(w), level) : Math.abs(w);
      assert.ok(Math.abs(g - w) / scale <= c.tol, `${name}[${i}]: ${g} vs x13as ${w}`);
    });
  }
};

for (const c of doc.regression) {
  test(`seasonalAdjust with regressors: ${c.name}`, async () => {
    const o = c.options;
    const regressors = c.regressors.map((r) => (typeof r === "string" ? r : series(r)));
    const d = await series(c).seasonalAdjust({ transform: o.transform, arima: o.arima, forecast: o.forecast, regressors, outliers: o.outliers });
    assertTables(c, d, d.transform === "none");
    Array.from(d.forecasts.values).forEach((f, i) => {
      assert.ok(Math.abs(f - c.forecasts[i]) <= 1e-6 * Math.abs(c.forecasts[i]), `forecast ${i}: ${f}`);
    });
    assert.equal(d.coefficients.length, c.coefficients.length);
    d.coefficients.forEach((k, i) => {
      const [, v, se] = c.coefficients[i];
      assert.ok(Math.abs(k.value - v) <= 1e-4 && Math.abs(k.stdError - se) <= 1e-4 * se, `${k.name}: ${k.value}`);
    });
  });
}

test("seasonalAdjust refuses regressors it cannot use", async () => {
  const s = series(doc.regression[0]);
  for (const regressors of [["easter[30]"], ["tdx"], [3], "td", [s]]) {
    await assert.rejects(s.seasonalAdjust({ regressors }), (e) => e.code === "invalid_argument", String(regressors));
  }
  for (const o of [{ outliers: ["tc"] }, { outliers: "ao" }, { outliers: ["ao"], critical: -1 }]) {
    await assert.rejects(s.seasonalAdjust(o), (e) => e.code === "invalid_argument", JSON.stringify(o));
  }
  assert.ok((await s.seasonalAdjust({ regressors: ["td"] })).calendar.length === s.length);
});

for (const c of doc.adjust) {
  test(`seasonalAdjust ${c.name}`, async () => {
    const o = c.options;
    const d = await series(c).seasonalAdjust({
      transform: o.transform, arima: o.arima, forecast: o.forecast, mode: o.mode ?? undefined, seasonalFilter: o.seasonal_filter,
    });
    assertTables(c, d, o.mode === "add" || (o.mode === null && d.transform === "none"));
    assert.equal(d.forecasts.length, o.forecast);
    assert.ok(d.coefficients[0].name.endsWith("lag 1") && Number.isFinite(d.coefficients[0].stdError));
    assert.ok(Number.isFinite(d.logLikelihood));
  });
}

test("seasonalAdjust refuses what it cannot do", async () => {
  const s = series(doc.cases[7]);
  for (const o of [{ transform: "box-cox" }, { arima: "(0 1 1)" }, { forecast: -1 }, { mode: "add" }]) {
    await assert.rejects(s.seasonalAdjust(o), (e) => e.code === "invalid_argument");
  }
});

test("dataset.x11 and dataset.seasonalAdjust adjust every series, the refused named in notes", async () => {
  const cases = doc.regression.filter((c) => c.period === 12 && c.values.length === 144).slice(0, 2);
  const rows = [];
  cases.forEach((c, k) => {
    const first = gk.Period.parse(c.start);
    c.values.forEach((v, i) => rows.push({ id: `r${k}`, period: first.shift(i).toString(), value: v }));
  });
  for (let i = 0; i < 24; i++) rows.push({ id: "short", period: gk.Period.parse("2009-01").shift(i).toString(), value: 100 + i });
  const ds = gk.datasetFromRows(rows, { keys: ["id"] });
  const out = await ds.seasonalAdjust({ regressors: ["td"], outliers: ["ao", "ls"] });
  const plain = await ds.x11({ component: "trend" });
  assert.deepEqual(out.keys().map((k) => k.id).sort(), ["r0", "r1"]);
  assert.ok(out.notes.some((n) => n.includes("short")) && plain.notes.some((n) => n.includes("short")));
  for (const id of ["r0", "r1"]) {
    const s = ds.series({ id });
    const one = await s.seasonalAdjust({ regressors: ["td"], outliers: ["ao", "ls"] });
    assert.deepEqual(Array.from(out.series({ id }).values), Array.from(one.adjusted.values));
    assert.deepEqual(Array.from(plain.series({ id }).values), Array.from((await s.x11()).trend.values));
  }
  await assert.rejects(ds.seasonalAdjust({ component: "calendar" }), (e) => e.code === "invalid_argument");
});
