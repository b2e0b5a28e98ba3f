//! A small, deterministic YAML writer for the libraries: block mappings and sequences,
//! every string double-quoted with JSON's escapes (which YAML's double-quoted style
//! reads the same way), keys in the order given.

use std::fmt::Write as _;

/// A YAML value, in the order it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Yaml {
    /// A string, always written double-quoted.
    Str(String),
    /// An integer.
    Int(i64),
    /// `true` or `false`.
    Bool(bool),
    /// A sequence.
    Seq(Vec<Yaml>),
    /// A mapping with its keys in order.
    Map(Vec<(String, Yaml)>),
}

impl Yaml {
    /// A string value.
    pub(crate) fn str(s: impl Into<String>) -> Yaml {
        Yaml::Str(s.into())
    }

    /// An empty mapping, to be filled with [`Yaml::with`].
    pub(crate) const fn map() -> Yaml {
        Yaml::Map(Vec::new())
    }

    /// The mapping with `key: value` added at the end (on a non-mapping, unchanged).
    pub(crate) fn with(mut self, key: &str, value: Yaml) -> Yaml {
        if let Yaml::Map(entries) = &mut self {
            entries.push((key.to_owned(), value));
        }
        self
    }

    /// The mapping with `key: value` added when `value` is `Some`.
    pub(crate) fn with_opt(self, key: &str, value: Option<Yaml>) -> Yaml {
        match value {
            Some(v) => self.with(key, v),
            None => self,
        }
    }

    /// The YAML text of the document, ending in a newline.
    pub(crate) fn to_document(&self) -> String {
        let mut out = String::new();
        match self {
            Yaml::Map(entries) if !entries.is_empty() => write_map(entries, 0, &mut out),
            Yaml::Seq(items) if !items.is_empty() => write_seq(items, 0, &mut out),
            scalar => {
                out.push_str(&inline(scalar));
                out.push('\n');
            }
        }
        out
    }
}

/// A scalar or an empty collection on one line.
fn inline(value: &Yaml) -> String {
    match value {
        Yaml::Str(s) => quote(s),
        Yaml::Int(i) => i.to_string(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::Seq(_) => "[]".to_owned(),
        Yaml::Map(_) => "{}".to_owned(),
    }
}

fn is_block(value: &Yaml) -> bool {
    matches!(value, Yaml::Seq(v) if !v.is_empty()) || matches!(value, Yaml::Map(v) if !v.is_empty())
}

/// A double-quoted scalar. JSON's escapes are YAML's; the characters YAML reads as line
/// breaks or that it does not allow raw (NEL, LS, PS, BOM) are escaped as well.
fn quote(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""));
    json.chars()
        .fold(String::with_capacity(json.len()), |mut out, c| {
            match c {
                '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
            out
        })
}

/// A key: plain when it is a simple word, quoted otherwise (question urns have colons).
fn key(k: &str) -> String {
    if !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        k.to_owned()
    } else {
        quote(k)
    }
}

fn write_map(entries: &[(String, Yaml)], indent: usize, out: &mut String) {
    for (k, v) in entries {
        out.push_str(&" ".repeat(indent));
        out.push_str(&key(k));
        out.push(':');
        if is_block(v) {
            out.push('\n');
            match v {
                Yaml::Map(inner) => write_map(inner, indent + 2, out),
                Yaml::Seq(items) => write_seq(items, indent + 2, out),
                _ => {}
            }
        } else {
            out.push(' ');
            out.push_str(&inline(v));
            out.push('\n');
        }
    }
}

fn write_seq(items: &[Yaml], indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    for item in items {
        match item {
            Yaml::Map(entries) if !entries.is_empty() => {
                // The first entry goes on the dash's line: write the mapping two columns
                // in, then put the dash where its first line's indentation was.
                let mut inner = String::new();
                write_map(entries, indent + 2, &mut inner);
                out.push_str(&pad);
                out.push_str("- ");
                out.push_str(&inner[indent + 2..]);
            }
            Yaml::Seq(inner) if !inner.is_empty() => {
                out.push_str(&pad);
                out.push_str("-\n");
                write_seq(inner, indent + 2, out);
            }
            scalar => {
                out.push_str(&pad);
                out.push_str("- ");
                out.push_str(&inline(scalar));
                out.push('\n');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Yaml;

    #[test]
    fn writes_block_style_with_quoted_strings() {
        let doc = Yaml::map()
            .with("urn", Yaml::str("urn:x:a"))
            .with("version", Yaml::Int(1))
            .with(
                "items",
                Yaml::Seq(vec![
                    Yaml::map()
                        .with("a", Yaml::str("中文 \"q\"\nline"))
                        .with("b", Yaml::Bool(true)),
                    Yaml::str("plain"),
                ]),
            )
            .with("empty", Yaml::Seq(Vec::new()))
            .with(
                "q",
                Yaml::map().with("urn:x:q:1", Yaml::map().with("type", Yaml::str("number"))),
            );
        assert_eq!(
            doc.to_document(),
            "urn: \"urn:x:a\"\nversion: 1\nitems:\n  - a: \"中文 \\\"q\\\"\\nline\"\n    b: true\n  - \"plain\"\nempty: []\nq:\n  \"urn:x:q:1\":\n    type: \"number\"\n"
        );
    }

    #[test]
    fn escapes_yaml_line_breaks() {
        assert_eq!(Yaml::str("a\u{2028}b").to_document(), "\"a\\u2028b\"\n");
    }
}
