//! Overlays: attach the official text of the standard to the catalog without forking it.
//!
//! The crate ships only its own summaries. An operator who holds a licensed copy of
//! GB/T 39204-2022 can write an [`Overlay`] document that maps requirement IDs to the
//! official title and statement (Chinese and/or English) and notes. With the overlay
//! loaded, [`Overlay::title`] and [`Overlay::statement`] return the official text where
//! the overlay has it and our summary elsewhere, and say which one they returned.
//!
//! ```
//! use gbt39204::overlay::{Overlay, TextSource};
//! use gbt39204::{Lang, RequirementId};
//!
//! let overlay = Overlay::from_json(r#"{
//!     "source": "Licensed copy, ACME Grid Co.",
//!     "entries": [
//!         { "requirement": "7.4 c)", "statement": { "zh": "（此处为官方原文）" }, "notes": "checked 2026-11" }
//!     ]
//! }"#).unwrap();
//!
//! let id: RequirementId = "7.4.c".parse().unwrap();
//! let zh = overlay.statement(id, Lang::Zh);
//! assert_eq!((zh.text, zh.source), ("（此处为官方原文）", TextSource::Official));
//! let en = overlay.statement(id, Lang::En);
//! assert_eq!(en.source, TextSource::Summary);
//! assert_eq!(en.text, id.requirement().statement(Lang::En));
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalog;
use crate::json::{self, ParseError};
use crate::model::{IdError, Lang, RequirementId};

/// An overlay document: official text keyed by requirement ID.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// Where the text comes from (edition, licence holder); free text.
    pub source: String,
    /// One entry per requirement that the overlay supplies text for.
    pub entries: Vec<OverlayEntry>,
    /// Anything else the producer wants to keep: any JSON object, written back as the
    /// very text it was read as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<crate::assessment::Extensions>,
    /// Position of each catalog requirement's entry in `entries`, built on load.
    #[serde(skip)]
    #[schemars(skip)]
    index: Vec<Option<usize>>,
}

/// Official text for one requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverlayEntry {
    /// The requirement ID; lenient forms (`7.4c`) are accepted.
    pub requirement: String,
    /// The official title, in one or both languages.
    #[serde(default, skip_serializing_if = "PartialText::is_empty")]
    pub title: PartialText,
    /// The official statement, in one or both languages.
    #[serde(default, skip_serializing_if = "PartialText::is_empty")]
    pub statement: PartialText,
    /// Notes (e.g. where the item letter differs from the catalog's reconstruction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Text in Chinese and/or English; either may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartialText {
    /// Simplified Chinese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl PartialText {
    /// The text in `lang`, if present.
    #[must_use]
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => self.zh.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// Whether neither language is present.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.zh.is_none() && self.en.is_none()
    }
}

/// Which text a lookup returned.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum TextSource {
    /// The official text, from the overlay.
    Official,
    /// The crate's own summary.
    Summary,
}

/// A text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sourced<'a> {
    /// The text.
    pub text: &'a str,
    /// Whether it is the official text or our summary.
    pub source: TextSource,
}

/// One problem in an overlay document.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{pointer}: {kind}")]
pub struct OverlayProblem {
    /// JSON pointer to the value at fault.
    pub pointer: String,
    /// What is wrong.
    pub kind: OverlayProblemKind,
}

/// What is wrong with an overlay entry.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OverlayProblemKind {
    /// The requirement ID does not name a catalog requirement.
    #[error("{0}")]
    UnknownRequirement(IdError),
    /// A second entry for the same requirement.
    #[error("requirement {id} already has an entry at {first}; merge the two entries")]
    Duplicate {
        /// The requirement.
        id: RequirementId,
        /// Pointer to the first entry.
        first: String,
    },
    /// The entry supplies no title, statement or notes.
    #[error("the entry supplies no text; add a title, a statement or notes, or remove it")]
    Empty,
    /// A text is present but blank.
    #[error("the text is blank; remove the field or fill it in")]
    Blank,
}

/// Why an overlay could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OverlayError {
    /// The document is not JSON or does not fit the overlay format.
    #[error("overlay is not readable: {0}")]
    Json(#[from] ParseError),
    /// The document is readable but its entries have problems; all are listed.
    #[error("overlay has {} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<OverlayProblem>),
}

impl Overlay {
    /// Reads and checks an overlay document. Every problem is reported at once.
    ///
    /// # Errors
    /// [`OverlayError::Json`] when the document is unreadable, [`OverlayError::Invalid`]
    /// with every problem (unknown IDs with a did-you-mean, duplicates, empty entries).
    pub fn from_json(text: &str) -> Result<Overlay, OverlayError> {
        let overlay: Overlay = json::from_str(text)?;
        overlay.checked()
    }

