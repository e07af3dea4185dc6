import { Period, Series, comparePeriods } from "growthkit";
import assert from "node:assert/strict";

// Tourism revenue over the National Day holiday (billion yuan):
// eight days in 2023 (29 September to 6 October), seven in 2024.
const days2023 = Period.parse("2023-09-29/2023-10-06");
const days2024 = Period.parse("2024-10-01/2024-10-07");
const close = (x: number, expected: number) => Math.abs(x - expected) < 1e-12;

// The headline rate mixes growth with the holiday's length.
const c = comparePeriods(days2024, 70, days2023, 72);
assert.ok(c.unequalLength && c.currentDays === 7 && c.previousDays === 8);
assert.ok(close(c.growth, -1 / 36)); // 70 / 72 - 1 = -2/72: down 2.8 %
assert.ok(close(c.perDayGrowth, 1 / 9)); // (70/7) / (72/8) - 1 = 1/9: up 11.1 %

// The same per day on a series of the two holidays.
const revenue = new Series([days2023, days2024], [72, 70]);
const daily = revenue.perDay();
assert.ok(close(daily.values[0], 9)); // 72 / 8
assert.ok(close(daily.values[1], 10)); // 70 / 7
