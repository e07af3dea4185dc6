//! [`Series`]: values over periods, sorted, unique and non-overlapping, with
//! lookup, slicing, alignment and aligned arithmetic.

mod aggregate;
mod contribution;
#[cfg(feature = "serde")]
mod serde;
mod transform;
mod ytd;

pub use transform::FredTransform;

use crate::error::ErrorKind;
use crate::error::{Error, Result, quote};
use crate::indicator::Indicator;
use crate::period::{Frequency, Period};
pub(crate) use Yields::{Growth, NewQuantity, SameUnit};
use std::ops::{Add, Div, Mul, Sub};
use std::sync::{Arc, OnceLock};

/// A map from periods to `f64` values, sorted by period, with an optional
/// [`Indicator`]. `NaN` is a missing value.
///
/// Periods are unique and do not overlap; they may mix kinds (a monthly
/// series whose January and February come as one span). Values are finite
/// or NaN: an infinity is refused. Every comparison over time matches
/// periods by the calendar, never by row offset.
///
/// ```
/// use growthkit::{Period, Series};
/// let p = |t| Period::parse(t).unwrap();
/// let s = Series::new(vec![p("2019-S1"), p("2020-S1"), p("2019-S2")], vec![116.86, 122.7, 130.0])?;
/// assert_eq!(s.periods()[1].to_string(), "2019-S2"); // sorted
/// let g = s.yoy();
/// assert!((g.get(&p("2020-S1")).unwrap() - (122.7 / 116.86 - 1.0)).abs() < 1e-15);
/// assert_eq!(g.get(&p("2019-S1")), None); // no 2018-S1 to compare with
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Series {
    /// Shared with the transforms of the series, which keep its periods;
    /// for a series made from ordinals, made from them on first use.
    periods: Arc<OnceLock<Vec<Period>>>,
    values: Vec<f64>,
    indicator: Option<Indicator>,
    /// The kind and ordinals of a series of one kind, computed once and
    /// shared with every series that shares the periods.
    ordinals: Arc<OnceLock<Ordinals>>,
}

/// The kind and ordinals of a series of one kind, or `None`.
type Ordinals = Option<(Frequency, Vec<i64>)>;

