// The readers on the real published files in ../shared/fixtures (provenance
// in its SOURCES.md; other people's files stay beside the checkout), through
// the BUILT package. Expected figures are read off
// the files by eye (the line is quoted); growth rates worked by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as gk from "growthkit";
import { sharedBytes } from "./shared.mjs";

// A real file as a Buffer (`.toString()` is its text); call `missing(t)` first.
const fixture = (name) => {
  const bytes = sharedBytes(`fixtures/${name}`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
};
// Whether ../shared/fixtures is missing (then the test is skipped, loudly).
const missing = (t) => {
  if (sharedBytes("fixtures/SOURCES.md") !== null) return false;
  t.skip("../shared is missing");
  return true;
};
const close = (a, b) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(b), 1);

test("Eurostat SDMX-CSV 2.0 with names, from a Uint8Array", async (t) => {
  if (missing(t)) return;
  const ds = await gk.readSdmxCsv(new Uint8Array(fixture("eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv")));
  assert.equal(ds.length, 2);
  assert.equal(ds.nObservations, 19);
  const ca = { bop_item: "CA" };
  // "...,CA,Current account,...,2024-Q1,,103351.2" and 2023-Q1 23962.1
  assert.equal(ds.series(ca).get("2024-Q1"), 103351.2);
  assert.ok(close(ds.select(ca).yoy().series(ca).get("2024-Q1"), 103351.2 / 23962.1 - 1));
  assert.equal(ds.series(ca).indicator.unit.toString(), "million EUR");
});

test("BIS SDMX-CSV with missing values and flags, from text", async (t) => {
  if (missing(t)) return;
  const ds = await gk.readSdmxCsv(fixture("bis_der_annual_sdmxcsv1.csv").toString("utf8"));
  assert.equal(ds.length, 42);
  assert.equal(ds.nObservations, 1000);
  const key = { DER_CURR_LEG1: "HKD", DER_CURR_LEG2: "TO1" };
  assert.equal(ds.series(key).get("2004"), 14206.490766); // "...,2004,K,S,A,F,14206.490766"
  assert.equal(ds.flags(key)[0], "M"); // "...,2002,K,S,M,F,"
  const rows = ds.toRows();
  assert.equal(rows.length, 1000);
  assert.equal(rows.filter((r) => r.flag === "A").length, 360);
});

test("ILOSTAT SDMX-JSON: repeated series keys are merged, breaks travel", async (t) => {
  if (missing(t)) return;
  for (const name of ["ilostat_eap_dwap_chl_sdmxjson1.json", "ilostat_eap_dwap_chl_sdmxjson2.json"]) {
    const buffer = fixture(name);
    const ds = await gk.readSdmxJson(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length));
    assert.equal(ds.length, 3);
    assert.equal(ds.nObservations, 39);
    const total = { SEX: "SEX_T" };
    const g = ds.select(total).yoy();
    assert.ok(close(g.series(total).get("2011"), 60.02 / 58.69 - 1)); // 2010 58.69, 2011 60.02
    assert.equal(g.flags(total)[1], null);
    assert.equal(g.flags(total)[10], "B");
  }
});

test("FRED: business days, weeks ending Saturday, many columns", async (t) => {
  if (missing(t)) return;
  const dex = await gk.readFredCsv(fixture("fred_dexuseu_daily_dot_missing.csv").toString());
  const s = dex.series({ series_id: "DEXUSEU" });
  assert.equal(s.frequency, "business_daily");
  // "2017-05-05,1.0996" (Friday) and "2017-05-08,1.0928" (Monday)
  assert.ok(close(s.pctChange().get(gk.Period.businessDay("2017-05-08")), 1.0928 / 1.0996 - 1));
  const icsa = await gk.readFredCsv(fixture("fred_icsa_weekly.csv").toString());
  assert.equal(icsa.series({ series_id: "ICSA" }).frequency, "weekly_sat");
  const graph = await gk.readFredCsv(fixture("fred_fredgraph_quarterly_multi_observation_date.csv").toString());
  assert.equal(graph.length, 7);
  // "2019-01-01,...,3.8" and "2020-01-01,...,4.4"
  assert.ok(close(graph.yoy().series({ series_id: "UNRATE" }).get("2020-Q1"), 4.4 / 3.8 - 1));
});

test("NBS query JSON: previous-year indices", async (t) => {
  if (missing(t)) return;
  const ds = await gk.readNbsJson(fixture("nbs_china_quarterly_gdp_index_easyquery.json").toString());
  assert.equal(ds.length, 32);
  const gdp = { indicator: "A010301" };
  assert.equal(ds.series(gdp).get("2019-Q2"), 106.2); // "zb.A010301_sj.2019B": 106.2
  assert.ok(close(ds.select(gdp).indexToGrowth().series(gdp).get("2019-Q2"), 0.062));
});

