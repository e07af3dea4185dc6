import { Target } from "growthkit";
import assert from "node:assert/strict";

// A plan (invented): "500 charging stations by the end of 2025", from 200
// at the end of 2022; 290 were built by the end of 2023.
const plan = new Target(500, "2025", ["2022", 200]);
const close = (x: number, expected: number) => Math.abs(x - expected) < 1e-12;

// Progress is the share of the way, time the share of the days.
assert.ok(close(plan.progress(290), 0.3)); // (290 - 200) / (500 - 200)
assert.ok(close(plan.timeElapsed("2023"), 365 / 1096)); // 2023 of 2023-2025
assert.ok(!plan.onTrack(290, "2023")); // 30 % of the way in 33 % of the time

// What the two years left require, counted in days over 365.2425.
const years = 731 / 365.2425; // 2024 and 2025
const g = plan.requiredGrowth(290, "2023");
assert.ok(close(g, (500 / 290) ** (1 / years) - 1)); // about 31.3 % a year
const pace = plan.requiredPace(290, "2023");
assert.ok(close(pace, (500 - 290) / years)); // about 105 stations a year
