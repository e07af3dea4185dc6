import { Series } from "growthkit";
export {};
const s = new Series(["2019-01", "2019-03", "2020-01", "2020-03"], [100, 300, 110, 330]);
const g: Float64Array = s.yoy().values; // [NaN, NaN, 0.1, 0.1]: matched by the calendar

