//! [`Frequency`]: the kinds of period.

use super::fiscal::{Fiscal, FiscalPart, NamedBy, YearStart};
use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use std::fmt;
use std::str::FromStr;

/// The kind of a [`Period`](crate::Period): how long it is and how it sits in
/// the calendar.
///
/// Across the language boundary a frequency is its text: the lowercase name
/// of a fixed kind (`"quarterly"`, `"business_daily"`), `"weekly_sat"` for
/// weeks ending on Saturday, and `"fiscal_quarterly(--04-01,end)"` for a
/// fiscal kind. [`Frequency::parse`] also takes the SDMX FREQ codes and
/// pandas' frequency strings (`Q-MAR`, `W-SAT`, `B`).
///
/// ```
/// use growthkit::{Frequency, NamedBy, YearStart};
/// assert_eq!(Frequency::parse("Q")?, Frequency::Quarterly);
/// assert_eq!(Frequency::Monthly.to_string(), "monthly");
/// assert_eq!(Frequency::Weekly.periods_per_year(), Some(52));
/// let fy = Frequency::parse("Y-MAR")?; // pandas: years ending in March, named by the end
/// assert_eq!(fy.to_string(), "fiscal_annual(--04-01,end)");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frequency {
    /// Calendar years (`2020`).
    Annual,
    /// Half-years, January-June and July-December (`2020-S1`).
    Semiannual,
    /// Four-month periods of the calendar year, SDMX's trimesters
    /// (`2020-T3`, September to December).
    FourMonthly,
    /// Calendar quarters (`2020-Q3`).
    Quarterly,
    /// Calendar months (`2020-07`).
    Monthly,
    /// ISO 8601 weeks, Monday to Sunday (`2020-W41`).
    Weekly,
    /// Weeks ending on another day than Sunday (`2020-10-04/2020-10-10[W-SAT]`,
    /// FRED's weeks dated by the Saturday that ends them).
    WeeklyEnding(WeekEnd),
    /// Single days (`2020-10-05`).
    Daily,
    /// Business days, Monday to Friday (`2020-10-05[B]`): the previous
    /// business day of a Monday is the Friday before.
    BusinessDaily,
    /// Any run of whole days, given by its first and last day
    /// (`2020-10-01/2020-10-08`).
    Span,
    /// Fiscal or reporting years and their parts
    /// (`2021-Q1[start=--10-01,named=end]`).
    Fiscal(Fiscal),
}

/// The day a week ends on, for weeks other than the ISO weeks (which end on
/// Sunday). Written as pandas writes it: `MON` … `SAT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WeekEnd {
    /// Weeks Tuesday to Monday (`W-MON`).
    Monday,
    /// Weeks Wednesday to Tuesday (`W-TUE`).
    Tuesday,
    /// Weeks Thursday to Wednesday (`W-WED`).
    Wednesday,
    /// Weeks Friday to Thursday (`W-THU`).
    Thursday,
    /// Weeks Saturday to Friday (`W-FRI`).
    Friday,
    /// Weeks Sunday to Saturday (`W-SAT`): FRED's weekly data.
    Saturday,
}

impl WeekEnd {
    /// Every end day other than Sunday, Monday first.
    pub const ENDS: [WeekEnd; 6] = [
        WeekEnd::Monday,
        WeekEnd::Tuesday,
        WeekEnd::Wednesday,
        WeekEnd::Thursday,
        WeekEnd::Friday,
        WeekEnd::Saturday,
    ];

    const ALL: [(WeekEnd, &'static str, &'static str); 6] = [
        (WeekEnd::Monday, "MON", "weekly_mon"),
        (WeekEnd::Tuesday, "TUE", "weekly_tue"),
        (WeekEnd::Wednesday, "WED", "weekly_wed"),
        (WeekEnd::Thursday, "THU", "weekly_thu"),
        (WeekEnd::Friday, "FRI", "weekly_fri"),
        (WeekEnd::Saturday, "SAT", "weekly_sat"),
    ];

