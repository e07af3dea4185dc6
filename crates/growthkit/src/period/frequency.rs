//! [`Frequency`]: the seven kinds of period.

use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use std::fmt;
use std::str::FromStr;

/// The kind of a [`Period`](crate::Period): how long it is and how it sits in
/// the calendar.
///
/// Across the language boundary a frequency is its lowercase name
/// (`"quarterly"`); [`Frequency::parse`] also takes the SDMX FREQ codes.
///
/// ```
/// use growthkit::Frequency;
/// assert_eq!(Frequency::parse("Q")?, Frequency::Quarterly);
/// assert_eq!(Frequency::Monthly.to_string(), "monthly");
/// assert_eq!(Frequency::Weekly.periods_per_year(), Some(52));
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frequency {
    /// Calendar years (`2020`).
    Annual,
    /// Half-years, January-June and July-December (`2020-S1`).
    Semiannual,
    /// Calendar quarters (`2020-Q3`).
    Quarterly,
    /// Calendar months (`2020-07`).
    Monthly,
    /// ISO 8601 weeks, Monday to Sunday (`2020-W41`).
    Weekly,
    /// Single days (`2020-10-05`).
    Daily,
    /// Any run of whole days, given by its first and last day
    /// (`2020-10-01/2020-10-08`).
    Span,
}

impl Frequency {
    /// All seven frequencies, coarsest first, span last.
    pub const ALL: [Frequency; 7] = [
        Frequency::Annual,
        Frequency::Semiannual,
        Frequency::Quarterly,
        Frequency::Monthly,
        Frequency::Weekly,
        Frequency::Daily,
        Frequency::Span,
    ];

