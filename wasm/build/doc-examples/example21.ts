import { Series, decumulateYtd } from "growthkit";
export {};
const flows = new Series(["2020-02", "2020-03"], [100, 160]).decumulateYtd();
// periods 2020-01-01/2020-02-29 and 2020-03, values [100, 60]