test("plain CSV and bad input", async (t) => {
  if (missing(t)) return;
  const ds = await gk.readCsv("region,quarter,gdp\nnorth,2020-Q1,10\nsouth,2020-Q1,20\n", { period: "quarter", value: "gdp" });
  assert.deepEqual(ds.keys(), [{ region: "north" }, { region: "south" }]);
  // TIME PERIOD beside DATE is the period; DATE is said unread.
  const ecb = await gk.readCsv(fixture("ecb_portal_ea_real_gdp_quarterly.csv").toString());
  assert.ok(ecb.notes.some((n) => n.includes("column DATE")));
  await assert.rejects(async () => gk.readCsv("a,b\n1,2\n"), (e) => e.code === "malformed_data");
  await assert.rejects(async () => gk.readSdmxCsv(42), (e) => e.code === "invalid_argument");
  await assert.rejects(async () => gk.readSdmxCsv("x".repeat(10_000_000)), (e) => e.code === "malformed_data");
  const back = await gk.readSdmxCsv((await gk.readSdmxCsv(fixture("bis_der_annual_sdmxcsv1.csv").toString())).toSdmxCsv());
  assert.ok(back.equals(gk.Dataset.fromJSON(back.toJSON())));
});

test("kernels take any typed array; datasets go to rows and back", async (t) => {
  if (missing(t)) return;
  const values = [100, 110, 121];
  const want = [NaN, 0.1, 0.1];
  for (const typed of [Float64Array, Float32Array, Int32Array, Uint16Array]) {
    const got = Array.from(gk.lagGrowth(typed.from(values), 1));
    got.forEach((g, i) => assert.ok(Number.isNaN(want[i]) ? Number.isNaN(g) : close(g, want[i]), `${typed.name}`));
  }
  assert.ok(close(gk.lagGrowth([100, 110], 1)[1], 0.1)); // a plain array
  const ords = [gk.Period.parse("2019-Q3").ordinal, gk.Period.parse("2020-Q3").ordinal];
  const g = gk.groupedYoy([1, 1], Int32Array.from(ords), Float32Array.from([100, 105]), "quarterly");
  assert.ok(close(g[1], 105 / 100 - 1));
  const ds = await gk.readSdmxCsv(fixture("eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv").toString());
  const back = gk.datasetFromRows(ds.toRows(), { keys: ds.dimensions });
  assert.equal(back.nObservations, ds.nObservations);
  assert.deepEqual(Array.from(back.series({ bop_item: "CA" }).values), Array.from(ds.series({ bop_item: "CA" }).values));
  const simple = gk.datasetFromRows([{ geo: "DE", period: "2019", value: 100 }, { geo: "DE", period: "2020", value: 110 }]);
  assert.ok(close(simple.yoy().series({ geo: "DE" }).get("2020"), 0.1));
  assert.throws(() => gk.datasetFromRows([{ geo: "DE", period: "2020-13", value: 1 }]), (e) => e.code === "invalid_period");
  // The columns are read by the core's rule (read::long_columns), as Python's from_arrow reads them.
  assert.throws(() => gk.datasetFromRows([{ geo: "DE", time: "2020", value: 1 }]), (e) => e.code === "invalid_argument" && /`period`/.test(e.message));
  const flagged = gk.datasetFromRows([{ geo: "DE", period: "2020", value: 1, flag: "p" }]);
  assert.deepEqual(flagged.dimensions, ["geo"]);
  assert.deepEqual(flagged.flags({ geo: "DE" }), ["p"]);
});

test("read decides the format; SDMX-ML and zip from bytes; a reader given another format says so", async (t) => {
  if (missing(t)) return;
  // SOURCES.md 24: Statistics Canada's full table, a zip of SDMX-ML and its structure file.
  const statcan = await gk.read(new Uint8Array(fixture("round3/statcan_10100001_fulltable.zip")));
  assert.equal(statcan.nObservations, 182);
  assert.ok(statcan.notes[0].startsWith("read as SDMX-ML"));
  // SOURCES.md 15: LU 2012 = 46526.2, 2013 = 49094.5 (CP_MEUR).
  const xml = fixture("round3/estat_nama_10_gdp_structspecific21.xml");
  const ds = await gk.readSdmxXml(new Uint8Array(xml));
  const lu = ds.series({ geo: "LU" });
  assert.equal(lu.get("2013"), 49094.5);
  assert.ok(close(ds.yoy().series({ geo: "LU" }).get("2013"), 49094.5 / 46526.2 - 1));
  await assert.rejects(async () => gk.readSdmxCsv(new Uint8Array(xml)), (e) => e.code === "malformed_data" && /readSdmxXml|read_sdmx_xml/.test(e.message));
  await assert.rejects(async () => gk.readSdmxXml("<html></html>"), (e) => e.code === "malformed_data" && /root element/.test(e.message));
});