    /// Reads pandas' letters, `SAT` or `W-SAT` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text, `SUN` included: weeks ending
    /// on Sunday are the ISO weeks, [`Frequency::Weekly`].
    ///
    /// ```
    /// use growthkit::WeekEnd;
    /// assert_eq!(WeekEnd::parse("w-sat")?, WeekEnd::Saturday);
    /// assert_eq!(WeekEnd::parse("SUN").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<WeekEnd> {
        let t = text.trim();
        let t = t
            .get(..2)
            .filter(|p| p.eq_ignore_ascii_case("W-"))
            .and_then(|_| t.get(2..))
            .unwrap_or(t);
        let table: Vec<(&str, WeekEnd)> = WeekEnd::ALL.iter().map(|w| (w.1, w.0)).collect();
        crate::names::parse(
            t,
            &table,
            "week end (MON to SAT; weeks ending SUN are ISO weeks)",
        )
    }

    /// Days from Monday to the end day (Monday 0 … Saturday 5).
    pub(crate) fn monday_offset(self) -> i64 {
        self as i64
    }

    /// pandas' three letters (`SAT`).
    pub fn code(self) -> &'static str {
        WeekEnd::ALL
            .iter()
            .find(|w| w.0 == self)
            .map_or("SUN", |w| w.1)
    }

    fn name(self) -> &'static str {
        WeekEnd::ALL
            .iter()
            .find(|w| w.0 == self)
            .map_or("weekly", |w| w.2)
    }
}

/// Which SDMX codelist a FREQ code comes from: they disagree about `H`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Codelist {
    /// SDMX's `CL_FREQ`, where `H` is hourly (not a period growthkit has).
    #[default]
    Sdmx,
    /// The ECB's older codelist, where `H` is half-yearly.
    EcbLegacy,
}

impl Codelist {
    /// Reads `"sdmx"` or `"ecb"` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Codelist> {
        crate::names::parse(
            text,
            &[("sdmx", Codelist::Sdmx), ("ecb", Codelist::EcbLegacy)],
            "codelist",
        )
    }
}

impl Frequency {
    /// The kinds that need no parameter, coarsest first, span last.
    pub const ALL: [Frequency; 9] = [
        Frequency::Annual,
        Frequency::Semiannual,
        Frequency::FourMonthly,
        Frequency::Quarterly,
        Frequency::Monthly,
        Frequency::Weekly,
        Frequency::Daily,
        Frequency::BusinessDaily,
        Frequency::Span,
    ];

