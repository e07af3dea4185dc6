import { Period, Series } from "growthkit";
import assert from "node:assert/strict";

// Twelve years of monthly retail sales with a Spring Festival boost: 6 % more
// in the month the festival falls in (January or February, published dates).
const festivalMonth = [1, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1]; // 2012 to 2023
const pattern = [0.97, 0.9, 1.0, 0.99, 1.01, 1.0, 0.99, 1.0, 1.0, 1.02, 1.03, 1.09];
const months = Array.from({ length: 144 }, (_, i) => Period.parse("2012-01").shift(i));
const values = months.map((_, i) => {
  const boost = i % 12 === festivalMonth[Math.floor(i / 12)] - 1 ? 1.06 : 1.0;
  const wobble = 1 + (((i * 37) % 11) - 5) / 2000; // a little irregular movement
  return Math.round((300 + 2 * i) * pattern[i % 12] * boost * wobble * 10) / 10;
});
const sales = new Series(months, values);

// The share of the week before and the week from the festival in each month,
// centred, as a regressor of the airline model on the logarithms.
const d = await sales.seasonalAdjust({ regressors: ["spring_festival[7,7]"] });
const [c] = d.coefficients;
assert.ok(c.name === "Spring Festival[7,7]" && c.value / c.stdError > 3);

// The festival effect leaves the adjusted series with the seasonal factors:
// original = adjusted x seasonal x calendar (X-13's D11 x D10 x D18).
const [a, s, k] = [d.adjusted.values, d.seasonal.values, d.calendar!.values];
values.forEach((o, i) => assert.ok(Math.abs(a[i] * s[i] * k[i] - o) < 1e-9 * o));
