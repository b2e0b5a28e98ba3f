//! The gap report: every requirement that is not met, grouped by domain, most urgent
//! first, with who closes it and by when.
//!
//! A requirement is a gap when it is `not_implemented` or `partially_implemented`, or
//! when a fact check of it fails (whatever its status). Within a domain gaps are ordered
//! by [`GapPriority`] — a failed hard-number check first, then not implemented, then
//! partially implemented — and ties follow the standard's order.
//!
//! ```
//! use gbt39204::assessment::{assess, AssessOptions, GapPriority};
//!
//! let doc = gbt39204::assessment::parse(r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   },
//!   "results": [
//!     { "requirement": "7.4.a", "status": "partially_implemented",
//!       "remediation": { "owner": "HR", "due_date": "2025-12-31" } },
//!     { "requirement": "7.4.c", "status": "implemented",
//!       "evidence": [{ "kind": "record", "reference": "TR-2025" }] }
//!   ],
//!   "facts": { "training_hours_per_person_year": 24 }
//! }"#).unwrap();
//! let report = assess(&doc, &AssessOptions::default());
//! let personnel = &report.gaps[0];
//! assert_eq!(personnel.gaps[0].requirement.as_str(), "7.4.c");  // failed hard number first
//! assert_eq!(personnel.gaps[0].priority, GapPriority::FailedFactCheck);
//! assert_eq!(personnel.gaps[1].requirement.as_str(), "7.4.a");
//! assert_eq!(personnel.gaps[1].owner.as_deref(), Some("HR"));
//! ```

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

use super::document::{AssessmentDocument, Status};
use super::facts::{FactCheck, FactOutcome};
use super::score::RequirementScore;
use crate::model::{Domain, Lang, RequirementId, Text};

crate::model::names::vocabulary_enum! {
    /// How urgent a gap is; the order of the variants is the order of the report.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum GapPriority {
        /// A fact fails one of the standard's hard numbers.
        FailedFactCheck,
        /// The requirement is not implemented.
        NotImplemented,
        /// The requirement is partially implemented.
        PartiallyImplemented,
    }
}

impl GapPriority {
    /// The priority's name in `lang`.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (GapPriority::FailedFactCheck, Lang::En) => "failed hard-number check",
            (GapPriority::FailedFactCheck, Lang::Zh) => "量化指标未达标",
            (GapPriority::NotImplemented, Lang::En) => "not implemented",
            (GapPriority::NotImplemented, Lang::Zh) => "不符合",
            (GapPriority::PartiallyImplemented, Lang::En) => "partially implemented",
            (GapPriority::PartiallyImplemented, Lang::Zh) => "部分符合",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            GapPriority::FailedFactCheck => &["量化指标未达标"],
            GapPriority::NotImplemented => &["不符合"],
            GapPriority::PartiallyImplemented => &["部分符合"],
        }
    }
}

crate::model::names::lenient_from_str!(GapPriority, "gap priority");

/// One requirement that is not met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Gap {
    /// The requirement.
    pub requirement: RequirementId,
    /// How urgent the gap is.
    pub priority: GapPriority,
    /// The status the document gives it.
    pub status: Status,
    /// The requirement's title (our own words).
    pub title: Text,
    /// How the requirement's content is known: a report marks implied and
    /// reconstructed items.
    pub certainty: crate::Certainty,
    /// The failed fact checks, explained; empty unless the priority is
    /// [`GapPriority::FailedFactCheck`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed_facts: Vec<Text>,
    /// Who closes the gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// By when.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Date>,
    /// The JSON pointer of the result, when the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

/// The gaps of one domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DomainGaps {
    /// The domain.
    pub domain: Domain,
    /// Its gaps, most urgent first, ties in the standard's order.
    pub gaps: Vec<Gap>,
}

/// The gap report: domains that have gaps, in the standard's order.
pub(crate) fn gap_report(
    doc: &AssessmentDocument,
    requirements: &[RequirementScore],
    checks: &[FactCheck],
) -> Vec<DomainGaps> {
    let mut report: Vec<DomainGaps> = Vec::new();
    for r in requirements {
        let failed_facts: Vec<Text> = if r.fact_failed {
            checks
                .iter()
                .filter(|c| c.requirement == r.requirement && c.outcome == FactOutcome::NotMet)
                .map(FactCheck::explain)
                .collect()
        } else {
            Vec::new()
        };
        let priority = if failed_facts.is_empty() {
            match r.status {
                Status::NotImplemented => GapPriority::NotImplemented,
                Status::PartiallyImplemented => GapPriority::PartiallyImplemented,
                _ => continue,
            }
        } else {
            GapPriority::FailedFactCheck
        };
        let result = r.result.and_then(|i| doc.results.get(i));
        let remediation = result.and_then(|res| res.remediation.as_ref());
        let gap = Gap {
            requirement: r.requirement,
            priority,
            status: r.status,
            title: r.requirement.requirement().title.clone(),
            certainty: r.requirement.requirement().certainty,
            failed_facts,
            owner: remediation.map(|m| String::from(&*m.owner)),
            due_date: remediation.and_then(|m| m.due_date),
            pointer: r.result.map(|i| format!("/results/{i}")),
        };
        let domain = r.requirement.domain();
        match report.iter_mut().find(|d| d.domain == domain) {
            Some(group) => group.gaps.push(gap),
            None => report.push(DomainGaps {
                domain,
                gaps: vec![gap],
            }),
        }
    }
    report.sort_by_key(|d| d.domain);
    for group in &mut report {
        group.gaps.sort_by_key(|g| (g.priority, g.requirement));
    }
    report
}
