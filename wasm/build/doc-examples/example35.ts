import { lagGrowth } from "growthkit";
export {};
const g = lagGrowth(new Float64Array([100, 110, 121]), 1); // [NaN, 0.1, 0.1]

