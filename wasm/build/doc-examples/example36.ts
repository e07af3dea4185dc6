import { pctChange } from "growthkit";
export {};
const g: number = pctChange(122.7, 116.86); // 0.04997…

