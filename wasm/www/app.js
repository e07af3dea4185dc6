// The demo page: no bundler, one module importing the package's browser build.
// Loading it fetches only the core module; "Check a text" fetches the
// statement reader and "Open a data file" the readers, each on first use
// (their functions are async), as wasm/tests/browser.test.mjs checks;
// "Seasonally adjust" runs in the core module (it is not split off yet).
import init, * as gk from "../dist/growthkit.js";
import { EXAMPLE_TEXT } from "./example-text.js";

await init();

const SEED = [
  { what: "online retail sales, H1", period: "2020年上半年", value: "122.7", unit: "billion yuan", growth: "5", previous: "" },
  { what: "offline consumption, Golden Week", period: "2020-10-01/2020-10-08", value: "65.99", unit: "billion yuan", growth: "12.2", previous: "2019-10-01/2019-10-07" },
  { what: "online retail sales, Golden Week", period: "2020-10-01/2020-10-08", value: "35.86", unit: "billion yuan", growth: "15.7", previous: "2019-10-01/2019-10-07" },
];
const ILLUSTRATIVE_SERIES = [
  "2019-01, 100", "2019-02, 96", "2019-03, 104", "2019-04, 103", "2019-05, 107", "2019-06, 110",
  "2020-01, 88", "2020-02, 79", "2020-03, 95", "2020-04, 101", "2020-05, 109", "2020-06, 116",
].join("\n");

const statements = [];
const $ = (sel) => document.querySelector(sel);
const fmt = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const esc = (t) => String(t).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// Reads a statement into numbers; throws growthkit errors with their messages.
function evaluate(st) {
  const period = gk.Period.parse(st.period);
  const previous = st.previous.trim() ? gk.Period.parse(st.previous) : period.yearAgo();
  const value = gk.Reported.parse(st.value);
  const growth = gk.Reported.parse(st.growth);
  const unit = gk.Unit.parse(st.unit || "units");
  const base = gk.impliedPrevious(value.value, growth.value / 100);
  const range = gk.impliedPreviousRange(value, growth);
  const cmp = gk.comparePeriods(period, value.value, previous, base);
  return { st, period, previous, value, growth, unit, base, range, cmp };
}

