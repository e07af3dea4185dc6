import { Period, isGrowthkitError } from "growthkit";
export {};
const h1 = Period.parse("H1 2020"); // "2020-S1"
const ytd = Period.parse("2020年1-6月"); // the span 2020-01-01/2020-06-30
const q1 = Period.parse("FY2021 Q1", { fiscalStart: "--10-01" }); // starts 2020-10-01
const r = Period.parse("2020-Q1", { reportingYearStart: "--07-01" }); // July-September 2020
try { Period.parse("2020-13"); } catch (e) { if (isGrowthkitError(e)) console.log(e.code); } // "invalid_period"

