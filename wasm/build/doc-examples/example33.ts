import { Period, groupedYoy } from "growthkit";
export {};
const ords = new BigInt64Array([BigInt(Period.parse("2019-Q3").ordinal!), BigInt(Period.parse("2020-Q3").ordinal!)]);
const g = groupedYoy(new Int32Array([1, 1]), ords, new Float64Array([100, 105]), "quarterly"); // [NaN, 0.05]

