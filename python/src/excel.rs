//! `_read_excel`: an Excel workbook (bytes or a path) to a dataset.

use crate::dataset::{Input, PyDataset, wrap};
use crate::errors::OrPyErr;
use growthkit::read::{self, ExcelOptions};
use pyo3::prelude::*;

/// Excel workbook bytes (or a path) to a dataset: the sheet to read and
/// its header rows, both optional.
#[pyfunction]
#[pyo3(signature = (data, sheet = None, header_rows = None))]
pub fn _read_excel(
    data: &Bound<'_, PyAny>,
    sheet: Option<String>,
    header_rows: Option<usize>,
) -> PyResult<PyDataset> {
    let options = ExcelOptions { sheet, header_rows };
    read::read_excel(Input::of(data)?.reader()?, &options)
        .py()
        .map(wrap)
}
