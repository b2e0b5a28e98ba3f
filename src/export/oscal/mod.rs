//! OSCAL 1.2 exports, so that the catalog, the crosswalks and assessments can be read by
//! OSCAL tools (checked against NIST's OSCAL 1.2.3 JSON Schema and with
//! compliance-trestle by `scripts/check-oscal.sh`, which also resolves every reference).
//!
//! The types here are the small subset of the OSCAL model that the exports use, with
//! OSCAL's own kebab-case field names. UUIDs are name-based (version 5) under a fixed
//! project namespace: an object's UUID comes from what it is about (a finding from its
//! requirement), a document's from its whole content ([`content_uuid`]), so a new
//! revision gets a new document UUID. Timestamps come from the data, so an export is
//! reproducible byte for byte.
//!
//! ```
//! use gbt39204::export::oscal;
//!
//! let first = serde_json::to_string(&oscal::catalog()).unwrap();
//! let again = serde_json::to_string(&oscal::catalog()).unwrap();
//! assert_eq!(first, again);
//! assert!(first.contains(r#""id":"req-7.4.c""#));
//! ```

mod assessment_plan;
mod assessment_results;
mod catalog;
mod mapping;

pub use assessment_plan::{AssessmentPlan, AssessmentPlanModel, ImportSsp, assessment_plan};
pub use assessment_results::{
    AssessmentResult, AssessmentResults, AssessmentResultsModel, ControlSelection, Finding,
    FindingTarget, ImplementationStatus, ImportAp, ObjectiveStatus, Observation,
    RelatedObservation, ReviewedControls, assessment_results,
};
pub use catalog::{
    Catalog, CatalogModel, Control, Group, catalog, control_token, framework_catalog,
};
pub use mapping::{
    CATALOG_FILE, ConfidenceScore, GapSummary, Map, Mapping, MappingCollection, MappingItem,
    MappingModel, MappingProvenance, ResourceReference, SelectControls, framework_catalog_file,
    mapping_collection,
};

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::assessment::{Assessment, AssessmentDocument};
use crate::mapping::BuiltinFramework;

/// The OSCAL version the exports declare.
pub const OSCAL_VERSION: &str = "1.2.3";

/// The namespace of this crate's own OSCAL property names (principle, topic, …).
pub const NAMESPACE: &str = "https://gbt39204.github.io/ns/oscal";

/// The file [`write_dir`] writes the assessment plan to; the results import it by this name.
pub const ASSESSMENT_PLAN_FILE: &str = "assessment-plan.json";

/// Writes every export into `dir` (created if missing), pretty-printed with a final
/// newline: `catalog.json`, for each built-in framework its controls as an OSCAL catalog
/// and the crosswalk as `mapping-<framework ID>.json`, and, when `assessment` is given,
/// [`ASSESSMENT_PLAN_FILE`] and `assessment-results.json` for that document and its
/// assessment. Every reference between the files resolves. Returns the paths written, in
/// that order.
///
/// ```
/// use gbt39204::export::oscal;
///
/// let dir = std::env::temp_dir().join("gbt39204-doctest-oscal");
/// let written = oscal::write_dir(&dir, None)?;
/// assert_eq!(written.len(), 11); // the catalog, five framework catalogs, five crosswalks
/// assert!(written[0].ends_with("catalog.json"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
/// The first I/O error, its message prefixed with the path it happened at.
pub fn write_dir(
    dir: &Path,
    assessment: Option<(&AssessmentDocument, &Assessment)>,
) -> io::Result<Vec<PathBuf>> {
    fn write(path: PathBuf, value: &impl Serialize) -> io::Result<PathBuf> {
        // Serialising plain data with string keys cannot fail.
        let mut json = serde_json::to_string_pretty(value).unwrap_or_default();
        json.push('\n');
        std::fs::write(&path, json)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        Ok(path)
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
    let mut written = vec![write(dir.join(CATALOG_FILE), &catalog())?];
    for builtin in BuiltinFramework::ALL {
        let framework = builtin.framework();
        written.push(write(
            dir.join(framework_catalog_file(framework)),
            &framework_catalog(framework),
        )?);
        let model = mapping_collection(framework, builtin.mapping_set());
        written.push(write(dir.join(format!("mapping-{builtin}.json")), &model)?);
    }
    if let Some((doc, assessment)) = assessment {
        written.push(write(
            dir.join(ASSESSMENT_PLAN_FILE),
            &assessment_plan(doc),
        )?);
        let model = assessment_results(doc, assessment, ASSESSMENT_PLAN_FILE);
        written.push(write(dir.join("assessment-results.json"), &model)?);
    }
    Ok(written)
}

/// A name-based (version 5) UUID for `name` under the crate's namespace: the same name
/// always gives the same UUID.
///
/// ```
/// use gbt39204::export::oscal::uuid;
///
/// assert_eq!(uuid("finding:7.4.c"), uuid("finding:7.4.c"));
/// assert_ne!(uuid("finding:7.4.c"), uuid("finding:7.4.d"));
/// assert_eq!(uuid("finding:7.4.c").len(), 36);
/// ```
#[must_use]
pub fn uuid(name: &str) -> String {
    let root = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, NAMESPACE.as_bytes());
    uuid::Uuid::new_v5(&root, name.as_bytes()).to_string()
}

