//! The loop over the pull parser's events: which element opens or closes
//! what, with the state of the data set, group, series and observation
//! being read.

use super::series::SeriesState;
use crate::dataset::{Builder, Flag};
use crate::error::{Result, malformed};
use crate::period::Period;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

/// Elements nested deeper than this are refused (SDMX data is five deep).
const MAX_DEPTH: usize = 64;

/// Root elements of the data messages read.
const DATA_ROOTS: [&str; 9] = [
    "GenericData",
    "GenericTimeSeriesData",
    "StructureSpecificData",
    "StructureSpecificTimeSeriesData",
    "CompactData",
    "UtilityData",
    "MessageGroup",
    "Data",
    "DataSet",
];

/// Attributes of a `DataSet` element that are about the message, not data.
const DATASET_TECHNICAL: [&str; 12] = [
    "action",
    "structureRef",
    "dataScope",
    "validFromDate",
    "validToDate",
    "keyFamilyURI",
    "publicationYear",
    "publicationPeriod",
    "reportingBeginDate",
    "reportingEndDate",
    "setID",
    "type",
];

/// Which list a Generic `Value` element belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Elsewhere,
    SeriesKey,
    SeriesAttributes,
    GroupKey,
    GroupAttributes,
    ObsAttributes,
}

/// The observation being read.
#[derive(Default)]
struct Obs {
    period: Option<String>,
    value: Option<String>,
    dimension: Option<String>,
    attributes: Vec<(String, String)>,
}

pub(super) struct Parse<'a> {
    xml: NsReader<&'a [u8]>,
    src: &'a str,
    depth: usize,
    /// A byte position and the line it is on, for counting lines onwards.
    counted: (usize, usize),
    root: bool,
    in_header: bool,
    at_observation: Option<String>,
    dataset: Vec<(String, String)>,
    deleting: bool,
    groups: Vec<Vec<(String, String)>>,
    group: Option<Vec<(String, String)>>,
    series: Option<SeriesState>,
    /// The builder key of the open series, once its first observation came.
    key: Option<Vec<String>>,
    obs: Option<Obs>,
    place: Place,
    in_time: bool,
    builder: Option<Builder>,
    dims: Vec<String>,
    periods: rustc_hash::FxHashMap<String, Period>,
    flags: Vec<Flag>,
    first_obs_attributes: HashMap<String, String>,
    varying: BTreeSet<String>,
    deleted: usize,
    refrequenced: usize,
    unit_notes: BTreeSet<String>,
}

