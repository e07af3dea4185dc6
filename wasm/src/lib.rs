//! The core module of the npm package `growthkit`: thin wasm-bindgen
//! wrappers over the growthkit core, with camelCase names. Each function
//! converts its arguments, calls the core and turns a core error into a JS
//! `Error` whose `name` is `"GrowthkitError"` and whose `code` is the core's
//! stable code. The readers (wasm/read), the statement reader
//! (wasm/claims) and seasonal adjustment (wasm/seasonal) are modules of
//! their own, loaded on first use; the types
//! they share with this module (the JSON forms, the unions) are declared here.
#![cfg(target_family = "wasm")]

mod calendar;
mod dataset;
mod generated;
mod kernels;
mod period;
mod published;
mod series;
mod unit;

// Shared with the modules loaded on first use (wasm/read, wasm/claims).
use growthkit_wasm_common::{convert, errors};
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts: a panic (which the
/// core is written never to reach from input) is reported on the console
/// with its message instead of as a bare `unreachable`.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Every error code, in a stable order.
#[wasm_bindgen(js_name = errorCodes)]
pub fn error_codes() -> Vec<String> {
    growthkit::ERROR_CODES
        .iter()
        .map(|c| c.to_string())
        .collect()
}

/// The unions of the core's names, written by `make generate` from the crate.
#[wasm_bindgen(typescript_custom_section)]
const TS_NAMES: &'static str = include_str!("generated/names.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** What a rate is measured against (`Statement.basis`). */
export type Basis =
  | "yoy" | "previous_period" | "annualized" | "two_year_average"
  | "pp_change" | "contribution_pp" | "contribution_share" | "share" | "since_base";
/** What a span of a statement holds (`Statement.parts`). */
export type PartKind = "indicator" | "scope" | "period" | "level" | "growth" | "basis" | "change";
/** Where a part of a statement came from (`Statement.provenance`). */
export type Source = "stated" | "inherited" | "convention";
/** A forecast, a target or a revised figure (`Statement.modality`). */
export type Modality = "forecast" | "target" | "revised";
/** The JSON form of a `Statement`, shared with Python and Rust. */
export interface StatementJSON {
  indicator: string | null; scope: string | null; period: string | null;
  level: string | null; unit: string | null; growth: string | null;
  growth_interval: IntervalJSON | null; basis: Basis | null;
  change: string | null; change_unit: string | null; modality: Modality | null;
  provenance: { indicator: Source | null; period: Source | null; basis: Source | null };
  approximate: boolean; target: boolean;
  relative_to: string | null; compared_to: string | null;
  part_of: number | null; breakdown: number | null; span: [number, number];
  parts: { kind: PartKind; start: number; end: number }[]; missing: string[];
}
/** What `Period.parse` needs to know that a text does not say. */
export interface ParseOptions {
  /** The day fiscal years start, SDMX's "--MM-DD" ("--04-01"). */
  fiscalStart?: string;
  /** Which year names a fiscal year written with one year ("FY2021"): "end" by default. */
  namedBy?: NamedBy;
  /** SDMX's REPORTING_YEAR_START_DAY: reporting periods count from it. */
  reportingYearStart?: string;
  /** "nbs" also reads China NBS's codes, 2019A-2019D and 201909. */
  codes?: "standard" | "nbs";
}
/** Every error growthkit throws: a real `Error` with a stable `code`. */
export interface GrowthkitError extends Error {
  name: "GrowthkitError";
  code: ErrorCode;
}
/** The JSON form of an indicator. */
export interface IndicatorJSON {
  code: string; name: string; unit: string; measure: "flow" | "stock" | "rate" | "index";
  region?: string | null; source?: string | null;
}
/** The JSON form of an interval, shared with Rust and Python: `null` for an infinite bound. */
export interface IntervalJSON { lo: number | null; hi: number | null; }
/** The JSON form of a series, shared with Rust and Python. */
export interface SeriesJSON {
  indicator: IndicatorJSON | null;
  periods: string[];
  values: (number | null)[];
}
"#;
