import { IntervalJSON, Interval } from "growthkit";
export {};
const json: IntervalJSON = new Interval(1.5, 2).toJSON(); // { lo: 1.5, hi: 2 }

