//! The plan behind a self-assessment as an OSCAL assessment plan, so that the assessment
//! results have a plan to import: every requirement of the catalog reviewed, the CII as
//! the system, described in the back matter (a self-assessment has no OSCAL system
//! security plan to point at).

use serde::Serialize;

use super::assessment_results::ReviewedControls;
use super::mapping::{CATALOG_FILE, catalog_resource};
use super::{BackMatter, Metadata, Property, Resource, content_uuid, one_line, uuid};
use crate::assessment::AssessmentDocument;
use crate::catalog;

/// The top-level OSCAL document: `{"assessment-plan": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentPlanModel {
    /// The assessment plan.
    pub assessment_plan: AssessmentPlan,
}

/// OSCAL `assessment-plan`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentPlan {
    /// Derived from the content ([`content_uuid`]).
    pub uuid: String,
    /// Document metadata.
    pub metadata: Metadata,
    /// The system: a back-matter resource describing the CII.
    pub import_ssp: ImportSsp,
    /// Every requirement of the catalog.
    pub reviewed_controls: ReviewedControls,
    /// The CII and the catalog.
    pub back_matter: BackMatter,
}

/// OSCAL `import-ssp`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportSsp {
    /// `#` and the UUID of the back-matter resource describing the CII.
    pub href: String,
    /// What the reference means here.
    pub remarks: String,
}

/// Identifies a self-assessment: organisation, CII and date.
pub(crate) fn key(doc: &AssessmentDocument) -> String {
    let meta = &doc.metadata;
    format!(
        "{}|{}|{}",
        meta.organisation, meta.cii_identifier, meta.assessment_date
    )
}

/// The plan of the self-assessment `doc`: review every requirement of the catalog
/// ([`CATALOG_FILE`]) for the CII the document names. Write it beside the results and
/// pass its file name to [`super::assessment_results()`].
#[must_use]
pub fn assessment_plan(doc: &AssessmentDocument) -> AssessmentPlanModel {
    let meta = &doc.metadata;
    let key = key(doc);
    let date = meta.assessment_date.to_string();
    let system = Resource {
        uuid: uuid(&format!("system:{key}")),
        title: one_line(&meta.cii_name).unwrap_or_else(|| "Unnamed CII".to_owned()),
        description: one_line(&meta.scope),
        rlinks: Vec::new(),
    };
    let catalog_resource = catalog_resource(
        "gbt39204",
        catalog::STANDARD.to_owned(),
        CATALOG_FILE.to_owned(),
    );
    let mut metadata = Metadata::new(
        &format!(
            "{} self-assessment plan — {}",
            catalog::STANDARD,
            meta.organisation
        ),
        &date,
        &meta.catalog_version,
    );
    metadata.props = one_line(&meta.cii_identifier)
        .map(|id| Property::ours("cii-identifier", id))
        .into_iter()
        .collect();
    let mut plan = AssessmentPlan {
        uuid: String::new(),
        metadata,
        import_ssp: ImportSsp {
            href: format!("#{}", system.uuid),
            remarks: "An operator self-assessment has no OSCAL system security plan; the back matter describes the CII.".to_owned(),
        },
        reviewed_controls: ReviewedControls::all(),
        back_matter: BackMatter {
            resources: vec![system, catalog_resource],
        },
    };
    plan.uuid = content_uuid("assessment-plan", &plan);
    AssessmentPlanModel {
        assessment_plan: plan,
    }
}
