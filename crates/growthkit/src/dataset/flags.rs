//! Observation status flags (SDMX's `OBS_STATUS`, `OBS_FLAG`) and how they
//! travel: a value computed from flagged observations carries the most
//! telling of their flags, and a growth rate across a break in series is
//! marked as such, never silently trusted.

use std::fmt;

/// An observation's status flag, as the file writes it (`A` normal, `B`
/// break in series, `E` estimated, `F` forecast, `P` provisional, `M`
/// missing, … in SDMX's `CL_OBS_STATUS`; Eurostat's `p`, `e`, `b` alike).
///
/// ```
/// use growthkit::Flag;
/// assert!(Flag::new("B").is_break());
/// assert!(Flag::new("p").is_break() == false);
/// let both = Flag::new("B; E");
/// assert!(both.is_break());
/// assert_eq!(both.parts().collect::<Vec<_>>(), ["B", "E"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Flag(std::sync::Arc<str>);

impl Flag {
    /// A flag with the code as written.
    pub fn new(code: &str) -> Flag {
        Flag(code.trim().into())
    }

    /// The code as written.
    pub fn code(&self) -> &str {
        &self.0
    }

    /// The codes of a compound flag (OECD's `B; E`), or the one code.
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        self.0
            .split([';', ','])
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// Whether the flag marks a break in series (`B`, any case, alone or
    /// in a compound flag).
    pub fn is_break(&self) -> bool {
        self.parts().any(|p| p.eq_ignore_ascii_case("b"))
    }

    /// How much a flag tells about a value derived from it: a break first,
    /// then estimated, provisional, forecast, any other code; normal (`A`)
    /// tells nothing.
    /// A compound flag weighs as its weightiest part, and travels whole.
    fn weight(&self) -> u8 {
        self.parts()
            .map(|p| match p.to_ascii_uppercase().as_str() {
                "B" => 5,
                "E" => 4,
                "P" => 3,
                "F" => 2,
                "A" => 0,
                _ => 1,
            })
            .max()
            .unwrap_or(0)
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The flag with `code`, shared with the observations that have it already
/// (a file's million flags are a handful of codes).
#[cfg_attr(not(feature = "serde"), allow(dead_code))] // the readers use it
pub(crate) fn intern_flag(seen: &mut Vec<Flag>, code: &str) -> Flag {
    match seen.iter().find(|f| f.code() == code) {
        Some(f) => f.clone(),
        None => {
            let f = Flag::new(code);
            seen.push(f.clone());
            f
        }
    }
}

/// The flag a derived value carries: the weightiest of `flags`, none when
/// all are normal or absent.
pub(crate) fn combine<'a>(flags: impl IntoIterator<Item = &'a Flag>) -> Option<Flag> {
    flags
        .into_iter()
        .filter(|f| f.weight() > 0)
        .max_by_key(|f| f.weight())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_flag_travels_whole_over_a_lighter_one() {
        let (both, e, a) = (Flag::new("B; E"), Flag::new("E"), Flag::new("A"));
        assert_eq!(combine([&e, &both]), Some(both.clone()));
        assert_eq!(
            combine([&a, &both]).map(|f| f.code().to_string()),
            Some("B; E".into())
        );
        assert_eq!(combine([&a, &e]), Some(e));
        assert_eq!(combine([&a]), None);
    }
}
