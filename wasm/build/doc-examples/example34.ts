import { impliedPrevious } from "growthkit";
export {};
const base = impliedPrevious(122.7, 0.05); // 116.857…

