import { Unit } from "growthkit";
export {};
const u = Unit.parse("亿元"); // u.base === "yuan", u.scale === 8

