import { Series } from "growthkit";
export {};
const part = new Series(["2020-Q1", "2020-Q2"], [40, 44]);
const total = new Series(["2020-Q1", "2020-Q2"], [100, 102]);
const c = part.contributionToPrevious(total); // [NaN, 0.04]

