//! An assessment as OSCAL assessment results: one result for the self-assessment, one
//! finding per requirement with its determination, and one observation per evidence item.
//! The results import the plan ([`super::assessment_plan()`]) exported beside them, and
//! each finding targets the Chinese statement part of its control in the catalog.

use std::fmt::Write as _;

use serde::Serialize;

use super::assessment_plan::key;
use super::catalog::statement_id;
use super::{Metadata, Property, content_uuid, one_line, timestamp, uuid};
use crate::assessment::{
    Assessment, AssessmentDocument, RequirementResult, RequirementScore, Status,
};
use crate::catalog;
use crate::model::Lang;

/// The top-level OSCAL document: `{"assessment-results": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResultsModel {
    /// The assessment results.
    pub assessment_results: AssessmentResults,
}

/// OSCAL `assessment-results`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResults {
    /// Derived from the content ([`content_uuid`]).
    pub uuid: String,
    /// Document metadata.
    pub metadata: Metadata,
    /// The assessment plan, exported beside the results.
    pub import_ap: ImportAp,
    /// The one result.
    pub results: Vec<AssessmentResult>,
}

/// OSCAL `import-ap`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportAp {
    /// The plan's file name.
    pub href: String,
    /// What the reference means here.
    pub remarks: String,
}

/// OSCAL `result`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResult {
    /// Name-based UUID.
    pub uuid: String,
    /// Title.
    pub title: String,
    /// The scope of the assessment.
    pub description: String,
    /// The assessment date.
    pub start: String,
    /// Overall score and coverage.
    pub props: Vec<Property>,
    /// All requirements of the catalog.
    pub reviewed_controls: ReviewedControls,
    /// One per evidence item.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    /// One per requirement.
    pub findings: Vec<Finding>,
}

/// OSCAL `reviewed-controls`, selecting every control.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewedControls {
    /// What was reviewed.
    pub description: String,
    /// `[{"include-all": {}}]`.
    pub control_selections: Vec<ControlSelection>,
}

impl ReviewedControls {
    /// Every requirement of the catalog.
    pub(crate) fn all() -> Self {
        ReviewedControls {
            description: format!(
                "All {} requirements of the {} catalog ({}).",
                catalog::requirements().len(),
                catalog::STANDARD,
                super::mapping::CATALOG_FILE
            ),
            control_selections: vec![ControlSelection {
                include_all: serde_json::Map::new(),
            }],
        }
    }
}

/// OSCAL control selection (include all).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ControlSelection {
    /// Always the empty object.
    pub include_all: serde_json::Map<String, serde_json::Value>,
}

/// OSCAL `observation`: one evidence item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Observation {
    /// Name-based UUID.
    pub uuid: String,
    /// The evidence kind and reference.
    pub description: String,
    /// `EXAMINE`: evidence was examined.
    pub methods: Vec<&'static str>,
    /// The evidence's kind.
    pub props: Vec<Property>,
    /// The evidence date, or the assessment date.
    pub collected: String,
}

/// OSCAL `finding`: the determination for one requirement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Finding {
    /// Name-based UUID.
    pub uuid: String,
    /// `7.4.c` and the requirement's title.
    pub title: String,
    /// Status, notes, justification and remediation, as text.
    pub description: String,
    /// The crate's own status and fact-check outcome.
    pub props: Vec<Property>,
    /// The requirement and its determination.
    pub target: FindingTarget,
    /// The evidence observations behind the finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_observations: Vec<RelatedObservation>,
}

/// OSCAL finding target.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct FindingTarget {
    /// `statement-id`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The ID of the requirement's Chinese statement part, `req-7.4.c_statement.zh`.
    pub target_id: String,
    /// The determination (see [`assessment_results()`]).
    pub status: ObjectiveStatus,
    /// How far the requirement is implemented, in OSCAL's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implementation_status: Option<ImplementationStatus>,
}

/// OSCAL objective status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveStatus {
    /// `satisfied` or `not-satisfied`.
    pub state: &'static str,
    /// `pass`, `fail` or `other`.
    pub reason: &'static str,
    /// Why, unless satisfied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// OSCAL implementation status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImplementationStatus {
    /// `implemented`, `partial`, `planned` or `not-applicable`.
    pub state: &'static str,
}

/// OSCAL related observation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RelatedObservation {
    /// The observation's UUID.
    pub observation_uuid: String,
}

