//! The JSON form of a statement, shared by the three languages (behind the
//! `serde` feature): periods, units and printed figures as their texts,
//! `span` as `[start, end]`, `parts` as `{"kind", "start", "end"}`.

use super::{Basis, Modality, Part, PartKind, Provenance, Source, Statement};
use crate::error::{Error, ErrorKind, Result};
use crate::interval::Interval;
use crate::period::Period;
use crate::reported::Reported;
use crate::unit::Unit;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct RawPart {
    kind: String,
    start: usize,
    end: usize,
}

#[derive(Serialize, Deserialize, Default)]
struct RawProvenance {
    indicator: Option<String>,
    period: Option<String>,
    basis: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct RawStatement {
    indicator: Option<String>,
    scope: Option<String>,
    period: Option<String>,
    level: Option<String>,
    unit: Option<String>,
    growth: Option<String>,
    growth_interval: Option<Interval>,
    basis: Option<String>,
    #[serde(default)]
    change: Option<String>,
    #[serde(default)]
    change_unit: Option<String>,
    #[serde(default)]
    modality: Option<String>,
    #[serde(default)]
    provenance: RawProvenance,
    #[serde(default)]
    approximate: bool,
    target: bool,
    relative_to: Option<String>,
    compared_to: Option<String>,
    part_of: Option<usize>,
    breakdown: Option<usize>,
    span: (usize, usize),
    parts: Vec<RawPart>,
    missing: Vec<String>,
}

fn bad(e: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::InvalidArgument,
        format!("invalid statement JSON: {e}"),
    )
}

impl Statement {
    /// The statement as JSON text.
    ///
    /// ```
    /// use growthkit::claims::{extract, Lang, Statement};
    /// let s = extract("2021年，网上零售额130884亿元，比上年增长14.1%。", None, Lang::Auto)?;
    /// let back = Statement::from_json(&s[0].to_json())?;
    /// assert_eq!(back, s[0]);
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let raw = RawStatement {
            indicator: self.indicator.clone(),
            scope: self.scope.clone(),
            period: self.period.map(|p| p.to_string()),
            level: self.level.as_ref().map(ToString::to_string),
            unit: self.unit.as_ref().map(ToString::to_string),
            growth: self.growth.as_ref().map(ToString::to_string),
            growth_interval: self.growth_interval,
            basis: self.basis.map(|b| b.as_str().to_string()),
            change: self.change.as_ref().map(ToString::to_string),
            change_unit: self.change_unit.as_ref().map(ToString::to_string),
            modality: self.modality.map(|m| m.as_str().to_string()),
            provenance: RawProvenance {
                indicator: self.provenance.indicator.map(|s| s.as_str().to_string()),
                period: self.provenance.period.map(|s| s.as_str().to_string()),
                basis: self.provenance.basis.map(|s| s.as_str().to_string()),
            },
            approximate: self.approximate,
            target: self.target,
            relative_to: self.relative_to.clone(),
            compared_to: self.compared_to.map(|p| p.to_string()),
            part_of: self.part_of,
            breakdown: self.breakdown,
            span: self.span,
            parts: self
                .parts
                .iter()
                .map(|p| RawPart {
                    kind: p.kind.as_str().to_string(),
                    start: p.start,
                    end: p.end,
                })
                .collect(),
            missing: self.missing.clone(),
        };
        serde_json::to_string(&raw).unwrap_or_default()
    }

    /// A statement from the JSON that [`Statement::to_json`] writes.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for JSON of another shape; the errors of
    /// [`Period::parse`], [`Reported::parse`] and [`Unit::parse`] for bad texts.
    pub fn from_json(text: &str) -> Result<Statement> {
        let raw: RawStatement = serde_json::from_str(text).map_err(bad)?;
        let opt =
            |t: &Option<String>, f: fn(&str) -> Result<Period>| t.as_deref().map(f).transpose();
        let kinds = [
            PartKind::Indicator,
            PartKind::Scope,
            PartKind::Period,
            PartKind::Level,
            PartKind::Growth,
            PartKind::Basis,
            PartKind::Change,
        ];
        let parts = raw
            .parts
            .iter()
            .map(|p| {
                let kind = kinds
                    .iter()
                    .find(|k| k.as_str() == p.kind)
                    .ok_or_else(|| bad(format!("part kind `{}`", p.kind)))?;
                Ok(Part {
                    kind: *kind,
                    start: p.start,
                    end: p.end,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let growth = raw.growth.as_deref().map(Reported::parse).transpose()?;
        let source = |t: &Option<String>| t.as_deref().map(Source::parse).transpose();
        let provenance = Provenance {
            indicator: source(&raw.provenance.indicator)?,
            period: source(&raw.provenance.period)?,
            basis: source(&raw.provenance.basis)?,
        };
        Ok(Statement {
            indicator: raw.indicator,
            scope: raw.scope,
            period: opt(&raw.period, Period::parse)?,
            level: raw.level.as_deref().map(Reported::parse).transpose()?,
            unit: raw.unit.as_deref().map(Unit::parse).transpose()?,
            growth_interval: raw
                .growth_interval
                .or_else(|| growth.as_ref().map(Reported::interval)),
            growth,
            basis: raw.basis.as_deref().map(Basis::parse).transpose()?,
            change: raw.change.as_deref().map(Reported::parse).transpose()?,
            change_unit: raw.change_unit.as_deref().map(Unit::parse).transpose()?,
            modality: raw.modality.as_deref().map(Modality::parse).transpose()?,
            provenance,
            approximate: raw.approximate,
            target: raw.target,
            relative_to: raw.relative_to,
            compared_to: opt(&raw.compared_to, Period::parse)?,
            part_of: raw.part_of,
            breakdown: raw.breakdown,
            span: raw.span,
            parts,
            missing: raw.missing,
        })
    }
}
