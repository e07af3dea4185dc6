import { Period, isGrowthkitError } from "growthkit";
export {};
const h1 = Period.parse("H1 2020"); // "2020-S1"
const ytd = Period.parse("2020年1-6月"); // the span 2020-01-01/2020-06-30
try { Period.parse("2020-13"); } catch (e) { if (isGrowthkitError(e)) console.log(e.code); } // "invalid_period"

