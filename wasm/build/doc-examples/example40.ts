import { Period, isGrowthkitError } from "growthkit";
export {};
try { Period.parse("2020-13"); } catch (e) { if (isGrowthkitError(e)) console.log(e.code); } // "invalid_period"

