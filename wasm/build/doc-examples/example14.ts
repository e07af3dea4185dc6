import { Period } from "growthkit";
export {};
const y = Period.parse("2020-W53").toFrequency("annual"); // "2020": a week goes with its Thursday

