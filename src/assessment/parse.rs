//! Reading an assessment document from JSON, with errors that say where the document
//! breaks the format (a JSON pointer plus line and column) and never a panic.
//!
//! ```
//! use gbt39204::assessment::{parse, ParseError};
//!
//! let err = parse(r#"{"metadata": {"organisation": 42}}"#).unwrap_err();
//! assert_eq!(err.pointer(), Some("/metadata/organisation"));
//! assert!(matches!(err, ParseError::Format { .. }));
//! assert!(matches!(parse(r#"{"metadata": {"#), Err(ParseError::Truncated { .. })));
//! ```

use serde_path_to_error::{Path, Segment};
use thiserror::Error;

use super::AssessmentDocument;

/// The largest document [`parse`] accepts, in bytes (8 MiB). Real assessments are well
/// under 1 MiB; the limit keeps a runaway file from exhausting memory.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// Why a document could not be read. Each variant names the place and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    /// The document is larger than [`MAX_DOCUMENT_BYTES`].
    #[error(
        "the document is {bytes} bytes, over the limit of {limit}; keep attachments out of it and refer to them from `evidence`"
    )]
    TooLarge {
        /// The document's size.
        bytes: usize,
        /// The limit.
        limit: usize,
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
    /// Valid JSON that is not an assessment document: a wrong type, a missing or unknown
    /// field, an unknown status, a date that does not exist.
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
            ParseError::TooLarge { .. } => None,
            ParseError::Syntax { pointer, .. }
            | ParseError::Truncated { pointer, .. }
            | ParseError::Format { pointer, .. } => Some(pointer),
        }
    }
}

fn show(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// Reads an assessment document from JSON text.
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format.
pub fn parse(json: &str) -> Result<AssessmentDocument, ParseError> {
    check_size(json.len())?;
    read(serde_json::Deserializer::from_str(json))
        .or_else(|_| read_tracked(serde_json::Deserializer::from_str(json), json.as_bytes()))
}

/// Reads an assessment document from JSON bytes (which must be UTF-8).
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format.
pub fn parse_slice(json: &[u8]) -> Result<AssessmentDocument, ParseError> {
    check_size(json.len())?;
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

/// The fast path: plain serde_json, which does not track where it is.
fn read<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
) -> Result<AssessmentDocument, serde_json::Error> {
    let doc = serde::Deserialize::deserialize(&mut de)?;
    de.end()?;
    Ok(doc)
}

/// The second reading of a document that failed: tracks the path to name the place.
fn read_tracked<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    json: &[u8],
) -> Result<AssessmentDocument, ParseError> {
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
            } if serde_json::from_slice::<serde::de::IgnoredAny>(json).is_ok() => {
                ParseError::Format {
                    pointer,
                    line,
                    column,
                    message:
                        "wrong type of value: expected a string naming one of the allowed values"
                            .to_owned(),
                }
            }
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
fn to_pointer(path: &Path) -> String {
    let mut pointer = String::new();
    for segment in path.iter() {
        pointer.push('/');
        match segment {
            Segment::Seq { index } => pointer.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                pointer.push_str(&escape_pointer(key));
            }
            Segment::Unknown => pointer.push('?'),
        }
    }
    pointer
}

/// Escapes one JSON pointer token (`~` → `~0`, `/` → `~1`).
pub(crate) fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(escape_pointer("a/b~c"), "a~1b~0c");
    }

    #[test]
    fn a_number_for_a_name_is_a_format_error() {
        let json = r#"{"metadata": {"organisation": "O", "cii_name": "N", "cii_identifier": "I",
            "scope": "S", "assessor": "A", "assessment_date": "2025-06-30",
            "catalog_version": "0.1.0"}, "results": [{"requirement": "6.1.a", "status": 1}]}"#;
        let err = parse(json).unwrap_err();
        assert!(matches!(err, ParseError::Format { .. }), "{err}");
        assert_eq!(err.pointer(), Some("/results/0/status"));
        let broken = json.replace("\"status\": 1", "\"status\": ");
        assert!(matches!(parse(&broken), Err(ParseError::Syntax { .. })));
    }
}
