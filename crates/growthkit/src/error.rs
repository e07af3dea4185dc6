//! The one error type of growthkit, with stable codes.

/// What went wrong, as a stable snake_case code plus a message.
///
/// Every variant carries a lowercase message that quotes the offending input in
/// backticks and says what would be valid. [`Error::code`] is the stable name
/// that the Python and JS bindings expose as `.code`.
///
/// The variants are grouped by what a caller can do about them: fix the text
/// they passed (`InvalidPeriod`, `InvalidFrequency`, `InvalidUnit`), pick
/// periods that exist (`OutOfRange`, `NoSuchPeriod`, `Straddles`,
/// `FrequencyMismatch`), fix the shape of their data (`DuplicatePeriod`,
/// `OverlappingPeriods`, `LengthMismatch`), or fix the numbers (`NonFinite`,
/// `NonPositiveBase`, `InvalidArgument`, `UnitMismatch`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A text is not one of the accepted period forms, or names a period that
    /// does not exist (month 13, week 54).
    #[error("{0}")]
    InvalidPeriod(String),
    /// A text is not one of the accepted frequency names or SDMX codes.
    #[error("{0}")]
    InvalidFrequency(String),
    /// A year, ordinal or shift falls outside years 1..=9999.
    #[error("{0}")]
    OutOfRange(String),
    /// The period asked for does not exist (week 53 in a year without one).
    #[error("{0}")]
    NoSuchPeriod(String),
    /// A period crosses the boundary of the coarser period asked for.
    #[error("{0}")]
    Straddles(String),
    /// Periods or series of different kinds were combined where one kind is needed.
    #[error("{0}")]
    FrequencyMismatch(String),
    /// A series was given the same period twice.
    #[error("{0}")]
    DuplicatePeriod(String),
    /// A series was given periods that share days.
    #[error("{0}")]
    OverlappingPeriods(String),
    /// Arrays or lists that must have one length do not.
    #[error("{0}")]
    LengthMismatch(String),
    /// A number is NaN or infinite where a finite number is needed.
    #[error("{0}")]
    NonFinite(String),
    /// A base for growth is zero or negative.
    #[error("{0}")]
    NonPositiveBase(String),
    /// An argument is outside what the function accepts.
    #[error("{0}")]
    InvalidArgument(String),
    /// A text is not a unit growthkit understands.
    #[error("{0}")]
    InvalidUnit(String),
    /// Two quantities of different base units were combined.
    #[error("{0}")]
    UnitMismatch(String),
}

/// Every error code, in the order of [`Error`]'s variants.
///
/// The bindings check their own lists against this one.
pub const ERROR_CODES: [&str; 14] = [
    "invalid_period",
    "invalid_frequency",
    "out_of_range",
    "no_such_period",
    "straddles",
    "frequency_mismatch",
    "duplicate_period",
    "overlapping_periods",
    "length_mismatch",
    "non_finite",
    "non_positive_base",
    "invalid_argument",
    "invalid_unit",
    "unit_mismatch",
];

impl Error {
    /// The stable snake_case code of this error, one of [`ERROR_CODES`].
    ///
    /// ```
    /// let err = growthkit::Period::parse("2020-13").unwrap_err();
    /// assert_eq!(err.code(), "invalid_period");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidPeriod(_) => "invalid_period",
            Error::InvalidFrequency(_) => "invalid_frequency",
            Error::OutOfRange(_) => "out_of_range",
            Error::NoSuchPeriod(_) => "no_such_period",
            Error::Straddles(_) => "straddles",
            Error::FrequencyMismatch(_) => "frequency_mismatch",
            Error::DuplicatePeriod(_) => "duplicate_period",
            Error::OverlappingPeriods(_) => "overlapping_periods",
            Error::LengthMismatch(_) => "length_mismatch",
            Error::NonFinite(_) => "non_finite",
            Error::NonPositiveBase(_) => "non_positive_base",
            Error::InvalidArgument(_) => "invalid_argument",
            Error::InvalidUnit(_) => "invalid_unit",
            Error::UnitMismatch(_) => "unit_mismatch",
        }
    }

    /// The same error with `context` put before its message.
    pub(crate) fn context(self, context: &str) -> Error {
        let m = |m: String| format!("{context}: {m}");
        match self {
            Error::InvalidPeriod(s) => Error::InvalidPeriod(m(s)),
            Error::InvalidFrequency(s) => Error::InvalidFrequency(m(s)),
            Error::OutOfRange(s) => Error::OutOfRange(m(s)),
            Error::NoSuchPeriod(s) => Error::NoSuchPeriod(m(s)),
            Error::Straddles(s) => Error::Straddles(m(s)),
            Error::FrequencyMismatch(s) => Error::FrequencyMismatch(m(s)),
            Error::DuplicatePeriod(s) => Error::DuplicatePeriod(m(s)),
            Error::OverlappingPeriods(s) => Error::OverlappingPeriods(m(s)),
            Error::LengthMismatch(s) => Error::LengthMismatch(m(s)),
            Error::NonFinite(s) => Error::NonFinite(m(s)),
            Error::NonPositiveBase(s) => Error::NonPositiveBase(m(s)),
            Error::InvalidArgument(s) => Error::InvalidArgument(m(s)),
            Error::InvalidUnit(s) => Error::InvalidUnit(m(s)),
            Error::UnitMismatch(s) => Error::UnitMismatch(m(s)),
        }
    }

    /// The message alone, without the code.
    pub fn message(&self) -> &str {
        match self {
            Error::InvalidPeriod(m)
            | Error::InvalidFrequency(m)
            | Error::OutOfRange(m)
            | Error::NoSuchPeriod(m)
            | Error::Straddles(m)
            | Error::FrequencyMismatch(m)
            | Error::DuplicatePeriod(m)
            | Error::OverlappingPeriods(m)
            | Error::LengthMismatch(m)
            | Error::NonFinite(m)
            | Error::NonPositiveBase(m)
            | Error::InvalidArgument(m)
            | Error::InvalidUnit(m)
            | Error::UnitMismatch(m) => m,
        }
    }
}

/// The result type of every fallible growthkit function.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Quotes user text for a message: in backticks, cut to 60 characters so that
/// a 10 MB string does not become a 10 MB message.
pub(crate) fn quote(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        None => format!("`{text}`"),
        Some((cut, _)) => format!("`{}…` ({} bytes)", &text[..cut], text.len()),
    }
}

/// Checks that a number is finite, naming it in the error.
pub(crate) fn finite(name: &str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::NonFinite(format!(
            "{name} is `{value}`; it must be a finite number"
        )))
    }
}

/// Checks that a base is finite and positive, naming it in the error.
pub(crate) fn positive(name: &str, value: f64) -> Result<f64> {
    if finite(name, value)? > 0.0 {
        Ok(value)
    } else {
        Err(Error::NonPositiveBase(format!(
            "{name} is `{value}`; growth needs a base greater than zero"
        )))
    }
}