    /// The fiscal kind of `part` for years starting on `start`, named by
    /// `named_by`; a year starting on 1 January gives the calendar kind, and
    /// months starting on the first of the month are calendar months.
    ///
    /// ```
    /// use growthkit::{FiscalPart, Frequency, NamedBy, YearStart};
    /// let q = Frequency::fiscal(FiscalPart::Quarter, YearStart::parse("--10-01")?, NamedBy::End);
    /// assert_eq!(q.to_string(), "fiscal_quarterly(--10-01,end)");
    /// let cal = Frequency::fiscal(FiscalPart::Quarter, YearStart::JANUARY_FIRST, NamedBy::End);
    /// assert_eq!(cal, Frequency::Quarterly);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn fiscal(part: FiscalPart, start: YearStart, named_by: NamedBy) -> Frequency {
        match part {
            _ if start == YearStart::JANUARY_FIRST => Frequency::calendar(part),
            FiscalPart::Month if start.day() == 1 => Frequency::Monthly,
            _ => Frequency::Fiscal(Fiscal {
                part,
                start,
                named_by,
            }),
        }
    }

    /// The calendar kind of a part of the year.
    pub(crate) fn calendar(part: FiscalPart) -> Frequency {
        match part {
            FiscalPart::Year => Frequency::Annual,
            FiscalPart::Half => Frequency::Semiannual,
            FiscalPart::FourMonths => Frequency::FourMonthly,
            FiscalPart::Quarter => Frequency::Quarterly,
            FiscalPart::Month => Frequency::Monthly,
        }
    }

    /// The part of a year that a calendar or fiscal kind is.
    pub(crate) fn part(self) -> Option<FiscalPart> {
        match self {
            Frequency::Annual => Some(FiscalPart::Year),
            Frequency::Semiannual => Some(FiscalPart::Half),
            Frequency::FourMonthly => Some(FiscalPart::FourMonths),
            Frequency::Quarterly => Some(FiscalPart::Quarter),
            Frequency::Monthly => Some(FiscalPart::Month),
            Frequency::Fiscal(f) => Some(f.part),
            _ => None,
        }
    }

    /// Reads a frequency: a fixed kind's name (`"annual"` … `"span"`,
    /// `"four_monthly"`, `"business_daily"`), a week's (`"weekly_sat"`), a
    /// fiscal kind's text (`"fiscal_quarterly(--04-01,end)"`), an SDMX FREQ
    /// code (`A S T Q M W D B`), or a pandas frequency (`Q-DEC`, `Q-MAR`,
    /// `Y-JUN`, `W-SAT`, `B`; see [`Frequency::from_pandas`]), ignoring case
    /// and surrounding white space. `H` is refused: in SDMX's codelist it
    /// means hourly (see [`Frequency::from_sdmx`] for the ECB's older one).
    ///
    /// # Errors
    ///
    /// `invalid_frequency` for any other text.
    ///
    /// ```
    /// use growthkit::Frequency;
    /// assert_eq!(Frequency::parse(" Semiannual ")?, Frequency::Semiannual);
    /// assert_eq!(Frequency::parse("T")?, Frequency::FourMonthly);
    /// assert_eq!(Frequency::parse("W-SAT")?.to_string(), "weekly_sat");
    /// assert_eq!(Frequency::parse("H").unwrap_err().code(), "invalid_frequency");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Frequency> {
        let t = text.trim();
        let fixed = [
            ("annual", Frequency::Annual),
            ("semiannual", Frequency::Semiannual),
            ("four_monthly", Frequency::FourMonthly),
            ("quarterly", Frequency::Quarterly),
            ("monthly", Frequency::Monthly),
            ("weekly", Frequency::Weekly),
            ("daily", Frequency::Daily),
            ("business_daily", Frequency::BusinessDaily),
            ("span", Frequency::Span),
        ];
        if let Some(f) = crate::names::find(t, &fixed) {
            return Ok(f);
        }
        if let Some(f) = WeekEnd::ALL
            .iter()
            .find(|(_, _, name)| name.eq_ignore_ascii_case(t))
        {
            return Ok(Frequency::WeeklyEnding(f.0));
        }
        if let Some(f) = parse_fiscal(t) {
            return f;
        }
        Frequency::from_sdmx(t, Codelist::Sdmx)
            .or_else(|_| Frequency::from_pandas(t))
            .map_err(|_| {
                Error::new(
                    ErrorKind::InvalidFrequency,
                    format!(
                        "invalid frequency {}: expected one of annual, semiannual, four_monthly, \
                         quarterly, monthly, weekly, weekly_mon … weekly_sat, daily, business_daily, \
                         span, fiscal_quarterly(--04-01,end) and the like, an sdmx code \
                         A, S, T, Q, M, W, D, B, or a pandas frequency such as Q-MAR or W-SAT",
                        quote(text)
                    ),
                )
            })
    }

    /// The kind of an SDMX FREQ code: `A S T Q M W D B` in SDMX's
    /// `CL_FREQ`; with [`Codelist::EcbLegacy`], `H` is half-yearly as in the
    /// ECB's older codelist (in `CL_FREQ` it is hourly, which is refused).
    ///
    /// # Errors
    ///
    /// `invalid_frequency` for any other code.
    ///
    /// ```
    /// use growthkit::{Codelist, Frequency};
    /// assert_eq!(Frequency::from_sdmx("B", Codelist::Sdmx)?, Frequency::BusinessDaily);
    /// assert_eq!(Frequency::from_sdmx("H", Codelist::EcbLegacy)?, Frequency::Semiannual);
    /// assert_eq!(Frequency::from_sdmx("H", Codelist::Sdmx).unwrap_err().code(), "invalid_frequency");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_sdmx(code: &str, codelist: Codelist) -> Result<Frequency> {
        let mut table = vec![
            ("A", Frequency::Annual),
            ("S", Frequency::Semiannual),
            ("T", Frequency::FourMonthly),
            ("Q", Frequency::Quarterly),
            ("M", Frequency::Monthly),
            ("W", Frequency::Weekly),
            ("D", Frequency::Daily),
            ("B", Frequency::BusinessDaily),
        ];
        if codelist == Codelist::EcbLegacy {
            table.push(("H", Frequency::Semiannual));
        }
        crate::names::find(code, &table).ok_or_else(|| {
            let why = if code.trim().eq_ignore_ascii_case("h") {
                ": in SDMX's CL_FREQ `H` is hourly, which is not a period; \
                 pass the ECB codelist if it means half-yearly"
            } else {
                ""
            };
            Error::new(
                ErrorKind::InvalidFrequency,
                format!(
                    "invalid sdmx frequency code {}{why}; expected A, S, T, Q, M, W, D or B",
                    quote(code)
                ),
            )
        })
    }

    /// The kind of a pandas period or offset frequency string: `Y-DEC`
    /// (`A-DEC`, `YE-DEC`, `YS-JAN`, `Y`, `A`), `Q-DEC` (`QE-DEC`, `QS-JAN`,
    /// `Q`), `M` (`ME`, `MS`), `W-SUN` (`W`: Monday-to-Sunday weeks, the ISO
    /// weeks), `D`, `B`; fiscal years and quarters `Y-MAR`, `Q-JUN` … (years
    /// ending in that month, named by the year they end in, as pandas names
    /// them), and weeks ending on another day, `W-MON` … `W-SAT`; in any case.
    ///
    /// # Errors
    ///
    /// `invalid_frequency` for any other frequency (multiples such as `2M`,
    /// business quarters, hours).
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
            ("B", Frequency::BusinessDaily),
        ];
        if let Some(f) = crate::names::find(freqstr, &table) {
            return Ok(f);
        }
        if let Some(f) = pandas_anchored(freqstr.trim()) {
            return Ok(f);
        }
        Err(Error::new(
            ErrorKind::InvalidFrequency,
            format!(
                "pandas frequency {} has no growthkit kind: use Y-DEC, Q-DEC, M, W-SUN \
                 (weeks from Monday to Sunday), D, B, fiscal Y-MAR or Q-MAR and the like, \
                 or W-SAT and the like",
                quote(freqstr)
            ),
        ))
    }

    /// The pandas period frequency of this kind (`Y-DEC`, `Q-DEC`, `M`,
    /// `W-SUN`, `D`, `B`, `W-SAT`, and `Y-MAR`/`Q-MAR` … for fiscal years
    /// and quarters named by their end year that start on the first of a
    /// month), whose ordinals are [`Period::ordinal`](crate::Period::ordinal)'s;
    /// `None` for kinds pandas has no period for (halves, four-month
    /// periods, spans, other fiscal kinds).
    ///
    /// ```
    /// use growthkit::Frequency;
    /// assert_eq!(Frequency::Weekly.pandas_code(), Some("W-SUN"));
    /// assert_eq!(Frequency::parse("fiscal_quarterly(--04-01,end)")?.pandas_code(), Some("Q-MAR"));
    /// assert_eq!(Frequency::Semiannual.pandas_code(), None);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn pandas_code(self) -> Option<&'static str> {
        match self {
            Frequency::Annual => Some("Y-DEC"),
            Frequency::Quarterly => Some("Q-DEC"),
            Frequency::Monthly => Some("M"),
            Frequency::Weekly => Some("W-SUN"),
            Frequency::WeeklyEnding(w) => PANDAS_WEEKS.get(w as usize).copied(),
            Frequency::Daily => Some("D"),
            Frequency::BusinessDaily => Some("B"),
            Frequency::Fiscal(f) if f.named_by == NamedBy::End && f.start.day() == 1 => {
                // A year starting in month m ends in month m - 1.
                let end = (f.start.month() as usize + 10) % 12;
                match f.part {
                    FiscalPart::Year => PANDAS_YEARS.get(end).copied(),
                    FiscalPart::Quarter => PANDAS_QUARTERS.get(end).copied(),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The name of the kind, without its parameters: `"quarterly"`,
    /// `"weekly_sat"`, `"fiscal_quarterly"`. The full text of a fiscal kind
    /// (its year start and naming) is its `Display`.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Annual => "annual",
            Frequency::Semiannual => "semiannual",
            Frequency::FourMonthly => "four_monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
            Frequency::Weekly => "weekly",
            Frequency::WeeklyEnding(w) => w.name(),
            Frequency::Daily => "daily",
            Frequency::BusinessDaily => "business_daily",
            Frequency::Span => "span",
            Frequency::Fiscal(f) => f.part.name(),
        }
    }

    /// The SDMX FREQ code (`A S T Q M W D B`); fiscal kinds have their
    /// part's code (the reporting year start travels as an attribute);
    /// spans have none.
    pub fn sdmx_code(self) -> Option<char> {
        match self {
            Frequency::Weekly | Frequency::WeeklyEnding(_) => Some('W'),
            Frequency::Daily => Some('D'),
            Frequency::BusinessDaily => Some('B'),
            Frequency::Span => None,
            f => f.part().map(FiscalPart::code),
        }
    }

    /// Observations per year as FRED counts them for annualising: A 1, S 2,
    /// T 3, Q 4, M 12, W 52, D and B 260 (business days, FRED's table);
    /// fiscal kinds as their part; spans have none.
    pub fn periods_per_year(self) -> Option<u32> {
        match self {
            Frequency::Weekly | Frequency::WeeklyEnding(_) => Some(52),
            Frequency::Daily | Frequency::BusinessDaily => Some(260),
            Frequency::Span => None,
            f => f.part().map(|p| p.per_year() as u32),
        }
    }

    /// Periods of this kind in a calendar year (A 1, S 2, T 3, Q 4, M 12);
    /// fiscal kinds, weeks, days and spans have none.
    pub(crate) fn per_calendar_year(self) -> Option<i64> {
        match self {
            Frequency::Fiscal(_) => None,
            f => f.part().map(FiscalPart::per_year),
        }
    }

    /// Months in one period of a calendar kind (A 12, S 6, T 4, Q 3, M 1).
    pub(crate) fn months(self) -> Option<i64> {
        self.per_calendar_year().map(|n| 12 / n)
    }

    /// How fine the frequency is: 0 for years up to 6 for days; none for span.
    pub(crate) fn rank(self) -> Option<u8> {
        match self {
            Frequency::Weekly | Frequency::WeeklyEnding(_) => Some(5),
            Frequency::Daily | Frequency::BusinessDaily => Some(6),
            Frequency::Span => None,
            f => f.part().map(|p| match p {
                FiscalPart::Year => 0,
                FiscalPart::Half => 1,
                FiscalPart::FourMonths => 2,
                FiscalPart::Quarter => 3,
                FiscalPart::Month => 4,
            }),
        }
    }
}

