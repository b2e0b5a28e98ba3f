//! Reading the JSON documents users hand to the crate — assessments, overlays, frameworks,
//! mapping sets — with errors that say where the document breaks the format (a JSON
//! pointer plus line and column), never a panic.
//!
//! Documents larger than [`MAX_DOCUMENT_BYTES`] are refused before parsing. Nesting
//! arrays and objects deeper than [`MAX_DEPTH`] levels is a [`ParseError::Syntax`]
//! (`serde_json`'s recursion limit); `extensions`, which are kept as text and never
//! parsed, are held to the same depth by their own check. A UTF-8 byte-order mark is
//! skipped (RFC 8259 lets a parser ignore it; Windows editors write one); UTF-16 and GBK
//! files are a [`ParseError::Encoding`] ("save it as UTF-8"), other text that is not UTF-8
//! a [`ParseError::Syntax`]. When an object repeats a key, serde's derive refuses it as a
//! [`ParseError::Format`] ("duplicate field") for the crate's own documents; inside
//! free-form `extensions` objects, which are kept as written, both stay.
//!
//! ```
//! use gbt39204::json::{self, ParseError};
//! use gbt39204::RequirementId;
//!
//! let ids: Vec<RequirementId> = json::from_str(r#"["7.4.c", "7.5.2 c)"]"#).unwrap();
//! assert_eq!(ids[1].to_string(), "7.5.2.c");
//!
//! let err = json::from_str::<Vec<RequirementId>>(r#"["7.4.c", "7.4.z"]"#).unwrap_err();
//! assert!(matches!(err, ParseError::Format { .. }));
//! assert_eq!(err.pointer(), Some("/1"));
//! ```

use serde_path_to_error::{Path, Segment};
use thiserror::Error;

use serde::Deserialize;

pub use crate::encoding::Foreign;

/// The largest document the loaders accept, in bytes (8 MiB). Real documents are well
/// under 1 MiB; the limit keeps a runaway file from exhausting memory.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// The deepest nesting of arrays and objects a document may have: 127 levels; `serde_json`
/// stops at the 128th.
pub const MAX_DEPTH: usize = 127;

/// Why a document could not be read. Each variant names the place and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// The document is larger than [`MAX_DOCUMENT_BYTES`].
    #[error(
        "the document is {bytes} bytes, over the limit of {limit}; keep attachments out of it and refer to them instead"
    )]
    TooLarge {
        /// The document's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The file is in an encoding other than UTF-8 (UTF-16, GBK): refused, not guessed.
    #[error("{encoding}: save it as UTF-8 (in Excel or Notepad: Save As, encoding UTF-8)")]
    Encoding {
        /// What the bytes are.
        encoding: crate::encoding::Foreign,
    },
    /// The text is not JSON.
    #[error(
        "not valid JSON at line {line}, column {column} (at `{}`): {message}",
        show(pointer)
    )]
    Syntax {
        /// Where the parser was in the document.
        pointer: String,
        /// The 1-based line.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// What the JSON parser found.
        message: String,
    },
    /// The JSON ends before the document is complete.
    #[error(
        "the document ends early at line {line}, column {column} (inside `{}`); is the file truncated?",
        show(pointer)
    )]
    Truncated {
        /// Where the parser was in the document.
        pointer: String,
        /// The 1-based line.
        line: usize,
        /// The 1-based column.
        column: usize,
    },
    /// Valid JSON that does not fit the document format: a wrong type, a missing or
    /// unknown field, an unknown name, a date that does not exist.
    #[error("`{}` (line {line}, column {column}): {message}", show(pointer))]
    Format {
        /// The offending value.
        pointer: String,
        /// The 1-based line.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// What is wrong and what was expected.
        message: String,
    },
}

impl ParseError {
    /// The JSON pointer of the place the error was found (`""` is the whole document),
    /// or `None` when the document was refused before it was read.
    #[must_use]
    pub fn pointer(&self) -> Option<&str> {
        match self {
            ParseError::TooLarge { .. } | ParseError::Encoding { .. } => None,
            ParseError::Syntax { pointer, .. }
            | ParseError::Truncated { pointer, .. }
            | ParseError::Format { pointer, .. } => Some(pointer),
        }
    }

    /// The 1-based line of the error (0 when the document was not read).
    #[must_use]
    pub fn line(&self) -> usize {
        match self {
            ParseError::TooLarge { .. } | ParseError::Encoding { .. } => 0,
            ParseError::Syntax { line, .. }
            | ParseError::Truncated { line, .. }
            | ParseError::Format { line, .. } => *line,
        }
    }

    /// The 1-based column of the error (0 when the document was not read).
    #[must_use]
    pub fn column(&self) -> usize {
        match self {
            ParseError::TooLarge { .. } | ParseError::Encoding { .. } => 0,
            ParseError::Syntax { column, .. }
            | ParseError::Truncated { column, .. }
            | ParseError::Format { column, .. } => *column,
        }
    }
}