impl Series {
    /// A series from periods and values of one length, sorted by period.
    ///
    /// # Errors
    ///
    /// `length_mismatch` when the lengths differ, `duplicate_period` when a
    /// period repeats, `overlapping_periods` when two periods share days,
    /// `non_finite` for an infinite value (use NaN for a missing one).
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let jan = Period::month(2020, 1)?;
    /// let q1 = Period::quarter(2020, 1)?;
    /// assert!(Series::new(vec![jan], vec![1.0]).is_ok());
    /// assert_eq!(Series::new(vec![jan, jan], vec![1.0, 2.0]).unwrap_err().code(), "duplicate_period");
    /// assert_eq!(Series::new(vec![jan, q1], vec![1.0, 2.0]).unwrap_err().code(), "overlapping_periods");
    /// assert_eq!(Series::new(vec![jan], vec![]).unwrap_err().code(), "length_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(periods: Vec<Period>, values: Vec<f64>) -> Result<Series> {
        if periods.len() != values.len() {
            return Err(Error::new(
                ErrorKind::LengthMismatch,
                format!(
                    "a series needs one value per period: got {} periods and {} values",
                    periods.len(),
                    values.len()
                ),
            ));
        }
        if let Some((p, v)) = periods.iter().zip(&values).find(|(_, v)| v.is_infinite()) {
            return Err(Error::new(
                ErrorKind::NonFinite,
                format!(
                    "value `{v}` for `{p}` is infinite: a series holds finite numbers, and NaN for missing"
                ),
            ));
        }
        let (periods, values) = if periods.is_sorted() {
            (periods, values)
        } else {
            let mut pairs: Vec<(Period, f64)> = periods.into_iter().zip(values).collect();
            pairs.sort_by_key(|pair| pair.0);
            pairs.into_iter().unzip()
        };
        check_distinct(&periods)?;
        Ok(Series::from_sorted(periods, values, None))
    }

    /// Builds a series from parts known to be sorted, unique and non-overlapping.
    pub(crate) fn from_sorted(
        periods: Vec<Period>,
        values: Vec<f64>,
        indicator: Option<Indicator>,
    ) -> Series {
        debug_assert!(check_distinct(&periods).is_ok() && periods.is_sorted());
        Series {
            periods: Arc::new(OnceLock::from(periods)),
            values,
            indicator,
            ordinals: Arc::default(),
        }
    }

    /// A series with the periods (and their ordinals) of `self` and new values.
    pub(crate) fn with_values(&self, values: Vec<f64>, indicator: Option<Indicator>) -> Series {
        Series {
            periods: Arc::clone(&self.periods),
            values,
            indicator,
            ordinals: Arc::clone(&self.ordinals),
        }
    }

    /// Whether `self` has the periods of `other`, row for row: at once when
    /// one is a transform of the other (they share their periods).
    pub(crate) fn same_rows(&self, other: &Series) -> bool {
        Arc::ptr_eq(&self.periods, &other.periods) || self.periods() == other.periods()
    }

    /// The kind and ordinals of a series of one kind, computed on first use.
    pub(crate) fn ordinal_cache(&self) -> Option<&(Frequency, Vec<i64>)> {
        self.ordinals
            .get_or_init(|| {
                let freq = self.frequency()?;
                let ords = self
                    .periods()
                    .iter()
                    .map(Period::ordinal)
                    .collect::<Option<Vec<_>>>()?;
                Some((freq, ords))
            })
            .as_ref()
    }

    /// A series from period texts and values, each text read by [`Period::parse`].
    /// Texts all of one kind that has ordinals make a series that keeps
    /// the ordinals only (as [`Series::from_ordinals`]).
    ///
    /// # Errors
    ///
    /// `invalid_period` for a text that is not a period (naming its row),
    /// and the errors of [`Series::new`].
    ///
    /// ```
    /// use growthkit::{Frequency, Series};
    /// let s = Series::from_texts(&["2020-01", "2020-02"], vec![1.0, 2.0])?;
    /// assert_eq!(s.len(), 2);
    /// assert_eq!(s.ordinals(), Some((Frequency::Monthly, vec![600, 601])));
    /// assert_eq!(Series::from_texts(&["2020-13"], vec![1.0]).unwrap_err().code(), "invalid_period");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_texts<S: AsRef<str>>(texts: &[S], values: Vec<f64>) -> Result<Series> {
        // The quick reader gives kinds and ordinals; spans, bad texts and
        // mixed kinds take the general path, which also names a bad row.
        if let Ok(parsed) = crate::kernels::parse_periods(texts)
            && let Some(&f) = parsed.frequencies.first()
            && parsed.frequencies.iter().all(|&g| g == f)
        {
            return Series::from_ordinals(f, &parsed.ordinals, values);
        }
        Series::new(crate::kernels::parse_period_texts(texts)?, values)
    }

    /// [`Series::new`], keeping only the ordinals when the periods are all
    /// of one kind that has them (the columnar layout the readers use).
    pub(crate) fn keeping_ordinals(periods: Vec<Period>, values: Vec<f64>) -> Result<Series> {
        let freq = periods.first().map(Period::frequency);
        let ordinals: Option<Vec<i64>> = periods
            .iter()
            .map(|p| (Some(p.frequency()) == freq).then(|| p.ordinal()).flatten())
            .collect();
        match (freq, ordinals) {
            (Some(f), Some(o)) => Series::from_ordinals(f, &o, values),
            _ => Series::new(periods, values),
        }
    }

    /// A series of one kind from its ordinals (pandas' `Period.ordinal`,
    /// see [`Period::ordinal`]) and values, as a `PeriodIndex` holds them.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for spans (which have no ordinals),
    /// `out_of_range` for an ordinal outside years 1..=9999, and the errors
    /// of [`Series::new`] (lengths, a repeated period, an infinite value).
    ///
    /// ```
    /// use growthkit::{Frequency, Period, Series};
    /// let m = Period::parse("2020-01")?.ordinal().unwrap();
    /// let s = Series::from_ordinals(Frequency::Monthly, &[m, m + 1], vec![1.0, 2.0])?;
    /// assert_eq!(s.periods()[1].to_string(), "2020-02");
    /// assert_eq!(s.ordinals(), Some((Frequency::Monthly, vec![m, m + 1])));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn from_ordinals(freq: Frequency, ordinals: &[i64], values: Vec<f64>) -> Result<Series> {
        let ascending = ordinals.windows(2).all(|w| matches!(w, [a, b] if a < b));
        if let (true, true, Some(&first), Some(&last)) = (
            ascending && ordinals.len() == values.len(),
            values.iter().all(|v| !v.is_infinite()),
            ordinals.first(),
            ordinals.last(),
        ) {
            // Ascending ordinals of one kind are sorted, unique and do not
            // overlap; the first and last in range put all between in range.
            // The series keeps the ordinals and makes its periods only when
            // asked (transforms and the pandas crossing never ask).
            Period::from_ordinal(freq, first)?;
            Period::from_ordinal(freq, last)?;
            return Ok(Series {
                periods: Arc::default(),
                values,
                indicator: None,
                ordinals: Arc::new(OnceLock::from(Some((freq, ordinals.to_vec())))),
            });
        }
        let periods = ordinals
            .iter()
            .map(|&o| Period::from_ordinal(freq, o))
            .collect::<Result<Vec<_>>>()?;
        Series::new(periods, values)
    }

    /// The kind and the ordinals of a series of one kind that has them
    /// (not spans); `None` for mixed kinds or an empty series.
    pub fn ordinals(&self) -> Option<(Frequency, Vec<i64>)> {
        self.ordinal_cache().cloned()
    }

    /// The same series described by `indicator`.
    pub fn with_indicator(mut self, indicator: Indicator) -> Series {
        self.indicator = Some(indicator);
        self
    }

    /// The same series with no indicator.
    pub fn without_indicator(mut self) -> Series {
        self.indicator = None;
        self
    }

    /// How many periods the series has.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the series has no periods.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The periods, in order.
    pub fn periods(&self) -> &[Period] {
        self.periods.get_or_init(|| match self.ordinals.get() {
            // Made from ordinals checked at construction: every one converts.
            Some(Some((freq, ords))) => ords
                .iter()
                .filter_map(|&o| Period::from_ordinal(*freq, o).ok())
                .collect(),
            _ => Vec::new(),
        })
    }

    /// Calls `each` with each period's canonical text, in order, reusing one
    /// buffer: a series of days writes them from its day numbers, without
    /// making its periods.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["2020-02-29", "2020-03-01"], vec![1.0, 2.0])?;
    /// let mut texts = Vec::new();
    /// s.for_each_period_text(|t| texts.push(t.to_string()));
    /// assert_eq!(texts, ["2020-02-29", "2020-03-01"]);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn for_each_period_text(&self, mut each: impl FnMut(&str)) {
        let mut text = String::new();
        if let Some((Frequency::Daily, ords)) = self.ordinal_cache() {
            // Within a month only the day's two digits change.
            const DAYS: [&str; 32] = [
                "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27",
                "28", "29", "30", "31",
            ];
            let mut month = None;
            for (y, m, d) in crate::period::dates::civil_days(ords) {
                match DAYS.get(d as usize) {
                    Some(dd) if month == Some((y, m)) => {
                        text.truncate(8);
                        text.push_str(dd);
                    }
                    _ => {
                        let t = crate::period::format::day_text(y, m, d);
                        text.clear();
                        text.push_str(&String::from_utf8_lossy(&t));
                        month = Some((y, m));
                    }
                }
                each(&text);
            }
            return;
        }
        for p in self.periods() {
            use std::fmt::Write;
            text.clear();
            // Writing to a String cannot fail.
            let _ = write!(text, "{p}");
            each(&text);
        }
    }

    /// Each period's first and last day as day numbers (days since
    /// 1970-01-01), as [`Period::day_numbers`]; a series of days gives its
    /// ordinals without making its periods.
    ///
    /// ```
    /// use growthkit::Series;
    /// let s = Series::from_texts(&["1970-01", "1970-02"], vec![1.0, 2.0])?;
    /// assert_eq!(s.day_numbers(), (vec![0, 31], vec![30, 58]));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn day_numbers(&self) -> (Vec<i64>, Vec<i64>) {
        if let Some((Frequency::Daily, ords)) = self.ordinal_cache() {
            return (ords.clone(), ords.clone());
        }
        self.periods().iter().map(Period::day_numbers).unzip()
    }

    /// The values, in the order of the periods; NaN where missing.
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// The indicator, if any.
    pub fn indicator(&self) -> Option<&Indicator> {
        self.indicator.as_ref()
    }

    /// The periods and values as pairs.
    pub fn iter(&self) -> impl Iterator<Item = (Period, f64)> + '_ {
        self.periods()
            .iter()
            .copied()
            .zip(self.values.iter().copied())
    }

    /// Whether both series hold the same periods, indicator and values, a
    /// missing value matching a missing one; `==` on series is this.
    ///
    /// ```
    /// use growthkit::Series;
    /// let a = Series::from_texts(&["2020", "2021"], vec![1.0, f64::NAN])?;
    /// assert!(a.same_as(&a.clone()) && a == a.clone());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn same_as(&self, other: &Series) -> bool {
        self.periods() == other.periods()
            && self.indicator == other.indicator
            && self.values.len() == other.values.len()
            && self
                .values
                .iter()
                .zip(&other.values)
                .all(|(a, b)| a == b || (a.is_nan() && b.is_nan()))
    }

    /// The value for `period`: `None` when the period is absent or its value
    /// is missing (NaN).
    pub fn get(&self, period: &Period) -> Option<f64> {
        self.lookup(period).filter(|v| !v.is_nan())
    }

    /// Whether `period` is one of the series' periods (its value may be missing).
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let s = Series::from_texts(&["2020-01"], vec![f64::NAN])?;
    /// assert!(s.contains(&Period::parse("2020-01")?));
    /// assert!(!s.contains(&Period::parse("2020-02")?));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn contains(&self, period: &Period) -> bool {
        self.position(period).is_some()
    }

    /// Where `period` is among the periods. A plain date also finds the
    /// business day, or the week, of a business-day or weekly series that
    /// holds it (`2020-04-20` is `2020-04-20[B]`; any day of a week its week).
    fn position(&self, period: &Period) -> Option<usize> {
        let periods = self.periods();
        if let Ok(i) = periods.binary_search(period) {
            return Some(i);
        }
        let freq = self.frequency()?;
        let days = matches!(
            freq,
            Frequency::BusinessDaily | Frequency::Weekly | Frequency::WeeklyEnding(_)
        );
        if !days || period.frequency() != Frequency::Daily {
            return None;
        }
        let holder = Period::containing(freq, period.start()).ok()?;
        periods.binary_search(&holder).ok()
    }

    /// The stored value for `period`, NaN (missing) included; `None` when
    /// the period is absent. [`get`](Series::get) returns `None` for both.
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let s = Series::from_texts(&["2020-01"], vec![f64::NAN])?;
    /// assert!(s.lookup(&Period::parse("2020-01")?).is_some_and(f64::is_nan));
    /// assert_eq!(s.lookup(&Period::parse("2020-02")?), None);
    /// // A plain date finds the business day of a business-day series.
    /// let wti = Series::from_texts(&["2020-04-17[B]", "2020-04-20[B]"], vec![18.27, -36.98])?;
    /// assert_eq!(wti.lookup(&Period::parse("2020-04-20")?), Some(-36.98));
    /// assert_eq!(wti.lookup(&Period::parse("2020-04-19")?), None); // a Sunday
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn lookup(&self, period: &Period) -> Option<f64> {
        self.position(period)
            .and_then(|i| self.values.get(i).copied())
    }

    /// The kind shared by every period; `None` when kinds are mixed or the
    /// series is empty.
    pub fn frequency(&self) -> Option<Frequency> {
        if let Some(Some((freq, _))) = self.ordinals.get() {
            return Some(*freq);
        }
        let first = self.periods().first()?.frequency();
        self.periods()
            .iter()
            .all(|p| p.frequency() == first)
            .then_some(first)
    }

    /// The periods that lie within `first.start()..=last.end()`, with their values.
    ///
    /// ```
    /// use growthkit::{Period, Series};
    /// let s = Series::from_texts(&["2020-01", "2020-02", "2020-03"], vec![1.0, 2.0, 3.0])?;
    /// let cut = s.slice(&Period::parse("2020-02")?, &Period::parse("2020-03")?);
    /// assert_eq!(cut.values(), &[2.0, 3.0]);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    #[allow(clippy::indexing_slicing)] // `lo <= hi <= len`: both are partition points, `hi` raised to `lo`.
    pub fn slice(&self, first: &Period, last: &Period) -> Series {
        let (from, to) = (first.start(), last.end());
        let lo = self.periods().partition_point(|p| p.start() < from);
        let hi = self.periods().partition_point(|p| p.end() <= to).max(lo);
        Series::from_sorted(
            self.periods()[lo..hi].to_vec(),
            self.values[lo..hi].to_vec(),
            self.indicator.clone(),
        )
    }

    /// Both series cut to the periods they share.
    ///
    /// ```
    /// use growthkit::Series;
    /// let a = Series::from_texts(&["2020-01", "2020-02"], vec![1.0, 2.0])?;
    /// let b = Series::from_texts(&["2020-02", "2020-03"], vec![5.0, 6.0])?;
    /// let (a2, b2) = a.align(&b);
    /// assert_eq!((a2.values(), b2.values()), (&[2.0][..], &[5.0][..]));
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    #[allow(clippy::indexing_slicing)] // `i` and `j` index periods and values, which have one length.
    pub fn align(&self, other: &Series) -> (Series, Series) {
        let (mut pa, mut va, mut vb) = (Vec::new(), Vec::new(), Vec::new());
        let (mut i, mut j) = (0, 0);
        while let (Some(a), Some(b)) = (self.periods().get(i), other.periods().get(j)) {
            match a.cmp(b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    pa.push(*a);
                    va.push(self.values[i]);
                    vb.push(other.values[j]);
                    i += 1;
                    j += 1;
                }
            }
        }
        (
            Series::from_sorted(pa.clone(), va, self.indicator.clone()),
            Series::from_sorted(pa, vb, other.indicator.clone()),
        )
    }

    /// `op` on the values of the periods both series share; a result that is
    /// not finite (division by zero) is missing.
    pub fn zip_with(&self, other: &Series, op: impl Fn(f64, f64) -> f64) -> Series {
        let (a, b) = self.align(other);
        let values = a
            .values
            .iter()
            .zip(&b.values)
            .map(|(&x, &y)| finite_or_nan(op(x, y)))
            .collect();
        a.with_values(values, None)
    }

    /// The series with `f` applied to every value; non-finite results are
    /// missing. What `f` yields decides whether the indicator stays.
    pub(crate) fn map_values(
        &self,
        yields: Yields,
        mut f: impl FnMut(&Period, f64) -> f64,
    ) -> Series {
        let values = self.iter().map(|(p, v)| finite_or_nan(f(&p, v))).collect();
        let indicator = yields.indicator(self.indicator.as_ref());
        self.with_values(values, indicator)
    }

    /// For each period, `f(value, value of the period `back` before it)`;
    /// NaN where that period does not exist or is absent. A series of one
    /// kind with ordinals is matched in one pass over its ordinals (the base
    /// ordinals ascend with the rows); others look each base period up.
    pub(crate) fn matched(
        &self,
        yields: Yields,
        back: Back,
        f: impl Fn(f64, f64) -> f64,
    ) -> Series {
        if let Some(values) = self.matched_by_ordinal(back, &f) {
            let indicator = yields.indicator(self.indicator.as_ref());
            return self.with_values(values, indicator);
        }
        self.map_values(yields, |p, v| {
            match back.of(p).ok().and_then(|b| self.lookup(&b)) {
                Some(base) => f(v, base),
                None => f64::NAN,
            }
        })
    }

    /// [`Series::matched`] on ordinals, for the kinds whose periods a lag
    /// moves by whole ordinals and whose year before the kernels know;
    /// `None` for other series (mixed kinds, spans, fiscal kinds).
    fn matched_by_ordinal(&self, back: Back, f: &impl Fn(f64, f64) -> f64) -> Option<Vec<f64>> {
        let (freq, ords) = self.simple_ordinals()?;
        // Consecutive ordinals (no gaps): a lag is a row offset, as in pandas.
        let n = ords.len();
        let consecutive = matches!((ords.first(), ords.last()), (Some(a), Some(b)) if usize::try_from(b - a).ok() == Some(n - 1));
        if let (true, Back::Lag(lag)) = (consecutive, back) {
            let k = usize::try_from(lag.unsigned_abs())
                .unwrap_or(usize::MAX)
                .min(n);
            let v = self.values.as_slice();
            let mut out = vec![f64::NAN; n];
            let later = v.get(k..).unwrap_or_default();
            let g = |x, b| finite_or_nan(f(x, b));
            if lag > 0 {
                let (_, tail) = out.split_at_mut(k);
                crate::kernels::zip_rows(later, v, tail, g);
            } else {
                crate::kernels::zip_rows(v, later, &mut out, g);
            }
            return Some(out);
        }
        let positions = base_positions(ords, &base_ordinals(freq, ords, back)?)?;
        let values = self
            .values
            .iter()
            .zip(&positions)
            .map(|(&x, pos)| match pos {
                Some((j, true)) => self
                    .values
                    .get(*j)
                    .map_or(f64::NAN, |&v| finite_or_nan(f(x, v))),
                _ => f64::NAN,
            })
            .collect();
        Some(values)
    }

    /// The kind and ordinals of a series of one of the kinds whose periods a
    /// lag moves by whole ordinals and whose year before the kernels know.
    fn simple_ordinals(&self) -> Option<(Frequency, &[i64])> {
        let (freq, ords) = self.ordinal_cache()?;
        let simple = matches!(
            freq,
            Frequency::Annual
                | Frequency::Semiannual
                | Frequency::FourMonthly
                | Frequency::Quarterly
                | Frequency::Monthly
                | Frequency::Weekly
                | Frequency::WeeklyEnding(_)
                | Frequency::Daily
                | Frequency::BusinessDaily
        );
        simple.then_some((*freq, ords.as_slice()))
    }

    /// For each row, where its base period (`back` before it) stands among
    /// the rows: the index of the first row at or after it, and whether that
    /// row is the base itself; `None` where there is no base period. Only
    /// for bases before the rows (a positive lag, years back) on series of
    /// one simple kind.
    pub(crate) fn base_rows(&self, back: Back) -> Option<Vec<Option<(usize, bool)>>> {
        if matches!(back, Back::Lag(l) if l <= 0) || matches!(back, Back::Years(n) if n <= 0) {
            return None;
        }
        let (freq, ords) = self.simple_ordinals()?;
        base_positions(ords, &base_ordinals(freq, ords, back)?)
    }
}

