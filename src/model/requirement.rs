//! A single security requirement of the standard.
//!
//! ```
//! use gbt39204::{Lang, Principle, RequirementId, Topic};
//!
//! let id: RequirementId = "7.9.c".parse().unwrap();
//! let r = id.requirement();
//! assert_eq!(r.id, id);
//! assert!(r.title(Lang::Zh).contains("协议"));
//! assert!(r.topics.contains(&Topic::SupplyChain));
//! assert!(!r.principles.is_empty());
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
    Clause, Domain, Lang, Measure, Obligation, ObligationKind, Party, Principle, RequirementId,
    Text, Topic,
};

/// One of the 111 security requirements (an item of a sub-clause).
///
/// Titles and statements are this project's own summaries, not the standard's wording
/// (see [`crate::catalog::provenance`]). Built-in requirements borrow all their data from
/// the static catalog; requirements deserialised from JSON own theirs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(into = "RequirementRecord", try_from = "RequirementRecord")]
pub struct Requirement {
    /// The requirement's ID, e.g. `7.4.c`.
    pub id: RequirementId,
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
        Ok(Requirement {
            id: r.id,
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
