//! Checks on the archive before calamine reads it: the file's size, the number of parts,
//! what they really unpack to (a zip bomb declares small sizes), and how far each sheet
//! reaches (calamine stores a sheet as a dense grid, so one cell at `XFD1048576` would
//! make it allocate billions of cells).

use std::io::{Cursor, Read};

use super::ImportError;

/// The largest workbook file read (8 MiB, as for JSON documents). A filled template is
/// about 30 kB.
pub const MAX_WORKBOOK_BYTES: usize = 8 * 1024 * 1024;
/// The most all parts of the archive may unpack to together (64 MiB).
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
/// The most parts (files) the archive may hold.
pub const MAX_ENTRIES: usize = 1000;
/// The last row a sheet may reach (1-based).
pub const MAX_ROWS: u32 = 20_000;
/// The last column a sheet may reach (1-based: 64 is `BL`).
pub const MAX_COLUMNS: u32 = 64;

/// What the checks learnt on the way.
pub(crate) struct Checked {
    /// The workbook counts dates from 1904 (old Mac Excel) instead of 1900.
    pub date1904: bool,
}

pub(crate) fn check(bytes: &[u8]) -> Result<Checked, ImportError> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_WORKBOOK_BYTES,
        });
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::NotAWorkbook(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(ImportError::Refused(format!(
            "it holds {} parts, more than {MAX_ENTRIES}",
            archive.len()
        )));
    }
    let mut budget = MAX_UNPACKED_BYTES;
    let mut date1904 = false;
    let mut buffer = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| ImportError::NotAWorkbook(e.to_string()))?;
        let name = entry
            .name()
            .map_err(|e| ImportError::NotAWorkbook(e.to_string()))?
            .into_owned();
        buffer.clear();
        // One byte more than the budget: reading it means the budget is exceeded.
        let read = (&mut entry)
            .take(budget + 1)
            .read_to_end(&mut buffer)
            .map_err(|e| ImportError::NotAWorkbook(format!("{name}: {e}")))?;
        let read = u64::try_from(read).unwrap_or(u64::MAX);
        if read > budget {
            return Err(ImportError::Refused(format!(
                "its parts unpack to more than {} MiB (a zip bomb?)",
                MAX_UNPACKED_BYTES / 1024 / 1024
            )));
        }
        budget -= read;
        if name.starts_with("xl/worksheets/")
            && std::path::Path::new(&name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        {
            let (rows, columns) = reach(&buffer);
            if rows > MAX_ROWS || columns > MAX_COLUMNS {
                return Err(ImportError::Refused(format!(
                    "{name} reaches row {rows}, column {columns}; at most {MAX_ROWS} rows and {MAX_COLUMNS} columns are read"
                )));
            }
        } else if name == "xl/workbook.xml" {
            date1904 = memchr::memmem::find(&buffer, b"date1904=\"1\"").is_some()
                || memchr::memmem::find(&buffer, b"date1904=\"true\"").is_some();
        }
    }
    Ok(Checked { date1904 })
}

/// The last row and column (1-based) a sheet's XML reaches: from the `r` attributes of
/// `<row>` and `<c>` elements, or by counting them where `r` is left out. One pass.
fn reach(xml: &[u8]) -> (u32, u32) {
    let (mut max_row, mut max_col) = (0u32, 0u32);
    let (mut row, mut col) = (0u32, 0u32);
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'<', &xml[at..]) {
        let start = at + i + 1;
        let end = memchr::memchr(b'>', &xml[start..]).map_or(xml.len(), |j| start + j);
        let tag = &xml[start..end];
        at = end.min(xml.len());
        // Skip a namespace prefix (`x:row`).
        let local = tag
            .iter()
            .position(|&b| b == b':')
            .filter(|&p| tag[..p].iter().all(u8::is_ascii_alphanumeric))
            .map_or(tag, |p| &tag[p + 1..]);
        let name_end = local
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(local.len());
        match &local[..name_end] {
            b"row" => {
                row = attribute_r(local)
                    .and_then(parse_u32)
                    .unwrap_or(row.saturating_add(1));
                col = 0;
                max_row = max_row.max(row);
            }
            b"c" => {
                let (c, r) = attribute_r(local).map_or((col.saturating_add(1), row), cell_ref);
                col = c;
                max_col = max_col.max(c);
                max_row = max_row.max(r);
            }
            _ => {}
        }
    }
    (max_row, max_col)
}

/// The value of the ` r="…"` attribute of a tag.
fn attribute_r(tag: &[u8]) -> Option<&[u8]> {
    let i = memchr::memmem::find(tag, b" r=\"")?;
    let value = &tag[i + 4..];
    let end = memchr::memchr(b'"', value)?;
    Some(&value[..end])
}

fn parse_u32(digits: &[u8]) -> Option<u32> {
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// `AB12` → (column 28, row 12), saturating on absurd values.
fn cell_ref(r: &[u8]) -> (u32, u32) {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let col = r[..letters].iter().fold(0u32, |acc, b| {
        acc.saturating_mul(26)
            .saturating_add(u32::from(b.to_ascii_uppercase() - b'A') + 1)
    });
    let row = parse_u32(&r[letters..]).unwrap_or(u32::MAX);
    (col, row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_s_reach_is_read_from_its_xml() {
        let xml = br#"<worksheet><sheetData><row r="1"><c r="A1"/><c r="E1" t="s"><v>0</v></c></row><x:row><x:c/><x:c/></x:row></sheetData></worksheet>"#;
        assert_eq!(reach(xml), (2, 5));
        assert_eq!(
            reach(br#"<row r="3"><c r="XFD1048576"/></row>"#),
            (1_048_576, 16_384)
        );
        assert_eq!(reach(b"<row><c><c"), (1, 2));
        assert_eq!(reach(b"<<>>"), (0, 0));
    }
}
