//! [`Unit`] and [`Quantity`]: base units with power-of-ten scales (SDMX
//! UNIT_MULT), including the Chinese scales 万, 亿 and 万亿.

use crate::error::ErrorKind;
use crate::error::{Error, Result, finite, quote};
use std::fmt;
use std::str::FromStr;

/// English scale words and their powers of ten.
const ENGLISH_SCALES: [(&str, i32); 4] = [
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Chinese scale characters and their powers of ten, in simplified and
/// traditional script; longest first so that `万亿` is read before `万`.
/// `兆` is 10^12, as Taiwan and Hong Kong write it (`新台幣3兆元`).
const CHINESE_SCALES: [(&str, i32); 7] = [
    ("万亿", 12),
    ("萬億", 12),
    ("兆", 12),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
];

/// A base unit plus a power-of-ten scale: `billion yuan` is yuan with scale 9,
/// `亿元` yuan with scale 8.
///
/// Base units are kept in a canonical spelling: `yuan` (for `yuan`, `元`,
/// `CNY`, `RMB`), `USD`, `percent` (for `percent`, `%`), `index`; any other
/// word is a counted thing (`factories`) kept as written.
///
/// ```
/// use growthkit::Unit;
/// let u = Unit::parse("亿元")?;
/// assert_eq!((u.base(), u.scale()), ("yuan", 8));
/// assert_eq!(Unit::parse("billion RMB")?, Unit::new("yuan", 9)?);
/// assert_eq!(u.to_string(), "亿元");
/// assert_eq!(Unit::parse("billion yuan")?.label("zh")?, "十亿元");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    base: String,
    scale: i32,
}

