import { Quantity } from "growthkit";
export {};
const q = new Quantity(122.7, "billion yuan").toScale(8); // "1227 亿元"