/// The ordinal of each row's base period (`None` where it has none).
fn base_ordinals(freq: Frequency, ords: &[i64], back: Back) -> Option<Vec<Option<i64>>> {
    match back {
        Back::Lag(lag) => Some(ords.iter().map(|o| o.checked_sub(lag)).collect()),
        Back::Years(1) => crate::kernels::year_ago_ordinals(freq, ords).ok(),
        Back::Years(n) => {
            if matches!(
                freq,
                Frequency::Weekly | Frequency::Daily | Frequency::BusinessDaily
            ) {
                return None;
            }
            let per_year = i64::from(freq.periods_per_year()?);
            Some(
                ords.iter()
                    .map(|o| o.checked_sub(per_year.checked_mul(n)?))
                    .collect(),
            )
        }
    }
}

/// In one pass (the base ordinals ascend with the rows), the first row at
/// or after each base ordinal and whether it is that ordinal.
fn base_positions(ords: &[i64], bases: &[Option<i64>]) -> Option<Vec<Option<(usize, bool)>>> {
    let mut j = 0;
    let out = bases
        .iter()
        .map(|base| {
            let b = (*base)?;
            while ords.get(j).is_some_and(|&o| o < b) {
                j += 1;
            }
            Some((j, ords.get(j) == Some(&b)))
        })
        .collect();
    Some(out)
}

