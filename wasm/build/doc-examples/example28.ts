import { annualizedKernel } from "growthkit";
export {};
const a = annualizedKernel(new Float64Array([0.01]), 4); // [0.04060401]

