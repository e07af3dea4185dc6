import { Period } from "growthkit";
export {};
const w = Period.weekEnding("2020-10-07", "SAT"); // "2020-10-04/2020-10-10[W-SAT]"

