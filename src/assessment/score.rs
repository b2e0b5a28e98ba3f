//! Scoring: per sub-clause, per domain, per principle and overall, with the coverage
//! beside each score.
//!
//! The method (also in the README):
//! - each requirement counts `implemented` 1, `partially_implemented` ½,
//!   `not_implemented` 0 and `not_assessed` 0 (never a pass);
//! - `not_applicable` requirements are left out of the group altogether;
//! - a requirement claimed implemented or partially implemented whose fact check fails
//!   counts 0: the hard number *is* the requirement (24 training hours are not 30, not
//!   even half); a `not_applicable` one stays left out;
//! - a requirement missing from the document counts as `not_assessed`; of duplicates
//!   only the first result counts;
//! - **score** = points ÷ applicable requirements, as a percentage;
//!   **coverage** = assessed (implemented, partial or not implemented) ÷ applicable;
//! - a requirement counts toward every principle it serves (curated tags), so principle
//!   groups overlap.
//!
//! ```
//! use gbt39204::assessment::Tally;
//! use gbt39204::assessment::Status::*;
//!
//! let mut t = Tally::default();
//! for status in [Implemented, PartiallyImplemented, NotImplemented, NotApplicable, NotAssessed] {
//!     t.add(status, false);
//! }
//! // 1 + ½ + 0 + 0 points over 4 applicable requirements; 3 of the 4 assessed.
//! assert_eq!(t.points(), 1.5);
//! assert_eq!(t.score(), Some(37.5));
//! assert_eq!(t.coverage(), Some(75.0));
//! ```

use schemars::JsonSchema;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::document::Status;
use crate::model::{Clause, Domain, Principle, RequirementId};

/// The counts behind one score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Results marked `implemented`.
    pub implemented: u32,
    /// Results marked `partially_implemented`.
    pub partially_implemented: u32,
    /// Results marked `not_implemented`.
    pub not_implemented: u32,
    /// Results marked `not_applicable`.
    pub not_applicable: u32,
    /// Results marked `not_assessed`, or missing.
    pub not_assessed: u32,
    /// Requirements claimed implemented or partially implemented whose fact check failed,
    /// and which therefore count 0.
    pub capped_by_facts: u32,
    half_points: u32,
}

impl Tally {
    /// Counts one requirement with `status`; `fact_failed` when a fact check of it failed.
    pub fn add(&mut self, status: Status, fact_failed: bool) {
        let half_points = match status {
            Status::Implemented => {
                self.implemented += 1;
                2
            }
            Status::PartiallyImplemented => {
                self.partially_implemented += 1;
                1
            }
            Status::NotImplemented => {
                self.not_implemented += 1;
                0
            }
            Status::NotApplicable => {
                self.not_applicable += 1;
                0
            }
            Status::NotAssessed => {
                self.not_assessed += 1;
                0
            }
        };
        if fact_failed && half_points > 0 {
            self.capped_by_facts += 1;
        } else {
            self.half_points += half_points;
        }
    }

    /// All requirements counted, applicable or not.
    #[must_use]
    pub const fn requirements(&self) -> u32 {
        self.applicable() + self.not_applicable
    }

    /// Requirements that apply: everything but `not_applicable`.
    #[must_use]
    pub const fn applicable(&self) -> u32 {
        self.assessed() + self.not_assessed
    }

    /// Requirements assessed: implemented, partially implemented or not implemented.
    #[must_use]
    pub const fn assessed(&self) -> u32 {
        self.implemented + self.partially_implemented + self.not_implemented
    }

    /// The points: 1 per implemented, ½ per partially implemented requirement, less the
    /// ones capped by a failed fact check.
    #[must_use]
    pub fn points(&self) -> f64 {
        f64::from(self.half_points) / 2.0
    }

    /// Points ÷ applicable requirements, in percent; `None` when nothing applies.
    #[must_use]
    pub fn score(&self) -> Option<f64> {
        percent(self.points(), self.applicable())
    }

    /// Assessed ÷ applicable requirements, in percent; `None` when nothing applies.
    #[must_use]
    pub fn coverage(&self) -> Option<f64> {
        percent(f64::from(self.assessed()), self.applicable())
    }
}

fn percent(part: f64, whole: u32) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part / f64::from(whole))
}

