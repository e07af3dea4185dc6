import { Period } from "growthkit";
export {};
const fy = Period.fiscalYear(2021, "--10-01", "end"); // US FY2021: 2020-10-01 to 2021-09-30

