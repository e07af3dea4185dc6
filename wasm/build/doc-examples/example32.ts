import { extract } from "growthkit";
export {};
const [s] = extract("上半年，全市网上零售额1227亿元，同比增长5%。", { referenceDate: "2020-10-13" });
// s.indicator === "网上零售额", s.period?.toString() === "2020-S1", s.basis === "yoy"

