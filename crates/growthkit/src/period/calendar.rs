//! Calendar arithmetic on periods: shifting, year-ago, conversion between
//! kinds, sub-periods, ranges and ordinals.

use super::Date;
use super::dates::{self, EPOCH_MONDAY};
use super::{Frequency, Period, weekdays};
use crate::error::ErrorKind;
use crate::error::{Error, Result};

impl Period {
    /// The period `n` periods of its own kind later (earlier when `n` is
    /// negative); a span moves by `n` times its length.
    ///
    /// # Errors
    ///
    /// `out_of_range` when the result would leave years 1..=9999.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::parse("2020-Q4")?.shift(1)?.to_string(), "2021-Q1");
    /// assert_eq!(Period::parse("2020-W01")?.shift(-1)?.to_string(), "2019-W52");
    /// assert_eq!(Period::parse("2020-10-01/P8D")?.shift(1)?.to_string(), "2020-10-09/2020-10-16");
    /// assert_eq!(Period::year(9999)?.shift(1).unwrap_err().code(), "out_of_range");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn shift(&self, n: i64) -> Result<Period> {
        if n == 0 {
            return Ok(*self);
        }
        match self.ordinal() {
            Some(ord) => {
                let moved = ord
                    .checked_add(n)
                    .ok_or_else(|| self.shift_out_of_range(n))?;
                Period::from_ordinal(self.freq, moved).map_err(|_| self.shift_out_of_range(n))
            }
            None => {
                let by = self
                    .days()
                    .checked_mul(n)
                    .ok_or_else(|| self.shift_out_of_range(n))?;
                let start =
                    dates::add_days(self.start, by).map_err(|_| self.shift_out_of_range(n))?;
                let end = dates::add_days(self.end, by).map_err(|_| self.shift_out_of_range(n))?;
                Ok(Period::from_dates(Frequency::Span, start, end))
            }
        }
    }

    fn shift_out_of_range(&self, n: i64) -> Error {
        Error::new(
            ErrorKind::OutOfRange,
            format!(
                "`{self}` shifted by {n} falls outside years {} to {}",
                dates::MIN_YEAR,
                dates::MAX_YEAR
            ),
        )
    }

    /// The next period of the same kind: `shift(1)`.
    ///
    /// # Errors
    ///
    /// `out_of_range` after 9999.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::month(2020, 12)?.next()?, Period::month(2021, 1)?);
    /// assert!(Period::month(9999, 12)?.next().is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn next(&self) -> Result<Period> {
        self.shift(1)
    }

    /// The previous period of the same kind: `shift(-1)`.
    ///
    /// # Errors
    ///
    /// `out_of_range` before year 1.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::month(2021, 1)?.prev()?, Period::month(2020, 12)?);
    /// assert!(Period::month(1, 1)?.prev().is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn prev(&self) -> Result<Period> {
        self.shift(-1)
    }

    /// The same period `n` years earlier (later for negative `n`).
    ///
    /// Weeks keep their ISO week number; weeks ending on another day than
    /// Sunday go 52 weeks back, as FRED's `pc1` takes them; fiscal periods
    /// keep their part of the fiscal year; days keep month and day, 29
    /// February becoming 28 February; business days too, moved back to the
    /// Friday before when that day is a weekend; a span moves both ends that way, except that an
    /// end on the last day of a month stays on the last day of that month,
    /// so that the January-February span of 2021 (ending 28 February) has
    /// the January-February span of 2020 (ending 29 February) a year before.
    ///
    /// # Errors
    ///
    /// `no_such_period` for week 53 in a year that has none, `out_of_range`
    /// outside years 1..=9999.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::parse("2020-02-29")?.year_ago(1)?.to_string(), "2019-02-28");
    /// assert_eq!(Period::parse("2020-W10")?.year_ago(1)?.to_string(), "2019-W10");
    /// assert_eq!(Period::parse("2020-W53")?.year_ago(1).unwrap_err().code(), "no_such_period");
    /// let jan_feb = Period::parse("2021-01-01/2021-02-28")?;
    /// assert_eq!(jan_feb.year_ago(1)?.to_string(), "2020-01-01/2020-02-29");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn year_ago(&self, n: i64) -> Result<Period> {
        let year = i64::from(self.year_number())
            .checked_sub(n)
            .ok_or_else(|| self.shift_out_of_range(n.saturating_neg()))?;
        match self.freq {
            Frequency::Weekly => {
                let week = self.number().unwrap_or(1);
                Period::week(dates::check_year(year)?.into(), week)
            }
            Frequency::WeeklyEnding(_) => self.shift(
                n.checked_mul(-52)
                    .ok_or_else(|| self.shift_out_of_range(n.saturating_neg()))?,
            ),
            Frequency::BusinessDaily => weekdays::business_year_ago(self.start, n),
            Frequency::Fiscal(f) => {
                let per_year = f.part.per_year();
                let by = n
                    .checked_mul(per_year)
                    .ok_or_else(|| self.shift_out_of_range(n.saturating_neg()))?;
                self.shift(-by)
            }
            Frequency::Daily => Period::day(dates::same_day_in(self.start, year)?),
            Frequency::Span => {
                let end_year = year
                    .checked_add(i64::from(self.end.year()) - i64::from(self.start.year()))
                    .ok_or_else(|| self.shift_out_of_range(n.saturating_neg()))?;
                let end = dates::same_day_in(self.end, end_year)?;
                let end = if self.end == self.end.last_of_month() {
                    end.last_of_month()
                } else {
                    end
                };
                Period::span(dates::same_day_in(self.start, year)?, end)
            }
            f => Period::regular(f, year, i64::from(self.number().unwrap_or(1))),
        }
    }

    /// The period of the coarser kind `freq` that contains this one.
    ///
    /// An ISO week belongs to the month, quarter, half and year of its
    /// Thursday, a week ending on another day to those of its last day (the
    /// day it is dated by); any other period must lie wholly inside the
    /// coarser one. A business day converts to its day and back.
    ///
    /// # Errors
    ///
    /// `straddles` when the period crosses a boundary of `freq` (a span over
    /// two months asked for its month), `invalid_argument` when `freq` is
    /// finer than the period's own kind or is `span`.
    ///
    /// ```
    /// use growthkit::{Frequency, Period};
    /// let w = Period::parse("2020-W53")?; // Monday 28 December 2020 to Sunday 3 January 2021
    /// assert_eq!(w.to_frequency(Frequency::Annual)?.to_string(), "2020");
    /// let gw = Period::parse("2020-09-28/2020-10-04")?;
    /// assert_eq!(gw.to_frequency(Frequency::Monthly).unwrap_err().code(), "straddles");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_frequency(&self, freq: Frequency) -> Result<Period> {
        if freq == self.freq && freq != Frequency::Span {
            return Ok(*self);
        }
        let target = freq.rank().ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "cannot convert `{self}` to a span: name the span's days with `Period::span`"
                ),
            )
        })?;
        if let Some(own) = self.freq.rank()
            && target > own
        {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "cannot convert {} `{self}` to the finer frequency {freq}: use subperiods",
                    self.freq
                ),
            ));
        }
        let anchor = match self.freq {
            Frequency::Weekly => dates::thursday(self.start)?,
            Frequency::WeeklyEnding(_) => self.end,
            _ => self.start,
        };
        let candidate = Period::containing(freq, anchor)?;
        let is_week = matches!(self.freq, Frequency::Weekly | Frequency::WeeklyEnding(_));
        if is_week || candidate.contains(self) {
            Ok(candidate)
        } else {
            Err(Error::new(
                ErrorKind::Straddles,
                format!(
                    "`{self}` straddles the boundary of {freq} periods: it starts in `{candidate}` \
                 but ends after it"
                ),
            ))
        }
    }

    /// The periods of the finer kind `freq` that make this one up, in order.
    ///
    /// ISO weeks are those whose Thursday falls inside the period, weeks
    /// ending on another day those whose last day does, business days the
    /// weekdays inside; for every other kind the sub-periods tile the period
    /// exactly.
    ///
    /// # Errors
    ///
    /// `straddles` when the period does not start and end on boundaries of
    /// `freq` (a span of 1-8 October asked for its months),
    /// `invalid_argument` when `freq` is coarser than the period's kind or is
    /// `span`.
    ///
    /// ```
    /// use growthkit::{Frequency, Period};
    /// let h1 = Period::parse("2020-H1")?;
    /// let q: Vec<String> = h1.subperiods(Frequency::Quarterly)?.iter().map(|p| p.to_string()).collect();
    /// assert_eq!(q, ["2020-Q1", "2020-Q2"]);
    /// assert_eq!(Period::parse("2020")?.subperiods(Frequency::Weekly)?.len(), 53);
    /// assert_eq!(h1.subperiods(Frequency::Annual).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn subperiods(&self, freq: Frequency) -> Result<Vec<Period>> {
        let target = freq.rank().ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("`{self}` has no sub-periods of kind span: choose a regular frequency"),
            )
        })?;
        if let Some(own) = self.freq.rank()
            && target < own
        {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "cannot split {} `{self}` into the coarser frequency {freq}: use to_frequency",
                    self.freq
                ),
            ));
        }
        if freq == Frequency::BusinessDaily && self.freq != freq {
            // The weekdays inside the period.
            let days =
                Period::containing(Frequency::Daily, self.start)?.subperiods_days(self.end)?;
            return days
                .into_iter()
                .filter(|d| d.start.weekday().to_monday_zero_offset() < 5)
                .map(|d| Period::business_day(d.start))
                .collect();
        }
        if let Frequency::WeeklyEnding(end) = freq
            && self.freq != freq
        {
            // The weeks whose last day lies inside.
            let first = weekdays::week_ending_on_or_after(self.start, end)?;
            let last = weekdays::week_ending_on_or_after(self.end, end)?;
            let last = if last.end > self.end {
                last.shift(-1)?
            } else {
                last
            };
            return range_or_empty(&first, &last);
        }
        if freq == Frequency::Weekly && self.freq != Frequency::Weekly {
            // The weeks whose Thursday lies inside: from the week of the first
            // Thursday on or after the start to that of the last on or before the end.
            let first = Period::containing(Frequency::Weekly, self.start)?;
            let first = if dates::thursday(first.start)? < self.start {
                first.shift(1)?
            } else {
                first
            };
            let last = Period::containing(Frequency::Weekly, self.end)?;
            let last = if dates::thursday(last.start)? > self.end {
                last.shift(-1)?
            } else {
                last
            };
            return range_or_empty(&first, &last);
        }
        let first = Period::containing(freq, self.start)?;
        let last = Period::containing(freq, self.end)?;
        if first.start != self.start || last.end != self.end {
            return Err(Error::new(
                ErrorKind::Straddles,
                format!(
                    "`{self}` does not start and end on {freq} boundaries, so no {freq} periods tile it"
                ),
            ));
        }
        Period::range(&first, &last)
    }

    /// Every period of one kind from `first` to `last`, both included.
    ///
    /// # Errors
    ///
    /// `frequency_mismatch` when the two are of different kinds,
    /// `invalid_argument` when `last` is before `first` or both are spans.
    ///
    /// ```
    /// use growthkit::Period;
    /// let qs = Period::range(&Period::quarter(2020, 3)?, &Period::quarter(2021, 2)?)?;
    /// assert_eq!(qs.len(), 4);
    /// let err = Period::range(&Period::quarter(2020, 3)?, &Period::month(2021, 2)?).unwrap_err();
    /// assert_eq!(err.code(), "frequency_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn range(first: &Period, last: &Period) -> Result<Vec<Period>> {
        if first.freq != last.freq {
            return Err(Error::new(
                ErrorKind::FrequencyMismatch,
                format!(
                    "range from {} `{first}` to {} `{last}`: both ends must be of one kind",
                    first.freq, last.freq
                ),
            ));
        }
        let (a, b) = match (first.ordinal(), last.ordinal()) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "range from `{first}` to `{last}`: spans have no range; use regular periods"
                    ),
                ));
            }
        };
        if b < a {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("range from `{first}` to `{last}`: the last period comes before the first"),
            ));
        }
        (a..=b)
            .map(|n| Period::from_ordinal(first.freq, n))
            .collect()
    }

    /// A dense integer index within the period's kind, the same as pandas'
    /// `Period.ordinal`: years, halves, quarters and months counted from 1970
    /// (1970 is 0, 1970-Q2 is 1), ISO weeks as pandas' `W-SUN` weeks (the week
    /// of 1970-01-01, 1969-12-29 to 1970-01-04, is 1) and other weeks as its
    /// `W-SAT` … weeks, days from 1970-01-01, business days as its `B`
    /// (weekdays from 1970-01-01), fiscal periods as its `Q-MAR` … (counted
    /// from the fiscal year that ends in 1970). Spans have none.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::month(1970, 2)?.ordinal(), Some(1));
    /// assert_eq!(Period::parse("2020-10-01/2020-10-08")?.ordinal(), None);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn ordinal(&self) -> Option<i64> {
        let year = i64::from(self.start.year()) - 1970;
        match self.freq {
            Frequency::Weekly | Frequency::WeeklyEnding(_) => Some(weekdays::week_ordinal(self)),
            Frequency::Daily => Some(dates::epoch_day(self.start)),
            Frequency::BusinessDaily => Some(weekdays::business_ordinal(self.start)),
            Frequency::Fiscal(f) => Some(f.ordinal(self)),
            Frequency::Span => None,
            f => {
                let per_year = f.per_calendar_year()?;
                Some(year * per_year + i64::from(self.number()?) - 1)
            }
        }
    }

    /// The days from this day to `last`, both included.
    fn subperiods_days(&self, last: super::Date) -> Result<Vec<Period>> {
        let first = dates::epoch_day(self.start);
        (first..=dates::epoch_day(last))
            .map(|n| Period::from_ordinal(Frequency::Daily, n))
            .collect()
    }

    /// The first and last days as day numbers (days from 1970-01-01, as
    /// the ordinals of days), for columns of dates.
    ///
    /// ```
    /// use growthkit::Period;
    /// assert_eq!(Period::parse("1970-01")?.day_numbers(), (0, 30));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn day_numbers(&self) -> (i64, i64) {
        (dates::epoch_day(self.start), dates::epoch_day(self.end))
    }

    /// The period of kind `freq` with ordinal `n` (see [`Period::ordinal`]).
    ///
    /// # Errors
    ///
    /// `out_of_range` when the period would fall outside years 1..=9999,
    /// `invalid_argument` for spans, which have no ordinals.
    ///
    /// ```
    /// use growthkit::{Frequency, Period};
    /// assert_eq!(Period::from_ordinal(Frequency::Quarterly, 202)?.to_string(), "2020-Q3");
    /// assert_eq!(Period::from_ordinal(Frequency::Annual, 9000).unwrap_err().code(), "out_of_range");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_ordinal(freq: Frequency, n: i64) -> Result<Period> {
        let out_of_range = || {
            Error::new(
                ErrorKind::OutOfRange,
                format!(
                    "{freq} ordinal `{n}` falls outside years {} to {}",
                    dates::MIN_YEAR,
                    dates::MAX_YEAR
                ),
            )
        };
        match freq {
            Frequency::Span => Err(Error::new(
                ErrorKind::InvalidArgument,
                "spans have no ordinals: build them with `Period::span`",
            )),
            Frequency::Daily => {
                // On integers: a date library per row is the slow part of a
                // million-row PeriodIndex.
                let (y, m, d) = dates::civil_from_days(n);
                if !(i64::from(dates::MIN_YEAR)..=i64::from(dates::MAX_YEAR)).contains(&y) {
                    return Err(out_of_range());
                }
                let date = Date::new(y as i16, m as i8, d as i8).map_err(|_| out_of_range())?;
                Ok(Period::from_dates(Frequency::Daily, date, date)) // its year checked above
            }
            Frequency::Weekly => {
                let days = n.checked_mul(7).ok_or_else(out_of_range)?;
                let monday = dates::add_days(EPOCH_MONDAY, days).map_err(|_| out_of_range())?;
                Period::week_from_monday(monday).map_err(|_| out_of_range())
            }
            Frequency::WeeklyEnding(end) => {
                weekdays::week_from_ordinal(end, n).map_err(|_| out_of_range())
            }
            Frequency::BusinessDaily => weekdays::business_from_ordinal(n),
            Frequency::Fiscal(f) => f.with_ordinal(n).map_err(|_| out_of_range()),
            f => {
                let per_year = f.per_calendar_year().unwrap_or(1);
                let year = n
                    .div_euclid(per_year)
                    .checked_add(1970)
                    .ok_or_else(out_of_range)?;
                Period::regular(f, year, n.rem_euclid(per_year) + 1).map_err(|_| out_of_range())
            }
        }
    }
}

/// The periods from `first` to `last`, none when `last` comes before `first`.
fn range_or_empty(first: &Period, last: &Period) -> Result<Vec<Period>> {
    if last < first {
        return Ok(Vec::new());
    }
    Period::range(first, last)
}
