// Year-on-year growth of a panel through the npm package (test_tables.py):
// reads {region, quarter, ordinal, value} as JSON on stdin, prints the kernel's
// result (text ids, typed arrays) and a Dataset's built from row objects.
import { readFileSync } from "node:fs";
import * as gk from "../../wasm/node.js";

const input = JSON.parse(readFileSync(0, "utf-8"));
const kernel = gk.groupedYoy(
  input.region,
  Int32Array.from(input.ordinal),
  Float64Array.from(input.value),
  "quarterly",
);
const rows = input.region.map((region, i) => ({
  region,
  quarter: input.quarter[i],
  value: input.value[i],
}));
const ds = gk.datasetFromRows(rows, { keys: ["region"], period: "quarter", value: "value" });
// Rows come back as {region, period, value, flag}, the period in its
// canonical text (2017-Q1 for 2017Q1).
const yoy = new Map(ds.yoy().toRows().map((r) => [`${r.region} ${r.period}`, r.value]));
const key = (r) => `${r.region} ${gk.Period.parse(r.quarter).toString()}`;
const missing = (x) => (x === undefined || Number.isNaN(x) ? null : x);
console.log(
  JSON.stringify({
    kernel: Array.from(kernel, missing),
    rows: rows.map((r) => missing(yoy.get(key(r)))),
  }),
);
