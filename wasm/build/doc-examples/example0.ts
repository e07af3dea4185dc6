import { FrequencyName, Frequency } from "growthkit";
export {};
const f: FrequencyName = Frequency.parse("Q"); // "quarterly"

