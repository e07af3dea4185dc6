//! SDMX-ML messages composed here, one for each layout and each refusal.

use super::read_sdmx_xml;
use crate::Period;
use crate::dataset::Dataset;

const MSG21: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
const GEN21: &str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
const GEN20: &str = "http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic";

fn read(xml: &str) -> crate::Result<Dataset> {
    read_sdmx_xml(xml.as_bytes())
}

fn at(ds: &Dataset, key: &[(&str, &str)], period: &str) -> f64 {
    let p = Period::parse(period).unwrap();
    ds.get(key).unwrap().series().lookup(&p).unwrap()
}

#[test]
fn generic_21_with_any_prefix() {
    // The generic namespace under the prefix `q`, and `generic` bound to something else.
    let xml = format!(
        r#"<m:GenericData xmlns:m="{MSG21}" xmlns:q="{GEN21}" xmlns:generic="urn:other">
<m:Header><m:Structure dimensionAtObservation="TIME_PERIOD"/></m:Header>
<m:DataSet><q:Series>
 <q:SeriesKey><q:Value id="FREQ" value="M"/><q:Value id="CURRENCY" value="USD"/>
  <generic:Value id="X" value="Y"/></q:SeriesKey>
 <q:Attributes><q:Value id="UNIT" value="USD"/><q:Value id="UNIT_MULT" value="0"/></q:Attributes>
 <q:Obs><q:ObsDimension value="2019-11"/><q:ObsValue value="1.105"/>
  <q:Attributes><q:Value id="OBS_STATUS" value="A"/></q:Attributes></q:Obs>
 <q:Obs><q:ObsDimension value="2019-12"/><q:ObsValue value="NaN"/></q:Obs>
 <q:Obs><q:ObsDimension value="2020-01"/></q:Obs>
</q:Series>
</m:DataSet></m:GenericData>"#
    );
    let ds = read(&xml).unwrap();
    assert_eq!((ds.len(), ds.n_observations()), (1, 3));
    assert_eq!(
        ds.dimensions(),
        &["FREQ".to_string(), "CURRENCY".to_string()]
    );
    let usd = ds.get(&[("CURRENCY", "USD")]).unwrap();
    assert_eq!(at(&ds, &[("CURRENCY", "USD")], "2019-11"), 1.105);
    assert!(usd.series().values()[1].is_nan() && usd.series().values()[2].is_nan());
    assert_eq!(usd.flags()[0].as_ref().map(|f| f.code()), Some("A"));
    assert_eq!(usd.series().indicator().unwrap().unit().to_string(), "USD");
}

#[test]
fn generic_20_time_elements_and_concepts() {
    let xml = format!(
        r#"<MessageGroup xmlns="{GEN20}"><DataSet><Series>
<SeriesKey><Value concept="LOCATION" value="AUS"/><Value concept="FREQUENCY" value="M"/></SeriesKey>
<Obs><Time>1966-02</Time><ObsValue value="98.5"/></Obs>
<Obs><Time>1967-02</Time><ObsValue value="99.5"/></Obs>
<Obs><Time>1970-01-01</Time><ObsValue value="90"/></Obs>
</Series></DataSet></MessageGroup>"#
    );
    let ds = read(&xml).unwrap();
    assert_eq!(at(&ds, &[("FREQUENCY", "M")], "1967-02"), 99.5);
    // The daily date in the monthly series is a series of its own, said in the notes.
    assert_eq!(at(&ds, &[("FREQUENCY", "D")], "1970-01-01"), 90.0);
    assert!(ds.notes().iter().any(|n| n.contains("finer frequency")));
}

#[test]
fn compact_with_a_group_and_an_oecd_time() {
    let xml = r#"<CompactData xmlns="urn:anything"><DataSet action="Replace">
<Group REF_AREA="SE" UNIT="PC" UNIT_MULT="0"/>
<Series FREQ="M" REF_AREA="SE" TIME_FORMAT="P1M"><Obs TIME="2005-03" OBS_VALUE="0.26"/></Series>
<Series FREQ="Q" REF_AREA="AU" UNIT="IDX" POWERCODE="3"><Obs TIME="2007-Q1" OBS_VALUE="100"/></Series>
</DataSet></CompactData>"#;
    let ds = read(xml).unwrap();
    let unit = |k| {
        ds.get(&[("REF_AREA", k)])
            .unwrap()
            .series()
            .indicator()
            .unwrap()
            .unit()
            .clone()
    };
    assert_eq!(unit("SE").base(), "percent");
    assert_eq!((unit("AU").base(), unit("AU").scale()), ("index", 3));
    assert_eq!(at(&ds, &[("REF_AREA", "SE")], "2005-03"), 0.26);
}

#[test]
fn deletions_are_counted_not_read() {
    let xml = r#"<StructureSpecificData><DataSet action="Delete">
<Series GEO="DE"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/></Series></DataSet>
<DataSet><Series GEO="FR"><Obs TIME_PERIOD="2020" OBS_VALUE="2"/></Series></DataSet>
</StructureSpecificData>"#;
    let ds = read(xml).unwrap();
    assert_eq!(ds.n_observations(), 1);
    assert!(
        ds.notes()
            .iter()
            .any(|n| n.contains("1 observations") && n.contains("Delete"))
    );
}

#[test]
fn a_cross_section_with_time_at_the_series() {
    let xml = format!(
        r#"<m:StructureSpecificData xmlns:m="{MSG21}">
<m:Header><m:Structure dimensionAtObservation="CURRENCY"/></m:Header>
<m:DataSet><Series FREQ="D" TIME_PERIOD="2013-01-18"><Obs CURRENCY="NZD" OBS_VALUE="1.5931"/></Series>
<Series FREQ="D" TIME_PERIOD="2013-01-21"><Obs CURRENCY="NZD" OBS_VALUE="1.5925"/></Series>
</m:DataSet></m:StructureSpecificData>"#
    );
    let ds = read(&xml).unwrap();
    assert_eq!(
        ds.dimensions(),
        &["FREQ".to_string(), "CURRENCY".to_string()]
    );
    assert_eq!(at(&ds, &[("CURRENCY", "NZD")], "2013-01-21"), 1.5925);
}

#[test]
fn refusals_say_what_the_document_is() {
    let cases = [
        (
            r#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><GenericData>&e;</GenericData>"#,
            "DTD",
        ),
        ("<Structure><Codelists/></Structure>", "structure message"),
        ("<html><body/></html>", "root element is `html`"),
        (
            "<StructureSpecificData><DataSet><Series A=\"1\"><Obs OBS_VALUE=\"1\"/></Series></DataSet></StructureSpecificData>",
            "no period",
        ),
        (
            "<StructureSpecificData><DataSet><Series A=\"1\"><Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"1,5\"/></Series></DataSet></StructureSpecificData>",
            "not a number",
        ),
        ("<GenericData><DataSet><Series", "well-formed"),
        ("", "empty"),
    ];
    for (xml, says) in cases {
        let e = read(xml).unwrap_err();
        assert_eq!(e.code(), "malformed_data", "{xml}");
        assert!(e.to_string().contains(says), "{xml}: {e}");
    }
    let deep = format!("<GenericData>{}", "<a>".repeat(100));
    assert!(read(&deep).unwrap_err().to_string().contains("nested"));
}

#[test]
fn an_entity_outside_the_file_is_never_fetched() {
    // An undeclared entity in an attribute is an error, not a lookup.
    let xml =
        "<StructureSpecificData><DataSet><Series A=\"&ext;\"/></DataSet></StructureSpecificData>";
    assert_eq!(read(xml).unwrap_err().code(), "malformed_data");
}
