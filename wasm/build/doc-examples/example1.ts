import { Interval } from "growthkit";
export {};
const i = Interval.fromJSON('{"lo": null, "hi": 3}'); // i.lo === -Infinity

