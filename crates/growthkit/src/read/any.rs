//! One entry point for every format: the format decided from the content
//! (never from a file name), the reader for it called.

use super::{
    CsvOptions, ExcelOptions, archive, read_csv, read_eurostat_tsv, read_excel, read_fred_csv,
    read_nbs_json, read_ons_csv, read_sdmx_csv, read_sdmx_json, read_sdmx_xml, read_wide_csv,
    read_worldbank_csv,
};
use crate::dataset::Dataset;
use crate::error::Result;
use std::io::Read;

/// The formats [`any`] tells apart, in the order it looks for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An Excel workbook, `.xlsx` or `.xls` ([`read_excel`]).
    Excel,
    /// SDMX-ML, any version ([`read_sdmx_xml`]).
    SdmxXml,
    /// SDMX-JSON ([`read_sdmx_json`]).
    SdmxJson,
    /// China NBS's query JSON ([`read_nbs_json`]).
    NbsJson,
    /// Eurostat's TSV ([`read_eurostat_tsv`]).
    EurostatTsv,
    /// ONS time-series CSV ([`read_ons_csv`]).
    OnsCsv,
    /// World Bank CSV ([`read_worldbank_csv`]).
    WorldBankCsv,
    /// SDMX-CSV, with or without its structure column ([`read_sdmx_csv`]).
    SdmxCsv,
    /// FRED's CSV ([`read_fred_csv`]).
    FredCsv,
    /// A wide table with periods as column headers ([`read_wide_csv`]).
    WideCsv,
    /// Any other table ([`read_csv`]).
    Csv,
}

impl Format {
    /// The format's name in messages: `SDMX-ML`, `FRED CSV`, …
    pub fn name(self) -> &'static str {
        match self {
            Format::Excel => "Excel workbook",
            Format::SdmxXml => "SDMX-ML",
            Format::SdmxJson => "SDMX-JSON",
            Format::NbsJson => "NBS query JSON",
            Format::EurostatTsv => "Eurostat TSV",
            Format::OnsCsv => "ONS time-series CSV",
            Format::WorldBankCsv => "World Bank CSV",
            Format::SdmxCsv => "SDMX-CSV",
            Format::FredCsv => "FRED CSV",
            Format::WideCsv => "wide CSV (periods as columns)",
            Format::Csv => "plain CSV",
        }
    }
}

/// Reads any format growthkit reads, deciding it from the content: gzip
/// and zip (one data file inside, a structure file beside it left) are
/// opened first; an Office Open XML zip or the OLE2 signature is an Excel
/// workbook; `<` begins SDMX-ML; `{` SDMX-JSON or, with `returndata`,
/// NBS JSON; a tab and `\` in the first cell Eurostat TSV; a `Title` and
/// `CDID` row ONS; `Data Source` or `Country Name` the World Bank;
/// `DATAFLOW`, `STRUCTURE` or `TIME_PERIOD` with `OBS_VALUE` SDMX-CSV;
/// `observation_date` or `DATE` and one more column FRED; three or more
/// period headers a wide table; anything else a plain CSV. What was
/// decided is the first note of the dataset.
///
/// # Errors
///
/// The error of the reader the content chose, its message saying which
/// format was read and why; `malformed_data` for bytes that are no text.
///
/// ```
/// use growthkit::read::any;
/// let ds = any("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2020,1\n".as_bytes())?;
/// assert!(ds.notes()[0].contains("SDMX-CSV"));
/// let e = any("<html></html>".as_bytes()).unwrap_err();
/// assert!(e.to_string().contains("read as SDMX-ML"));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn any(input: impl Read) -> Result<Dataset> {
    let bytes = archive::bytes_of(input)?;
    let (format, why) = decide(&bytes)?;
    let b = &bytes[..];
    let read = match format {
        Format::Excel => read_excel(b, &ExcelOptions::default()),
        Format::SdmxXml => read_sdmx_xml(b),
        Format::SdmxJson => read_sdmx_json(b),
        Format::NbsJson => read_nbs_json(b),
        Format::EurostatTsv => read_eurostat_tsv(b),
        Format::OnsCsv => read_ons_csv(b),
        Format::WorldBankCsv => read_worldbank_csv(b),
        Format::SdmxCsv => read_sdmx_csv(b),
        Format::FredCsv => read_fred_csv(b, None),
        Format::WideCsv => read_wide_csv(b),
        Format::Csv => read_csv(b, &CsvOptions::default()),
    };
    let decided = format!("read as {} ({why})", format.name());
    match read {
        Ok(ds) => Ok(ds.with_first_note(decided)),
        Err(e) => Err(e.with_context(decided)),
    }
}

