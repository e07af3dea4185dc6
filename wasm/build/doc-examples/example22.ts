import { Series } from "growthkit";
export {};
const s = Series.fromOrdinals("monthly", new Int32Array([600, 601]), [1, 2]);
s.periods[0].toString(); // "2020-01"

