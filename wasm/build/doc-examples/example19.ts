import { Series } from "growthkit";
export {};
const q = new Series(["2020-01", "2020-02", "2020-03"], [1, 2, 3]).aggregate("quarterly", "sum"); // 2020-Q1: 6