/// How far back a matched transform compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Back {
    /// `lag` periods before (a negative lag: after).
    Lag(i64),
    /// The same period `n` years before.
    Years(i64),
}

impl Back {
    /// The period `self` before `p`; `out_of_range` where even a lag's
    /// negation overflows (`i64::MIN`).
    pub(crate) fn of(self, p: &Period) -> Result<Period> {
        match self {
            Back::Lag(lag) => {
                let back = lag.checked_neg().ok_or_else(|| {
                    Error::new(
                        ErrorKind::OutOfRange,
                        format!("lag `{lag}` is out of range: no period lies that far back"),
                    )
                })?;
                p.shift(back)
            }
            Back::Years(n) => p.year_ago(n),
        }
    }
}

/// What a transform's values are, relative to the series it was computed
/// from: that decides what happens to the [`Indicator`] (and so the unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Yields {
    /// The same quantity in the same unit (a difference, a rolling sum, a
    /// deflated level, a rebased index): the indicator stays.
    SameUnit,
    /// Another quantity (a share, a contribution, a log, a per-day
    /// figure): the indicator and its unit no longer describe the values,
    /// so the result has none.
    NewQuantity,
    /// The growth rate of what the series measures (`true`: in percent, as
    /// FRED's transforms give it; `false`: as a fraction): the indicator
    /// keeps its code, name (a trailing unit in brackets dropped), region and source,
    /// with the unit `ratio` or `percent` and the measure a rate.
    Growth(bool),
}

