import { check, extract } from "growthkit";
export {};
const s = extract("一季度，社会消费品零售总额108659亿元。按经营单位所在地分，一季度城镇消费品零售额94292亿元；乡村消费品零售额14367亿元。", { referenceDate: "2022-04-18" });
const [f] = check(s); // f.kind === "parts_sum", f.consistent === true

