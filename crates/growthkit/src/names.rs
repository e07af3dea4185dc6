//! The one case rule for every enum read from text (frequencies, methods,
//! base policies, measures, FRED codes, label languages): surrounding
//! whitespace is ignored and ASCII letters match in any case, so `"Sum"`,
//! `" sum "` and `"SUM"` are all `sum`. Their printed names are lowercase.

/// The value whose name matches `text` under the case rule above.
pub(crate) fn find<T: Copy>(text: &str, table: &[(&str, T)]) -> Option<T> {
    let t = text.trim();
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(t))
        .map(|&(_, v)| v)
}

/// [`find`], or `invalid_argument` naming what was read and the valid names.
pub(crate) fn parse<T: Copy>(text: &str, table: &[(&str, T)], what: &str) -> crate::Result<T> {
    find(text, table).ok_or_else(|| {
        let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
        crate::Error::new(
            crate::ErrorKind::InvalidArgument,
            format!(
                "invalid {what} {}: expected {}",
                crate::error::quote(text),
                names.join(", ")
            ),
        )
    })
}

/// The label language named by `lang` (`"en"` or `"zh"`, any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    Zh,
}

impl Lang {
    /// The language, or `invalid_argument` naming the valid ones.
    pub(crate) fn parse(lang: &str) -> crate::Result<Lang> {
        parse(
            lang,
            &[("en", Lang::En), ("zh", Lang::Zh)],
            "label language",
        )
    }
}
