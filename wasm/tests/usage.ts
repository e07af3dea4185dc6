// A typed tour of the public API: `tsc --noEmit` checks it against the
// generated .d.ts, so the types stay true to the package.
import init, {
  Period,
  Series,
  Frequency,
  Indicator,
  Unit,
  Quantity,
  Reported,
  Interval,
  Target,
  comparePeriods,
  impliedPreviousRange,
  checkGrowth,
  checkSum,
  checkShare,
  pctChange,
  impliedPrevious,
  project,
  cagr,
  lagGrowth,
  groupedGrowth,
  parsePeriods,
  errorCodes,
  type ErrorCode,
  type FrequencyName,
  type GrowthkitError,
  type SeriesJSON,
} from "growthkit";

export async function tour(): Promise<number> {
  await init();
  const q: Period = Period.parse("2020年第三季度");
  const y: Period = Period.year(2020);
  const yearNumber: number = y.year;
  const f: FrequencyName = q.frequency;
  const start: string = q.start;
  const ordinal: number | undefined = q.ordinal;
  const months: Period[] = q.subperiods("monthly");
  const label: string = q.label("zh");
  const freqs: FrequencyName[] = Frequency.all();
  const ppy: number | undefined = Frequency.periodsPerYear("daily");

  const ind = new Indicator("online", "Online retail sales", "billion yuan", "flow", "Shanghai");
  const s = new Series(["2019-S1", "2020-S1"], new Float64Array([116.86, 122.7]), ind);
  const values: Float64Array = s.yoy("positive").values;
  const json: SeriesJSON = s.toJSON();
  const back: Series = Series.fromJSON(json);
  const agg: Series = s.aggregate("annual", "sum", 1);
  const value: number | undefined = back.get("2020-S1");

  const unit: Unit = Unit.parse("亿元");
  const qty: Quantity = new Quantity(122.7, "billion yuan").toScale(unit.scale);
  const range: Interval = impliedPreviousRange("122.7", new Reported(5, 1));
  const ok: boolean = checkGrowth("65.99", "58.81", "12.2").consistent && checkSum(["1", "2"], "3").consistent;
  const share: number = checkShare("35.86", "101.85", "35.2").gapPp;
  const t = new Target(100, "2022", ["2019", 20]);
  const pace: number = t.requiredPace(40, "2020");
  const cmp = comparePeriods("2020-10-01/P8D", 80, "2019-10-01/P7D", 70);

  const g: Float64Array = lagGrowth(new Float64Array([1, 2, 3]), 1);
  const gg: Float64Array = groupedGrowth(new Int32Array([1, 1]), new Int32Array([1, 2]), new Float64Array([1, 2]), 1);
  const parsed: { frequencies: FrequencyName[]; ordinals: Int32Array } = parsePeriods(["2020Q3"]);
  const codes: string[] = errorCodes();

  try {
    Period.parse("2020-13");
  } catch (e) {
    const err = e as GrowthkitError;
    const code: ErrorCode = err.code;
    void code;
  }
  void [yearNumber, f, start, ordinal, months, label, freqs, ppy, values, agg, value, qty, range, ok, share, pace, cmp, g, gg, parsed, codes];
  return pctChange(110, 100) + impliedPrevious(110, 0.1) + project(100, 0.1) + cagr(100, 121, 2);
}
