import { Series, pctChange } from "growthkit";
export {};
const g = new Series(["2020-Q1", "2020-Q2"], [100, 102]).pctChange(); // [NaN, 0.02]

