//! `HolidayWindow`: one holiday of China's table, as `calendar.holidays`
//! gives it (its properties are generated from api/holiday_window.toml).

use pyo3::prelude::*;

/// One holiday of a year as the State Council's notice sets it: the days
/// off (a span), the weekend days worked in exchange (调休) and the notice.
#[pyclass(name = "HolidayWindow", module = "growthkit", frozen)]
pub struct PyHolidayWindow(pub growthkit::calendar::HolidayWindow);