const PANDAS_WEEKS: [&str; 6] = ["W-MON", "W-TUE", "W-WED", "W-THU", "W-FRI", "W-SAT"];
const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const PANDAS_YEARS: [&str; 12] = [
    "Y-JAN", "Y-FEB", "Y-MAR", "Y-APR", "Y-MAY", "Y-JUN", "Y-JUL", "Y-AUG", "Y-SEP", "Y-OCT",
    "Y-NOV", "Y-DEC",
];
const PANDAS_QUARTERS: [&str; 12] = [
    "Q-JAN", "Q-FEB", "Q-MAR", "Q-APR", "Q-MAY", "Q-JUN", "Q-JUL", "Q-AUG", "Q-SEP", "Q-OCT",
    "Q-NOV", "Q-DEC",
];

/// pandas' anchored frequencies: `Y-MAR`, `A-MAR`, `YE-MAR`, `Q-MAR`,
/// `QE-MAR` (fiscal, named by the end year; `-DEC` is the calendar) and
/// `W-MON` … `W-SAT`.
fn pandas_anchored(t: &str) -> Option<Frequency> {
    let (head, month) = t.split_once('-')?;
    let head = head.to_ascii_uppercase();
    let month = month.to_ascii_uppercase();
    if head == "W" {
        let w = WeekEnd::ALL.iter().find(|(_, code, _)| *code == month)?;
        return Some(Frequency::WeeklyEnding(w.0));
    }
    let part = match head.as_str() {
        "Y" | "A" | "YE" => FiscalPart::Year,
        "Q" | "QE" => FiscalPart::Quarter,
        _ => return None,
    };
    let end = MONTHS.iter().position(|m| *m == month)? as u32 + 1;
    let start = YearStart::new(end % 12 + 1, 1).ok()?;
    Some(Frequency::fiscal(part, start, NamedBy::End))
}

/// `fiscal_quarterly(--04-01,end)` and the like.
fn parse_fiscal(t: &str) -> Option<Result<Frequency>> {
    let (name, rest) = t.split_once('(')?;
    let part = FiscalPart::ALL
        .into_iter()
        .find(|p| p.name().eq_ignore_ascii_case(name.trim()))?;
    let args = rest.trim_end().strip_suffix(')')?;
    let (start, named) = args.split_once(',')?;
    Some((|| {
        Ok(Frequency::fiscal(
            part,
            YearStart::parse(start)?,
            NamedBy::parse(named)?,
        ))
    })())
}

impl fmt::Display for Frequency {
    /// The name; for a fiscal kind with its year start and naming
    /// (`fiscal_quarterly(--04-01,end)`). Reads back with [`Frequency::parse`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Frequency::Fiscal(x) => x.fmt(f),
            other => f.write_str(other.as_str()),
        }
    }
}

impl FromStr for Frequency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Frequency::parse(s)
    }
}
