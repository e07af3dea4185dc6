import { Period } from "growthkit";
export {};
const zh: string = Period.parse("2020-S1").label("zh"); // "2020年上半年"

