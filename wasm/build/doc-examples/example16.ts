import { Period } from "growthkit";
export {};
const before = Period.parse("2021-01-01/2021-02-28").yearAgo(); // "2020-01-01/2020-02-29"

