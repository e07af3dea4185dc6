import { Period } from "growthkit";
export {};
const months: Period[] = Period.range("2020-11", "2021-01"); // 2020-11, 2020-12, 2021-01

