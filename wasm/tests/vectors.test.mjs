// Runs every case of tests/vectors/*.json through the BUILT npm package.
// An op this runner does not know fails: that is how drift between the
// Rust, Python and JS surfaces is caught.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import * as gk from "growthkit";

const dir = new URL("../../tests/vectors/", import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")).cases.map((c) => [f, c]));

const num = (v) => (v === null ? NaN : typeof v === "string" ? Number(v.replace("inf", "Infinity")) : v);
const outNum = (x) => (Number.isNaN(x) ? null : x);
const series = (v) => new gk.Series(v.periods, v.values.map(num), v.indicator ?? null);
const outSeries = (s) => ({
  periods: s.periods.map(String),
  values: Array.from(s.values, outNum),
  indicator: s.toJSON().indicator,
  json: JSON.stringify(s),
});
const reported = (v) => (typeof v === "string" ? gk.Reported.parse(v) : new gk.Reported(num(v.value), v.decimals));
const interval = (v) => new gk.Interval(num(v[0]), num(v[1]));
const outInterval = (i) => [i.lo, i.hi];
const target = (v) => new gk.Target(num(v.value), v.deadline, v.baseline === null ? null : [v.baseline[0], num(v.baseline[1])]);
const rateCheck = (c) => ({ consistent: c.consistent, implied: outInterval(c.implied), gap_pp: c.gapPp });
const kernelOut = (a) => Array.from(a, outNum);
const s = (a, k = "series") => series(a[k]);
const p = (t) => gk.Period.parse(t);
const typed = (xs) => Float64Array.from(xs.map(num));

function periodNew(a) {
  switch (a.kind) {
    case "year": return gk.Period.year(a.year).toString();
    case "day": return gk.Period.day(a.date).toString();
    case "span": return gk.Period.span(a.start, a.end).toString();
    case "semiannual": return gk.Period.semiannual(a.year, a.number).toString();
    case "quarter": return gk.Period.quarter(a.year, a.number).toString();
    case "month": return gk.Period.month(a.year, a.number).toString();
    case "week": return gk.Period.week(a.year, a.number).toString();
    default: throw new Error(`unknown kind ${a.kind}`);
  }
}

// The statement reader is async (the module "claims" loads on first use).
const statementsOf = (a) => gk.extract(a.text, { referenceDate: a.reference_date });
async function claimsCheck(a) {
  const byKind = {};
  for (const f of await gk.check(await statementsOf(a))) {
    const zh = /[\u4e00-\u9fff]/.test(f.message);
    byKind[f.kind] ??= { consistent: true, message_zh: zh };
    byKind[f.kind].consistent &&= f.consistent;
  }
  return byKind;
}

const OPS = {
  "claims.extract": async (a) => (await statementsOf(a)).map((s) => s.toJSON()),
  "claims.check": claimsCheck,
  "period.parse": (a) => facts(p(a.text)),
  "period.parse_with": (a) =>
    facts(gk.Period.parse(a.text, {
      fiscalStart: a.fiscal_start, reportingYearStart: a.reporting_year_start, codes: a.codes, namedBy: a.named_by,
    })),
  "period.fiscal": (a) => gk.Period.fiscal(a.part, a.year, a.n, a.start, a.named_by).toString(),
  "period.business_day": (a) => gk.Period.businessDay(a.date).toString(),
  "period.week_ending": (a) => gk.Period.weekEnding(a.date, a.end).toString(),
  "period.to_sdmx": (a) => p(a.period).toSdmx(),
  "frequency.from_sdmx": (a) => gk.Frequency.fromSdmx(a.code, a.codelist),
  "period.new": periodNew,
  "period.containing": (a) => gk.Period.containing(a.frequency, a.date).toString(),
  "period.shift": (a) => p(a.period).shift(a.n).toString(),
  "period.year_ago": (a) => p(a.period).yearAgo(a.n).toString(),
  "period.contains": (a) => p(a.period).contains(a.other),
  "period.overlaps": (a) => p(a.period).overlaps(a.other),
  "period.to_frequency": (a) => p(a.period).toFrequency(a.frequency).toString(),
  "period.subperiods": (a) => p(a.period).subperiods(a.frequency).map(String),
  "period.subperiods_count": (a) => p(a.period).subperiods(a.frequency).length,
  "period.range": (a) => gk.Period.range(a.first, a.last).map(String),
  "period.ordinal": (a) => p(a.period).ordinal ?? null,
  "period.from_ordinal": (a) => gk.Period.fromOrdinal(a.frequency, a.n).toString(),
  "period.label": (a) => p(a.period).label(a.lang),
  "frequency.parse": (a) => gk.Frequency.parse(a.text),
  "frequency.periods_per_year": (a) => gk.Frequency.periodsPerYear(a.frequency) ?? null,
  "frequency.sdmx_code": (a) => gk.Frequency.sdmxCode(a.frequency) ?? null,
  "unit.parse": (a) => {
    const u = gk.Unit.parse(a.text);
    return { base: u.base, scale: u.scale, text: u.toString() };
  },
  "quantity.to_scale": (a) => {
    const q = new gk.Quantity(num(a.value), a.unit).toScale(a.scale);
    return { value: q.value, unit: q.unit.toString() };
  },
  "quantity.convert": (a) => {
    const q = new gk.Quantity(num(a.value), a.unit).convert(a.to);
    return { value: q.value, unit: q.unit.toString() };
  },
  "scalar.pct_change": (a) => gk.pctChange(num(a.current), num(a.previous)),
  "scalar.implied_previous": (a) => gk.impliedPrevious(num(a.current), num(a.growth)),
  "scalar.project": (a) => gk.project(num(a.value), num(a.growth), a.periods === undefined ? undefined : num(a.periods)),
  "scalar.cagr": (a) => gk.cagr(num(a.first), num(a.last), num(a.years)),
  "scalar.annualize": (a) => gk.annualize(num(a.rate), num(a.periods_per_year)),
  "scalar.deannualize": (a) => gk.deannualize(num(a.rate), num(a.periods_per_year)),
  "scalar.two_year_average": (a) => gk.twoYearAverage(num(a.g1), num(a.g2)),
  "scalar.log_change": (a) => gk.logChange(num(a.current), num(a.previous)),
  "scalar.pp_change": (a) => gk.ppChange(num(a.current_rate), num(a.previous_rate)),
  "scalar.contribution": (a) => gk.contribution(num(a.component_now), num(a.component_before), num(a.total_before)),
  "scalar.contribution_share": (a) =>
    gk.contributionShare(num(a.component_now), num(a.component_before), num(a.total_now), num(a.total_before)),
  "scalar.required_growth": (a) => gk.requiredGrowth(num(a.current), num(a.target), num(a.periods)),
  "series.new": (a) => outSeries(s(a)),
  "series.frequency": (a) => s(a).frequency ?? null,
  "series.get": (a) => s(a).get(a.period) ?? null,
  "series.slice": (a) => outSeries(s(a).slice(a.first, a.last)),
  "series.add": (a) => outSeries(s(a).add(s(a, "other"))),
  "series.sub": (a) => outSeries(s(a).sub(s(a, "other"))),
  "series.mul": (a) => outSeries(s(a).mul(s(a, "other"))),
  "series.div": (a) => outSeries(s(a).div(s(a, "other"))),
  "series.from_json": (a) => outSeries(gk.Series.fromJSON(a.json)),
  "series.yoy": (a) => outSeries(s(a).yoy(a.base)),
  "series.pct_change": (a) => outSeries(s(a).pctChange(a.lag, a.base)),
  "series.diff": (a) => outSeries(s(a).diff(a.lag)),
  "series.yoy_diff": (a) => outSeries(s(a).yoyDiff()),
  "series.log_diff": (a) => outSeries(s(a).logDiff(a.lag)),
  "series.annualized": (a) => outSeries(s(a).annualized(a.lag, a.base)),
  "series.two_year_average": (a) => outSeries(s(a).twoYearAverage(a.base)),
  "series.transform": (a) => outSeries(s(a).transform(a.code)),
  "series.cumulate_ytd": (a) => outSeries(s(a).cumulateYtd()),
  "series.decumulate_ytd": (a) => outSeries(s(a).decumulateYtd()),
  "series.ytd_period_growth": (a) => outSeries(gk.Series.ytdPeriodGrowth(s(a, "ytd_values"), s(a, "ytd_growth"))),
  "series.aggregate": (a) => outSeries(s(a).aggregate(a.frequency, a.method, a.min_count)),
  "series.rolling": (a) => outSeries(s(a).rolling(a.window, a.method)),
  "series.rebase": (a) => outSeries(s(a).rebase(a.base, a.value === undefined ? undefined : num(a.value))),
  "series.deflate": (a) => outSeries(s(a).deflate(s(a, "price_index"), a.base)),
  "series.per_day": (a) => outSeries(s(a).perDay()),
  "series.share_of": (a) => outSeries(s(a).shareOf(s(a, "total"))),
  "series.contribution_to": (a) => outSeries(s(a).contributionTo(s(a, "total"))),
  "series.contribution_to_previous": (a) => outSeries(s(a).contributionToPrevious(s(a, "total"))),
  "series.contribution_share_previous": (a) => outSeries(s(a).contributionSharePrevious(s(a, "total"))),
  "unit.label": (a) => gk.Unit.parse(a.text).label(a.lang),
  "interval.json": (a) => gk.Interval.fromJSON(a.json).toJSON(),
  "interval.mul_json": (a) => interval(a.a).mul(interval(a.b)).toJSON(),
  "series.contribution_share": (a) => outSeries(s(a).contributionShare(s(a, "total"))),
  "kernels.lag_growth": (a) => kernelOut(gk.lagGrowth(typed(a.values), a.lag)),
  "kernels.grouped_growth": (a) =>
    kernelOut(gk.groupedGrowth(Float64Array.from(a.ids), Float64Array.from(a.ordinals), typed(a.values), a.lag)),
  "kernels.decumulate_ytd": (a) =>
    kernelOut(gk.decumulateYtd(Float64Array.from(a.ids), Float64Array.from(a.ordinals), typed(a.values), a.frequency)),
  "kernels.grouped_yoy": (a) =>
    kernelOut(gk.groupedYoy(
      typeof a.ids[0] === "string" ? a.ids : Float64Array.from(a.ids), Float64Array.from(a.ordinals),
      typed(a.values), a.frequency, a.diff,
    )),
  "kernels.parse_periods": (a) => {
    const r = gk.parsePeriods(a.texts);
    return { frequencies: r.frequencies, ordinals: Array.from(r.ordinals) };
  },
  "reported.parse": (a) => reportedFacts(reported(a.text)),
  "reported.new": (a) => reportedFacts(reported(a)),
  "interval.new": (a) => outInterval(interval(a.a)),
  "interval.add": (a) => outInterval(interval(a.a).add(interval(a.b))),
  "interval.sub": (a) => outInterval(interval(a.a).sub(interval(a.b))),
  "interval.mul": (a) => outInterval(interval(a.a).mul(interval(a.b))),
  "interval.div": (a) => outInterval(interval(a.a).div(interval(a.b))),
  "interval.powf": (a) => outInterval(interval(a.a).powf(num(a.exponent))),
  "interval.root": (a) => outInterval(interval(a.a).root(a.n)),
  "interval.contains": (a) => interval(a.a).contains(num(a.x)),
  "interval.overlaps": (a) => interval(a.a).overlaps(interval(a.b)),
  "interval.measure": (a) => ({ width: interval(a.a).width, midpoint: interval(a.a).midpoint }),
  "published.implied_previous_range": (a) => outInterval(gk.impliedPreviousRange(reported(a.current), reported(a.growth_pct))),
  "published.check_growth": (a) => rateCheck(gk.checkGrowth(reported(a.current), reported(a.previous), reported(a.growth_pct))),
  "published.check_share": (a) => rateCheck(gk.checkShare(reported(a.part), reported(a.total), reported(a.share_pct))),
  "published.check_sum": (a) => {
    const c = gk.checkSum(a.parts.map(reported), reported(a.total));
    return { consistent: c.consistent, implied: outInterval(c.implied), gap: c.gap };
  },
  "target.new": (a) => target(a.target).value,
  "target.progress": (a) => target(a.target).progress(num(a.actual)),
  "target.time_elapsed": (a) => target(a.target).timeElapsed(a.as_of),
  "target.on_track": (a) => target(a.target).onTrack(num(a.actual), a.as_of),
  "target.required_growth": (a) => target(a.target).requiredGrowth(num(a.current), a.as_of),
  "target.required_pace": (a) => target(a.target).requiredPace(num(a.current), a.as_of),
  compare_periods: (a) => {
    const c = gk.comparePeriods(a.current_period, num(a.current), a.previous_period, num(a.previous));
    return {
      growth: c.growth, per_day_growth: c.perDayGrowth, current_days: c.currentDays,
      previous_days: c.previousDays, unequal_length: c.unequalLength,
    };
  },
};

function facts(x) {
  return { period: x.toString(), frequency: x.frequency, start: x.start, end: x.end, days: x.days, year: x.year };
}

function reportedFacts(r) {
  return { value: r.value, decimals: r.decimals, interval: outInterval(r.interval), text: r.toString() };
}

function matches(expect, got, tol) {
  if (expect === null || typeof expect === "boolean" || typeof expect === "string") return expect === got;
  if (typeof expect === "number") return typeof got === "number" && Math.abs(expect - got) <= tol * Math.max(Math.abs(expect), 1);
  if (Array.isArray(expect)) return Array.isArray(got) && expect.length === got.length && expect.every((e, i) => matches(e, got[i], tol));
  if (typeof expect === "object") return got !== null && typeof got === "object" && Object.entries(expect).every(([k, v]) => k in got && matches(v, got[k], tol));
  return false;
}

// The JSON text of a series differs between languages in how numbers print
// (Rust writes 6.0, JS writes 6): compare the documents, not the text.
function normalize(expect, got) {
  if (expect && typeof expect === "object" && "json" in expect && typeof got?.json === "string") {
    return [{ ...expect, json: JSON.parse(expect.json) }, { ...got, json: JSON.parse(got.json) }];
  }
  return [expect, got];
}

test("there are enough vector cases", () => assert.ok(cases.length >= 150));

for (const [file, c] of cases) {
  test(`${file}:${c.id}`, async () => {
    const op = OPS[c.op];
    assert.ok(op, `unknown op ${c.op}: the JS runner must know every op`);
    const tol = c.tol ?? 1e-9;
    if (c.error) {
      await assert.rejects(async () => op(c.args), (e) => {
        assert.ok(e instanceof Error, "a real Error");
        assert.equal(e.name, "GrowthkitError");
        assert.equal(e.code, c.error.code, e.message);
        return true;
      });
    } else {
      const [expect, got] = normalize(c.expect, await op(c.args));
      assert.ok(matches(expect, got, tol), `expected ${JSON.stringify(expect)}, got ${JSON.stringify(got)}`);
    }
  });
}
