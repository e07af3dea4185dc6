import { Period, start } from "growthkit";
export {};
const m = Period.fiscal("month", 2020, 1, "--04-06", "start"); // the UK tax month 6 April-5 May

