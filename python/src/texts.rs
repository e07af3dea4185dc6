//! Borrowing the UTF-8 text of Python `str` objects without copying it.
//!
//! The abi3 build targets Python 3.9, whose limited API only offers
//! `PyUnicode_AsUTF8String`, which makes a new `bytes` object per string:
//! for a million period texts that copy costs more than parsing them.
//! `PyUnicode_AsUTF8AndSize` returns the UTF-8 the `str` object itself
//! caches (for an ASCII string, its own data); it is exported by every
//! CPython 3 and is part of the stable ABI from 3.10, which is why it can be
//! declared here and called from a module built for 3.9+.
#![allow(unsafe_code)]

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use std::os::raw::c_char;

unsafe extern "C" {
    fn PyUnicode_AsUTF8AndSize(
        unicode: *mut ffi::PyObject,
        size: *mut ffi::Py_ssize_t,
    ) -> *const c_char;
}

/// The UTF-8 text of a `str`, borrowed from the object for as long as it lives.
fn utf8<'a>(s: &'a Bound<'_, PyString>) -> PyResult<&'a str> {
    let mut size: ffi::Py_ssize_t = 0;
    // SAFETY: `s` is a live `str` (checked by its type) and the GIL is held,
    // as `Bound` proves. The function returns a pointer to `size` bytes of
    // UTF-8 cached inside the object, valid while the object lives; we tie
    // the slice's lifetime to the borrow of `s`, which keeps it alive. A null
    // pointer (a string with lone surrogates) becomes the raised Python error.
    unsafe {
        let data = PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut size);
        if data.is_null() {
            return Err(PyErr::fetch(s.py()));
        }
        let bytes = std::slice::from_raw_parts(data.cast::<u8>(), size as usize);
        // CPython's UTF-8 encoder produced these bytes, so they are valid UTF-8.
        Ok(std::str::from_utf8_unchecked(bytes))
    }
}

/// The texts of a list of `str`, borrowed while `items` (which holds them) lives.
pub fn borrow_all<'a>(items: &'a [Bound<'_, PyString>]) -> PyResult<Vec<&'a str>> {
    items.iter().map(utf8).collect()
}

/// The `str` objects of a list (or any iterable), checked to be `str`.
pub fn strings<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    let cast = |item: Bound<'py, PyAny>| {
        item.cast_into::<PyString>().map_err(|e| {
            PyTypeError::new_err(format!(
                "expected text, got {}",
                crate::convert::type_name(e.into_inner().as_any())
            ))
        })
    };
    match obj.cast::<PyList>() {
        Ok(list) => list.iter().map(cast).collect(),
        Err(_) => obj.try_iter()?.map(|item| cast(item?)).collect(),
    }
}
