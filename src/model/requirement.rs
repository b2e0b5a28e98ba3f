//! A single security requirement of the standard.
//!
//! ```
//! use gbt39204::{Certainty, RequirementId, Topic};
//!
//! let id: RequirementId = "7.9.h".parse().unwrap();
//! let r = id.requirement();
//! assert_eq!(r.id, id);
//! assert_eq!(r.certainty, Certainty::Transcribed);
//! assert!(r.topics.contains(&Topic::SupplyChain));
//! assert!(!r.principles.is_empty());
//! assert_eq!(
//!     r.source().unwrap().path(),
//!     "COU/COU-R（原始）/GBT39204-2022/COU-R-39204-2-7-9-h.md"
//! );
//! assert!("7.9.a".parse::<RequirementId>().unwrap().requirement().source().is_none());
//!
//! // Serialises with its clause and domain, and deserialises back unchanged.
//! let json = serde_json::to_string(r).unwrap();
//! assert!(json.contains(r#""clause":"7.9""#));
//! let back: gbt39204::Requirement = serde_json::from_str(&json).unwrap();
//! assert_eq!(&back, r);
//! ```

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{
    Certainty, Clause, Domain, Lang, Measure, Obligation, ObligationKind, Party, Principle,
    RequirementId, Text, Topic,
};

/// One of the 111 security requirements: a lettered item of a clause, or a clause that
/// is one paragraph.
///
/// Titles and statements are this project's own summaries, not the standard's wording
/// (see [`crate::catalog::provenance`]); [`certainty`](Requirement::certainty) says how
/// the item's content is known. Built-in requirements borrow all their data from
/// the static catalog; requirements deserialised from JSON own theirs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(into = "RequirementRecord", try_from = "RequirementRecord")]
pub struct Requirement {
    /// The requirement's ID, e.g. `7.4.c`.
    pub id: RequirementId,
    /// How the item's content is known: transcribed, implied or reconstructed.
    pub certainty: Certainty,
    /// A short title, in our own words.
    pub title: Text,
    /// What the operator must do, who does it and how often, in our own words.
    pub statement: Text,
    /// The basic principles the requirement serves (curated annotation, not in the standard).
    pub principles: Cow<'static, [Principle]>,
    /// Topics from the crate's closed vocabulary (curated).
    pub topics: Cow<'static, [Topic]>,
    /// Management or technical measure.
    pub measure: Measure,
    /// Who carries the obligation.
    pub responsible: Party,
    /// The requirement's quantitative obligations, if any.
    pub obligations: Cow<'static, [Obligation]>,
}

impl Requirement {
    /// The sub-clause the requirement stands under.
    #[must_use]
    pub const fn clause(&self) -> Clause {
        self.id.clause()
    }

    /// The domain (aspect) the requirement belongs to.
    #[must_use]
    pub const fn domain(&self) -> Domain {
        self.id.domain()
    }

    /// The title in `lang`.
    #[must_use]
    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }

    /// The statement in `lang`.
    #[must_use]
    pub fn statement(&self, lang: Lang) -> &str {
        self.statement.get(lang)
    }

    /// Where the item's text is in the third-party transcription the catalog follows;
    /// `None` unless the requirement is [`Certainty::Transcribed`].
    #[must_use]
    pub fn source(&self) -> Option<SourceRef> {
        (self.certainty == Certainty::Transcribed).then_some(SourceRef(self.id))
    }

    /// The requirement's obligation of `kind`, if it has one.
    #[must_use]
    pub fn obligation(&self, kind: ObligationKind) -> Option<&Obligation> {
        self.obligations.iter().find(|o| o.kind() == kind)
    }
}

