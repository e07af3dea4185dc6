import { read, readSdmxCsv } from "growthkit";
import assert from "node:assert/strict";

// Tourism receipts as an office's SDMX-CSV export gives them (invented):
// codes with their labels, a missing value flagged M, a provisional one,
// a deleted row, and the unit written two ways.
const text = `\
STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q1,412.5,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q2,,M,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2024-Q1,440.0,P,EUR,6
dataflow,XX:TOURISM(1.0),D,Q: Quarterly,AT: Austria,2022-Q4,,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2023-Q1,120.0,,MIO_EUR,
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2024-Q1,135.0,,MIO_EUR,
`;
const ds = await readSdmxCsv(text); // the readers are async: the first call loads them
const close = (x: number | undefined, expected: number) =>
  x !== undefined && Math.abs(x - expected) < 1e-12;

// The key columns are the dimensions; a "CODE: Label" cell counts by its code.
assert.deepEqual(ds.dimensions, ["FREQ", "REF_AREA"]);
assert.deepEqual(ds.keys(), [
  { FREQ: "Q", REF_AREA: "AT" },
  { FREQ: "Q", REF_AREA: "PT" },
]);
assert.equal(ds.nObservations, 5); // the deleted row is not data
assert.deepEqual(ds.notes, [
  "1 rows with ACTION D are deletions of earlier data, not data; they were not read",
]);

// Austria: periods, values and flags, oldest first; the empty value is missing.
const at = ds.series({ REF_AREA: "AT" });
assert.deepEqual(at.periods.map(String), ["2023-Q1", "2023-Q2", "2024-Q1"]);
assert.equal(at.values[0], 412.5);
assert.ok(Number.isNaN(at.values[1]));
assert.equal(at.values[2], 440);
assert.deepEqual(ds.flags({ REF_AREA: "AT" }), [null, "M", "P"]);

// EUR with UNIT_MULT 6 and the code MIO_EUR are one unit: million EUR.
assert.equal(at.indicator?.unit.toString(), "million EUR");
const pt = ds.series({ REF_AREA: "PT" });
assert.equal(pt.indicator?.unit.toString(), at.indicator?.unit.toString());
assert.deepEqual([pt.indicator?.unit.base, pt.indicator?.unit.scale], ["EUR", 6]);

// Growth keeps the flags: the provisional figure gives a provisional rate.
const growth = ds.yoy();
assert.ok(close(growth.series({ REF_AREA: "AT" }).get("2024-Q1"), 440 / 412.5 - 1));
assert.equal(growth.flags({ REF_AREA: "AT" })[2], "P");
assert.ok(close(growth.series({ REF_AREA: "PT" }).get("2024-Q1"), 0.125)); // 135 / 120 - 1

// read() decides the format from the content, and says what it decided.
assert.ok((await read(text)).notes[0].startsWith("read as SDMX-CSV"));
