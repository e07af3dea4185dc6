//! `HolidayWindow`: one holiday of China's table, as `holidays` gives it
//! (its getters are generated from api/holiday_window.toml).

use growthkit::calendar;
use wasm_bindgen::prelude::*;

/// One holiday of a year as the State Council's notice sets it: the days
/// off (a span), the weekend days worked in exchange (调休) and the notice.
#[wasm_bindgen]
pub struct HolidayWindow {
    pub(crate) inner: calendar::HolidayWindow,
}