/// What to say when `reader` was given text of another format: which
/// format it looks like and which reader reads it, or nothing.
pub(crate) fn looks_like(text: &str, reader: Format) -> Option<String> {
    let (format, _) = decide(text.as_bytes()).ok()?;
    let by = match format {
        Format::SdmxXml => "read_sdmx_xml",
        Format::SdmxJson => "read_sdmx_json",
        Format::NbsJson => "read_nbs_json",
        Format::EurostatTsv => "read_eurostat_tsv",
        Format::OnsCsv => "read_ons_csv",
        Format::WorldBankCsv => "read_worldbank_csv",
        Format::SdmxCsv => "read_sdmx_csv",
        Format::FredCsv => "read_fred_csv",
        Format::WideCsv => "read_wide_csv",
        Format::Csv | Format::Excel => return None,
    };
    (format != reader).then(|| {
        format!(
            "; the input looks like {} ({by} reads it, and read tells the formats apart)",
            format.name()
        )
    })
}

/// The format of `bytes` and what showed it.
pub fn decide(bytes: &[u8]) -> Result<(Format, &'static str)> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) || bytes.starts_with(b"PK\x03\x04") {
        return Ok((
            Format::Excel,
            "an Office Open XML zip or the OLE2 signature",
        ));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let head = text
        .get(start..(start + 4096).min(text.len()))
        .unwrap_or(&[]);
    let head = String::from_utf8_lossy(head);
    match head.chars().next() {
        Some('<') => return Ok((Format::SdmxXml, "it begins with `<`")),
        Some('{') | Some('[') if head.contains("\"returndata\"") => {
            return Ok((Format::NbsJson, "JSON with `returndata`"));
        }
        Some('{') | Some('[') => return Ok((Format::SdmxJson, "it begins with `{`")),
        _ => {}
    }
    Ok(decide_table(&head))
}

