//! Every series transform on all series of a dataset at once, with the
//! flags carried along (see `flags.rs`).

use super::flags::{Flag, combine};
use super::{Dataset, KeyedSeries};
use crate::error::Result;
use crate::growth::Base;
use crate::method::Method;
use crate::period::{Frequency, Period};
use crate::series::FredTransform;
use crate::series::{Back, Series};

/// Which input observations a result at period `q` is computed from.
#[derive(Clone, Copy)]
enum Inputs {
    /// `q` itself.
    Same,
    /// `q` and the period `back` before it; a break (flagged at the first
    /// period after it) counts when it lies after the base and up to `q`.
    Against(Back),
    /// Every observation from the start of `q`'s year (or of the first of
    /// `n` periods ending at `q`) to `q`.
    YearToDate,
    /// The `n` periods ending at `q`.
    Window(i64),
    /// The observations inside `q` (aggregation).
    Inside,
}

/// The flags of `input` that bear on the result at `q`.
fn flag_at(input: &KeyedSeries, q: &Period, rule: Inputs) -> Option<Flag> {
    let periods = input.series.periods();
    let flag_of = |p: &Period| {
        periods
            .binary_search(p)
            .ok()
            .and_then(|i| input.flags.get(i))
            .and_then(Option::as_ref)
    };
    // The rows inside `from..=to`: periods are sorted and do not overlap,
    // so they start at the first row starting on or after `from`.
    let between = |from: crate::period::Date, to: crate::period::Date| {
        let first = periods.partition_point(|p| p.start() < from);
        periods
            .iter()
            .zip(&input.flags)
            .skip(first)
            .take_while(move |(p, _)| p.start() <= to)
            .filter(move |(p, _)| p.end() <= to)
            .filter_map(|(_, f)| f.as_ref())
    };
    match rule {
        Inputs::Same => combine(flag_of(q)),
        Inputs::Against(b) => {
            let Ok(base) = b.of(q) else {
                return combine(flag_of(q));
            };
            let (lo, hi) = if base < *q { (base, *q) } else { (*q, base) };
            let crossed = between(lo.end().tomorrow().unwrap_or(lo.end()), hi.end())
                .filter(|f| f.is_break())
                .cloned()
                .collect::<Vec<_>>();
            // A break flagged at the base lies before it: it is not crossed.
            let at_base = flag_of(&base).filter(|f| !f.is_break());
            combine(flag_of(q).into_iter().chain(at_base).chain(&crossed))
        }
        Inputs::YearToDate => {
            let year = Period::containing(Frequency::Annual, q.start()).ok();
            let from = year.map_or(q.start(), |y| y.start());
            combine(between(from, q.end()))
        }
        Inputs::Window(n) => {
            let from = q.shift(1 - n.max(1)).map_or(q.start(), |p| p.start());
            combine(between(from, q.end()))
        }
        Inputs::Inside => combine(between(q.start(), q.end())),
    }
}

/// [`flag_at`] for every row of a matched transform, by row positions
/// instead of the calendar: the result keeps the input's rows, the base row
/// of each is found in one pass, and breaks are counted with a running sum,
/// so only rows that cross one look at the rows between.
fn against_by_rows(input: &KeyedSeries, out: &Series, rule: Inputs) -> Option<Vec<Option<Flag>>> {
    let Inputs::Against(back) = rule else {
        return None;
    };
    if !out.same_rows(&input.series) {
        return None;
    }
    let rows = input.series.base_rows(back)?;
    let flags = &input.flags;
    // breaks[r]: the breaks among rows 0..r.
    let mut breaks = Vec::with_capacity(flags.len() + 1);
    breaks.push(0usize);
    for f in flags {
        let last = breaks.last().copied().unwrap_or(0);
        breaks.push(last + usize::from(f.as_ref().is_some_and(Flag::is_break)));
    }
    let result = rows
        .iter()
        .enumerate()
        .map(|(i, pos)| {
            let own = flags.get(i).and_then(Option::as_ref);
            let Some((j, found)) = *pos else {
                return combine(own);
            };
            // A break flagged at the base lies before it: it is not crossed.
            let at_base = found
                .then(|| flags.get(j).and_then(Option::as_ref))
                .flatten()
                .filter(|f| !f.is_break());
            let first = if found { j + 1 } else { j };
            let crossed: Vec<&Flag> = match (breaks.get(first), breaks.get(i + 1)) {
                (Some(a), Some(b)) if b > a => flags
                    .get(first..=i)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(Option::as_ref)
                    .filter(|f| f.is_break())
                    .collect(),
                _ => Vec::new(),
            };
            combine(own.into_iter().chain(at_base).chain(crossed))
        })
        .collect();
    Some(result)
}