impl<'a> Parse<'a> {
    pub(super) fn new(src: &'a str) -> Parse<'a> {
        Parse {
            xml: NsReader::from_str(src),
            src,
            depth: 0,
            counted: (0, 1),
            root: false,
            in_header: false,
            at_observation: None,
            dataset: Vec::new(),
            deleting: false,
            groups: Vec::new(),
            group: None,
            series: None,
            key: None,
            obs: None,
            place: Place::Elsewhere,
            in_time: false,
            builder: None,
            dims: Vec::new(),
            periods: rustc_hash::FxHashMap::default(),
            flags: Vec::new(),
            first_obs_attributes: HashMap::new(),
            varying: BTreeSet::new(),
            deleted: 0,
            refrequenced: 0,
            unit_notes: BTreeSet::new(),
        }
    }

    /// The line the parser is at, for messages.
    fn line(&self) -> usize {
        let at = self.position();
        let since = self.src.get(self.counted.0..at).unwrap_or("");
        self.counted.1 + since.bytes().filter(|&b| b == b'\n').count()
    }

    /// The line the parser is at, counted on from the last call (so that
    /// numbering every observation stays one pass over the text).
    fn advance_line(&mut self) -> usize {
        let line = self.line();
        self.counted = (self.position().max(self.counted.0), line);
        line
    }

    fn position(&self) -> usize {
        let at = usize::try_from(self.xml.buffer_position()).unwrap_or(usize::MAX);
        at.min(self.src.len())
    }

    fn bad(&self, message: impl std::fmt::Display) -> crate::Error {
        malformed(self.line(), None, message)
    }

    /// Reads the whole message; what it read is [`Done`], which owns it
    /// (so that the text can go before the series are made).
    pub(super) fn run(mut self) -> Result<observe::Done> {
        loop {
            let (generic, event) = match self.xml.read_resolved_event() {
                Ok((ns, e)) => (is_generic(&ns), e),
                Err(e) => return Err(self.bad(format!("not well-formed XML: {e}"))),
            };
            match event {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(self.bad(format!(
                            "elements are nested more than {MAX_DEPTH} deep; SDMX data is not"
                        )));
                    }
                    self.open(&e, generic, false)?;
                }
                Event::Empty(e) => self.open(&e, generic, true)?,
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    let name = e.local_name();
                    self.close(name.as_ref(), generic)?;
                }
                Event::Text(t) if self.in_time => {
                    let o = self.obs.get_or_insert_with(Obs::default);
                    o.period.get_or_insert_with(String::new).push_str(t.trim());
                }
                Event::DocType(_) => {
                    return Err(self.bad(
                        "the document declares a DTD; growthkit reads no DTD and expands no \
                         entity, so it does not read documents that declare one",
                    ));
                }
                Event::GeneralRef(r) if self.in_time => {
                    return Err(self.bad(format!("an entity reference `&{};` in a period", &*r)));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(self.done())
    }

    /// An element opens (`empty`: and closes at once).
    fn open(&mut self, e: &BytesStart<'_>, generic: bool, empty: bool) -> Result<()> {
        let local = e.local_name();
        let name = local.as_ref();
        if !self.root {
            self.root = true;
            return self.check_root(name);
        }
        if self.in_header {
            if name == "Structure"
                && let Some(d) = self.value_of(e, "dimensionAtObservation")?
            {
                self.at_observation = Some(d);
            }
            if name == "Header" {
                self.in_header = true;
            }
            return Ok(());
        }
        match (generic, name) {
            (_, "Header") => self.in_header = !empty,
            (_, "DataSet") => self.open_dataset(e)?,
            (true, "Series") => self.series = Some(SeriesState::default()),
            (true, "SeriesKey") => self.place = Place::SeriesKey,
            (true, "Group") => self.group = Some(Vec::new()),
            (true, "GroupKey") => self.place = Place::GroupKey,
            (true, "Attributes") => self.place = self.attributes_place(),
            (true, "Value") => self.generic_value(e)?,
            (true, "Obs") => self.obs = Some(Obs::default()),
            (true, "ObsDimension") => self.obs_dimension(e)?,
            (true, "ObsKey") => {
                return Err(self.bad(
                    "the observations carry their whole key (dimensionAtObservation=AllDimensions): \
                     a flat table, not time series; growthkit reads time series",
                ));
            }
            (true, "Time") => self.in_time = !empty,
            (true, "ObsValue") => {
                let v = self.value_of(e, "value")?;
                self.obs.get_or_insert_with(Obs::default).value = v;
            }
            (false, "Series") => {
                let s = SeriesState::from_components(self.components(e)?);
                self.series = Some(s);
                if empty {
                    self.close_series()?;
                }
            }
            (false, "Group") => self.groups.push(self.components(e)?),
            (false, "Obs") => self.structure_obs(e)?,
            (false, "Section") => {
                return Err(self.bad(
                    "a cross-sectional message (Section elements): growthkit reads time series",
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// The first element: a data message, or a clear refusal.
    fn check_root(&mut self, name: &str) -> Result<()> {
        if DATA_ROOTS.contains(&name) {
            return Ok(());
        }
        let what = match name {
            "Structure" => {
                "an SDMX structure message (codes and definitions), not data".to_string()
            }
            "CrossSectionalData" | "StructureSpecificCrossSectionalData" => {
                "a cross-sectional SDMX message; growthkit reads time series".to_string()
            }
            "Error" => "an SDMX error message from the web service, not data".to_string(),
            _ => format!("XML whose root element is `{name}`, not an SDMX-ML data message"),
        };
        Err(self.bad(format!("the document is {what}")))
    }

    fn attributes_place(&self) -> Place {
        if self.obs.is_some() {
            Place::ObsAttributes
        } else if self.group.is_some() {
            Place::GroupAttributes
        } else if self.series.is_some() {
            Place::SeriesAttributes
        } else {
            Place::Elsewhere
        }
    }

    fn open_dataset(&mut self, e: &BytesStart<'_>) -> Result<()> {
        self.dataset.clear();
        self.groups.clear();
        self.deleting = false;
        for a in e.attributes().with_checks(false) {
            let a = a.map_err(|err| self.bad(format!("an attribute does not read: {err}")))?;
            let local = a.key.local_name();
            let id = local.as_ref();
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| self.bad(format!("an attribute value does not read: {err}")))?;
            if id == "action" {
                self.deleting = v.eq_ignore_ascii_case("Delete");
            } else if a.key.prefix().is_none() && !DATASET_TECHNICAL.contains(&id) {
                self.dataset.push((id.to_string(), v.into_owned()));
            }
        }
        Ok(())
    }

    /// A Generic `Value`: `id` (2.1) or `concept` (2.0), and `value`.
    fn generic_value(&mut self, e: &BytesStart<'_>) -> Result<()> {
        let id = match self.value_of(e, "id")? {
            Some(id) => id,
            None => self.value_of(e, "concept")?.unwrap_or_default(),
        };
        let v = self.value_of(e, "value")?.unwrap_or_default();
        let pair = (id, v);
        match self.place {
            Place::SeriesKey => self.series_mut().key.push(pair),
            Place::SeriesAttributes => self.series_mut().attributes.push(pair),
            Place::GroupKey | Place::GroupAttributes => {
                self.group.get_or_insert_with(Vec::new).push(pair)
            }
            Place::ObsAttributes => self
                .obs
                .get_or_insert_with(Obs::default)
                .attributes
                .push(pair),
            Place::Elsewhere => {}
        }
        Ok(())
    }

    fn series_mut(&mut self) -> &mut SeriesState {
        self.series.get_or_insert_with(SeriesState::default)
    }

    /// A Generic 2.1 `ObsDimension`: the period, or the cross-section's code.
    fn obs_dimension(&mut self, e: &BytesStart<'_>) -> Result<()> {
        let id = self.value_of(e, "id")?;
        let v = self.value_of(e, "value")?;
        let time = id
            .as_deref()
            .is_none_or(|i| i == "TIME_PERIOD" || i == "TIME");
        let o = self.obs.get_or_insert_with(Obs::default);
        if time {
            o.period = v;
        } else {
            o.dimension = v;
        }
        Ok(())
    }

    /// A StructureSpecific or Compact `Obs`, read and put in its series at
    /// once (its attribute texts are borrowed, not copied).
    fn structure_obs(&mut self, e: &BytesStart<'_>) -> Result<()> {
        let [mut time, mut value, mut dimension, mut status]: [Option<Cow<'_, str>>; 4] =
            Default::default();
        let mut others = Vec::new();
        let cross = self.at_observation.as_deref();
        self.each_component(e, |id, v| match id {
            "TIME_PERIOD" | "TIME" => time = Some(v),
            "OBS_VALUE" => value = Some(v),
            "OBS_STATUS" => status = Some(v),
            d if cross == Some(d) => dimension = Some(v),
            d => others.push((d.to_string(), v.into_owned())),
        })?;
        let o = observe::One {
            time: time.as_deref(),
            value: value.as_deref(),
            dimension: dimension.as_deref(),
            status: status.as_deref(),
        };
        self.observe(o, &others)
    }

    /// The unprefixed attributes of an element: its components.
    fn components(&self, e: &BytesStart<'_>) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        self.each_component(e, |id, v| out.push((id.to_string(), v.into_owned())))?;
        Ok(out)
    }

    /// Calls `f` with each unprefixed attribute of an element, its value
    /// unescaped (and borrowed where it has no escapes).
    fn each_component<'e>(
        &self,
        e: &'e BytesStart<'_>,
        mut f: impl FnMut(&str, Cow<'e, str>),
    ) -> Result<()> {
        for a in e.attributes().with_checks(false) {
            let a = a.map_err(|err| self.bad(format!("an attribute does not read: {err}")))?;
            if a.key.prefix().is_some() || a.key.as_ref().starts_with("xmlns") {
                continue;
            }
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| self.bad(format!("an attribute value does not read: {err}")))?;
            f(a.key.0, v);
        }
        Ok(())
    }

    /// The value of attribute `name`, unescaped.
    fn value_of(&self, e: &BytesStart<'_>, name: &str) -> Result<Option<String>> {
        for a in e.attributes().with_checks(false) {
            let a = a.map_err(|err| self.bad(format!("an attribute does not read: {err}")))?;
            if a.key.local_name().as_ref() == name {
                let v = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| self.bad(format!("an attribute value does not read: {err}")))?;
                return Ok(Some(v.into_owned()));
            }
        }
        Ok(None)
    }

    /// An element closes.
    fn close(&mut self, name: &str, generic: bool) -> Result<()> {
        if self.in_header {
            if name == "Header" {
                self.in_header = false;
            }
            return Ok(());
        }
        match (generic, name) {
            (true, "SeriesKey" | "GroupKey" | "Attributes") => self.place = Place::Elsewhere,
            (true, "Group") => {
                if let Some(g) = self.group.take() {
                    self.groups.push(g);
                }
            }
            (true, "Time") => self.in_time = false,
            (true, "Obs") => self.emit()?,
            (_, "Series") => self.close_series()?,
            _ => {}
        }
        Ok(())
    }
}

/// Whether an element is in a Generic data namespace (2.0 or 2.1).
fn is_generic(ns: &ResolveResult<'_>) -> bool {
    match ns {
        ResolveResult::Bound(n) => {
            let uri = n.0;
            uri.to_ascii_lowercase().contains("sdmxml/schemas/")
                && (uri.ends_with("/generic") || uri.ends_with("/data/generic"))
        }
        _ => false,
    }
}

pub(super) mod observe;
