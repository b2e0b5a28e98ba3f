//! Reading the JSON documents users hand to the crate (overlays, and every other loader),
//! with errors that say where: a JSON pointer, a line and a column.
//!
//! Documents larger than [`MAX_DOCUMENT_BYTES`] are refused before parsing. Nesting
//! deeper than serde_json's limit (128) is a [`JsonErrorKind::Syntax`] error, not a crash.
//!
//! ```
//! use gbt39204::json::{self, JsonErrorKind};
//! use gbt39204::RequirementId;
//!
//! let ids: Vec<RequirementId> = json::from_str(r#"["7.4.c", "7.6 c)"]"#).unwrap();
//! assert_eq!(ids[1].to_string(), "7.6.c");
//!
//! let err = json::from_str::<Vec<RequirementId>>(r#"["7.4.c", "7.4.z"]"#).unwrap_err();
//! assert_eq!(err.pointer, "/1");
//! assert_eq!(err.kind, JsonErrorKind::Data);
//! ```

use serde::de::DeserializeOwned;
use thiserror::Error;

/// The largest document the loaders accept, in bytes (16 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// What kind of problem a [`JsonError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[strum(serialize_all = "snake_case")]
pub enum JsonErrorKind {
    /// The document is larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge,
    /// Not JSON: a syntax error, or nesting too deep.
    Syntax,
    /// The document ends early (truncated).
    Truncated,
    /// Valid JSON that does not fit the format: wrong type, unknown field, missing field,
    /// bad value.
    Data,
}

/// A document that could not be read, with the place and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{kind} error at {} (line {line}, column {column}): {message}", if pointer.is_empty() { "the document root" } else { pointer.as_str() })]
pub struct JsonError {
    /// The kind of problem.
    pub kind: JsonErrorKind,
    /// JSON pointer (RFC 6901) to the value at fault; empty for the whole document.
    pub pointer: String,
    /// 1-based line of the error (0 when unknown).
    pub line: usize,
    /// 1-based column of the error (0 when unknown).
    pub column: usize,
    /// What is wrong and, where serde says, what was expected.
    pub message: String,
}

/// Parses `text` as a `T`, refusing oversized documents and reporting the JSON pointer of
/// any error.
///
/// # Errors
/// A [`JsonError`] naming the place and the problem.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(JsonError {
            kind: JsonErrorKind::TooLarge,
            pointer: String::new(),
            line: 0,
            column: 0,
            message: format!(
                "the document is {} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes",
                text.len()
            ),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| classify(pointer(e.path()), &e.into_inner()))?;
    // Trailing characters after the document.
    de.end().map_err(|e| classify(String::new(), &e))?;
    Ok(value)
}

fn classify(pointer: String, error: &serde_json::Error) -> JsonError {
    use serde_json::error::Category;
    JsonError {
        kind: match error.classify() {
            Category::Eof => JsonErrorKind::Truncated,
            Category::Syntax | Category::Io => JsonErrorKind::Syntax,
            Category::Data => JsonErrorKind::Data,
        },
        pointer,
        line: error.line(),
        column: error.column(),
        message: strip_position(&error.to_string()),
    }
}

/// The JSON pointer of a serde path.
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Escapes one JSON pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
pub(crate) fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// serde_json appends " at line L column C"; the error carries those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn pointers_name_the_failing_value() {
        let err = from_str::<BTreeMap<String, Vec<u8>>>(r#"{"a/b": [1, 2], "c~d": [1, "x"]}"#)
            .unwrap_err();
        assert_eq!(err.pointer, "/c~0d/1");
        // Column 30 is the closing quote of "x", where serde_json notices the type.
        assert_eq!(
            (err.kind, err.line, err.column),
            (JsonErrorKind::Data, 1, 30)
        );
        assert!(!err.message.contains("at line"), "{}", err.message);
    }

    #[test]
    fn kinds_are_classified() {
        assert_eq!(
            from_str::<Vec<u8>>("[1, 2").unwrap_err().kind,
            JsonErrorKind::Truncated
        );
        assert_eq!(
            from_str::<Vec<u8>>("[1,, 2]").unwrap_err().kind,
            JsonErrorKind::Syntax
        );
        assert_eq!(
            from_str::<Vec<u8>>("[1] [2]").unwrap_err().kind,
            JsonErrorKind::Syntax
        );
        assert_eq!(
            from_str::<Vec<u8>>("").unwrap_err().kind,
            JsonErrorKind::Truncated
        );
        let deep = "[".repeat(10_000);
        assert_eq!(
            from_str::<serde_json::Value>(&deep).unwrap_err().kind,
            JsonErrorKind::Syntax
        );
    }

    #[test]
    fn oversized_documents_are_refused_before_parsing() {
        let big = " ".repeat(MAX_DOCUMENT_BYTES + 1);
        let err = from_str::<serde_json::Value>(&big).unwrap_err();
        assert_eq!(err.kind, JsonErrorKind::TooLarge);
        assert!(err.to_string().contains("the limit is"));
    }
}
