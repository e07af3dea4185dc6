//! The checks that whole-number arguments pass on their way in from Python
//! and JS, so that both bindings refuse the same inputs with the same codes:
//!
//! - a number that is not whole (`1.5`, NaN, an infinity) is `invalid_argument`;
//! - a whole number beyond the 64-bit integers (a Python `2**70`, a JS
//!   `1e30`) is `out_of_range`;
//! - a 64-bit integer outside what the parameter takes (a negative number of
//!   decimals, a root of degree `2**40`) is `invalid_argument`, naming the range.
//!
//! Nothing is truncated or wrapped silently.

use crate::error::{Error, ErrorKind, Result};

/// An integer type an argument can be narrowed to.
pub trait Whole: TryFrom<i64> + Copy {
    /// The smallest value, as an `i64`.
    const MIN: i64;
    /// The largest value, as an `i64` (saturated).
    const MAX: i64;
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Whole for $t {
            const MIN: i64 = <$t>::MIN as i64;
            #[allow(clippy::cast_possible_wrap)]
            const MAX: i64 = if (<$t>::MAX as u64) > i64::MAX as u64 { i64::MAX } else { <$t>::MAX as i64 };
        }
    )*};
}
whole!(i8, u8, i16, u16, i32, u32, i64, usize);

/// A 64-bit integer argument narrowed to `T`.
///
/// # Errors
///
/// `invalid_argument` when `x` is outside `T`'s range.
///
/// ```
/// use growthkit::args::narrow;
/// assert_eq!(narrow::<u32>("decimals", 2)?, 2);
/// assert_eq!(narrow::<u32>("decimals", -1).unwrap_err().code(), "invalid_argument");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn narrow<T: Whole>(name: &str, x: i64) -> Result<T> {
    T::try_from(x).map_err(|_| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{name} is `{x}`: it must be between {} and {}",
                T::MIN,
                T::MAX
            ),
        )
    })
}

/// A JS number (or any float) argument as the integer type `T`.
///
/// # Errors
///
/// `invalid_argument` for a number that is not whole or is outside `T`'s
/// range, `out_of_range` beyond the 64-bit integers.
///
/// ```
/// use growthkit::args::whole;
/// assert_eq!(whole::<i32>("scale", 8.0)?, 8);
/// assert_eq!(whole::<i32>("scale", 1.5).unwrap_err().code(), "invalid_argument");
/// assert_eq!(whole::<u32>("n", 2f64.powi(40)).unwrap_err().code(), "invalid_argument");
/// assert_eq!(whole::<i64>("n", 1e30).unwrap_err().code(), "out_of_range");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn whole<T: Whole>(name: &str, x: f64) -> Result<T> {
    if !x.is_finite() || x.fract() != 0.0 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{name} is `{x}`: it must be a whole number"),
        ));
    }
    // 2^63 is exactly representable; every whole float below it in magnitude fits.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if !(-LIMIT..LIMIT).contains(&x) {
        return Err(beyond_64_bits(name, &format!("{x}")));
    }
    #[allow(clippy::cast_possible_truncation)] // whole and within i64, checked above
    narrow(name, x as i64)
}

/// The `out_of_range` error for a whole number beyond the 64-bit integers,
/// given as text (Python's arbitrary-precision integers).
///
/// ```
/// let e = growthkit::args::beyond_64_bits("n", "1180591620717411303424");
/// assert_eq!(e.code(), "out_of_range");
/// ```
pub fn beyond_64_bits(name: &str, text: &str) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!(
            "{name} is {}: it is beyond the 64-bit integers growthkit takes",
            crate::error::quote(text)
        ),
    )
}
