// The facts tables tests/facts/round2.json and round3.json (what a reader
// must find in each real file of ../shared/fixtures, written by hand from the
// files' SOURCES; see tests/facts/README.md) through the BUILT package, one
// test per file. A file on a table's `pending` list must still fail (it
// prints NOT YET READ); once it passes, its test fails until it is taken off
// the list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as gk from "growthkit";
import { sharedBytes } from "./shared.mjs";

const FACTS = new URL("../../tests/facts/", import.meta.url);
const TABLES = ["round2", "round3"];

// The one entry point that decides the format from the content, when it
// exists; until then the reader the entry's hint names (sdmx_csv: readSdmxCsv).
// The readers are async (the module "read" loads on first use).
async function read(bytes, entry) {
  if (typeof gk.read === "function") return gk.read(bytes);
  const hint = entry.reader;
  const name = hint && `read${hint.split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`;
  const reader = name && gk[name];
  if (typeof reader !== "function") {
    throw Object.assign(new Error(`no reader for this format yet (hint ${hint})`), { code: "malformed_data" });
  }
  return hint === "csv" ? reader(bytes, entry.options ?? {}) : reader(bytes);
}

// The full key of the one series a partial key singles out: by its
// dimensions, or else by its dimensions and series attributes together.
function find(ds, key) {
  const keys = ds.keys();
  const want = Object.entries(key);
  const strict = keys.filter((k) => want.every(([d, c]) => k[d] === c));
  if (strict.length === 1) return strict[0];
  const loose = keys.filter((k) => {
    const attrs = ds.attributes(k);
    return want.every(([d, c]) => k[d] === c || attrs[d] === c);
  });
  if (loose.length !== 1) throw new Error(`key ${JSON.stringify(key)} matches ${loose.length} series (${ds.dimensions})`);
  return loose[0];
}

// The period a fact names, in the series' own frequency: a date names the
// business day or the week ending on a weekday that holds it.
function periodIn(text, series) {
  const p = gk.Period.parse(text);
  const f = series.frequency;
  if (p.frequency === "daily" && f && (f === "business_daily" || f.startsWith("weekly_"))) {
    return gk.Period.containing(f, p.start);
  }
  return p;
}

function checkPoint(ds, key, fact, tol) {
  const s = ds.series(key);
  const p = periodIn(fact.period, s).toString();
  const i = s.periods.findIndex((x) => x.toString() === p);
  if (i < 0) throw new Error(`no observation at ${p}`);
  const got = s.values[i];
  if (fact.missing) {
    if (!Number.isNaN(got)) throw new Error(`at ${p}: want missing, got ${got}`);
  } else {
    const ok = tol !== undefined ? Math.abs(got - fact.value) <= tol : Math.abs(got - fact.value) <= 1e-9 * Math.abs(fact.value);
    if (!ok) throw new Error(`at ${p}: want ${fact.value}, got ${got}`);
  }
  if ("flag" in fact) {
    const flag = ds.flags(key)[i] ?? null;
    if (flag !== fact.flag) throw new Error(`flag at ${p}: want ${fact.flag}, got ${flag}`);
  }
}

// Every fact of one entry against the dataset read; the failures.
function check(ds, entry) {
  const fails = [];
  const attempt = (what, f) => {
    try {
      f();
    } catch (e) {
      fails.push(`${what}: ${e.message}`);
    }
  };
  const keys = ds.keys();
  const values = keys.flatMap((k) => Array.from(ds.series(k).values));
  const present = values.filter((x) => !Number.isNaN(x)).length;
  const counts = { series: ds.length, observations: ds.nObservations, present, missing: values.length - present };
  for (const [name, got] of Object.entries(counts)) {
    if (name in entry && entry[name] !== got) fails.push(`${name}: want ${entry[name]}, got ${got}`);
  }
  if (entry.flag_counts) {
    const got = {};
    for (const k of keys) for (const f of ds.flags(k)) if (f != null) got[f] = (got[f] ?? 0) + 1;
    const sorted = (o) => JSON.stringify(Object.entries(o).sort());
    if (sorted(got) !== sorted(entry.flag_counts)) fails.push(`flag_counts: want ${sorted(entry.flag_counts)}, got ${sorted(got)}`);
  }
  for (const fact of entry.lengths ?? []) {
    attempt("lengths", () => {
      const got = ds.series(find(ds, fact.key)).length;
      if (got !== fact.observations) throw new Error(`${JSON.stringify(fact.key)}: want ${fact.observations}, got ${got}`);
    });
  }
  for (const fact of entry.values ?? []) attempt("values", () => checkPoint(ds, find(ds, fact.key), fact));
  for (const fact of entry.units ?? []) {
    attempt("units", () => {
      const ind = ds.series(find(ds, fact.key)).indicator;
      if (!ind) throw new Error("no unit");
      const u = ind.unit;
      const want = [fact.base ?? u.base, fact.scale ?? u.scale];
      if (u.base !== want[0] || u.scale !== want[1]) throw new Error(`want ${want}, got ${[u.base, u.scale]}`);
    });
  }
  for (const fact of entry.frequency ?? []) {
    attempt("frequency", () => {
      const got = ds.series(find(ds, fact.key)).frequency;
      if (got !== fact.frequency) throw new Error(`want ${fact.frequency}, got ${got}`);
    });
  }
  const growth = [...(entry.yoy ?? []).map((f) => ["yoy", f]), ...(entry.growth ?? []).map((f) => [f.op, f])];
  for (const [op, fact] of growth) {
    attempt(op, () => {
      const key = find(ds, fact.key);
      const one = ds.select(key);
      const ops = {
        yoy: () => one.yoy(),
        pct_change: () => one.pctChange(fact.lag ?? 1),
        index_to_growth: () => one.indexToGrowth(),
        decumulate_ytd: () => one.decumulateYtd(),
      };
      if (!ops[op]) throw new Error(`unknown op ${op} in the facts`);
      checkPoint(ops[op](), key, fact, fact.tol);
    });
  }
  return fails;
}

// Reads the file and checks its facts: no failures when all hold.
async function outcome(bytes, entry) {
  let ds;
  try {
    ds = await read(bytes, entry);
  } catch (e) {
    if (entry.refuse && e.code === entry.refuse) return [];
    return [`cannot read: ${e.code} (${e.message})`];
  }
  if (entry.refuse) return [`read ${ds.length} series, must refuse with ${entry.refuse}`];
  return check(ds, entry);
}

for (const name of TABLES) {
  const table = JSON.parse(readFileSync(new URL(`${name}.json`, FACTS), "utf8"));
  const pending = table.pending ?? {};
  for (const file of Object.keys(pending)) {
    assert.ok(table.files.some((e) => e.file === file), `${name}: pending file ${file} has no entry`);
  }
  for (const entry of table.files) {
    test(`${name}:${entry.file}`, async (t) => {
      const bytes = sharedBytes(`fixtures/${entry.file}`);
      if (bytes === null) return t.skip("../shared is missing");
      const fails = await outcome(bytes, entry);
      const reason = pending[entry.file];
      if (reason === undefined) {
        assert.deepEqual(fails, []);
      } else if (fails.length > 0) {
        console.log(`NOT YET READ: ${entry.file}: ${reason}`);
        for (const f of fails.slice(0, 5)) console.log(`    ${f}`);
      } else {
        assert.fail(`${entry.file} now passes all its facts: take it off \`pending\` (${reason})`);
      }
    });
  }
}