/// The UUID of a whole document: name-based on `kind` and the document's JSON with its
/// own `uuid` left empty, so it stays the same while the content does and changes with
/// any change of content, as OSCAL asks of a document's UUID on every revision.
///
/// ```
/// use gbt39204::export::oscal::content_uuid;
///
/// let a = content_uuid("catalog", &serde_json::json!({"uuid": "", "title": "A"}));
/// assert_eq!(a, content_uuid("catalog", &serde_json::json!({"uuid": "", "title": "A"})));
/// assert_ne!(a, content_uuid("catalog", &serde_json::json!({"uuid": "", "title": "B"})));
/// ```
#[must_use]
pub fn content_uuid(kind: &str, document: &impl Serialize) -> String {
    // Serialising plain data structures cannot fail; an empty string would still give a
    // valid, if content-blind, UUID.
    let json = serde_json::to_string(document).unwrap_or_default();
    uuid(&format!("{kind}:{json}"))
}

/// `text` as one OSCAL `string` (no line breaks, no leading or trailing space): runs of
/// whitespace become one space; `None` when nothing is left.
pub(crate) fn one_line(text: &str) -> Option<String> {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.is_empty()).then_some(line)
}

/// OSCAL `back-matter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackMatter {
    /// The resources other parts of the document point at with `#uuid`.
    pub resources: Vec<Resource>,
}

/// OSCAL back-matter `resource`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resource {
    /// The UUID that `#uuid` references name.
    pub uuid: String,
    /// What the resource is.
    pub title: String,
    /// More about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where it is, when it is a file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rlinks: Vec<Rlink>,
}

/// OSCAL resource link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Rlink {
    /// A relative file name.
    pub href: String,
    /// `application/oscal.catalog+json` and the like.
    pub media_type: &'static str,
}

/// The OSCAL timestamp for an ISO 8601 date: midnight UTC.
#[must_use]
pub fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// OSCAL `metadata`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Metadata {
    /// Document title.
    pub title: String,
    /// When the document was last modified (RFC 3339).
    pub last_modified: String,
    /// The document's version.
    pub version: String,
    /// The OSCAL version, [`OSCAL_VERSION`].
    pub oscal_version: &'static str,
    /// Document properties.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Property>,
    /// Remarks (markup).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

impl Metadata {
    /// Metadata with the crate's usual fields. The title and version are made one line
    /// (OSCAL refuses line breaks and blank values there).
    #[must_use]
    pub fn new(title: &str, date: &str, version: &str) -> Self {
        Metadata {
            title: one_line(title).unwrap_or_else(|| "Untitled".to_owned()),
            last_modified: timestamp(date),
            version: one_line(version).unwrap_or_else(|| "unversioned".to_owned()),
            oscal_version: OSCAL_VERSION,
            props: Vec::new(),
            remarks: None,
        }
    }
}

/// OSCAL `prop`: a name/value pair, optionally in a namespace and with a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Property {
    /// Property name (an OSCAL token).
    pub name: String,
    /// Property value (no leading or trailing whitespace).
    pub value: String,
    /// The namespace of `name`, when it is not OSCAL's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ns: Option<&'static str>,
    /// A sub-type of the property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// Remarks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

impl Property {
    /// A property in OSCAL's own namespace (e.g. `label`, `sort-id`).
    #[must_use]
    pub fn oscal(name: &str, value: impl Into<String>) -> Self {
        Property {
            name: name.to_owned(),
            value: value.into(),
            ns: None,
            class: None,
            remarks: None,
        }
    }

    /// A property in the crate's namespace [`NAMESPACE`].
    #[must_use]
    pub fn ours(name: &str, value: impl Into<String>) -> Self {
        Property {
            ns: Some(NAMESPACE),
            ..Property::oscal(name, value)
        }
    }
}

/// OSCAL `part`: a piece of prose with a name such as `statement` or `overview`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Unique ID within the document.
    pub id: String,
    /// Part name, e.g. `statement`.
    pub name: &'static str,
    /// A sub-type: here the language tag (`zh-CN`, `en`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<&'static str>,
    /// Part properties.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Property>,
    /// The text.
    pub prose: String,
}
