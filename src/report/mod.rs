//! Reports of an [`Assessment`]: JSON for programs, Markdown for people, and a
//! self-contained HTML page (no script, no external asset) with an inline SVG chart of
//! the domain scores and the gap table.
//!
//! Markdown and HTML are rendered from the same outline ([`Block`]s), so they always
//! say the same thing; every piece of text that came from the document is escaped.
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions};
//! use gbt39204::report::{render, Format};
//! use gbt39204::Lang;
//!
//! let doc = parse(r#"{
//!   "metadata": {
//!     "organisation": "Example <Grid> Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   }
//! }"#)?;
//! let assessment = assess(&doc, &AssessOptions::default());
//! let html = render(&assessment, Format::Html, Lang::En);
//! assert!(html.contains("<svg") && html.contains("Example &lt;Grid&gt; Co."));
//! let markdown = render(&assessment, Format::Markdown, Lang::Zh);
//! assert!(markdown.starts_with("# GB/T 39204-2022"));
//! let json: serde_json::Value = serde_json::from_str(&render(&assessment, Format::Json, Lang::En)).unwrap();
//! assert_eq!(json["scores"]["overall"]["not_assessed"], 111);
//! # Ok::<(), gbt39204::assessment::ParseError>(())
//! ```

use std::fmt::Write as _;

mod html;
mod markdown;
mod outline;

use crate::assessment::{Assessment, AssessmentDocument};
use crate::model::Lang;

pub use outline::{Block, Cell, Table, outline, outline_with};

/// What a report can say beyond the [`Assessment`]: the document itself (for the
/// per-item appendix's evidence and notes), when the report was generated and the
/// document file's SHA-256. All optional; the default leaves them out, so a report
/// stays reproducible unless a time is given.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions<'a> {
    /// The assessed document: the appendix lists each result's evidence and notes.
    pub document: Option<&'a AssessmentDocument<'a>>,
    /// When the report was generated (printed in UTC in the footer). Pass a fixed time
    /// for a reproducible report.
    pub generated_at: Option<jiff::Timestamp>,
    /// The SHA-256 of the document file, in lowercase hexadecimal, for the footer.
    pub document_sha256: Option<&'a str>,
}

/// A report format.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Format {
    /// The whole [`Assessment`] as pretty-printed JSON (both languages).
    Json,
    /// A Markdown report for people.
    Markdown,
    /// A self-contained HTML page with an inline SVG chart.
    Html,
}

impl Format {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Format::Json => &[],
            Format::Markdown => &["md"],
            Format::Html => &["htm"],
        }
    }
}

crate::model::names::lenient_from_str!(Format, "report format");

/// Renders `assessment` in `format`; `lang` chooses the language of the Markdown and
/// HTML reports (the JSON carries both languages). The same as [`render_with`] with the
/// default [`ReportOptions`].
#[must_use]
pub fn render(assessment: &Assessment, format: Format, lang: Lang) -> String {
    render_with(assessment, format, lang, &ReportOptions::default())
}

/// Renders `assessment` in `format` and `lang`, with the document's evidence in the
/// appendix and the generation time and hash in the footer as `options` give them. The
/// JSON report is the [`Assessment`] alone.
#[must_use]
pub fn render_with(
    assessment: &Assessment,
    format: Format,
    lang: Lang,
    options: &ReportOptions<'_>,
) -> String {
    match format {
        Format::Json => json(assessment),
        Format::Markdown => markdown::render(&outline_with(assessment, lang, options), lang),
        Format::Html => html::render(assessment, &outline_with(assessment, lang, options), lang),
    }
}

/// The whole assessment as pretty-printed JSON. Bidi controls in strings are written as
/// `\uXXXX` escapes: the same text to a JSON reader, but visible in the file.
#[must_use]
pub fn json(assessment: &Assessment) -> String {
    // Serialising plain data with string keys into a String cannot fail.
    let json = serde_json::to_string_pretty(assessment).unwrap_or_default();
    // Outside strings serde_json writes only ASCII, so every bidi control is in a string.
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_bidi_control(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `c` is a Unicode bidirectional formatting character (embeddings, overrides,
/// isolates and marks: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can
/// make a report show text in another order than it has. Reports never pass one through:
/// Markdown and HTML show it as `[U+202E]`, JSON escapes it.
pub(crate) const fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A percentage with one decimal, or a dash when there is nothing to measure.
pub(crate) fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v:.1} %"))
}
