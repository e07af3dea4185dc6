//! The module `read` of the npm package `growthkit`, loaded the first time
//! one of its functions is called: every reader of the core, each over a
//! string, a `Uint8Array` or an `ArrayBuffer`. A reader's `Dataset` leaves
//! this module as its JSON text, which the package's entry reads back with
//! `Dataset.fromJSON` of the core module (so the readers and their
//! dependencies — quick-xml, calamine, zip — are never in the core).
#![cfg(target_family = "wasm")]

mod excel;
mod generated;
mod tables;

use growthkit_wasm_common::{convert, errors};
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts (see the core's).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