    /// Checks the entries and builds the lookup index.
    ///
    /// # Errors
    /// [`OverlayError::Invalid`] with every problem found.
    pub fn checked(mut self) -> Result<Overlay, OverlayError> {
        let mut problems = Vec::new();
        let mut index = vec![None; catalog::requirements().len()];
        for (i, entry) in self.entries.iter().enumerate() {
            let at = format!("/entries/{i}");
            problems.extend(
                blank_texts(&at, "title", &entry.title)
                    .chain(blank_texts(&at, "statement", &entry.statement))
                    .map(|pointer| OverlayProblem {
                        pointer,
                        kind: OverlayProblemKind::Blank,
                    }),
            );
            if entry.title.is_empty() && entry.statement.is_empty() && entry.notes.is_none() {
                problems.push(OverlayProblem {
                    pointer: at.clone(),
                    kind: OverlayProblemKind::Empty,
                });
            }
            match entry.requirement.parse::<RequirementId>() {
                Err(e) => problems.push(OverlayProblem {
                    pointer: format!("{at}/requirement"),
                    kind: OverlayProblemKind::UnknownRequirement(e),
                }),
                Ok(id) => {
                    let slot = &mut index[catalog::position(id)];
                    match *slot {
                        Some(first) => problems.push(OverlayProblem {
                            pointer: format!("{at}/requirement"),
                            kind: OverlayProblemKind::Duplicate {
                                id,
                                first: format!("/entries/{first}"),
                            },
                        }),
                        None => *slot = Some(i),
                    }
                }
            }
        }
        if problems.is_empty() {
            self.index = index;
            Ok(self)
        } else {
            Err(OverlayError::Invalid(problems))
        }
    }

    /// The overlay's entry for `id`, if any.
    #[must_use]
    pub fn entry(&self, id: RequirementId) -> Option<&OverlayEntry> {
        let slot = self.index.get(catalog::position(id)).copied().flatten()?;
        self.entries.get(slot)
    }

    /// The requirement's title in `lang`: official where the overlay has it, else ours.
    #[must_use]
    pub fn title(&self, id: RequirementId, lang: Lang) -> Sourced<'_> {
        self.pick(id, lang, |e| &e.title, |r| r.title(lang))
    }

    /// The requirement's statement in `lang`: official where the overlay has it, else ours.
    #[must_use]
    pub fn statement(&self, id: RequirementId, lang: Lang) -> Sourced<'_> {
        self.pick(id, lang, |e| &e.statement, |r| r.statement(lang))
    }

    fn pick(
        &self,
        id: RequirementId,
        lang: Lang,
        official: impl Fn(&OverlayEntry) -> &PartialText,
        summary: impl Fn(&'static crate::Requirement) -> &'static str,
    ) -> Sourced<'_> {
        match self.entry(id).and_then(|e| official(e).get(lang)) {
            Some(text) => Sourced {
                text,
                source: TextSource::Official,
            },
            None => Sourced {
                text: summary(id.requirement()),
                source: TextSource::Summary,
            },
        }
    }
}

/// Pointers to the languages of `text` that are present but blank.
fn blank_texts<'a>(
    at: &'a str,
    field: &'a str,
    text: &'a PartialText,
) -> impl Iterator<Item = String> + 'a {
    [(Lang::Zh, "zh"), (Lang::En, "en")]
        .into_iter()
        .filter(|&(lang, _)| text.get(lang).is_some_and(|t| t.trim().is_empty()))
        .map(move |(_, key)| format!("{at}/{field}/{key}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<OverlayProblem> {
        match Overlay::from_json(text) {
            Err(OverlayError::Invalid(p)) => p,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn every_problem_is_reported_with_its_pointer() {
        let found = problems(
            r#"{"source": "s", "entries": [
                {"requirement": "7.4.c", "statement": {"zh": "甲"}},
                {"requirement": "7.4.x", "notes": "n"},
                {"requirement": "7.4c", "title": {"en": "  "}},
                {"requirement": "6.1.a"}
            ]}"#,
        );
        let summary: Vec<(&str, String)> = found
            .iter()
            .map(|p| (p.pointer.as_str(), p.kind.to_string()))
            .collect();
        assert_eq!(found.len(), 4, "{summary:?}");
        assert_eq!(found[0].pointer, "/entries/1/requirement");
        assert!(summary[0].1.contains("did you mean `7.4.a`"), "{summary:?}");
        assert_eq!(found[1].pointer, "/entries/2/title/en");
        assert_eq!(found[1].kind, OverlayProblemKind::Blank);
        assert_eq!(found[2].pointer, "/entries/2/requirement");
        assert!(matches!(
            &found[2].kind,
            OverlayProblemKind::Duplicate { first, .. } if first == "/entries/0"
        ));
        assert_eq!(found[3].pointer, "/entries/3");
        assert_eq!(found[3].kind, OverlayProblemKind::Empty);
    }

    #[test]
    fn unreadable_documents_are_json_errors() {
        let err =
            Overlay::from_json(r#"{"source": "s", "entries": [{"requirement": 7}]}"#).unwrap_err();
        let OverlayError::Json(e) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(e.pointer(), Some("/entries/0/requirement"));
        assert!(matches!(
            Overlay::from_json(r#"{"source": "s", "entries": [], "extra": 1}"#),
            Err(OverlayError::Json(_))
        ));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let text = r#"{"source":"s","entries":[{"requirement":"7.4.c","title":{"en":"T"},"notes":"n"}],"extensions":{"x":{"y":[1,2.50]},"big":12345678901234567890123,"a":{}}}"#;
        let overlay = Overlay::from_json(text).unwrap();
        let again = serde_json::to_string(&overlay).unwrap();
        assert_eq!(again, text);
        assert_eq!(Overlay::from_json(&again).unwrap(), overlay);
    }
}
