import { readSdmxCsv } from "growthkit";
export {};
const ds = readSdmxCsv("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2019,100\nX,DE,2020,110\n");
const g = ds.yoy().series({ GEO: "DE" }); // 0.1 in 2020

