//! Core errors as JS `Error`s with `name` `"GrowthkitError"` and a `code`.

use wasm_bindgen::prelude::*;

/// The JS error for a core error.
pub fn to_js(e: &growthkit::Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("GrowthkitError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(
        &err,
        &JsValue::from_str("code"),
        &JsValue::from_str(e.code()),
    );
    err.into()
}

/// Converts core results for return to JS.
pub trait OrJsErr<T> {
    /// The value, or the error as a thrown JS `Error`.
    fn js(self) -> Result<T, JsValue>;
}

impl<T> OrJsErr<T> for growthkit::Result<T> {
    fn js(self) -> Result<T, JsValue> {
        self.map_err(|e| to_js(&e))
    }
}

/// An `invalid_argument` error raised by the binding (a value of the wrong JS type).
pub fn invalid_argument(message: String) -> JsValue {
    to_js(&growthkit::Error::new(
        growthkit::ErrorKind::InvalidArgument,
        message,
    ))
}
