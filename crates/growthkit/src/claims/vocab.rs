//! The vocabulary of `vocab.txt`, read once: every section as a list of
//! words (with `{a|b}` choices expanded), in lexicons that find the
//! longest word at a position.

use super::Basis;
use super::holidays::Holiday;
use super::text::Chars;
use std::collections::HashMap;

pub(crate) use super::lexicon::Lexicon;
use std::sync::OnceLock;

const TEXT: &str = include_str!("vocab.txt");

/// The kind of period a release convention is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum PeriodKind {
    Year,
    Half,
    Quarter,
    Month,
    Span,
}

/// Every section of the vocabulary.
pub(crate) struct Vocab {
    pub(crate) basis: Lexicon<Basis>,
    pub(crate) prep: Lexicon<()>,
    pub(crate) suffix: Lexicon<()>,
    pub(crate) reference: Lexicon<Basis>,
    pub(crate) base: Lexicon<()>,
    pub(crate) base_short: Lexicon<()>,
    pub(crate) conventions: Vec<(bool, PeriodKind, Basis)>,
    /// Conventions named by a cue: language, period kind (`None`: any), basis.
    pub(crate) convention_cue: Lexicon<(bool, Option<PeriodKind>, Basis)>,
    pub(crate) rate_noun: Lexicon<()>,
    pub(crate) growth_noun: Lexicon<()>,
    pub(crate) to: Lexicon<()>,
    pub(crate) change_by: Lexicon<()>,
    pub(crate) forecast: Lexicon<()>,
    pub(crate) revised: Lexicon<()>,
    /// Up and down together: `true` for down.
    pub(crate) direction: Lexicon<bool>,
    pub(crate) verb: Lexicon<()>,
    pub(crate) leading: Lexicon<()>,
    pub(crate) scope: Lexicon<()>,
    pub(crate) filler: Lexicon<()>,
    pub(crate) zh_unit: Lexicon<&'static str>,
    pub(crate) en_scale: Vec<(&'static str, i32)>,
    pub(crate) en_unit: Vec<(&'static str, &'static str)>,
    pub(crate) sign: Vec<(char, &'static str)>,
    pub(crate) prefix: Vec<(&'static str, &'static str)>,
    pub(crate) target: Lexicon<()>,
    pub(crate) among: Lexicon<()>,
    pub(crate) approx_before: Lexicon<()>,
    pub(crate) approx_after: Lexicon<()>,
    pub(crate) zero: Lexicon<()>,
    pub(crate) holiday: Lexicon<Holiday>,
    /// Exhaustive breakdowns: the parts' names and the whole's.
    pub(crate) breakdowns: Vec<(Vec<&'static str>, Vec<&'static str>)>,
}

/// The vocabulary, read on first use.
pub(crate) fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| Vocab::read(TEXT))
}

/// Every text `{a|b}c{d|}` stands for: acd, ac, bcd, bc (spaces squeezed).
pub(crate) fn expand(words: &str) -> Vec<String> {
    let Some(open) = words.find('{') else {
        return vec![words.split_whitespace().collect::<Vec<_>>().join(" ")];
    };
    let Some(close) = words[open..].find('}').map(|k| open + k) else {
        return vec![words.to_string()];
    };
    let (head, tail) = (&words[..open], &words[close + 1..]);
    let mut out = Vec::new();
    for choice in words[open + 1..close].split('|') {
        out.extend(expand(&format!("{head}{choice}{tail}")));
    }
    out.retain(|w| !w.is_empty());
    out.dedup();
    out
}

type Entries = HashMap<&'static str, Vec<(&'static str, &'static str)>>;

fn entries(text: &'static str) -> Entries {
    let mut out: Entries = HashMap::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(section), Some(words)) = (f.next(), f.next()) else {
            continue;
        };
        let value = f.next().unwrap_or("");
        for w in expand(words) {
            out.entry(section)
                .or_default()
                .push((String::leak(w), value));
        }
    }
    out
}

fn basis_of(name: &str) -> Option<Basis> {
    Basis::parse(name).ok()
}

fn period_kind(name: &str) -> Option<PeriodKind> {
    Some(match name {
        "year" => PeriodKind::Year,
        "half" => PeriodKind::Half,
        "quarter" => PeriodKind::Quarter,
        "month" => PeriodKind::Month,
        "span" => PeriodKind::Span,
        _ => return None,
    })
}

