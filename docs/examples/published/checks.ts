import { checkGrowth, checkShare, checkSum } from "growthkit";
import assert from "node:assert/strict";

// A release (invented): online sales 86.4 billion yuan against 80.7 a year
// earlier, "up 7.1 %"; rural sales 23.6, "27.3 % of the total"; urban 62.9.
// Figures are given as printed, as text.
const close = (x: number, expected: number) => Math.abs(x - expected) < 1e-9;

// The levels allow any rate from 86.35 / 80.75 - 1 to 86.45 / 80.65 - 1.
const growth = checkGrowth("86.4", "80.7", "7.1");
assert.ok(growth.consistent);
assert.equal(growth.implied.toString(2), "[6.93, 7.19]");
// A rate printed 7.5 cannot be: it is at least 7.45, 0.26 points too high.
const misprint = checkGrowth("86.4", "80.7", "7.5");
assert.ok(!misprint.consistent);
assert.ok(close(misprint.gapPp, 7.45 - (86.45 / 80.65 - 1) * 100));

// A share: 23.55 / 86.45 to 23.65 / 86.35, in percent.
const share = checkShare("23.6", "86.4", "27.3");
assert.ok(share.consistent);
assert.equal(share.implied.toString(2), "[27.24, 27.39]");
assert.ok(!checkShare("23.6", "86.4", "28").consistent); // 28 is 27.5 at least

// Rounded parts need not add up to the rounded total: 62.9 + 23.6 is 86.5,
// yet true values from 86.40 to 86.60 include some that print 86.4.
assert.ok(checkSum(["62.9", "23.6"], "86.4").consistent);
const tooMuch = checkSum(["62.9", "23.6"], "86.8");
assert.ok(!tooMuch.consistent && close(tooMuch.gap, 0.15)); // 86.75 - 86.60
