//! [`Dataset::x11`] and [`Dataset::seasonal_adjust`]: every series of a
//! dataset adjusted at once, on every core, each series' failure a note
//! rather than an error.

use super::Decomposition;
use super::adjust::AdjustSpec;
use super::spec::X11Spec;
use crate::dataset::{Dataset, KeyedSeries};
use crate::error::{Error, ErrorKind, Result, quote};
use crate::series::Series;

/// The component of a decomposition by its name.
fn component<'a>(d: &'a Decomposition, name: &str) -> &'a Series {
    match name {
        "trend" => &d.trend,
        "seasonal" => &d.seasonal,
        "irregular" => &d.irregular,
        _ => &d.adjusted,
    }
}

/// The decompositions of `entries` by `f`, in order, shared among the cores.
fn decompose<F>(entries: &[KeyedSeries], f: &F) -> Vec<Result<Decomposition>>
where
    F: Fn(&Series) -> Result<Decomposition> + Sync,
{
    #[cfg(not(target_family = "wasm"))]
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    #[cfg(target_family = "wasm")]
    let cores = 1;
    let part = entries.len().div_ceil(cores).max(1);
    if cores < 2 || entries.len() < 2 {
        return entries.iter().map(|e| f(e.series())).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(part)
            .map(|chunk| {
                scope.spawn(move || chunk.iter().map(|e| f(e.series())).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![Err(Error::new(
                        ErrorKind::InvalidArgument,
                        "a seasonal adjustment worker stopped",
                    ))]
                })
            })
            .collect()
    })
}

impl Dataset {
    /// Every series adjusted by X-11 ([`Series::x11`]), shared among the
    /// cores: the dataset of each series' `component` (`"adjusted"`, the
    /// seasonally adjusted series; `"trend"`, `"seasonal"` or
    /// `"irregular"`), with keys, attributes and flags kept. A series X-11
    /// refuses is left out and named in the notes with the reason.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for an unknown component or an invalid spec.
    pub fn x11(&self, spec: &X11Spec, component_name: &str) -> Result<Dataset> {
        spec.check()?;
        self.adjust_all(component_name, |s| s.x11(spec))
    }

    /// Every series adjusted as [`Series::seasonal_adjust`] does (the
    /// regARIMA model, its regressors and outliers, then X-11), shared among
    /// the cores, as [`Dataset::x11`]: the dataset of each series'
    /// `component`, a series refused left out and named in the notes.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for an unknown component.
    pub fn seasonal_adjust(&self, spec: &AdjustSpec, component_name: &str) -> Result<Dataset> {
        self.adjust_all(component_name, |s| s.seasonal_adjust(spec))
    }

    fn adjust_all<F>(&self, component_name: &str, f: F) -> Result<Dataset>
    where
        F: Fn(&Series) -> Result<Decomposition> + Sync,
    {
        if !["adjusted", "trend", "seasonal", "irregular"].contains(&component_name) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "{} is not a component: use adjusted, trend, seasonal or irregular",
                    quote(component_name)
                ),
            ));
        }
        let mut kept = Vec::new();
        let mut failed = Vec::new();
        for (e, d) in self.entries().iter().zip(decompose(self.entries(), &f)) {
            match d {
                Ok(d) => kept.push(KeyedSeries::new(
                    e.key().to_vec(),
                    e.attributes().clone(),
                    component(&d, component_name).clone(),
                    e.flags().to_vec(),
                )?),
                Err(err) => failed.push(format!(
                    "series {} not adjusted: {} [{}]",
                    e.key().join("."),
                    err.message(),
                    err.code()
                )),
            }
        }
        let mut out = Dataset::new(self.dimensions().to_vec(), kept)?;
        for note in self.notes().iter().cloned().chain(failed) {
            out = out.with_note(note);
        }
        Ok(out)
    }
}
