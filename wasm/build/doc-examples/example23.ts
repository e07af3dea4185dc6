import { Series } from "growthkit";
export {};
const s = new Series(["2019-S1", "2020-S1"], [116.86, 122.7]);
const q = new Series([new Date(Date.UTC(2020, 0, 15))], [1], null, "quarterly"); // 2020-Q1

