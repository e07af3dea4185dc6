import { Period } from "growthkit";
export {};
const d = Period.day(new Date(Date.UTC(2020, 9, 1))); // "2020-10-01"