impl Unit {
    /// A unit from a base and a scale (the power of ten).
    ///
    /// # Errors
    ///
    /// `invalid_unit` when the base is empty or the scale is outside
    /// -30..=30.
    ///
    /// ```
    /// use growthkit::Unit;
    /// assert_eq!(Unit::new("CNY", 9)?.to_string(), "billion yuan");
    /// assert_eq!(Unit::new(" ", 0).unwrap_err().code(), "invalid_unit");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(base: &str, scale: i32) -> Result<Unit> {
        if !(-30..=30).contains(&scale) {
            return Err(Error::new(
                ErrorKind::InvalidUnit,
                format!(
                    "scale `{scale}` is out of range: a unit's power of ten must lie within -30 to 30"
                ),
            ));
        }
        let base = canonical_base(base).ok_or_else(|| {
            Error::new(ErrorKind::InvalidUnit, format!(
                "invalid unit {}: a unit needs a base such as yuan, USD, percent, index or a counted word",
                quote(base)
            ))
        })?;
        // A base that begins with a scale word would read back as another unit.
        if scale_prefix(&base).is_some() {
            return Err(Error::new(
                ErrorKind::InvalidUnit,
                format!(
                    "invalid unit base {}: it begins with a scale word; give the scale as the scale",
                    quote(&base)
                ),
            ));
        }
        Ok(Unit { base, scale })
    }

    /// Reads a unit: an optional scale word (`thousand`, `million`,
    /// `billion`, `trillion`, `万`, `亿`, `万亿`, the traditional `萬`, `億`,
    /// `萬億`, `兆` (10^12), or `10^k`) and a base
    /// (`yuan`, `元`, `CNY`, `RMB`, `USD`, `percent`, `%`, `index`, or any
    /// other word as a counted thing).
    ///
    /// # Errors
    ///
    /// `invalid_unit` when no base is left after the scale word.
    ///
    /// ```
    /// use growthkit::Unit;
    /// assert_eq!(Unit::parse("万亿元")?.scale(), 12);
    /// assert_eq!(Unit::parse("10^8 USD")?.scale(), 8);
    /// assert_eq!(Unit::parse("億元")?, Unit::parse("亿元")?);
    /// assert_eq!(Unit::parse("兆元")?.scale(), 12);
    /// assert_eq!(Unit::parse("smart factories")?.base(), "smart factories");
    /// assert_eq!(Unit::parse("billion").unwrap_err().code(), "invalid_unit");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Unit> {
        let t = text.trim();
        let (scale, base) = match scale_prefix(t) {
            Some((Ok(k), base)) => (k, base),
            Some((Err(()), _)) => return Err(no_base(text)),
            None => (0, t),
        };
        if base.trim().is_empty() {
            return Err(no_base(text));
        }
        Unit::new(base, scale)
    }

    /// The base unit in its canonical spelling.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The power of ten (SDMX UNIT_MULT): 9 for billions, 8 for 亿.
    pub fn scale(&self) -> i32 {
        self.scale
    }

    /// The same base at another scale.
    ///
    /// # Errors
    ///
    /// `invalid_unit` for a scale outside -30..=30.
    ///
    /// ```
    /// use growthkit::Unit;
    /// assert_eq!(Unit::parse("yuan")?.with_scale(8)?.to_string(), "亿元");
    /// assert!(Unit::parse("yuan")?.with_scale(99).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn with_scale(&self, scale: i32) -> Result<Unit> {
        Unit::new(&self.base, scale)
    }

    /// A label in `"en"` (`billion yuan`) or `"zh"` (`亿元`). Scales
    /// without a word are written `10^k`.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for a language other than `en` and `zh`, as
    /// [`Period::label`](crate::Period::label).
    ///
    /// ```
    /// use growthkit::Unit;
    /// let u = Unit::parse("亿元")?;
    /// assert_eq!(u.label("en")?, "10^8 yuan");
    /// assert_eq!(u.label("zh")?, "亿元");
    /// assert_eq!(u.label("fr").unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn label(&self, lang: &str) -> Result<String> {
        Ok(self.label_in(crate::names::Lang::parse(lang)? == crate::names::Lang::Zh))
    }

    /// The label in Chinese (`zh`) or English.
    fn label_in(&self, zh: bool) -> String {
        let base = match (zh, self.base.as_str()) {
            (true, "yuan") => "元",
            (true, "percent") => "%",
            (true, "USD") => "美元",
            (_, b) => b,
        };
        let word = if zh {
            match self.scale {
                0 => Some(""),
                3 => Some("千"),
                4 => Some("万"),
                6 => Some("百万"),
                8 => Some("亿"),
                9 => Some("十亿"),
                12 => Some("万亿"),
                _ => None,
            }
        } else {
            ENGLISH_SCALES
                .iter()
                .find(|(_, k)| *k == self.scale)
                .map(|(w, _)| *w)
                .or((self.scale == 0).then_some(""))
        };
        match word {
            Some("") => base.to_string(),
            Some(w) if zh => format!("{w}{base}"),
            Some(w) => format!("{w} {base}"),
            None => format!("10^{} {base}", self.scale),
        }
    }
}

/// A leading scale word (`billion `, `10^8 `, `亿`) and the rest of the
/// text; `Err(())` for a `10^k` whose `k` is not a number.
fn scale_prefix(t: &str) -> Option<(std::result::Result<i32, ()>, &str)> {
    for (word, scale) in ENGLISH_SCALES {
        let head = t.get(..word.len());
        let rest = t.get(word.len()..).unwrap_or("");
        if head.is_some_and(|h| h.eq_ignore_ascii_case(word))
            && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        {
            return Some((Ok(scale), rest));
        }
    }
    if let Some(rest) = t.strip_prefix("10^") {
        let (k, base) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        return Some((k.parse().map_err(|_| ()), base));
    }
    CHINESE_SCALES
        .iter()
        .find_map(|(word, scale)| t.strip_prefix(word).map(|rest| (Ok(*scale), rest)))
}

fn no_base(text: &str) -> Error {
    Error::new(
        ErrorKind::InvalidUnit,
        format!(
            "invalid unit {}: expected an optional scale (thousand, million, billion, trillion, \
         万, 亿, 万亿, 萬, 億, 萬億, 兆, 10^k) and a base such as yuan, 元, CNY, RMB, USD, percent, %, index or a \
         counted word",
            quote(text)
        ),
    )
}

