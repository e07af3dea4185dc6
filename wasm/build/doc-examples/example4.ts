import { Period } from "growthkit";
export {};
const q = Period.containing("quarterly", "2020-10-01"); // "2020-Q4"