impl Yields {
    /// The indicator of the result, from the input's.
    fn indicator(self, of: Option<&Indicator>) -> Option<Indicator> {
        let of = of?;
        match self {
            Yields::SameUnit => Some(of.clone()),
            Yields::NewQuantity => None,
            Yields::Growth(percent) => {
                let unit =
                    crate::unit::Unit::new(if percent { "percent" } else { "ratio" }, 0).ok()?;
                let name = of.name().trim();
                let name = match name.rfind(" (") {
                    Some(i) if name.ends_with(')') => name.get(..i).unwrap_or(name),
                    _ => name,
                };
                let mut growth =
                    Indicator::new(of.code(), name, unit, crate::indicator::Measure::Rate);
                if let Some(r) = of.region() {
                    growth = growth.with_region(r);
                }
                if let Some(s) = of.source() {
                    growth = growth.with_source(s);
                }
                Some(growth)
            }
        }
    }
}

/// Series are equal when they have the same periods, the same indicator and
/// the same values, a missing value (NaN) equalling a missing value: `==` is
/// [`Series::same_as`].
///
/// ```
/// use growthkit::Series;
/// let a = Series::from_texts(&["2020-01", "2020-02"], vec![1.0, f64::NAN])?;
/// assert_eq!(a, a.clone());
/// # Ok::<(), growthkit::Error>(())
/// ```
impl PartialEq for Series {
    fn eq(&self, other: &Series) -> bool {
        self.same_as(other)
    }
}