function render() {
  const rows = statements.map(evaluate);
  // Contributions within each group of statements for the same period and unit.
  const groups = new Map();
  for (const r of rows) {
    const key = `${r.period}|${r.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const body = rows.map((r) => {
    const group = groups.get(`${r.period}|${r.unit}`);
    const totalBefore = group.reduce((s, g) => s + g.base, 0);
    const contribution = group.length > 1 ? `${fmt(100 * gk.contribution(r.value.value, r.base, totalBefore), 2)} pp` : "";
    const unequal = r.cmp.unequalLength ? ` <span class="flag" title="periods of unequal length">(${r.cmp.currentDays} vs ${r.cmp.previousDays} days)</span>` : "";
    return `<tr data-period="${esc(r.period)}">
      <td class="text">${esc(r.st.what)}</td>
      <td class="text">${esc(r.period.label("en"))}<br><span class="muted">${esc(r.period.label("zh"))}</span></td>
      <td>${esc(r.value)} <span class="muted">${esc(r.unit)}</span></td>
      <td>${esc(r.growth)} %</td>
      <td class="text">${esc(r.previous.label("en"))}${unequal}</td>
      <td class="base">${fmt(r.base)}</td>
      <td class="range">${esc(r.range.toString(3))}</td>
      <td>${fmt(r.value.value / r.cmp.currentDays)} / ${fmt(r.base / r.cmp.previousDays)}</td>
      <td class="per-day">${fmt(100 * r.cmp.perDayGrowth, 1)} %</td>
      <td>${contribution}</td></tr>`;
  });
  $("#statements tbody").innerHTML = body.join("");
}

$("#add").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const data = Object.fromEntries(new FormData(ev.target));
  try {
    evaluate(data);
    statements.push(data);
    $("#add-error").textContent = "";
    ev.target.reset();
    render();
  } catch (e) {
    $("#add-error").textContent = e.message;
  }
});

function chart() {
  const lines = $("#series-input").value.split("\n").map((l) => l.trim()).filter(Boolean);
  try {
    const pairs = lines.map((l) => {
      const [p, v] = l.split(",").map((x) => x.trim());
      return [p, v === "" || v === undefined ? null : Number(v)];
    });
    const s = new gk.Series(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    const yoy = s.yoy();
    $("#series-error").textContent = "";
    $("#chart").innerHTML = svg(s, yoy);
  } catch (e) {
    $("#series-error").textContent = e.message;
  }
}

function svg(s, yoy) {
  const W = 720, H = 220, pad = 36, n = s.length;
  const values = Array.from(s.values), growth = Array.from(yoy.values);
  // Place periods by their ordinal when they have one, so that gaps show.
  const ords = s.periods.map((p, i) => p.ordinal ?? i);
  const first = ords[0], span = Math.max(ords[n - 1] - first, 1);
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite), hi = Math.max(...finite);
  const x = (i) => pad + ((ords[i] - first) * (W - 2 * pad)) / span;
  const joined = (i) => i > 0 && Number.isFinite(values[i - 1]) && ords[i] - ords[i - 1] === 1;
  const y = (v) => H - pad - ((v - lo) * (H - 2 * pad)) / (hi - lo || 1);
  const g = growth.filter(Number.isFinite);
  const gmax = Math.max(0.01, ...g.map(Math.abs));
  const gy = (v) => H / 2 - (v * (H / 2 - pad)) / gmax;
  const path = values.map((v, i) => (Number.isFinite(v) ? `${joined(i) ? "L" : "M"}${x(i)},${y(v)}` : "")).join("");
  const bars = growth.map((v, i) => Number.isFinite(v)
    ? `<rect class="yoy" x="${x(i) - 5}" y="${Math.min(gy(v), H / 2)}" width="10" height="${Math.abs(gy(v) - H / 2)}" fill="${v < 0 ? "#d98c8c" : "#8cb3d9"}"><title>${s.periods[i]}: ${(100 * v).toFixed(1)} %</title></rect>`
    : "").join("");
  const labels = s.periods.map((p, i) => (i % Math.ceil(n / 8) === 0 ? `<text x="${x(i)}" y="${H - 10}" text-anchor="middle">${p}</text>` : "")).join("");
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="series and year-on-year growth">
    <line x1="${pad}" x2="${W - pad}" y1="${H / 2}" y2="${H / 2}" stroke="#ccc"/>${bars}
    <path d="${path}" fill="none" stroke="#333" stroke-width="2"/>${labels}
    <text x="${pad}" y="14">line: value · bars: year-on-year growth (max ${(100 * gmax).toFixed(1)} %)</text></svg>`;
}

// "Seasonally adjust": X-11 (or regARIMA then X-11) on the pasted series;
// the original, adjusted and trend as lines, the last two years as a table
// with the growth of the adjusted series on the previous period.
const SA_SERIES = Array.from({ length: 72 }, (_, i) => {
  const month = `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  const season = [0.95, 0.88, 1.01, 0.99, 1.02, 1.0, 0.98, 0.99, 1.0, 1.03, 1.04, 1.11][i % 12];
  return `${month}, ${((200 + 1.5 * i) * season * (1 + 0.01 * Math.sin(i * 1.7))).toFixed(1)}`;
}).join("\n");

