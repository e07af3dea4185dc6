//! The one error type of growthkit: an opaque [`Error`] with a stable
//! [`ErrorKind`], a message, and context where there is one.

use std::fmt;

/// What went wrong, as a stable kind; [`ErrorKind::code`] is its snake_case
/// name, the `.code` of the Python and JS errors.
///
/// The kinds are grouped into [`ErrorFamily`]s by what a caller can do about
/// them: fix the period (`InvalidPeriod`, `InvalidFrequency`, `OutOfRange`,
/// `NoSuchPeriod`, `Straddles`, `FrequencyMismatch`), fix the shape of the
/// data (`DuplicatePeriod`, `OverlappingPeriods`, `LengthMismatch`), fix the
/// numbers or options (`NonFinite`, `NonPositiveBase`, `InvalidArgument`),
/// fix the units (`InvalidUnit`, `UnitMismatch`), or fix the data file or the
/// key asked for (`MalformedData`, `NoSuchSeries`).
///
/// ```
/// use growthkit::{ErrorFamily, ErrorKind, Period};
///
/// let err = Period::parse("2020-13").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidPeriod);
/// assert_eq!(err.code(), "invalid_period");
/// assert_eq!(err.family(), ErrorFamily::Period);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A text is not one of the accepted period forms, or names a period that
    /// does not exist (month 13, week 54).
    InvalidPeriod,
    /// A text is not one of the accepted frequency names or SDMX codes.
    InvalidFrequency,
    /// A year, ordinal, shift or integer argument falls outside what can be represented.
    OutOfRange,
    /// The period asked for does not exist (week 53 in a year without one).
    NoSuchPeriod,
    /// A period crosses the boundary of the coarser period asked for.
    Straddles,
    /// Periods or series of different kinds were combined where one kind is needed.
    FrequencyMismatch,
    /// A series was given the same period twice.
    DuplicatePeriod,
    /// A series was given periods that share days.
    OverlappingPeriods,
    /// Arrays or lists that must have one length do not.
    LengthMismatch,
    /// A number is NaN or infinite where a finite number is needed.
    NonFinite,
    /// A base for growth is zero or negative.
    NonPositiveBase,
    /// An argument is outside what the function accepts.
    InvalidArgument,
    /// A text is not a unit growthkit understands.
    InvalidUnit,
    /// Two quantities of different base units were combined.
    UnitMismatch,
    /// A data file is not what its reader reads: a malformed row, a value
    /// that is not a number, a key and period given twice with different
    /// values. The message names the line (and column).
    MalformedData,
    /// A dataset has no series with the key asked for, or several where
    /// one was asked for.
    NoSuchSeries,
}

/// The groups of [`ErrorKind`]s, by what a caller can do about them. Python
/// has one exception class per family (`PeriodError`, `SeriesError`,
/// `ArgumentError`, `UnitError`, `DataError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorFamily {
    /// Fix the period text, frequency or calendar operation.
    Period,
    /// Fix the shape of the data: duplicates, overlaps, lengths.
    Series,
    /// Fix a number or an option.
    Argument,
    /// Fix a unit.
    Unit,
    /// Fix the data file, or the key asked for.
    Data,
}

impl ErrorFamily {
    /// Every family, in a stable order.
    pub const ALL: [ErrorFamily; 5] = [
        ErrorFamily::Period,
        ErrorFamily::Series,
        ErrorFamily::Argument,
        ErrorFamily::Unit,
        ErrorFamily::Data,
    ];

    /// The family's lowercase name: `"period"`, `"series"`, `"argument"`,
    /// `"unit"` or `"data"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorFamily::Period => "period",
            ErrorFamily::Series => "series",
            ErrorFamily::Argument => "argument",
            ErrorFamily::Unit => "unit",
            ErrorFamily::Data => "data",
        }
    }
}

impl ErrorKind {
    /// Every kind, in a stable order (the order of [`ERROR_CODES`]).
    pub const ALL: [ErrorKind; 16] = [
        ErrorKind::InvalidPeriod,
        ErrorKind::InvalidFrequency,
        ErrorKind::OutOfRange,
        ErrorKind::NoSuchPeriod,
        ErrorKind::Straddles,
        ErrorKind::FrequencyMismatch,
        ErrorKind::DuplicatePeriod,
        ErrorKind::OverlappingPeriods,
        ErrorKind::LengthMismatch,
        ErrorKind::NonFinite,
        ErrorKind::NonPositiveBase,
        ErrorKind::InvalidArgument,
        ErrorKind::InvalidUnit,
        ErrorKind::UnitMismatch,
        ErrorKind::MalformedData,
        ErrorKind::NoSuchSeries,
    ];