    /// Reads a frequency from its lowercase name (`"annual"` … `"span"`) or its
    /// SDMX FREQ code (`A S Q M W D`), ignoring case and surrounding white
    /// space. `H` is refused: in SDMX it means hourly, not half-yearly.
    ///
    /// # Errors
    ///
    /// `invalid_frequency` for any other text.
    ///
    /// ```
    /// use growthkit::Frequency;
    /// assert_eq!(Frequency::parse(" Semiannual ")?, Frequency::Semiannual);
    /// assert_eq!(Frequency::parse("H").unwrap_err().code(), "invalid_frequency");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Frequency> {
        let t = text.trim();
        let found = match t.to_ascii_lowercase().as_str() {
            "annual" | "a" => Frequency::Annual,
            "semiannual" | "s" => Frequency::Semiannual,
            "quarterly" | "q" => Frequency::Quarterly,
            "monthly" | "m" => Frequency::Monthly,
            "weekly" | "w" => Frequency::Weekly,
            "daily" | "d" => Frequency::Daily,
            "span" => Frequency::Span,
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidFrequency,
                    format!(
                        "invalid frequency {}: expected one of annual, semiannual, quarterly, \
                     monthly, weekly, daily, span or an sdmx code A, S, Q, M, W, D",
                        quote(text)
                    ),
                ));
            }
        };
        Ok(found)
    }

    /// The kind of a pandas period or offset frequency string: `Y-DEC`
    /// (`A-DEC`, `YE-DEC`, `YS-JAN`, `Y`, `A`), `Q-DEC` (`QE-DEC`, `QS-JAN`,
    /// `Q`), `M` (`ME`, `MS`), `W-SUN` (`W`: Monday-to-Sunday weeks, the ISO
    /// weeks) and `D`, in any case.
    ///
    /// # Errors
    ///
    /// `invalid_frequency` for any other frequency (fiscal quarters such as
    /// `Q-MAR`, weeks ending on another day, multiples such as `2M`).
    ///
    /// ```
    /// use growthkit::Frequency;
    /// assert_eq!(Frequency::from_pandas("Q-DEC")?, Frequency::Quarterly);
    /// assert_eq!(Frequency::from_pandas("MS")?, Frequency::Monthly);
    /// assert_eq!(Frequency::from_pandas("2M").unwrap_err().code(), "invalid_frequency");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_pandas(freqstr: &str) -> Result<Frequency> {
        let table = [
            ("Y-DEC", Frequency::Annual),
            ("A-DEC", Frequency::Annual),
            ("YE-DEC", Frequency::Annual),
            ("YS-JAN", Frequency::Annual),
            ("AS-JAN", Frequency::Annual),
            ("Y", Frequency::Annual),
            ("A", Frequency::Annual),
            ("Q-DEC", Frequency::Quarterly),
            ("QE-DEC", Frequency::Quarterly),
            ("QS-JAN", Frequency::Quarterly),
            ("Q", Frequency::Quarterly),
            ("M", Frequency::Monthly),
            ("ME", Frequency::Monthly),
            ("MS", Frequency::Monthly),
            ("W-SUN", Frequency::Weekly),
            ("W", Frequency::Weekly),
            ("D", Frequency::Daily),
        ];
        crate::names::find(freqstr, &table).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidFrequency,
                format!(
                    "pandas frequency {} has no growthkit kind: use Y-DEC, Q-DEC, M, W-SUN \
                     (weeks from Monday to Sunday) or D",
                    quote(freqstr)
                ),
            )
        })
    }

    /// The pandas period frequency of this kind (`Y-DEC`, `Q-DEC`, `M`,
    /// `W-SUN`, `D`), whose ordinals are [`Period::ordinal`](crate::Period::ordinal)'s;
    /// `None` for half-years and spans, which pandas has no period for.
    ///
    /// ```
    /// use growthkit::Frequency;
    /// assert_eq!(Frequency::Weekly.pandas_code(), Some("W-SUN"));
    /// assert_eq!(Frequency::Semiannual.pandas_code(), None);
    /// ```
    pub fn pandas_code(self) -> Option<&'static str> {
        match self {
            Frequency::Annual => Some("Y-DEC"),
            Frequency::Quarterly => Some("Q-DEC"),
            Frequency::Monthly => Some("M"),
            Frequency::Weekly => Some("W-SUN"),
            Frequency::Daily => Some("D"),
            Frequency::Semiannual | Frequency::Span => None,
        }
    }

    /// The lowercase name used across the language boundary.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Annual => "annual",
            Frequency::Semiannual => "semiannual",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
            Frequency::Weekly => "weekly",
            Frequency::Daily => "daily",
            Frequency::Span => "span",
        }
    }

    /// The SDMX FREQ code (`A S Q M W D`); spans have none.
    pub fn sdmx_code(self) -> Option<char> {
        match self {
            Frequency::Annual => Some('A'),
            Frequency::Semiannual => Some('S'),
            Frequency::Quarterly => Some('Q'),
            Frequency::Monthly => Some('M'),
            Frequency::Weekly => Some('W'),
            Frequency::Daily => Some('D'),
            Frequency::Span => None,
        }
    }

    /// Observations per year as FRED counts them for annualising: A 1, S 2,
    /// Q 4, M 12, W 52, D 260 (business days, FRED's table); spans have none.
    pub fn periods_per_year(self) -> Option<u32> {
        match self {
            Frequency::Annual => Some(1),
            Frequency::Semiannual => Some(2),
            Frequency::Quarterly => Some(4),
            Frequency::Monthly => Some(12),
            Frequency::Weekly => Some(52),
            Frequency::Daily => Some(260),
            Frequency::Span => None,
        }
    }

    /// Periods of this kind in a year of the calendar (A 1, S 2, Q 4, M 12);
    /// weeks, days and spans have no fixed count.
    pub(crate) fn per_calendar_year(self) -> Option<i64> {
        match self {
            Frequency::Annual => Some(1),
            Frequency::Semiannual => Some(2),
            Frequency::Quarterly => Some(4),
            Frequency::Monthly => Some(12),
            _ => None,
        }
    }

    /// Months in one period of this kind (A 12, S 6, Q 3, M 1).
    pub(crate) fn months(self) -> Option<i64> {
        self.per_calendar_year().map(|n| 12 / n)
    }

    /// How fine the frequency is: 0 for annual up to 5 for daily; none for span.
    pub(crate) fn rank(self) -> Option<u8> {
        match self {
            Frequency::Annual => Some(0),
            Frequency::Semiannual => Some(1),
            Frequency::Quarterly => Some(2),
            Frequency::Monthly => Some(3),
            Frequency::Weekly => Some(4),
            Frequency::Daily => Some(5),
            Frequency::Span => None,
        }
    }
}

impl fmt::Display for Frequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Frequency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Frequency::parse(s)
    }
}