impl Serialize for Tally {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Tally", 11)?;
        s.serialize_field("score", &self.score())?;
        s.serialize_field("coverage", &self.coverage())?;
        s.serialize_field("points", &self.points())?;
        s.serialize_field("applicable", &self.applicable())?;
        s.serialize_field("assessed", &self.assessed())?;
        s.serialize_field("implemented", &self.implemented)?;
        s.serialize_field("partially_implemented", &self.partially_implemented)?;
        s.serialize_field("not_implemented", &self.not_implemented)?;
        s.serialize_field("not_applicable", &self.not_applicable)?;
        s.serialize_field("not_assessed", &self.not_assessed)?;
        s.serialize_field("capped_by_facts", &self.capped_by_facts)?;
        s.end()
    }
}

impl JsonSchema for Tally {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tally".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let count = schemars::json_schema!({ "type": "integer", "minimum": 0 });
        let percent =
            schemars::json_schema!({ "type": ["number", "null"], "minimum": 0, "maximum": 100 });
        schemars::json_schema!({
            "type": "object",
            "description": "Counts behind one score; score and coverage are percentages, null when nothing applies.",
            "properties": {
                "score": percent, "coverage": percent,
                "points": { "type": "number", "minimum": 0 },
                "applicable": count, "assessed": count, "implemented": count,
                "partially_implemented": count, "not_implemented": count,
                "not_applicable": count, "not_assessed": count, "capped_by_facts": count
            }
        })
    }
}

/// One requirement's contribution to the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RequirementScore {
    /// The requirement.
    pub requirement: RequirementId,
    /// How the requirement's content is known (reports mark implied and reconstructed
    /// items).
    pub certainty: crate::Certainty,
    /// Its status (`not_assessed` when the document has no result for it).
    pub status: Status,
    /// Whether a fact check of it failed.
    pub fact_failed: bool,
    /// The index in the document's `results` of the result that counts, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<usize>,
}

/// A score for one clause (sub-clause or sub-sub-clause).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct ClauseScore {
    /// The clause.
    pub clause: Clause,
    /// Its counts and score.
    pub tally: Tally,
}

/// A score for one domain.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct DomainScore {
    /// The domain.
    pub domain: Domain,
    /// Its counts and score.
    pub tally: Tally,
}

/// A score for one principle.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct PrincipleScore {
    /// The principle.
    pub principle: Principle,
    /// Its counts and score.
    pub tally: Tally,
}

/// Every score of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Scores {
    /// All 111 requirements.
    pub overall: Tally,
    /// The six domains, in the standard's order.
    pub domains: Vec<DomainScore>,
    /// The three principles (a requirement counts toward each principle it serves).
    pub principles: Vec<PrincipleScore>,
    /// Every clause, in [`Clause::ALL`]'s order: the 28 sub-clauses, each followed by its
    /// sub-sub-clauses (7.5, 7.6 and 11.3 count the requirements of theirs).
    pub clauses: Vec<ClauseScore>,
}

impl Scores {
    /// The scores of `requirements` (one entry per catalog requirement, in any order).
    #[must_use]
    pub fn compute(requirements: &[RequirementScore]) -> Scores {
        use strum::IntoEnumIterator;
        let mut overall = Tally::default();
        let mut domains: Vec<DomainScore> = Domain::iter()
            .map(|domain| DomainScore {
                domain,
                tally: Tally::default(),
            })
            .collect();
        let mut principles: Vec<PrincipleScore> = Principle::iter()
            .map(|principle| PrincipleScore {
                principle,
                tally: Tally::default(),
            })
            .collect();
        let mut clauses: Vec<ClauseScore> = Clause::iter()
            .map(|clause| ClauseScore {
                clause,
                tally: Tally::default(),
            })
            .collect();
        for r in requirements {
            let id = r.requirement;
            let add = |t: &mut Tally| t.add(r.status, r.fact_failed);
            add(&mut overall);
            if let Some(d) = domains.get_mut(id.domain() as usize) {
                add(&mut d.tally);
            }
            // The clause and, for 7.5.x, 7.6.x and 11.3.x, its sub-clause too.
            for clause in std::iter::once(id.clause()).chain(id.clause().parent()) {
                if let Some(c) = clauses.get_mut(clause.index()) {
                    add(&mut c.tally);
                }
            }
            for &p in id.requirement().principles.iter() {
                if let Some(p) = principles.get_mut(p as usize) {
                    add(&mut p.tally);
                }
            }
        }
        Scores {
            overall,
            domains,
            principles,
            clauses,
        }
    }
}