    /// The stable snake_case code of this kind.
    ///
    /// ```
    /// assert_eq!(growthkit::ErrorKind::NonPositiveBase.code(), "non_positive_base");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidPeriod => "invalid_period",
            ErrorKind::InvalidFrequency => "invalid_frequency",
            ErrorKind::OutOfRange => "out_of_range",
            ErrorKind::NoSuchPeriod => "no_such_period",
            ErrorKind::Straddles => "straddles",
            ErrorKind::FrequencyMismatch => "frequency_mismatch",
            ErrorKind::DuplicatePeriod => "duplicate_period",
            ErrorKind::OverlappingPeriods => "overlapping_periods",
            ErrorKind::LengthMismatch => "length_mismatch",
            ErrorKind::NonFinite => "non_finite",
            ErrorKind::NonPositiveBase => "non_positive_base",
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::InvalidUnit => "invalid_unit",
            ErrorKind::UnitMismatch => "unit_mismatch",
            ErrorKind::MalformedData => "malformed_data",
            ErrorKind::NoSuchSeries => "no_such_series",
        }
    }

    /// The family this kind belongs to.
    pub const fn family(self) -> ErrorFamily {
        match self {
            ErrorKind::InvalidPeriod
            | ErrorKind::InvalidFrequency
            | ErrorKind::OutOfRange
            | ErrorKind::NoSuchPeriod
            | ErrorKind::Straddles
            | ErrorKind::FrequencyMismatch => ErrorFamily::Period,
            ErrorKind::DuplicatePeriod
            | ErrorKind::OverlappingPeriods
            | ErrorKind::LengthMismatch => ErrorFamily::Series,
            ErrorKind::NonFinite | ErrorKind::NonPositiveBase | ErrorKind::InvalidArgument => {
                ErrorFamily::Argument
            }
            ErrorKind::InvalidUnit | ErrorKind::UnitMismatch => ErrorFamily::Unit,
            ErrorKind::MalformedData | ErrorKind::NoSuchSeries => ErrorFamily::Data,
        }
    }

    /// The kind with this code, if there is one.
    ///
    /// ```
    /// use growthkit::ErrorKind;
    /// assert_eq!(ErrorKind::from_code("straddles"), Some(ErrorKind::Straddles));
    /// assert_eq!(ErrorKind::from_code("Straddles"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Every error code, in the order of [`ErrorKind::ALL`].
///
/// The bindings export this list and their tests check their own error
/// types against it.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: `i` stays below the shared length
pub const ERROR_CODES: [&str; ErrorKind::ALL.len()] = {
    let mut codes = [""; ErrorKind::ALL.len()];
    let mut i = 0;
    while i < codes.len() {
        codes[i] = ErrorKind::ALL[i].code();
        i += 1;
    }
    codes
};

/// A growthkit failure: a [`kind`](Error::kind) with a stable
/// [`code`](Error::code), a lowercase message that quotes the offending input
/// in backticks and says what would be valid, and context (where in a larger
/// operation it happened) when there is one.
///
/// Two errors are equal when their kind, message and context are.
///
/// ```
/// use growthkit::{ErrorKind, Series};
///
/// let err = Series::from_json(r#"{"periods": ["2020-13"], "values": [1]}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidPeriod);
/// assert!(err.to_string().contains("2020-13"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    context: Option<String>,
}

impl Error {
    /// An error of `kind` with `message` (lowercase, input quoted in backticks).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            context: None,
        }
    }

    /// What went wrong, as a stable kind.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable snake_case code of this error, one of [`ERROR_CODES`].
    ///
    /// ```
    /// let err = growthkit::Period::parse("2020-13").unwrap_err();
    /// assert_eq!(err.code(), "invalid_period");
    /// ```
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The family of this error's kind.
    pub fn family(&self) -> ErrorFamily {
        self.kind.family()
    }

    /// The message alone, without the context or the code.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where in a larger operation the error happened, if that is known
    /// (`"period 3 of 10"`); [`Display`](fmt::Display) puts it before the message.
    pub fn context(&self) -> Option<&str> {
        self.context.as_deref()
    }

    /// The same error with `suffix` added to its message (a hint).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // the readers use it
    pub(crate) fn with_suffix(mut self, suffix: &str) -> Error {
        self.message.push_str(suffix);
        self
    }

    /// The same error with `context` put before any context it has.
    pub fn with_context(mut self, context: impl Into<String>) -> Error {
        let context = context.into();
        self.context = Some(match self.context {
            Some(inner) => format!("{context}: {inner}"),
            None => context,
        });
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.context {
            Some(c) => write!(f, "{c}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

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

/// A `malformed_data` error at a line (1-based) and, where known, a column.
pub(crate) fn malformed(
    line: usize,
    column: Option<&str>,
    message: impl std::fmt::Display,
) -> Error {
    let at = match column {
        Some(c) => format!("line {line}, column `{c}`"),
        None => format!("line {line}"),
    };
    Error::new(ErrorKind::MalformedData, format!("{at}: {message}"))
}

/// Checks that a number is finite, naming it in the error.
pub(crate) fn finite(name: &str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorKind::NonFinite,
            format!("{name} is `{value}`; it must be a finite number"),
        ))
    }
}

/// Checks that a base is finite and positive, naming it in the error.
pub(crate) fn positive(name: &str, value: f64) -> Result<f64> {
    if finite(name, value)? > 0.0 {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorKind::NonPositiveBase,
            format!("{name} is `{value}`; growth needs a base greater than zero"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for (i, k) in ErrorKind::ALL.iter().enumerate() {
            assert_eq!(ERROR_CODES[i], k.code());
            assert_eq!(ErrorKind::from_code(k.code()), Some(*k));
            assert!(ErrorFamily::ALL.contains(&k.family()));
        }
        let mut codes = ERROR_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ErrorKind::ALL.len());
    }

    #[test]
    fn context_goes_before_the_message() {
        let e = Error::new(ErrorKind::InvalidPeriod, "`x` is not a period")
            .with_context("period 2")
            .with_context("series");
        assert_eq!(e.to_string(), "series: period 2: `x` is not a period");
        assert_eq!(e.message(), "`x` is not a period");
        assert_eq!(e.context(), Some("series: period 2"));
    }
}