fn show(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// Parses JSON text as a `T` (a leading byte-order mark is skipped), refusing oversized
/// documents and naming the place of any error. A `T` that borrows (such as
/// [`AssessmentDocument`](crate::assessment::AssessmentDocument)) borrows from `json`.
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format.
pub fn from_str<'a, T: Deserialize<'a>>(json: &'a str) -> Result<T, ParseError> {
    check_size(json.len())?;
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    read(serde_json::Deserializer::from_str(json))
        .or_else(|_| read_tracked(serde_json::Deserializer::from_str(json), json.as_bytes()))
}

/// Parses JSON bytes (which must be UTF-8; a byte-order mark is skipped) as a `T`; see
/// [`from_str`].
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format; UTF-16 and GBK are
/// a [`ParseError::Encoding`], other bytes that are not UTF-8 a [`ParseError::Syntax`].
pub fn from_slice<'a, T: Deserialize<'a>>(json: &'a [u8]) -> Result<T, ParseError> {
    check_size(json.len())?;
    let (json, _) =
        crate::encoding::sniff(json).map_err(|encoding| ParseError::Encoding { encoding })?;
    read(serde_json::Deserializer::from_slice(json))
        .or_else(|_| read_tracked(serde_json::Deserializer::from_slice(json), json))
}

fn check_size(bytes: usize) -> Result<(), ParseError> {
    if bytes > MAX_DOCUMENT_BYTES {
        return Err(ParseError::TooLarge {
            bytes,
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    Ok(())
}

/// The fast path: plain `serde_json`, which does not track where it is.
fn read<'de, T: Deserialize<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
) -> Result<T, serde_json::Error> {
    let doc = serde::Deserialize::deserialize(&mut de)?;
    de.end()?;
    Ok(doc)
}

/// The second reading of a document that failed: tracks the path to name the place.
fn read_tracked<'de, T: Deserialize<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    json: &[u8],
) -> Result<T, ParseError> {
    let doc = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let pointer = to_pointer(e.path());
        let error = convert(&e.into_inner(), pointer);
        match error {
            // serde_json reports a number, array or boolean where a name (an enum) is
            // expected as a syntax error; when the text is valid JSON it is a format one.
            ParseError::Syntax {
                pointer,
                line,
                column,
                ..
            } if serde_json::from_slice::<serde_json::Value>(json).is_ok() => ParseError::Format {
                pointer,
                line,
                column,
                message: "wrong type of value: expected a string naming one of the allowed values"
                    .to_owned(),
            },
            other => other,
        }
    })?;
    de.end().map_err(|e| convert(&e, String::new()))?;
    Ok(doc)
}

fn convert(e: &serde_json::Error, pointer: String) -> ParseError {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    // serde_json appends " at line L column C"; the variant carries those separately.
    let message = e.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |i| &message[..i])
        .to_owned();
    match e.classify() {
        Category::Eof => ParseError::Truncated {
            pointer,
            line,
            column,
        },
        Category::Syntax | Category::Io => ParseError::Syntax {
            pointer,
            line,
            column,
            message,
        },
        Category::Data => ParseError::Format {
            pointer,
            line,
            column,
            message,
        },
    }
}

/// The RFC 6901 JSON pointer of a serde path (`results[3].status` → `/results/3/status`).
/// A place the parser had not named yet (an object cut off before its first key) is
/// left out: the pointer names the innermost known place around it.
fn to_pointer(path: &Path) -> String {
    let mut pointer = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                pointer.push('/');
                pointer.push_str(&escape_token(key));
            }
            Segment::Unknown => break,
        }
    }
    pointer
}

/// Escapes one JSON pointer token (`~` → `~0`, `/` → `~1`).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        kind: crate::Measure,
        counts: BTreeMap<String, Vec<u8>>,
    }

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(escape_token("a/b~c"), "a~1b~0c");
    }

    #[test]
    fn pointers_lines_and_columns_name_the_place() {
        let err = from_str::<Doc>(
            r#"{"name": "n", "kind": "technical", "counts": {"a/b": [1], "c~d": [1, "x"]}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, ParseError::Format { .. }), "{err}");
        assert_eq!(err.pointer(), Some("/counts/c~0d/1"));
        // Column 72 is the closing quote of "x", where serde_json notices the type.
        assert!(err.to_string().contains("line 1, column 72"), "{err}");
        assert!(!err.to_string().contains("at line"), "{err}");
    }

    #[test]
    fn a_number_for_a_name_is_a_format_error() {
        let json = r#"{"name": "n", "kind": 1, "counts": {}}"#;
        let err = from_str::<Doc>(json).unwrap_err();
        assert!(matches!(err, ParseError::Format { .. }), "{err}");
        assert_eq!(err.pointer(), Some("/kind"));
        let broken = json.replace("\"kind\": 1", "\"kind\": ");
        assert!(matches!(
            from_str::<Doc>(&broken),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn kinds_are_classified() {
        type V = serde_json::Value;
        assert!(matches!(
            from_str::<V>("[1, 2"),
            Err(ParseError::Truncated { .. })
        ));
        assert!(matches!(
            from_str::<V>(""),
            Err(ParseError::Truncated { .. })
        ));
        assert!(matches!(
            from_str::<V>("[1,, 2]"),
            Err(ParseError::Syntax { .. })
        ));
        assert!(matches!(
            from_str::<V>("[1] [2]"),
            Err(ParseError::Syntax { .. })
        ));
        let e = from_slice::<V>(b"[\"\xff\"]").unwrap_err();
        assert!(matches!(e, ParseError::Syntax { .. }), "{e:?}");
        let deep = "[".repeat(10_000);
        assert!(matches!(
            from_str::<V>(&deep),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn oversized_documents_are_refused_before_parsing() {
        let big = " ".repeat(MAX_DOCUMENT_BYTES + 1);
        assert_eq!(
            from_str::<serde_json::Value>(&big).unwrap_err(),
            ParseError::TooLarge {
                bytes: MAX_DOCUMENT_BYTES + 1,
                limit: MAX_DOCUMENT_BYTES
            }
        );
    }
}
