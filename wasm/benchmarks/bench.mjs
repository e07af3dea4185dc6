// growthkit's lagGrowth against a hand-written JS loop, in Node.
// Median of 7 runs after a warm-up; the wasm timing includes copying the
// input into wasm memory and the result out to a new Float64Array.
import { Period, Series, lagGrowth, parsePeriods, readSdmxCsv, ready, version } from "growthkit";

const RUNS = 7;
const N = 10_000_000;

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1];
}

function handLoop(x, lag) {
  const out = new Float64Array(x.length);
  for (let i = 0; i < lag && i < x.length; i++) out[i] = NaN;
  for (let i = lag; i < x.length; i++) {
    const b = x[i - lag];
    out[i] = b > 0 ? x[i] / b - 1 : NaN;
  }
  return out;
}

let seed = 2020;
const x = Float64Array.from({ length: N }, () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return 1 + (seed / 2147483648) * 99;
});

const ours = lagGrowth(x, 12);
const theirs = handLoop(x, 12);
for (let i = 12; i < N; i += 99_991) if (ours[i] !== theirs[i]) throw new Error(`mismatch at ${i}`);

const rows = [];
const add = (task, name, ms) => rows.push({ task, name, ms });
add("lagGrowth, 10M Float64Array, lag 12", "growthkit lagGrowth (copies in and out included)", median(() => lagGrowth(x, 12)));
const out = new Float64Array(N);
add("lagGrowth, 10M Float64Array, lag 12", "growthkit lagGrowth into out", median(() => lagGrowth(x, 12, out)));
add("lagGrowth, 10M Float64Array, lag 12", "hand-written JS loop into a new Float64Array", median(() => handLoop(x, 12)));
const months = Array.from({ length: 1_000_000 }, (_, i) => `${1990 + (i % 30)}-${String(1 + (i % 12)).padStart(2, "0")}`);
add("parsePeriods, 1M months", "growthkit parsePeriods", median(() => parsePeriods(months)));
add("parsePeriods, 1M months", "hand-written JS (split, Number, arithmetic)", median(() => {
  const o = new Int32Array(months.length);
  for (let i = 0; i < months.length; i++) {
    const [y, m] = months[i].split("-");
    o[i] = (Number(y) - 1970) * 12 + Number(m) - 1;
  }
  return o;
}));

// Issue 15: a Series of 200,000 consecutive days, rolling(7) and pctChange,
// against plain loops over a Float64Array (the series is built once).
const D = 200_000;
const first = Period.parse("2000-01-01").ordinal;
const days = Array.from({ length: D }, (_, i) => Period.fromOrdinal("daily", first + i).toString());
const dv = x.subarray(0, D);
const daily = new Series(days, dv);
add("Series.rolling(7), 200k days", "growthkit Series.rolling(7, 'mean')", median(() => daily.rolling(7, "mean").values));
add("Series.rolling(7), 200k days", "plain JS loop", median(() => {
  const o = new Float64Array(D);
  for (let i = 0; i < D; i++) {
    if (i < 6) { o[i] = NaN; continue; }
    let t = 0;
    for (let k = i - 6; k <= i; k++) t += dv[k];
    o[i] = t / 7;
  }
  return o;
}));
add("Series.pctChange, 200k days", "growthkit Series.pctChange()", median(() => daily.pctChange().values));
add("Series.pctChange, 200k days", "plain JS loop", median(() => handLoop(dv, 1)));

// The cost of the split: a reader's Dataset leaves the module "read" as its
// JSON text and the core reads it back (Dataset.fromJSON). 2,000 series of
// 100 quarters in SDMX-CSV; the second row is the reader alone, without the
// crossing (its JSON text made, not read back).
await ready("read");
const readModule = await import("../dist/growthkit_read.js");
const sdmx = ["DATAFLOW,GEO,ITEM,TIME_PERIOD,OBS_VALUE,OBS_STATUS"];
for (let g = 0; g < 2000; g++) for (let q = 0; q < 100; q++) {
  sdmx.push(`X,G${g % 50},I${g},${1990 + (q >> 2)}-Q${(q & 3) + 1},${(100 + g + q * 1.37).toFixed(3)},${q % 7 ? "" : "P"}`);
}
const sdmxText = sdmx.join("\n") + "\n";
const medianAsync = async (fn) => {
  await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1];
};
add("readSdmxCsv, 200k rows", "growthkit readSdmxCsv (its Dataset crosses into the core as JSON)", await medianAsync(() => readSdmxCsv(sdmxText)));
add("readSdmxCsv, 200k rows", "the read module's reader alone, to JSON text (no crossing)", await medianAsync(() => readModule.readSdmxCsv(sdmxText)));

console.log(`node ${process.version}, growthkit ${version()}`);
console.log("| task | contender | median | growthkit / contender |");
console.log("|---|---|---:|---:|");
const firstOf = {};
for (const r of rows) {
  firstOf[r.task] ??= r.ms;
  const ratio = r.name.startsWith("growthkit") ? "" : (firstOf[r.task] / r.ms).toFixed(3);
  console.log(`| ${r.task} | ${r.name} | ${r.ms.toFixed(2)} ms | ${ratio} |`);
}
