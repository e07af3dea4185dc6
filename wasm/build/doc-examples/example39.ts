import { twoYearAverageKernel } from "growthkit";
export {};
const a = twoYearAverageKernel(new Float64Array([0.21]), new Float64Array([0])); // [0.1]

