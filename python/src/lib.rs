//! The native module `growthkit._growthkit`: thin wrappers over the
//! growthkit core. Each method converts its arguments, calls the core and
//! maps the error; the logic lives in the core.
#![cfg(not(target_family = "wasm"))]

mod arrow;
mod calendar;
mod claims;
mod convert;
mod dataset;
mod errors;
mod excel;
mod generated;
mod kernels;
mod period;
mod published;
mod seasonal;
mod series;
mod texts;
mod unit;

use pyo3::prelude::*;
use pyo3::types::IntoPyDict;

/// The native module; `import growthkit` re-exports everything in it.
#[pymodule]
fn _growthkit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ERROR_CODES", growthkit::ERROR_CODES.to_vec())?;
    let families: Vec<(&str, &str)> = growthkit::ErrorKind::ALL
        .iter()
        .map(|k| (k.code(), k.family().as_str()))
        .collect();
    m.add("ERROR_FAMILIES", families.into_py_dict(m.py())?)?;
    m.add_class::<period::PyPeriod>()?;
    m.add_class::<period::PeriodYear>()?;
    m.add_class::<period::PyFrequency>()?;
    m.add_class::<series::PySeries>()?;
    m.add_class::<seasonal::PyDecomposition>()?;
    m.add_class::<unit::PyUnit>()?;
    m.add_class::<unit::PyQuantity>()?;
    m.add_class::<unit::PyIndicator>()?;
    m.add_class::<published::PyReported>()?;
    m.add_class::<claims::PyStatement>()?;
    m.add_class::<claims::PyFinding>()?;
    m.add_class::<calendar::PyHolidayWindow>()?;
    m.add_function(wrap_pyfunction!(claims::_extract, m)?)?;
    m.add_function(wrap_pyfunction!(claims::_check, m)?)?;
    m.add_function(wrap_pyfunction!(claims::read_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(claims::read_percents, m)?)?;
    m.add_class::<published::PyInterval>()?;
    m.add_class::<published::PyRateCheck>()?;
    m.add_class::<published::PySumCheck>()?;
    m.add_class::<published::PyTarget>()?;
    m.add_class::<published::PyPeriodComparison>()?;
    generated::functions::register(m)?; // the scalar growth functions (api/growth.toml)
    m.add_function(wrap_pyfunction!(kernels::_lag_growth, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_cagr, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_annualized, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_two_year_average, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_grouped_growth, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_decumulate_ytd, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_parse_periods, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_parse_periods_one_kind, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_grouped_series, m)?)?;
    m.add_function(wrap_pyfunction!(kernels::_grouped_yoy, m)?)?;
    dataset::register(m)?;
    m.add_function(wrap_pyfunction!(excel::_read_excel, m)?)?;
    Ok(())
}
