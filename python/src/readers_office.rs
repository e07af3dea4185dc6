//! The readers of statistics offices' own layouts: Eurostat's TSV, the
//! World Bank's CSV, the ONS time-series CSV and wide CSVs (BIS, IMF
//! portal); SDMX-ML; and `_read`, any of them decided from the content.
//! Each takes `bytes` or a path, as `_read_sdmx_csv` does.

use crate::dataset::{Input, PyDataset, wrap};
use growthkit::read;
use pyo3::prelude::*;

/// Any format growthkit reads (bytes or a path), decided from the content.
#[pyfunction]
pub fn _read(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?.read(|r| read::any(r)).map(wrap)
}

/// SDMX-ML bytes (or a path) to a dataset.
#[pyfunction]
pub fn _read_sdmx_xml(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?.read(|r| read::read_sdmx_xml(r)).map(wrap)
}

/// Eurostat TSV bytes (or a path) to a dataset.
#[pyfunction]
pub fn _read_eurostat_tsv(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?
        .read(|r| read::read_eurostat_tsv(r))
        .map(wrap)
}

/// World Bank CSV bytes (or a path) to a dataset.
#[pyfunction]
pub fn _read_worldbank_csv(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?
        .read(|r| read::read_worldbank_csv(r))
        .map(wrap)
}

/// ONS time-series CSV bytes (or a path) to a dataset.
#[pyfunction]
pub fn _read_ons_csv(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?.read(|r| read::read_ons_csv(r)).map(wrap)
}

/// Wide CSV bytes (or a path) to a dataset.
#[pyfunction]
pub fn _read_wide_csv(data: &Bound<'_, PyAny>) -> PyResult<PyDataset> {
    Input::of(data)?.read(|r| read::read_wide_csv(r)).map(wrap)
}

/// Registers the readers.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_read, m)?)?;
    m.add_function(wrap_pyfunction!(_read_sdmx_xml, m)?)?;
    m.add_function(wrap_pyfunction!(_read_eurostat_tsv, m)?)?;
    m.add_function(wrap_pyfunction!(_read_worldbank_csv, m)?)?;
    m.add_function(wrap_pyfunction!(_read_ons_csv, m)?)?;
    m.add_function(wrap_pyfunction!(_read_wide_csv, m)?)?;
    Ok(())
}
