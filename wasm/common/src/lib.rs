//! What the wasm modules of the npm package `growthkit` share (the core
//! module in `wasm/`, the modules loaded on first use in `wasm/read/` and
//! `wasm/claims/`): the conversions of JS values into the core's types and
//! the core's errors as JS `Error`s. It exports nothing to JS itself, so
//! each module links only the functions it calls.
#![cfg(target_family = "wasm")]

pub mod convert;
pub mod errors;