/// The serialised form of a [`Requirement`]: the same fields plus the derived clause and
/// domain, which must agree with the ID when read back.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename = "Requirement")]
struct RequirementRecord {
    /// The requirement's ID, e.g. `7.4.c`.
    id: RequirementId,
    /// The sub-clause; must match the ID.
    clause: Clause,
    /// The domain; must match the ID.
    domain: Domain,
    /// Transcribed, implied or reconstructed.
    certainty: Certainty,
    /// Where a transcribed item's text is; derived from the ID, checked when read back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<SourceRecord>,
    /// A short title, in our own words.
    title: Text,
    /// What the operator must do, in our own words.
    statement: Text,
    /// The basic principles the requirement serves (curated annotation).
    principles: Cow<'static, [Principle]>,
    /// Topics from the closed vocabulary.
    topics: Cow<'static, [Topic]>,
    /// Management or technical measure.
    measure: Measure,
    /// Who carries the obligation.
    responsible: Party,
    /// Quantitative obligations.
    #[serde(default)]
    obligations: Cow<'static, [Obligation]>,
}

impl From<Requirement> for RequirementRecord {
    fn from(r: Requirement) -> Self {
        RequirementRecord {
            id: r.id,
            clause: r.clause(),
            domain: r.domain(),
            certainty: r.certainty,
            source: r.source().map(|s| SourceRecord {
                repository: crate::catalog::SOURCE.repository.to_owned(),
                path: s.path(),
            }),
            title: r.title,
            statement: r.statement,
            principles: r.principles,
            topics: r.topics,
            measure: r.measure,
            responsible: r.responsible,
            obligations: r.obligations,
        }
    }
}

impl TryFrom<RequirementRecord> for Requirement {
    type Error = String;

    fn try_from(r: RequirementRecord) -> Result<Self, String> {
        if r.clause != r.id.clause() || r.domain != r.id.domain() {
            return Err(format!(
                "requirement {}: clause `{}` and domain `{}` must be `{}` and `{}`, as the ID says",
                r.id,
                r.clause,
                r.domain,
                r.id.clause(),
                r.id.domain()
            ));
        }
        let expected = (r.certainty == Certainty::Transcribed).then(|| SourceRecord {
            repository: crate::catalog::SOURCE.repository.to_owned(),
            path: SourceRef(r.id).path(),
        });
        if r.source != expected {
            return Err(format!(
                "requirement {}: `source` must be {}",
                r.id,
                expected.map_or_else(
                    || "absent unless the certainty is `transcribed`".to_owned(),
                    |e| format!(
                        "{{\"repository\": \"{}\", \"path\": \"{}\"}}",
                        e.repository, e.path
                    )
                )
            ));
        }
        Ok(Requirement {
            id: r.id,
            certainty: r.certainty,
            title: r.title,
            statement: r.statement,
            principles: r.principles,
            topics: r.topics,
            measure: r.measure,
            responsible: r.responsible,
            obligations: r.obligations,
        })
    }
}

/// Where a transcribed requirement's text is in the third-party transcription: one
/// Markdown file per item in [`crate::catalog::SOURCE`]'s folder, named after the ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRef(RequirementId);

impl SourceRef {
    /// The repository, `owner/name`.
    #[must_use]
    pub fn repository(self) -> &'static str {
        crate::catalog::SOURCE.repository
    }

    /// The file's name: `COU-R-39204-<aspect>-<clause numbers>-<letter or 0>.md`, the
    /// aspect numbered 1 to 5 for clauses 6 to 10 and 11 for clause 11.
    #[must_use]
    pub fn file_name(self) -> String {
        let id = self.0;
        let [major, minor, sub] = id.clause().path();
        let aspect = if major == 11 { 11 } else { major - 5 };
        let item = id.item().unwrap_or('0');
        match sub {
            0 => format!("COU-R-39204-{aspect}-{major}-{minor}-{item}.md"),
            sub => format!("COU-R-39204-{aspect}-{major}-{minor}-{sub}-{item}.md"),
        }
    }

    /// The file's path in the repository.
    #[must_use]
    pub fn path(self) -> String {
        format!("{}/{}", crate::catalog::SOURCE.folder, self.file_name())
    }
}

/// The serialised form of a [`SourceRef`].
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename = "Source")]
struct SourceRecord {
    /// The public repository, `owner/name`.
    repository: String,
    /// The item's file in it.
    path: String,
}
