//! What a file's bytes are before they are read as JSON: UTF-8 (with or without a
//! byte-order mark), or UTF-16 or GBK / GB 18030 — which Chinese-locale tools often
//! save — refused with a message that says to save the file as UTF-8.
//!
//! Nothing is converted: a legacy file's encoding can only be guessed, and a wrong
//! guess would put wrong text into an assessment.

/// The UTF-8 byte-order mark.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// An encoding the loaders refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// UTF-16, little-endian (what Windows tools call "Unicode").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Not UTF-8, but every non-ASCII byte sequence is a GBK / GB 18030 character.
    Gbk,
}

impl std::fmt::Display for Foreign {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Foreign::Utf16Le => "this file is UTF-16 (little-endian)",
            Foreign::Utf16Be => "this file is UTF-16 (big-endian)",
            Foreign::Gbk => "this file looks like GBK (GB 18030), not UTF-8",
        })
    }
}

/// The bytes without a leading UTF-8 byte-order mark, and whether there was one; or the
/// foreign encoding the bytes are in.
pub(crate) fn sniff(bytes: &[u8]) -> Result<(&[u8], bool), Foreign> {
    if let Some(rest) = bytes.strip_prefix(BOM) {
        return Ok((rest, true));
    }
    match bytes {
        [0xFF, 0xFE, ..] => return Err(Foreign::Utf16Le),
        [0xFE, 0xFF, ..] => return Err(Foreign::Utf16Be),
        // A JSON document starts with ASCII; in UTF-16 every other byte of it is zero.
        [a, 0, ..] if *a != 0 => return Err(Foreign::Utf16Le),
        [0, b, ..] if *b != 0 => return Err(Foreign::Utf16Be),
        _ => {}
    }
    if std::str::from_utf8(bytes).is_err() && is_gbk(bytes) {
        return Err(Foreign::Gbk);
    }
    Ok((bytes, false))
}

/// Whether every byte at or above 0x80 starts a well-formed GBK / GB 18030 sequence:
/// two bytes (lead 0x81–0xFE, trail 0x40–0xFE but not 0x7F) or four (0x81–0xFE,
/// 0x30–0x39, 0x81–0xFE, 0x30–0x39). One pass.
fn is_gbk(bytes: &[u8]) -> bool {
    let lead = |b: u8| (0x81..=0xFE).contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        match bytes.get(i..(i + 4).min(bytes.len())) {
            Some([l, t, ..]) if lead(*l) && (0x40..=0xFE).contains(t) && *t != 0x7F => i += 2,
            Some([l, d1, l2, d2]) if lead(*l) && digit(*d1) && lead(*l2) && digit(*d2) => i += 4,
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_apart() {
        assert_eq!(sniff(b"{}"), Ok((&b"{}"[..], false)));
        assert_eq!(sniff(b"\xEF\xBB\xBF{}"), Ok((&b"{}"[..], true)));
        assert_eq!(
            sniff("{\"a\": \"供应链\"}".as_bytes()).map(|s| s.1),
            Ok(false)
        );
        assert_eq!(sniff(b"\xFF\xFE{\0}\0"), Err(Foreign::Utf16Le));
        assert_eq!(sniff(b"{\0}\0"), Err(Foreign::Utf16Le));
        assert_eq!(sniff(b"\xFE\xFF\0{\0}"), Err(Foreign::Utf16Be));
        // 供应链 in GBK is B9 A9 D3 A6 C1 B4.
        assert_eq!(
            sniff(b"{\"a\": \"\xB9\xA9\xD3\xA6\xC1\xB4\"}"),
            Err(Foreign::Gbk)
        );
        // A GB 18030 four-byte sequence (U+20AC's neighbour 0x81 0x30 0x81 0x30 is U+0080).
        assert_eq!(sniff(b"[\"\x81\x30\x81\x30\"]"), Err(Foreign::Gbk));
        // Invalid UTF-8 that is no GBK either stays a JSON syntax error.
        assert_eq!(sniff(b"[\"\xFF\"]").map(|s| s.1), Ok(false));
    }
}