/// The assessment of `doc` (as computed by [`crate::assessment::assess`]) as OSCAL
/// assessment results importing the plan at `plan_href` (the file name that
/// [`super::assessment_plan()`] of the same document was written to).
///
/// OSCAL knows only two determinations. A requirement is `satisfied` (reason `pass`) only
/// when it is implemented and no fact check of it failed; not applicable is `satisfied`
/// with reason `other` (it is left out of the score, OSCAL's usual reading); not assessed
/// is `not-satisfied` with reason `other` (it counts 0, never a pass); the rest are
/// `not-satisfied` with reason `fail`. The crate's own status is a `status` prop.
#[must_use]
pub fn assessment_results(
    doc: &AssessmentDocument,
    assessment: &Assessment,
    plan_href: &str,
) -> AssessmentResultsModel {
    let meta = &doc.metadata;
    let date = meta.assessment_date.to_string();
    let key = key(doc);
    let mut observations = Vec::new();
    let findings = assessment
        .requirements
        .iter()
        .map(|scored| {
            let id = scored.requirement;
            let result = scored.result.and_then(|i| doc.results.get(i));
            let mut related = Vec::new();
            for (n, evidence) in result.map_or(&[][..], |r| &r.evidence).iter().enumerate() {
                let observation_uuid = uuid(&format!("observation:{key}:{id}:{n}"));
                observations.push(Observation {
                    uuid: observation_uuid.clone(),
                    description: format!("{}: {}", evidence.kind, evidence.reference.trim()),
                    methods: vec!["EXAMINE"],
                    props: vec![Property::ours("evidence-kind", evidence.kind.to_string())],
                    collected: timestamp(
                        &evidence.date.unwrap_or(meta.assessment_date).to_string(),
                    ),
                });
                related.push(RelatedObservation { observation_uuid });
            }
            Finding {
                uuid: uuid(&format!("finding:{key}:{id}")),
                title: format!("{id} {}", id.requirement().title(Lang::En)),
                description: finding_description(scored, result),
                props: vec![
                    Property::ours("status", scored.status.to_string()),
                    Property::ours("fact-check-failed", scored.fact_failed.to_string()),
                ],
                target: target(id, scored.status, scored.fact_failed),
                related_observations: related,
            }
        })
        .collect();
    let overall = &assessment.scores.overall;
    let percent = |v: Option<f64>| v.map_or_else(|| "none".to_owned(), |v| format!("{v:.1}"));
    let mut metadata = Metadata::new(
        &format!(
            "{} self-assessment — {}",
            catalog::STANDARD,
            meta.organisation
        ),
        &date,
        &meta.catalog_version,
    );
    metadata.props = [
        ("cii-identifier", &meta.cii_identifier),
        ("assessor", &meta.assessor),
    ]
    .into_iter()
    .filter_map(|(name, value)| one_line(value).map(|v| Property::ours(name, v)))
    .collect();
    let mut results = AssessmentResults {
        uuid: String::new(),
        metadata,
        import_ap: ImportAp {
            href: plan_href.to_owned(),
            remarks: format!(
                "The plan of this operator self-assessment against {}.",
                catalog::STANDARD
            ),
        },
        results: vec![AssessmentResult {
            uuid: uuid(&format!("result:{key}")),
            title: format!(
                "Self-assessment of {}",
                one_line(&meta.cii_name).unwrap_or_else(|| "the CII".to_owned())
            ),
            description: meta.scope.clone(),
            start: timestamp(&date),
            props: vec![
                Property::ours("score-percent", percent(overall.score())),
                Property::ours("coverage-percent", percent(overall.coverage())),
            ],
            reviewed_controls: ReviewedControls::all(),
            observations,
            findings,
        }],
    };
    results.uuid = content_uuid("assessment-results", &results);
    AssessmentResultsModel {
        assessment_results: results,
    }
}

/// A finding's description: the status, a failed fact check, and the result's notes,
/// justification and remediation.
fn finding_description(scored: &RequirementScore, result: Option<&RequirementResult>) -> String {
    let mut description = format!("Status: {}.", scored.status);
    if scored.fact_failed {
        description.push_str(" A hard-number fact check of this requirement failed.");
    }
    if let Some(r) = result {
        for (label, text) in [("Notes", &r.notes), ("Justification", &r.justification)] {
            if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                let _ = write!(description, " {label}: {}", text.trim());
            }
        }
        if let Some(rem) = &r.remediation {
            let _ = write!(description, " Remediation owner: {}", rem.owner.trim());
            if let Some(due) = rem.due_date {
                let _ = write!(description, ", due {due}");
            }
            description.push('.');
        }
    }
    description
}

fn target(id: crate::RequirementId, status: Status, fact_failed: bool) -> FindingTarget {
    let determination = |state, reason, remarks: Option<&str>| ObjectiveStatus {
        state,
        reason,
        remarks: remarks.map(str::to_owned),
    };
    let implementation = |state| Some(ImplementationStatus { state });
    let (status, implementation_status) = match status {
        Status::Implemented if fact_failed => (
            determination(
                "not-satisfied",
                "fail",
                Some("claimed implemented, but a fact check failed"),
            ),
            implementation("implemented"),
        ),
        Status::Implemented => (
            determination("satisfied", "pass", None),
            implementation("implemented"),
        ),
        Status::PartiallyImplemented => (
            determination("not-satisfied", "fail", Some("partially implemented")),
            implementation("partial"),
        ),
        Status::NotImplemented => (
            determination("not-satisfied", "fail", Some("not implemented")),
            None,
        ),
        Status::NotApplicable => (
            determination(
                "satisfied",
                "other",
                Some("not applicable to this CII; left out of the score"),
            ),
            implementation("not-applicable"),
        ),
        Status::NotAssessed => (
            determination(
                "not-satisfied",
                "other",
                Some("not assessed: no determination was made; counted as 0"),
            ),
            None,
        ),
    };
    FindingTarget {
        kind: "statement-id",
        target_id: statement_id(id, Lang::Zh),
        status,
        implementation_status,
    }
}
