import { Series } from "growthkit";
export {};
const pc1 = new Series(["2019", "2020"], [100, 105]).transform("pc1"); // [NaN, 5] (percent)

