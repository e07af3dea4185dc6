//! Breakdowns a text does not announce: where every part of an exhaustive
//! set (vocab.txt's `breakdown`: the three industries of GDP, exports and
//! imports of trade) is stated for one period beside its whole, the parts
//! are marked as the whole's, so that the checks add them up.

use super::vocab::vocab;
use super::{Basis, PartKind, Statement};

fn figure(st: &Statement) -> bool {
    st.level.is_some() || matches!(st.basis, Some(Basis::Yoy | Basis::PreviousPeriod))
}

/// Whether `st`'s indicator names `word` (at its start for a part).
fn names(st: &Statement, word: &str, at_start: bool) -> bool {
    let lower = |s: &str| s.to_lowercase();
    st.indicator.as_deref().is_some_and(|i| {
        let (i, w) = (lower(i), lower(word));
        if at_start {
            i.starts_with(&w)
        } else {
            i.contains(&w)
        }
    })
}

/// Marks the parts of every complete exhaustive set with their whole.
pub(super) fn link(out: &mut [Statement]) {
    for (parts, wholes) in &vocab().breakdowns {
        for total in 0..out.len() {
            let Some(t) = out.get(total) else { continue };
            if !figure(t) || t.part_of.is_some() || !wholes.iter().any(|w| names(t, w, false)) {
                continue;
            }
            let period = t.period;
            // Parts stand near their whole: within 40 statements of it.
            let near = total.saturating_sub(40)..(total + 40).min(out.len());
            let found: Option<Vec<usize>> = parts
                .iter()
                .map(|p| {
                    near.clone().find(|&j| {
                        out.get(j).is_some_and(|s| {
                            j != total
                                && (s.part_of.is_none() || s.part_of == Some(total))
                                && s.period == period
                                && figure(s)
                                && names(s, p, true)
                        })
                    })
                })
                .collect();
            let Some(members) = found else { continue };
            let at = members
                .iter()
                .filter_map(|&j| out.get(j))
                .flat_map(|s| s.parts.iter().filter(|p| p.kind == PartKind::Indicator))
                .map(|p| p.start)
                .min()
                .unwrap_or(0);
            for j in members {
                if let Some(s) = out.get_mut(j) {
                    s.part_of = Some(total);
                    s.breakdown = Some(at);
                }
            }
        }
    }
}
