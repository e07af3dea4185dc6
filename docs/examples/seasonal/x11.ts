import { Period, Series } from "growthkit";
import assert from "node:assert/strict";

// Four years of monthly retail sales (billion yuan): a trend, a December
// peak and a February trough.
const pattern = [0.97, 0.9, 1.0, 0.99, 1.01, 1.0, 0.99, 1.0, 1.0, 1.02, 1.03, 1.09];
const months = Array.from({ length: 48 }, (_, i) => Period.parse("2021-01").shift(i));
const sales = new Series(months, months.map((_, i) => Math.round((300 + 2 * i) * pattern[i % 12] * 10) / 10));

const d = await sales.x11(); // X-13's defaults: mult, msr, automatic Henderson
// Under five years X-11 takes the stable seasonal filter, and a smooth series
// (I/C below 1) the 9-term Henderson: x13as says "Stable" and "9-term" for it.
assert.deepEqual([d.seasonalFilter, d.trendFilter], ["stable", 9]);

// Adjusted times seasonal gives back the original (D11 x D10 = O).
const [a, s, o] = [d.adjusted.values, d.seasonal.values, sales.values];
o.forEach((x, i) => assert.ok(Math.abs(a[i] * s[i] - x) < 1e-9 * x));

// Growth on the previous month, as a release prints it, is on the adjusted series.
const mom = d.adjusted.pctChange().values;
assert.ok(Math.abs(mom[47] - (a[47] / a[46] - 1)) < 1e-15);
assert.ok(Math.abs(mom[47]) < 0.02); // the December peak is gone