/// NaN for infinities; finite numbers and NaN pass.
pub(crate) fn finite_or_nan(x: f64) -> f64 {
    if x.is_finite() { x } else { f64::NAN }
}

/// Checks sorted periods for duplicates and overlaps.
fn check_distinct(periods: &[Period]) -> Result<()> {
    let mut latest: Option<&Period> = None;
    for p in periods {
        if let Some(q) = latest {
            if q == p {
                return Err(Error::new(
                    ErrorKind::DuplicatePeriod,
                    format!(
                        "period {} appears twice: each period may have one value",
                        quote(&p.to_string())
                    ),
                ));
            }
            if q.overlaps(p) {
                return Err(Error::new(
                    ErrorKind::OverlappingPeriods,
                    format!(
                        "periods `{q}` and `{p}` overlap: a series' periods must not share days"
                    ),
                ));
            }
        }
        // Keep the period reaching furthest, so that any later overlap shows.
        if latest.is_none_or(|q| p.end() > q.end()) {
            latest = Some(p);
        }
    }
    Ok(())
}

macro_rules! aligned_op {
    ($trait:ident, $method:ident, $op:tt, $doc:literal) => {
        impl $trait for &Series {
            type Output = Series;
            #[doc = $doc]
            fn $method(self, other: &Series) -> Series {
                self.zip_with(other, |a, b| a $op b)
            }
        }
    };
}

aligned_op!(Add, add, +, "Sum on the periods both series share.");
aligned_op!(Sub, sub, -, "Difference on the periods both series share.");
aligned_op!(Mul, mul, *, "Product on the periods both series share.");
aligned_op!(Div, div, /, "Quotient on the periods both series share; division by zero gives a missing value.");