function lines(series, W = 720, H = 220, pad = 36) {
  const all = series.flatMap(([, s]) => Array.from(s.values)).filter(Number.isFinite);
  const lo = Math.min(...all), hi = Math.max(...all), n = series[0][1].length;
  const x = (i) => pad + (i * (W - 2 * pad)) / Math.max(n - 1, 1);
  const y = (v) => H - pad - ((v - lo) * (H - 2 * pad)) / (hi - lo || 1);
  const paths = series.map(([name, s, color]) =>
    `<path class="sa-${name}" d="${Array.from(s.values).map((v, i) => `${i ? "L" : "M"}${x(i)},${y(v)}`).join("")}" fill="none" stroke="${color}" stroke-width="${name === "original" ? 1 : 2}"><title>${name}</title></path>`);
  const periods = series[0][1].periods;
  const labels = periods.map((p, i) => (i % Math.ceil(n / 8) === 0 ? `<text x="${x(i)}" y="${H - 10}" text-anchor="middle">${p}</text>` : "")).join("");
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="original, adjusted and trend">${paths.join("")}${labels}
    <text x="${pad}" y="14">grey: original · blue: seasonally adjusted · red: trend</text></svg>`;
}

// The first adjustment fetches the module "seasonal".
async function adjust() {
  try {
    const pairs = $("#sa-input").value.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => {
      const [p, v] = l.split(",").map((t) => t.trim());
      return [p, v === "" || v === undefined ? null : Number(v)];
    });
    const s = new gk.Series(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    const options = { mode: $("#sa-mode").value, seasonalFilter: $("#sa-filter").value };
    const d = await ($("#sa-arima").checked
      ? s.seasonalAdjust({ ...options, transform: options.mode === "add" ? "none" : "log" })
      : s.x11(options));
    const growth = Array.from(d.adjusted.pctChange().values);
    const [o, a, t, f] = [s, d.adjusted, d.trend, d.seasonal].map((x) => Array.from(x.values));
    const from = Math.max(0, s.length - 24);
    $("#sa-table tbody").innerHTML = s.periods.slice(from).map((p, j) => {
      const i = from + j;
      return `<tr><td class="text">${p}</td><td>${fmt(o[i], 1)}</td><td class="sa-adjusted">${fmt(a[i], 2)}</td>` +
        `<td>${fmt(t[i], 2)}</td><td class="sa-seasonal">${fmt(f[i], 4)}</td><td>${fmt(100 * growth[i], 2)} %</td></tr>`;
    }).join("");
    $("#sa-chart").innerHTML = lines([["original", s, "#999"], ["adjusted", d.adjusted, "#2b6cb0"], ["trend", d.trend, "#c53030"]]);
    const model = d.logLikelihood === undefined ? "" : ` · model (0 1 1)(0 1 1), log-likelihood ${fmt(d.logLikelihood, 2)}`;
    $("#sa-info").textContent = `seasonal filter ${d.seasonalFilter} · Henderson ${d.trendFilter} terms${model}`;
    $("#sa-error").textContent = "";
  } catch (e) {
    $("#sa-error").textContent = e.message;
  }
}

let dataset = null;

// Any format growthkit reads: the core decides it from the bytes (gzip and
// zip opened, workbooks read); the first note says what it read. The first
// file fetches the readers' module.
async function openFile(name, bytes) {
  try {
    dataset = await gk.read(bytes);
    const keys = dataset.keys();
    $("#file-info").textContent = `${name}: ${dataset.length} series, ${dataset.nObservations} observations` +
      (dataset.notes.length ? ` · ${dataset.notes.join(" · ")}` : "");
    $("#file-error").textContent = "";
    const select = $("#file-series");
    select.innerHTML = keys.map((k, i) => `<option value="${i}">${esc(Object.values(k).join(" · ") || "the series")}</option>`).join("");
    select.hidden = false;
    showSeries(0);
  } catch (e) {
    dataset = null;
    $("#file-error").textContent = e.message;
  }
}

function showSeries(i) {
  const key = dataset.keys()[i];
  const s = dataset.series(key);
  const flags = dataset.flags(key);
  const growth = dataset.select(key).yoy().series(key);
  $("#file-chart").innerHTML = svg(s, growth);
  const rows = s.periods.map((p, j) => `<tr><td>${esc(p.label("en"))}</td><td>${fmt(s.values[j], 4)}</td>` +
    `<td class="flag">${esc(flags[j] ?? "")}</td><td>${Number.isFinite(growth.values[j]) ? (100 * growth.values[j]).toFixed(2) + " %" : "–"}</td></tr>`);
  $("#file-table tbody").innerHTML = rows.join("");
}

function explore() {
  const text = $("#explore").value;
  try {
    const p = gk.Period.parse(text);
    let ago;
    try { ago = p.yearAgo().toString(); } catch (e) { ago = e.message; }
    const rows = [
      ["canonical", p.toString()], ["kind", p.frequency], ["first day", p.start], ["last day", p.end],
      ["days", p.days], ["label (en)", p.label("en")], ["label (zh)", p.label("zh")], ["a year earlier", ago],
      ["ordinal", p.ordinal ?? "none (spans have none)"],
    ];
    $("#explore-result tbody").innerHTML = rows.map(([k, v]) => `<tr><td>${k}</td><td class="text" data-key="${k}">${esc(v)}</td></tr>`).join("");
    $("#explore-error").textContent = "";
  } catch (e) {
    $("#explore-result tbody").innerHTML = "";
    $("#explore-error").textContent = e.message;
  }
}

// "Check a text": the statements of a text, marked in place, and their
// findings. The first check fetches the statement reader's module; after it
// the text is checked as it is typed. Checks that overlap keep the latest.
let checks = 0;
async function checkText() {
  const text = $("#claims-text").value;
  const mine = ++checks;
  try {
    const date = $("#claims-date").value || undefined;
    const found = await gk.extract(text, { referenceDate: date });
    const findings = await gk.check(found);
    if (mine !== checks) return;
    // Where each part came from, for the parts the clause did not state.
    const provenance = (s) => Object.entries(s.provenance)
      .filter(([, v]) => v && v !== "stated").map(([k, v]) => `${k} ${v}`).join(", ");
    // Spans count code points: split the text into them.
    const chars = Array.from(text);
    const marks = new Map();
    found.forEach((s, n) => {
      for (const p of s.parts) {
        const had = marks.get(p.start);
        if (!had || p.end > had.end) marks.set(p.start, { ...p, n });
      }
    });
    const html = [];
    for (let i = 0; i < chars.length; ) {
      const m = marks.get(i);
      if (m) {
        html.push(`<mark class="${m.kind}" title="#${m.n} ${m.kind}">${esc(chars.slice(i, m.end).join(""))}</mark>`);
        i = Math.max(m.end, i + 1);
      } else {
        html.push(esc(chars[i]));
        i += 1;
      }
    }
    $("#claims-marked").innerHTML = html.join("");
    $("#claims-statements tbody").innerHTML = found.map((s, n) => `<tr><td>${n}</td>` +
      `<td class="text">${esc(s.indicator ?? "")}</td><td>${esc(s.period?.toString() ?? "")}</td>` +
      `<td>${s.level ? esc(`${s.level} ${s.unit}`) : ""}</td><td>${s.growth ? esc(`${s.growth}%`) : ""}</td>` +
      `<td>${s.change ? esc(`${s.change} ${s.changeUnit ?? ""}`.trim()) : ""}</td>` +
      `<td>${esc(s.basis ?? "")}</td><td class="text provenance">${esc(provenance(s))}</td>` +
      `<td>${esc(s.modality ?? "")}</td><td class="text">${esc(s.missing.join(", "))}</td></tr>`).join("");
    $("#claims-findings").innerHTML = findings.map((f) => `<li class="${f.consistent ? "ok" : "bad"}">` +
      `${f.consistent ? "✓" : "✗"} <b>${esc(f.kind)}</b> [${f.statements.join(", ")}]: ${esc(f.message)}</li>`).join("");
    $("#claims-error").textContent = "";
  } catch (e) {
    if (mine === checks) $("#claims-error").textContent = e.message;
  }
}

$("#claims-text").value = EXAMPLE_TEXT;
$("#claims-run").addEventListener("click", () => {
  checkText();
  $("#claims-text").addEventListener("input", checkText);
  $("#claims-date").addEventListener("input", checkText);
});

statements.push(...SEED);
render();
$("#series-input").value = ILLUSTRATIVE_SERIES;
$("#series-input").addEventListener("input", chart);
chart();
$("#explore").addEventListener("input", explore);
$("#sa-input").value = SA_SERIES;
$("#sa-run").addEventListener("click", adjust);
$("#sa-input").addEventListener("dragover", (e) => e.preventDefault());
$("#sa-input").addEventListener("drop", async (e) => {
  e.preventDefault();
  const f = e.dataTransfer.files[0];
  if (f) $("#sa-input").value = await f.text();
});
$("#file").addEventListener("change", async (e) => {
  const f = e.target.files[0];
  if (f) openFile(f.name, new Uint8Array(await f.arrayBuffer()));
});
$("#file-series").addEventListener("change", (e) => showSeries(Number(e.target.value)));
$("#drop").addEventListener("dragover", (e) => e.preventDefault());
$("#drop").addEventListener("drop", async (e) => {
  e.preventDefault();
  const f = e.dataTransfer.files[0];
  if (f) openFile(f.name, new Uint8Array(await f.arrayBuffer()));
});
explore();
document.body.dataset.ready = "true";
