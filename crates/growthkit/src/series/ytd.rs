//! Year-to-date flows: cumulating, decumulating (with the Chinese
//! January-February combined release), and the single-period growth implied
//! by year-to-date growth rates.

use crate::error::ErrorKind;
use crate::error::{Error, Result};
use crate::growth::Base;
use crate::period::dates;
use crate::period::{Frequency, Period};
use crate::series::NewQuantity;
use crate::series::Series;

/// Whether a period can hold a year-to-date flow: a month, quarter or
/// half, or a span inside one year that ends on a month's last day.
fn ytd_kind(p: &Period) -> Result<()> {
    let ok = match p.frequency() {
        Frequency::Monthly | Frequency::Quarterly | Frequency::Semiannual => true,
        Frequency::Span => p.start().year() == p.end().year() && p.end() == p.end().last_of_month(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::FrequencyMismatch,
            format!(
                "`{p}` cannot hold a year-to-date value: use months, quarters, halves, or spans \
             within one year that end on a month's last day"
            ),
        ))
    }
}

impl Series {
    /// Year-to-date totals from single-period flows: each period's value
    /// becomes the sum from 1 January to its end.
    ///
    /// A year's running total breaks (NaN from there to the year's end) at
    /// a missing value or a gap in its periods, and a year whose periods do
    /// not start on 1 January is NaN throughout: nothing is filled in. A span
    /// (January-February) is labelled by the month it ends in, so the
    /// result is monthly where the input was monthly plus that span.
    ///
    /// # Errors
    ///
    /// `frequency_mismatch` for periods other than months, quarters, halves
    /// and spans within a year ending on a month's last day.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-01-01/2020-02-29", "2020-03", "2020-04"], vec![20.0, 12.0, 11.0])?;
    /// let ytd = s.cumulate_ytd()?;
    /// let labels: Vec<String> = ytd.periods().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(labels, ["2020-02", "2020-03", "2020-04"]);
    /// assert_eq!(ytd.values(), &[20.0, 32.0, 43.0]);
    /// let weekly = Series::from_texts(&["2020-W01"], vec![1.0])?;
    /// assert_eq!(weekly.cumulate_ytd().unwrap_err().code(), "frequency_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn cumulate_ytd(&self) -> Result<Series> {
        let mut periods = Vec::with_capacity(self.len());
        let mut values = Vec::with_capacity(self.len());
        let mut year = None;
        let (mut total, mut next_start) = (0.0, None);
        for (p, v) in self.iter() {
            ytd_kind(&p)?;
            if year != Some(p.start().year()) {
                year = Some(p.start().year());
                total = 0.0;
                next_start = Some(p.start().first_of_year());
            }
            let contiguous = next_start == Some(p.start());
            total = if contiguous { total + v } else { f64::NAN };
            next_start = if total.is_nan() {
                None
            } else {
                dates::add_days(p.end(), 1).ok()
            };
            let label = match p.frequency() {
                Frequency::Span => Period::containing(Frequency::Monthly, p.end())?,
                _ => p,
            };
            periods.push(label);
            values.push(total);
        }
        Series::new(periods, values).map(|s| match &self.indicator() {
            Some(ind) => s.with_indicator((*ind).clone()),
            None => s,
        })
    }

    /// Single-period flows from year-to-date totals: the first period of a
    /// year keeps its value, each later one is its total minus the previous
    /// period's total, NaN where that is missing.
    ///
    /// Where a year has a February total but no January value (absent or
    /// NaN: the Chinese January-February combined release), the result
    /// carries the February total on the span from 1 January to the end of
    /// February, in place of January and February.
    ///
    /// # Errors
    ///
    /// `frequency_mismatch` unless every period is a month, every period a
    /// quarter, or every period a half-year.
    ///
    /// ```
    /// use growthkit::Series;
    /// // NBS style: no January figure, February is the January-February total.
    /// let ytd = Series::from_texts(&["2021-02", "2021-03", "2021-04"], vec![20.0, 32.0, 43.0])?;
    /// let flows = ytd.decumulate_ytd()?;
    /// assert_eq!(flows.periods()[0].to_string(), "2021-01-01/2021-02-28");
    /// assert_eq!(flows.values(), &[20.0, 12.0, 11.0]);
    /// let mixed = Series::from_texts(&["2021-Q1", "2021-05"], vec![1.0, 2.0])?;
    /// assert_eq!(mixed.decumulate_ytd().unwrap_err().code(), "frequency_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn decumulate_ytd(&self) -> Result<Series> {
        let freq = match self.frequency() {
            Some(f @ (Frequency::Monthly | Frequency::Quarterly | Frequency::Semiannual)) => f,
            None if self.is_empty() => return Ok(self.clone()),
            _ => {
                return Err(Error::new(
                    ErrorKind::FrequencyMismatch,
                    "decumulating needs year-to-date totals all monthly, all quarterly or all \
                     semiannual",
                ));
            }
        };
        let mut periods: Vec<Period> = Vec::with_capacity(self.len());
        let mut values = Vec::with_capacity(self.len());
        for (p, v) in self.iter() {
            if p.number() == Some(1) {
                periods.push(p);
                values.push(v);
                continue;
            }
            let prev = p.prev().ok().and_then(|q| self.lookup(&q));
            let january_missing = prev.is_none_or(f64::is_nan);
            if freq == Frequency::Monthly && p.number() == Some(2) && january_missing && !v.is_nan()
            {
                if periods
                    .last()
                    .is_some_and(|q| q.year_number() == p.year_number())
                {
                    // A NaN January of the same year gives way to the span.
                    periods.pop();
                    values.pop();
                }
                periods.push(Period::span(p.start().first_of_year(), p.end())?);
                values.push(v);
                continue;
            }
            periods.push(p);
            values.push(prev.map_or(f64::NAN, |b| v - b));
        }
        Ok(Series::from_sorted(
            periods,
            values,
            self.indicator().cloned(),
        ))
    }

    /// The single-period year-on-year growth implied by year-to-date totals
    /// and year-to-date growth rates (NBS practice): last year's totals are
    /// `total / (1 + growth)`; both years are decumulated and compared.
    ///
    /// Only the periods both series have are used; a missing total or rate
    /// makes that period missing in both years.
    ///
    /// # Errors
    ///
    /// As [`Series::decumulate_ytd`].
    ///
    /// ```
    /// use growthkit::Series;
    /// // Jan-Jun total 600 up 5 %, Jan-May total 480 up 4 %: June alone was
    /// // 120 against 600/1.05 - 480/1.04 = 109.89…, up 9.2 %.
    /// let totals = Series::from_texts(&["2020-05", "2020-06"], vec![480.0, 600.0])?;
    /// let rates = Series::from_texts(&["2020-05", "2020-06"], vec![0.04, 0.05])?;
    /// let g = Series::ytd_period_growth(&totals, &rates)?;
    /// let june = 120.0 / (600.0 / 1.05 - 480.0 / 1.04) - 1.0;
    /// assert!((g.values()[1] - june).abs() < 1e-12);
    /// let weekly = Series::from_texts(&["2020-W01"], vec![1.0])?;
    /// assert!(Series::ytd_period_growth(&weekly, &weekly).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn ytd_period_growth(ytd_values: &Series, ytd_growth: &Series) -> Result<Series> {
        let (totals, rates) = ytd_values.align(ytd_growth);
        let current = totals.map_values(NewQuantity, |p, v| {
            if rates.lookup(p).is_some_and(|g| g > -1.0) {
                v
            } else {
                f64::NAN
            }
        });
        let previous = current.zip_with(&rates, |v, g| v / (1.0 + g));
        let (now, before) = (current.decumulate_ytd()?, previous.decumulate_ytd()?);
        Ok(now.zip_with(&before, |x, b| Base::Positive.growth(x, b)))
    }
}
