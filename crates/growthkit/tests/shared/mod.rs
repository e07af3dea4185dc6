//! Other people's material (real passages and files) lives in `../shared`
//! beside the checkout, never in the repository. A test that reads it asks
//! here: without it the test says so loudly and passes, unless `CI` is set,
//! where a missing `../shared` is a failure.

use std::path::PathBuf;

/// The path of `rel` inside `../shared`, or `None` (said on stderr) when it is missing.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if path.exists() {
        return Some(path);
    }
    let message = format!(
        "../shared/{rel} is missing: the real passages and files live beside the checkout, not in it"
    );
    assert!(std::env::var_os("CI").is_none(), "{message}");
    eprintln!("SKIPPED: {message}");
    None
}
