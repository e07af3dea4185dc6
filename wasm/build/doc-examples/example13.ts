import { Period } from "growthkit";
export {};
const gw = Period.span("2020-10-01", "2020-10-08"); // gw.days === 8

