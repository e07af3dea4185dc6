//! The module `claims` of the npm package `growthkit`, loaded the first
//! time one of its functions is called: the statement reader (`extract`,
//! `check`, `readNumbers`, `readPercents`) with its classes `Statement` and
//! `Finding`, and so the Chinese and English number grammar and vocabulary.
//! A statement's period, figures, unit and intervals leave this module as
//! their text or JSON, which the package's entry reads back into the core
//! module's `Period`, `Reported`, `Unit` and `Interval`.
#![cfg(target_family = "wasm")]

mod claims;
mod generated;

use growthkit_wasm_common::{convert, errors};
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts (see the core's).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
