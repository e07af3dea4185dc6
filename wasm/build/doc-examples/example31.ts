import { datasetFromRows } from "growthkit";
export {};
const ds = datasetFromRows([{ geo: "DE", period: "2019", value: 100 }, { geo: "DE", period: "2020", value: 110 }]);
const g = ds.yoy().series({ geo: "DE" }); // 0.1 in 2020