impl Vocab {
    fn read(text: &'static str) -> Vocab {
        let e = entries(text);
        let get = |s: &str| e.get(s).cloned().unwrap_or_default();
        let list = |s: &str| Lexicon::new(get(s).into_iter().map(|(w, _)| (w, ())).collect());
        let based = |s: &str| {
            Lexicon::new(
                get(s)
                    .into_iter()
                    .filter_map(|(w, v)| Some((w, basis_of(v)?)))
                    .collect(),
            )
        };
        let conventions = get("convention")
            .into_iter()
            .filter_map(|(w, v)| {
                let (lang, kind) = w.split_once(' ')?;
                Some((lang == "en", period_kind(kind)?, basis_of(v)?))
            })
            .collect();
        let direction = Lexicon::new(
            get("up")
                .into_iter()
                .map(|(w, _)| (w, false))
                .chain(get("down").into_iter().map(|(w, _)| (w, true)))
                .collect(),
        );
        Vocab {
            basis: based("basis"),
            prep: list("prep"),
            suffix: list("suffix"),
            reference: based("ref"),
            base: list("base"),
            base_short: list("base_short"),
            conventions,
            convention_cue: Lexicon::new(
                get("convention_cue")
                    .into_iter()
                    .filter_map(|(w, v)| {
                        let mut f = v.split(' ');
                        let (lang, kind, basis) = (f.next()?, f.next()?, f.next()?);
                        Some((w, (lang == "en", period_kind(kind), basis_of(basis)?)))
                    })
                    .collect(),
            ),
            rate_noun: list("rate_noun"),
            growth_noun: list("growth_noun"),
            to: list("to"),
            change_by: list("change_by"),
            forecast: list("forecast"),
            revised: list("revised"),
            direction,
            verb: list("verb"),
            leading: list("leading"),
            scope: list("scope"),
            filler: list("filler"),
            zh_unit: Lexicon::new(get("zh_unit").into_iter().map(|(w, _)| (w, w)).collect()),
            en_scale: get("en_scale")
                .into_iter()
                .filter_map(|(w, v)| Some((w, v.parse().ok()?)))
                .collect(),
            en_unit: get("en_unit"),
            sign: get("sign")
                .into_iter()
                .filter_map(|(w, v)| Some((w.chars().next()?, v)))
                .collect(),
            prefix: get("prefix"),
            target: list("target"),
            among: list("among"),
            approx_before: list("approx_before"),
            approx_after: list("approx_after"),
            zero: list("zero"),
            breakdowns: get("breakdown")
                .into_iter()
                .map(|(w, v)| (w.split('|').collect(), v.split('|').collect()))
                .collect(),
            holiday: Lexicon::new(
                get("holiday")
                    .into_iter()
                    .filter_map(|(w, v)| Some((w, Holiday::parse(v)?)))
                    .collect(),
            ),
        }
    }

    /// The first characters of the holiday words (for a quick test).
    pub(crate) fn holiday_first_chars(&self) -> Vec<char> {
        entries(TEXT)
            .get("holiday")
            .map(|w| w.iter().filter_map(|(w, _)| w.chars().next()).collect())
            .unwrap_or_default()
    }

    /// The convention for a rate that names no basis, if there is one: one
    /// a cue in `cues` names (the text before the rate), else the language's.
    pub(crate) fn convention(
        &self,
        c: &Chars,
        cues: (usize, usize),
        en: bool,
        kind: PeriodKind,
    ) -> Option<Basis> {
        let cued = (cues.0..cues.1.min(c.len())).rev().find_map(|i| {
            self.convention_cue
                .at(c, i)
                .map(|(v, _)| v)
                .filter(|(l, k, _)| *l == en && k.is_none_or(|k| k == kind))
        });
        if let Some((_, _, b)) = cued {
            return Some(b);
        }
        self.conventions
            .iter()
            .find(|(l, k, _)| *l == en && *k == kind)
            .map(|(_, _, b)| *b)
    }

    /// The basis phrase at `i`: a whole phrase, or a preposition, a
    /// reference and an optional suffix; the longer wins. (basis, length)
    pub(crate) fn basis_at(&self, c: &Chars, i: usize) -> Option<(Basis, usize)> {
        let index = c.basis_index();
        let k = index.partition_point(|(s, _, _)| *s < i);
        index
            .get(k)
            .filter(|(s, _, _)| *s == i)
            .map(|(_, b, n)| (*b, *n))
    }