/// The flag of a percent change whose base is zero or negative: FRED
/// prints a number there, which is no growth rate.
pub const NON_POSITIVE_BASE: &str = "non_positive_base";

/// Flags the values of `out` whose base in `input` is not positive.
fn flag_non_positive_bases(out: &mut KeyedSeries, input: &Series, back: Back) {
    let flag = Flag::new(NON_POSITIVE_BASE);
    for (i, p) in out.series.periods().iter().enumerate() {
        let base = match back {
            Back::Years(n) => p.year_ago(n),
            Back::Lag(n) => p.shift(-n),
        };
        let bad = base
            .ok()
            .and_then(|b| input.lookup(&b))
            .is_some_and(|b| b <= 0.0);
        if let (true, Some(slot)) = (bad, out.flags.get_mut(i)) {
            *slot = Some(flag.clone());
        }
    }
}

/// Whether a series measures a rate or an index (no totals to difference).
fn is_rate(s: &Series) -> bool {
    s.indicator().is_some_and(|i| {
        matches!(
            i.measure(),
            crate::indicator::Measure::Rate | crate::indicator::Measure::Index
        ) || matches!(i.unit().base(), "percent" | "index")
    })
}

/// `out`, the transform of `input.series`, keyed and flagged as `input` is.
fn keyed(input: &KeyedSeries, out: Series, rule: Inputs) -> Result<KeyedSeries> {
    // A series without flags gives results without flags.
    let flags = if input.flags.iter().all(Option::is_none) {
        vec![None; out.len()]
    } else if let Some(flags) = against_by_rows(input, &out, rule) {
        flags
    } else {
        out.periods()
            .iter()
            .map(|q| flag_at(input, q, rule))
            .collect()
    };
    KeyedSeries::new(input.key.clone(), input.attributes.clone(), out, flags)
}

macro_rules! each {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $rule:expr, |$s:ident| $body:expr) => {
        $(#[$doc])*
        pub fn $name(&self, $($arg: $ty),*) -> Result<Dataset> {
            self.map_entries(|e| {
                let $s = &e.series;
                let out: Result<Series> = $body;
                keyed(e, out?, $rule)
            })
        }
    };
}