/// The format of a table from its first lines.
fn decide_table(head: &str) -> (Format, &'static str) {
    let mut lines = head.lines();
    let first = lines.next().unwrap_or("");
    let cells: Vec<String> = first
        .split([',', ';', '\t'])
        .map(|c| c.trim().trim_matches('"').to_string())
        .collect();
    let cell0 = cells.first().map(String::as_str).unwrap_or("");
    if first
        .split('\t')
        .next()
        .is_some_and(|c| c.contains('\\') && first.contains('\t'))
    {
        return (
            Format::EurostatTsv,
            "a tab-separated header whose first cell has `\\`",
        );
    }
    if cell0 == "Title"
        && head
            .lines()
            .take(12)
            .any(|l| l.trim_matches('"').starts_with("CDID"))
    {
        return (Format::OnsCsv, "`Title` and `CDID` rows");
    }
    if cell0 == "Data Source" || cell0 == "Country Name" {
        return (
            Format::WorldBankCsv,
            "a `Data Source` or `Country Name` header",
        );
    }
    let has = |name: &str| cells.iter().any(|c| c == name);
    if cell0.eq_ignore_ascii_case("DATAFLOW")
        || cell0.eq_ignore_ascii_case("STRUCTURE")
        || (has("TIME_PERIOD") && has("OBS_VALUE"))
    {
        return (
            Format::SdmxCsv,
            "DATAFLOW, STRUCTURE or TIME_PERIOD and OBS_VALUE columns",
        );
    }
    let another_period = cells
        .iter()
        .skip(1)
        .any(|c| c.to_ascii_lowercase().contains("period"));
    if (cell0.eq_ignore_ascii_case("observation_date") || cell0 == "DATE") && !another_period {
        return (Format::FredCsv, "a DATE or observation_date column first");
    }
    let periods = cells
        .iter()
        .filter(|c| c.len() >= 4 && crate::period::Period::parse(c).is_ok())
        .count();
    if periods >= 3 {
        return (Format::WideCsv, "three or more columns named by periods");
    }
    (
        Format::Csv,
        "no format of an office's own: not SDMX-ML or JSON (no `<` or `{` first), not \
         Eurostat TSV (no tab and `\\` in the first cell), ONS (no `Title` and `CDID` rows), \
         the World Bank (no `Data Source` or `Country Name`), SDMX-CSV (no DATAFLOW, \
         STRUCTURE, or TIME_PERIOD with OBS_VALUE), FRED (no DATE first) or a wide table \
         (fewer than three period headers)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_first_lines() {
        let cases = [
            ("<?xml version=\"1.0\"?><x/>", Format::SdmxXml),
            ("\u{feff}  {\"data\":{}}", Format::SdmxJson),
            ("{\"returncode\":200,\"returndata\":{}}", Format::NbsJson),
            ("unit,geo\\time\t2020 \t2019 \n", Format::EurostatTsv),
            ("\"Title\",\"CPIH\"\n\"CDID\",\"L522\"\n", Format::OnsCsv),
            (
                "\"Data Source\",\"World Development Indicators\",\n",
                Format::WorldBankCsv,
            ),
            (
                "REF_AREA,Geographic area,TIME_PERIOD,OBS_VALUE\n",
                Format::SdmxCsv,
            ),
            ("observation_date,CPIAUCSL\n", Format::FredCsv),
            ("FREQ,REF_AREA,2020-Q1,2020-Q2,2020-Q3\n", Format::WideCsv),
            ("region,quarter,gdp\n", Format::Csv),
        ];
        for (text, format) in cases {
            assert_eq!(decide(text.as_bytes()).unwrap().0, format, "{text}");
        }
    }

    #[test]
    fn a_reader_given_another_format_says_which_it_looks_like() {
        let xml = format!("<GenericData>{}</GenericData>", "x".repeat(5000));
        let e = super::super::read_sdmx_csv(xml.as_bytes()).unwrap_err();
        let m = e.to_string();
        assert!(
            m.contains("looks like SDMX-ML") && m.contains("read_sdmx_xml"),
            "{m}"
        );
        assert!(
            m.len() < 400,
            "the message quotes a bit of the line, not all of it: {m}"
        );
        let e = super::super::read_csv("{\"data\": 1}".as_bytes(), &CsvOptions::new()).unwrap_err();
        assert!(e.to_string().contains("looks like SDMX-JSON"), "{e}");
    }

    #[test]
    fn a_table_of_no_known_format_says_what_it_is_not() {
        let e = any("a,b\n1,2\n".as_bytes()).unwrap_err();
        let m = e.to_string();
        assert!(
            m.contains("read as plain CSV") && m.contains("not SDMX-ML"),
            "{m}"
        );
        assert!(m.contains("Eurostat TSV") && m.contains("FRED"), "{m}");
    }

    #[test]
    fn workbooks_are_excel() {
        let format = decide(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1]).unwrap().0;
        assert_eq!(format, Format::Excel);
        let e = any(&b"PK\x03\x04 broken"[..]).unwrap_err();
        assert_eq!(e.code(), "malformed_data");
    }
}