    /// Every basis phrase of a text, by its start: (start, basis, length).
    pub(crate) fn basis_phrases(&self, c: &Chars) -> Vec<(usize, Basis, usize)> {
        (0..c.len())
            .filter_map(|i| self.basis_here(c, i).map(|(b, n)| (i, b, n)))
            .collect()
    }

    fn basis_here(&self, c: &Chars, i: usize) -> Option<(Basis, usize)> {
        let whole = self.basis.at(c, i);
        let composed = self.comparison_at(c, i);
        match (whole, composed) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    fn comparison_at(&self, c: &Chars, i: usize) -> Option<(Basis, usize)> {
        let (_, n) = self.prep.at(c, i)?;
        let j = skip_spaces(c, i + n);
        let (basis, m) = self.reference.at(c, j)?;
        let mut end = j + m;
        let k = skip_spaces(c, end);
        if let Some((_, s)) = self.suffix.at(c, k) {
            end = k + s;
        }
        Some((basis, end - i))
    }

    /// The last basis phrase in `from..to`: (basis, start, end). A phrase
    /// that starts earlier and covers the one found wins ("at an annual
    /// rate" over "annual rate").
    pub(crate) fn basis_rfind(
        &self,
        c: &Chars,
        from: usize,
        to: usize,
    ) -> Option<(Basis, usize, usize)> {
        self.basis_rfind_where(c, from, to, |_, _| true)
    }

    /// The phrase that covers `found` from furthest back (within 30 characters).
    fn covering(
        &self,
        c: &Chars,
        from: usize,
        found: (Basis, usize, usize),
    ) -> (Basis, usize, usize) {
        let (_, i, e) = found;
        let index = c.basis_index();
        let lo = index.partition_point(|(s, _, _)| *s < i.saturating_sub(30).max(from));
        let hi = index.partition_point(|(s, _, _)| *s < i);
        index
            .get(lo..hi)
            .and_then(|x| x.iter().find(|(s, _, n)| s + n >= e))
            .map_or(found, |&(s, b, n)| (b, s, s + n))
    }

    /// The last basis phrase in `from..to` that `keep` accepts (by its
    /// basis and start).
    pub(crate) fn basis_rfind_where(
        &self,
        c: &Chars,
        from: usize,
        to: usize,
        keep: impl Fn(Basis, usize) -> bool,
    ) -> Option<(Basis, usize, usize)> {
        let index = c.basis_index();
        let lo = index.partition_point(|(s, _, _)| *s < from);
        let hi = index.partition_point(|(s, _, _)| *s < to);
        index
            .get(lo..hi)?
            .iter()
            .rev()
            .find(|(s, b, _)| keep(*b, *s))
            .map(|&(s, b, n)| self.covering(c, from, (b, s, s + n)))
    }

    /// The first basis phrase in `from..to`: (basis, start, end).
    pub(crate) fn basis_find(
        &self,
        c: &Chars,
        from: usize,
        to: usize,
    ) -> Option<(Basis, usize, usize)> {
        let index = c.basis_index();
        let k = index.partition_point(|(s, _, _)| *s < from);
        index
            .get(k)
            .filter(|(s, _, _)| *s < to)
            .map(|&(s, b, n)| (b, s, s + n))
    }
}

fn skip_spaces(c: &Chars, mut i: usize) -> usize {
    while c.at(i) == Some(' ') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_expand() {
        assert_eq!(expand("a {b|c} d"), ["a b d", "a c d"]);
        assert_eq!(expand("x{-| }y {z|}"), ["x-y z", "x-y", "x y z", "x y"]);
    }

    #[test]
    fn composed_comparisons() {
        let v = vocab();
        let read = |t: &str| v.basis_at(&Chars::new(t), 0);
        let c = "compared with the same quarter of the previous year";
        assert_eq!(read(c), Some((Basis::Yoy, c.chars().count())));
        assert_eq!(
            read("from the previous month"),
            Some((Basis::PreviousPeriod, 23))
        );
        assert_eq!(read("与上年同期相比"), Some((Basis::Yoy, 7)));
        assert_eq!(read("for the 12 months ending"), Some((Basis::Yoy, 24)));
        assert_eq!(read("at an annual rate"), Some((Basis::Annualized, 17)));
        assert_eq!(read("annual inflation"), Some((Basis::Yoy, 16)));
        assert_eq!(read("按年"), Some((Basis::Yoy, 2)));
        assert_eq!(read("the previous month"), None);
    }
}
