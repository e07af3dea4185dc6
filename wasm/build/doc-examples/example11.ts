import { Period } from "growthkit";
export {};
const q3: Period = Period.quarter(2020, 3); // "2020-Q3"

