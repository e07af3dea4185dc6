// The calendar in JS: the published dates Rust's tests check, China's
// working days counted by hand (as in crates/growthkit/tests/calendar.rs),
// and typed errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import init, {
  springFestival, easter, isGrowthkitError, holidayWindow, holidays, workingDays, isWorkingDay, HolidayWindow, Period,
} from "growthkit";

await init(); // a no-op under Node

test("springFestival gives the published days", () => {
  for (const [year, day] of [[1916, "1916-02-03"], [2024, "2024-02-10"], [2033, "2033-01-31"], [2100, "2100-02-09"]]) {
    assert.equal(springFestival(year).toString(), day);
  }
});

test("easter gives the published days", () => {
  assert.equal(easter(2024).toString(), "2024-03-31");
  assert.equal(easter(2285).toString(), "2285-03-22");
});

test("years outside the range are typed errors", () => {
  assert.throws(() => springFestival(1899), (e) => isGrowthkitError(e) && e.code === "invalid_argument");
  assert.throws(() => easter(1582), (e) => isGrowthkitError(e) && e.code === "invalid_argument");
  assert.throws(() => springFestival(2024.5), (e) => isGrowthkitError(e));
});

test("holidayWindow gives the notices' windows as spans, by English or Chinese name", () => {
  assert.equal(holidayWindow(2024, "spring_festival").toString(), "2024-02-10/2024-02-17");
  assert.equal(holidayWindow(2024, "春节").frequency, "span");
  assert.equal(holidayWindow(2024, "端午").toString(), "2024-06-08/2024-06-10");
  // 2023: the Mid-Autumn Festival ran into National Day, one window for both.
  for (const name of ["mid_autumn", "national_day", "中秋节", "国庆"]) {
    assert.equal(holidayWindow(2023, name).toString(), "2023-09-29/2023-10-06", name);
  }
});

test("holidays lists a year's windows with their workdays and notices", () => {
  const list = holidays(2024, "CN");
  assert.deepEqual(list.map((w) => w.name),
    ["new_year", "spring_festival", "qingming", "labour_day", "dragon_boat", "mid_autumn", "national_day"]);
  const sf = list[1];
  assert.ok(sf instanceof HolidayWindow);
  assert.equal(sf.year, 2024);
  assert.equal(sf.chinese, "春节");
  assert.equal(sf.days.toString(), "2024-02-10/2024-02-17");
  assert.deepEqual(sf.workdays.map((d) => d.toString()), ["2024-02-04", "2024-02-18"]);
  assert.ok(sf.source.includes("国办发明电〔2023〕7号"));
  assert.equal(sf.toString(), "spring_festival 2024-02-10/2024-02-17");
});

test("workingDays counts by hand", () => {
  // February 2024: 21 weekdays; 12-16 off for the Spring Festival; Sundays 4 and 18 worked.
  assert.equal(workingDays("2024-02", "CN"), 18);
  // January 2020: 23 weekdays; 1, 24, 27-30 and (the extension) 31 January off; Sunday 19 worked.
  assert.equal(workingDays("2020-01", "CN"), 17);
  // September 2015: 22 weekdays; 3-4 off (the 70th anniversary of victory); Sunday 6 worked.
  assert.equal(workingDays(Period.parse("2015-09"), "CN"), 21);
  assert.equal(workingDays("2024", "CN"), 251);
  assert.equal(workingDays("2024-W07", "CN"), 1);
  assert.equal(isWorkingDay("2024-02-18", "CN"), true); // a Sunday worked
  assert.equal(isWorkingDay(new Date(Date.UTC(2024, 1, 12)), "CN"), false); // a Monday off
});

test("unknown regions and names, and years outside the table, are typed errors", () => {
  const fails = (f, code) => assert.throws(f, (e) => isGrowthkitError(e) && e.code === code);
  fails(() => workingDays("2024", "US"), "invalid_argument");
  fails(() => holidays(2024, "HK"), "invalid_argument");
  fails(() => holidayWindow(2024, "christmas"), "invalid_argument");
  fails(() => isWorkingDay("2024-02", "CN"), "invalid_argument");
  fails(() => holidayWindow(2007, "春节"), "out_of_range");
  fails(() => holidays(2100, "CN"), "out_of_range");
  fails(() => workingDays("2026-12-20/2027-01-05", "CN"), "out_of_range");
  fails(() => holidayWindow(2024, "national_day_mid_autumn"), "no_such_period");
  assert.throws(() => holidayWindow(2030, "spring_festival"), /2008 to 2026/);
});