fn canonical_base(text: &str) -> Option<String> {
    let t = text.trim();
    let base = match t.to_lowercase().as_str() {
        "" => return None,
        "yuan" | "元" | "cny" | "rmb" | "人民币" | "人民幣" => "yuan",
        "usd" => "USD",
        "percent" | "%" => "percent",
        "index" => "index",
        _ => t,
    };
    Some(base.to_string())
}

impl fmt::Display for Unit {
    /// The English label, except that yuan at the Chinese scales 万 and 亿
    /// is written `万元` and `亿元`. The text reads back with [`Unit::parse`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.base == "yuan" && (self.scale == 4 || self.scale == 8) {
            f.write_str(&self.label_in(true))
        } else {
            f.write_str(&self.label_in(false))
        }
    }
}

impl FromStr for Unit {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Unit::parse(s)
    }
}

/// A value with a unit.
///
/// ```
/// use growthkit::{Quantity, Unit};
/// let sales = Quantity::new(122.7, Unit::parse("billion yuan")?)?;
/// assert_eq!(sales.to_scale(8)?.value(), 1227.0);
/// assert_eq!(sales.convert(&Unit::parse("亿元")?)?.to_string(), "1227 亿元");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    value: f64,
    unit: Unit,
}

impl Quantity {
    /// A finite value in `unit`.
    ///
    /// # Errors
    ///
    /// `non_finite` for NaN or an infinity.
    ///
    /// ```
    /// use growthkit::{Quantity, Unit};
    /// assert!(Quantity::new(1.0, Unit::parse("yuan")?).is_ok());
    /// assert_eq!(Quantity::new(f64::NAN, Unit::parse("yuan")?).unwrap_err().code(), "non_finite");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn new(value: f64, unit: Unit) -> Result<Quantity> {
        Ok(Quantity {
            value: finite("a quantity's value", value)?,
            unit,
        })
    }

    /// The number.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The unit.
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The same amount at scale `k` of the same base: 122.7 billion yuan is
    /// 1227 亿元. Scaling up multiplies by an exact power of ten and scaling
    /// down divides by one, so `122.7` at scale 9 becomes exactly `1227` at 8.
    ///
    /// # Errors
    ///
    /// `invalid_unit` for a scale outside -30..=30, `non_finite` if the
    /// result overflows.
    ///
    /// ```
    /// use growthkit::{Quantity, Unit};
    /// let q = Quantity::new(1227.0, Unit::parse("亿元")?)?;
    /// assert_eq!(q.to_scale(9)?.value(), 122.7);
    /// assert!(q.to_scale(31).is_err());
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_scale(&self, k: i32) -> Result<Quantity> {
        let unit = self.unit.with_scale(k)?;
        let diff = self.unit.scale - k;
        let value = if diff >= 0 {
            self.value * 10f64.powi(diff)
        } else {
            self.value / 10f64.powi(-diff)
        };
        Quantity::new(value, unit)
    }

    /// The same amount in `unit`, which must have the same base.
    ///
    /// # Errors
    ///
    /// `unit_mismatch` when the bases differ.
    ///
    /// ```
    /// use growthkit::{Quantity, Unit};
    /// let q = Quantity::new(65.99, Unit::parse("billion yuan")?)?;
    /// assert_eq!(q.convert(&Unit::parse("亿元")?)?.value(), 659.9);
    /// assert_eq!(q.convert(&Unit::parse("USD")?).unwrap_err().code(), "unit_mismatch");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn convert(&self, unit: &Unit) -> Result<Quantity> {
        if unit.base != self.unit.base {
            return Err(Error::new(
                ErrorKind::UnitMismatch,
                format!(
                    "cannot convert `{}` to `{unit}`: the base units `{}` and `{}` differ",
                    self.unit, self.unit.base, unit.base
                ),
            ));
        }
        self.to_scale(unit.scale)
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.unit)
    }
}
