//! The bytes of an input: read whole, and taken out of a gzip stream or a
//! zip archive of one data file, so that every reader reads `.gz` and the
//! offices' zipped downloads as it reads the file inside.

use super::malformed;
use crate::error::{Error, ErrorKind, Result};
use std::io::Read;

/// The most bytes a compressed input may open to (a guard against archives
/// built to fill memory).
const MAX_OPENED: u64 = 1 << 31;

/// The input's bytes; a gzip stream or a zip archive is opened first.
pub(crate) fn bytes_of(mut input: impl Read) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| {
        Error::new(
            ErrorKind::MalformedData,
            format!("the input could not be read: {e}"),
        )
    })?;
    opened(bytes)
}

/// `bytes`, or what they hold when they are gzip or zip.
pub(crate) fn opened(bytes: Vec<u8>) -> Result<Vec<u8>> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return gunzip(&bytes);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return unzip(&bytes);
    }
    Ok(bytes)
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_OPENED + 1)
        .read_to_end(&mut out)
        .map_err(|e| malformed(1, None, format!("the gzip stream does not open: {e}")))?;
    too_large(out.len())?;
    Ok(out)
}

/// Whether a zip member is a data file, not a structure or metadata file
/// that offices ship beside it (Statistics Canada's `*_Structure.xml`,
/// `*_MetaData.csv`).
fn is_data_member(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !name.ends_with('/')
        && !lower.contains("structure")
        && !lower.contains("metadata")
        && !lower.starts_with("__macosx")
}

fn unzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let bad = |e: zip::result::ZipError| {
        malformed(1, None, format!("the zip archive does not open: {e}"))
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(bad)?;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        names.push(
            archive
                .by_index_raw(i)
                .map_err(bad)?
                .name()
                .map_err(bad)?
                .to_string(),
        );
    }
    if names.iter().any(|n| n == "[Content_Types].xml") {
        // An Office Open XML document (a workbook): a file, not an archive of files.
        return Ok(bytes.to_vec());
    }
    let data: Vec<&String> = names.iter().filter(|n| is_data_member(n)).collect();
    let [name] = data.as_slice() else {
        return Err(malformed(
            1,
            None,
            format!(
                "the zip archive holds {} data files ({}), and a reader reads one: \
                 open the archive and give the reader the file you mean",
                data.len(),
                names.join(", ")
            ),
        ));
    };
    let member = archive.by_name(name).map_err(bad)?;
    let mut out = Vec::new();
    member
        .take(MAX_OPENED + 1)
        .read_to_end(&mut out)
        .map_err(|e| {
            malformed(
                1,
                None,
                format!("`{name}` in the zip archive does not open: {e}"),
            )
        })?;
    too_large(out.len())?;
    opened(out)
}

fn too_large(n: usize) -> Result<()> {
    if n as u64 > MAX_OPENED {
        return Err(malformed(
            1,
            None,
            format!("the compressed input opens to more than {MAX_OPENED} bytes; it was not read"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_opens_and_plain_bytes_pass() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"a,b\n1,2\n").unwrap();
        let packed = gz.finish().unwrap();
        assert_eq!(opened(packed).unwrap(), b"a,b\n1,2\n");
        assert_eq!(opened(b"x".to_vec()).unwrap(), b"x");
    }

    #[test]
    fn broken_gzip_is_malformed() {
        let e = opened(vec![0x1f, 0x8b, 0, 1, 2]).unwrap_err();
        assert_eq!(e.code(), "malformed_data");
    }

    #[test]
    fn structure_members_are_not_data() {
        assert!(is_data_member("10100001.csv"));
        assert!(!is_data_member("10100001_MetaData.csv"));
        assert!(!is_data_member("10100001_Structure.xml"));
    }
}
