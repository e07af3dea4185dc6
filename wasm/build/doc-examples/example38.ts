import { twoYearAverage } from "growthkit";
export {};
const avg = twoYearAverage(0.183, 0.0); // 0.0877…: sqrt(1.183 * 1.0) - 1

