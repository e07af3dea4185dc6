//! SDMX-ML data messages: 2.0 Generic, Compact, Utility and MessageGroup,
//! 2.1 Generic and StructureSpecific (and their TimeSeries forms), 3.0
//! StructureSpecific, read with a pull parser (never a tree of the whole
//! file).
//!
//! - `events.rs`: the loop over the parser's events;
//! - `series.rs`: a series being read: its key, attributes, unit.

mod events;
mod series;

use super::text_of;
use crate::dataset::Dataset;
use crate::error::Result;
use std::io::Read;

/// Reads an SDMX-ML data message into a dataset: one series per series key
/// (2.0 and 2.1 Generic `SeriesKey`, the dimension attributes of a
/// StructureSpecific or Compact `Series`), `OBS_VALUE` the value,
/// `OBS_STATUS` the flag, `UNIT_MEASURE` or `UNIT` with `UNIT_MULT` or
/// `POWERCODE` the unit, wherever they are attached (data set, group,
/// series); every other attribute is kept. Namespaces are told apart by
/// their URI, never by their prefix.
///
/// A StructureSpecific or Compact series mixes dimensions and attributes
/// in one element, and only the structure definition tells them apart: the
/// reader takes the usual attribute ids (`UNIT_MULT`, `DECIMALS`,
/// `TITLE*`, `TIME_FORMAT`, …) and any value with a space or a date as
/// attributes, the rest as the key.
///
/// `NaN`, empty and absent `OBS_VALUE` are missing values; observations of a
/// data set with `action="Delete"` are deletions, counted in the notes and
/// not read. A series whose frequency dimension says monthly but which
/// holds daily dates is read as two series, the dates under the frequency
/// code they are at (said in the notes).
///
/// # Errors
///
/// `malformed_data` with the line: not well-formed XML, a document type
/// declaration (no DTD is read, no entity expanded, nothing outside the
/// file fetched), elements nested more than 64 deep, a structure message
/// or a cross-section (`dimensionAtObservation` other than `TIME_PERIOD`
/// with no `TIME_PERIOD` at the series), a period or value that does not
/// read, a series key and period twice with different values.
///
/// ```
/// use growthkit::read::read_sdmx_xml;
/// let xml = r#"<m:StructureSpecificData
///   xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
///  <m:DataSet>
///   <Series FREQ="A" GEO="LU" UNIT_MEASURE="EUR" UNIT_MULT="6">
///    <Obs TIME_PERIOD="2012" OBS_VALUE="46526.2"/>
///    <Obs TIME_PERIOD="2013" OBS_VALUE="49094.5" OBS_STATUS="P"/>
///   </Series>
///  </m:DataSet>
/// </m:StructureSpecificData>"#;
/// let ds = read_sdmx_xml(xml.as_bytes())?;
/// let lu = ds.get(&[("GEO", "LU")])?;
/// assert_eq!(lu.series().values(), &[46526.2, 49094.5]);
/// assert_eq!(lu.flags()[1].as_ref().map(|f| f.code()), Some("P"));
/// assert_eq!(lu.series().indicator().unwrap().unit().to_string(), "million EUR");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn read_sdmx_xml(input: impl Read) -> Result<Dataset> {
    let text = text_of(input)?;
    let done = events::Parse::new(&text).run()?;
    drop(text); // what was read is owned: the text goes before the series are made
    done.finish()
}

#[cfg(test)]
mod tests;