impl Dataset {
    each!(
        /// [`Series::yoy`] of every series (base policy `positive`).
        yoy() => Inputs::Against(Back::Years(1)), |s| Ok(s.yoy())
    );
    each!(
        /// [`Series::yoy_with`] of every series.
        yoy_with(base: Base) => Inputs::Against(Back::Years(1)), |s| Ok(s.yoy_with(base))
    );
    each!(
        /// [`Series::pct_change`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        pct_change(lag: i64) => Inputs::Against(Back::Lag(lag)), |s| s.pct_change(lag)
    );
    each!(
        /// [`Series::diff`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        diff(lag: i64) => Inputs::Against(Back::Lag(lag)), |s| s.diff(lag)
    );
    each!(
        /// [`Series::log_diff`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        log_diff(lag: i64) => Inputs::Against(Back::Lag(lag)), |s| s.log_diff(lag)
    );
    each!(
        /// [`Series::annualized`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        annualized(lag: i64) => Inputs::Against(Back::Lag(lag)), |s| s.annualized(lag)
    );
    each!(
        /// [`Series::pct_change_with`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        pct_change_with(lag: i64, base: Base) => Inputs::Against(Back::Lag(lag)), |s| s.pct_change_with(lag, base)
    );
    each!(
        /// [`Series::annualized_with`] of every series.
        ///
        /// # Errors
        ///
        /// `invalid_argument` for a lag of 0.
        annualized_with(lag: i64, base: Base) => Inputs::Against(Back::Lag(lag)), |s| s.annualized_with(lag, base)
    );
    each!(
        /// [`Series::two_year_average_with`] of every series.
        two_year_average_with(base: Base) => Inputs::Against(Back::Years(2)), |s| Ok(s.two_year_average_with(base))
    );
    each!(
        /// [`Series::yoy_diff`] of every series.
        yoy_diff() => Inputs::Against(Back::Years(1)), |s| Ok(s.yoy_diff())
    );
    each!(
        /// [`Series::two_year_average`] of every series.
        two_year_average() => Inputs::Against(Back::Years(2)), |s| Ok(s.two_year_average())
    );
    each!(
        /// [`Series::cumulate_ytd`] of every series.
        ///
        /// # Errors
        ///
        /// As [`Series::cumulate_ytd`].
        cumulate_ytd() => Inputs::YearToDate, |s| s.cumulate_ytd()
    );
    /// [`Series::decumulate_ytd`] of every series of totals. A series of
    /// rates or indices (a percent or index unit, or such a measure: NBS's
    /// 累计增长 beside its 累计值) has no totals to difference: it is passed
    /// over unchanged, and the notes say which.
    ///
    /// # Errors
    ///
    /// As [`Series::decumulate_ytd`].
    pub fn decumulate_ytd(&self) -> Result<Dataset> {
        let mut passed = Vec::new();
        let mut out = self.map_entries(|e| {
            if is_rate(&e.series) {
                passed.push(e.key.join("."));
                return Ok(e.clone());
            }
            keyed(e, e.series.decumulate_ytd()?, Inputs::Window(2))
        })?;
        if !passed.is_empty() {
            out = out.with_note(format!(
                "decumulate_ytd passed over {} series of rates or indices, left as they were: {}",
                passed.len(),
                passed.join(", ")
            ));
        }
        Ok(out)
    }
    each!(
        /// [`Series::per_day`] of every series.
        per_day() => Inputs::Same, |s| Ok(s.per_day())
    );
    each!(
        /// [`Series::rebase`] of every series.
        ///
        /// # Errors
        ///
        /// As [`Series::rebase`], for the first series that fails.
        rebase(base: &Period, value: f64) => Inputs::Same, |s| s.rebase(base, value)
    );
    each!(
        /// [`Series::aggregate`] of every series.
        ///
        /// # Errors
        ///
        /// As [`Series::aggregate`].
        aggregate(freq: Frequency, method: Option<Method>, min_count: Option<usize>)
            => Inputs::Inside, |s| s.aggregate(freq, method, min_count)
    );

    /// [`Series::rolling`] of every series.
    ///
    /// # Errors
    ///
    /// As [`Series::rolling`].
    pub fn rolling(&self, window: usize, method: Method) -> Result<Dataset> {
        let n = i64::try_from(window).unwrap_or(i64::MAX);
        self.map_entries(|e| keyed(e, e.series.rolling(window, method)?, Inputs::Window(n)))
    }

    /// [`Series::transform`] (one of FRED's) of every series. A percent
    /// change over a base that is not positive (`pch`, `pc1`, `pca` over a
    /// negative oil price) is the value FRED prints, flagged
    /// [`NON_POSITIVE_BASE`], where [`Dataset::yoy`] gives no value at all.
    pub fn transform(&self, t: FredTransform) -> Result<Dataset> {
        let rule = match t {
            FredTransform::Lin | FredTransform::Log => Inputs::Same,
            FredTransform::Ch1 | FredTransform::Pc1 => Inputs::Against(Back::Years(1)),
            _ => Inputs::Against(Back::Lag(1)),
        };
        let back = match t {
            FredTransform::Pc1 => Some(Back::Years(1)),
            FredTransform::Pch | FredTransform::Pca => Some(Back::Lag(1)),
            _ => None,
        };
        self.map_entries(|e| {
            let mut out = keyed(e, e.series.transform(t), rule)?;
            if let Some(back) = back {
                flag_non_positive_bases(&mut out, &e.series, back);
            }
            Ok(out)
        })
    }
}
