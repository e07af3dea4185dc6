//! The module `seasonal` of the npm package `growthkit`, loaded the first
//! time `Series.x11`, `Series.seasonalAdjust` or `Dataset.x11` is called
//! (or by `ready("seasonal")`): X-11, the regARIMA model and its
//! regressors, with the class `Decomposition`. A series or dataset enters
//! this module as its JSON and the decomposition's series leave it as
//! theirs, which the package's entry reads back into the core module's
//! `Series` and `Dataset`.
#![cfg(target_family = "wasm")]

mod generated;
mod seasonal;

use growthkit_wasm_common::{convert, errors};
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts (see the core's).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
