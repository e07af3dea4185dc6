//! Breakdowns a text does not announce: where every part of an exhaustive
//! set (vocab.txt's `breakdown`: the three industries of GDP, exports and
//! imports of trade) is stated for one period beside its whole, the parts
//! are marked as the whole's, so that the checks add them up.

use super::vocab::vocab;
use super::{Basis, PartKind, Statement};

fn figure(st: &Statement) -> bool {
    st.level.is_some() || matches!(st.basis, Some(Basis::Yoy | Basis::PreviousPeriod))
}

/// Whether an indicator (lowercased) names `word` (at its start for a part).
fn names(indicator: Option<&str>, word: &str, at_start: bool) -> bool {
    indicator.is_some_and(|i| {
        let w = word.to_lowercase();
        if at_start {
            i.starts_with(&w)
        } else {
            i.contains(&w)
        }
    })
}

/// Marks the parts of every complete exhaustive set with their whole.
pub(super) fn link(out: &mut [Statement]) {
    let lower: Vec<Option<String>> = out
        .iter()
        .map(|s| s.indicator.as_ref().map(|i| i.to_lowercase()))
        .collect();
    let name = |j: usize| lower.get(j).and_then(|n| n.as_deref());
    for (parts, wholes) in &vocab().breakdowns {
        for total in 0..out.len() {
            let Some(t) = out.get(total) else { continue };
            if !figure(t)
                || t.part_of.is_some()
                || !wholes.iter().any(|w| names(name(total), w, false))
            {
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
                                && names(name(j), p, true)
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
