//! Units as data files write them: SDMX unit codes (`MIO_EUR`, `PC`, `I15`,
//! `PT`), words with the scale after the base (`USD millions`), and SDMX's
//! `UNIT_MULT` power of ten on top.

use crate::error::Result;
use crate::unit::Unit;

/// Scale prefixes of SDMX unit codes (Eurostat, ECB, OECD).
const PREFIXES: [(&str, i32); 6] = [
    ("THS_", 3),
    ("MIO_", 6),
    ("MLN_", 6),
    ("BN_", 9),
    ("BIO_", 9),
    ("TRN_", 12),
];

/// Trailing scale words (`USD millions`).
const TRAILING: [(&str, i32); 8] = [
    ("thousands", 3),
    ("thousand", 3),
    ("millions", 6),
    ("million", 6),
    ("billions", 9),
    ("billion", 9),
    ("trillions", 12),
    ("trillion", 12),
];

/// The unit of an SDMX unit code or a written unit, with `mult` (SDMX's
/// `UNIT_MULT`) added to its scale: `MIO_EUR` is million EUR, `PC`, `PT`
/// and `PC_*` percent, `I15` (and `I10`, `I2015`) an index, `NAC` national
/// currency, `PER` persons; `USD millions` is million USD; any other text
/// reads as [`Unit::parse`] reads it.
///
/// # Errors
///
/// `invalid_unit` when no unit can be made of the text.
///
/// ```
/// use growthkit::read::unit_from_sdmx;
/// assert_eq!(unit_from_sdmx("MIO_EUR", None)?.to_string(), "million EUR");
/// assert_eq!(unit_from_sdmx("PC", None)?.base(), "percent");
/// assert_eq!(unit_from_sdmx("I15", None)?.base(), "index");
/// assert_eq!(unit_from_sdmx("USD millions", None)?.scale(), 6);
/// assert_eq!(unit_from_sdmx("EUR", Some(6))?.to_string(), "million EUR");
/// assert_eq!(unit_from_sdmx("CP_MEUR", None)?.to_string(), "million EUR");
/// assert_eq!(unit_from_sdmx("CLV10_MNAC", None)?.scale(), 6);
/// assert_eq!(unit_from_sdmx("IDX", None)?.base(), "index");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn unit_from_sdmx(code: &str, mult: Option<i32>) -> Result<Unit> {
    let t = code.trim();
    let (scale, rest) = PREFIXES
        .iter()
        .find_map(|(p, k)| t.strip_prefix(p).map(|r| (*k, r)))
        .unwrap_or((0, t));
    let rest = national_accounts(rest);
    let (scale, rest) = match millions(rest) {
        Some(r) => (scale + 6, r),
        None => (scale, rest),
    };
    let upper = rest.to_ascii_uppercase();
    let index = upper.len() >= 3
        && upper.starts_with('I')
        && upper
            .get(1..)
            .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let base = match upper.as_str() {
        "PC" | "PT" | "PCT" | "PERCENT" => Some("percent".to_string()),
        _ if upper.starts_with("PC_") => Some("percent".to_string()),
        _ if index => Some("index".to_string()),
        "NAC" | "XDC" => Some("national currency".to_string()),
        "IDX" | "INDEX" => Some("index".to_string()),
        "EUROS" => Some("EUR".to_string()),
        "PER" | "PS" => Some("persons".to_string()),
        _ => None,
    };
    let unit = match base {
        Some(b) => Unit::new(&b, scale)?,
        None => match trailing_scale(rest) {
            Some(u) => u?,
            None => Unit::parse(rest)?,
        },
    };
    let unit = if scale > 0 && base_is(&unit, rest) {
        unit.with_scale(unit.scale() + scale)?
    } else {
        unit
    };
    match mult {
        Some(m) if m != 0 => unit.with_scale(unit.scale() + m),
        _ => Ok(unit),
    }
}

/// Unit codes that say there is no unit: `SO` (INSEE's *sans objet*),
/// SDMX's `_Z` (not applicable) and `_X`, `NA`, and bare numbers (code
/// list entries such as Statistics Canada's `UOM` 249, whose meaning is in
/// the structure file).
pub(crate) fn is_no_unit(code: &str) -> bool {
    let t = code.trim();
    matches!(t, "" | "SO" | "_Z" | "_X" | "NA" | "N/A") || t.bytes().all(|b| b.is_ascii_digit())
}

/// Eurostat's national-accounts codes without their price concept:
/// `CP_MEUR` (current prices), `CLV10_MNAC` (chain-linked volumes, 2010),
/// `PYP_MEUR` (previous year's prices) are `MEUR` and `MNAC`.
fn national_accounts(code: &str) -> &str {
    let Some((concept, rest)) = code.split_once('_') else {
        return code;
    };
    let clv = concept
        .strip_prefix("CLV")
        .is_some_and(|y| !y.is_empty() && y.bytes().all(|b| b.is_ascii_digit()));
    if (concept == "CP" || concept == "PYP" || clv) && millions(rest).is_some() {
        rest
    } else {
        code
    }
}

/// `EUR` of `MEUR`, `NAC` of `MNAC`: Eurostat's millions of a currency.
fn millions(code: &str) -> Option<&str> {
    let rest = code.strip_prefix('M')?;
    (rest.len() == 3 && rest.bytes().all(|b| b.is_ascii_uppercase())).then_some(rest)
}

/// Whether `unit` was read from `rest` alone (so a code prefix's scale is still to add).
fn base_is(unit: &Unit, rest: &str) -> bool {
    unit.scale() == 0 && !rest.is_empty()
}

/// `USD millions` as million USD.
fn trailing_scale(t: &str) -> Option<Result<Unit>> {
    let (base, word) = t.trim().rsplit_once(char::is_whitespace)?;
    let scale = TRAILING
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, k)| *k)?;
    Some(Unit::new(base.trim(), scale))
}

/// The measure a unit suggests when a file does not say: percent a rate,
/// an index an index, anything else a flow. A file cannot tell a flow from
/// a stock, so aggregating a dataset read from one wants an explicit method
/// (the readers say so in their notes).
pub(crate) fn measure_of(unit: &Unit) -> crate::indicator::Measure {
    use crate::indicator::Measure;
    match unit.base() {
        "percent" => Measure::Rate,
        "index" => Measure::Index,
        _ => Measure::Flow,
    }
}
