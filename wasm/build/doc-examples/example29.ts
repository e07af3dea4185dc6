import { cagrKernel } from "growthkit";
export {};
const g = cagrKernel(new Float64Array([100, 100]), new Float64Array([121, 0]), 2); // [0.1, NaN]

