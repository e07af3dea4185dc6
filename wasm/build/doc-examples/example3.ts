import { Period } from "growthkit";
export {};
const friday = Period.businessDay("2020-10-05").prev(); // "2020-10-02[B]"

