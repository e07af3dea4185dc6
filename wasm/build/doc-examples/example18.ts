import { Reported } from "growthkit";
export {};
const r = Reported.parse("122.7"); // r.decimals === 1, r.interval is [122.65, 122.75] rounded outward

