//! Tiny `.xlsx` workbooks composed in tests: cells that read as numbers are
//! numbers, the others inline strings, empty ones absent.

use std::io::Write;

const NS: &str = "http://schemas.openxmlformats.org";

/// A workbook of `sheets`, each a name and its rows of cells.
pub(crate) fn xlsx(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut files = vec![
        (
            "[Content_Types].xml".to_string(),
            content_types(sheets.len()),
        ),
        (
            "_rels/.rels".to_string(),
            format!(
                r#"<Relationships xmlns="{NS}/package/2006/relationships"><Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
    ];
    let (mut list, mut rels) = (String::new(), String::new());
    for (i, (name, rows)) in sheets.iter().enumerate() {
        let n = i + 1;
        list.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
        files.push((format!("xl/worksheets/sheet{n}.xml"), worksheet(rows)));
    }
    files.push((
        "xl/workbook.xml".to_string(),
        format!(
            r#"<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships"><sheets>{list}</sheets></workbook>"#
        ),
    ));
    files.push((
        "xl/_rels/workbook.xml.rels".to_string(),
        format!(r#"<Relationships xmlns="{NS}/package/2006/relationships">{rels}</Relationships>"#),
    ));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn content_types(n: usize) -> String {
    let sheets: String = (1..=n)
        .map(|i| {
            format!(
                r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            )
        })
        .collect();
    format!(
        r#"<Types xmlns="{NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}</Types>"#
    )
}

fn worksheet(rows: &[&[&str]]) -> String {
    let mut data = String::new();
    for (i, row) in rows.iter().enumerate() {
        data.push_str(&format!(r#"<row r="{}">"#, i + 1));
        for (j, cell) in row.iter().enumerate() {
            let at = format!("{}{}", super::letters(j), i + 1);
            if cell.is_empty() {
                continue;
            }
            if cell.parse::<f64>().is_ok() {
                data.push_str(&format!(r#"<c r="{at}"><v>{cell}</v></c>"#));
            } else {
                let t = cell.replace('&', "&amp;").replace('<', "&lt;");
                data.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{t}</t></is></c>"#
                ));
            }
        }
        data.push_str("</row>");
    }
    format!(
        r#"<worksheet xmlns="{NS}/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>"#
    )
}
