import { Period } from "growthkit";
export {};
const q3 = Period.fiscalQuarter(2021, 3, "--07-01", "end"); // Australia: January-March 2021

