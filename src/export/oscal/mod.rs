//! OSCAL 1.2 exports, so that the catalog, the crosswalks and assessments can be read by
//! OSCAL tools (checked with compliance-trestle by `scripts/check-oscal.sh`).
//!
//! The types here are the small subset of the OSCAL model that the exports use, with
//! OSCAL's own kebab-case field names. UUIDs are name-based (version 5) under a fixed
//! project namespace, and timestamps come from the data, so an export is reproducible
//! byte for byte.
//!
//! ```
//! use gbt39204::export::oscal;
//!
//! let first = serde_json::to_string(&oscal::catalog()).unwrap();
//! let again = serde_json::to_string(&oscal::catalog()).unwrap();
//! assert_eq!(first, again);
//! assert!(first.contains(r#""id":"req-7.4.c""#));
//! ```

mod assessment_results;
mod catalog;
mod mapping;

pub use assessment_results::{
    AssessmentResult, AssessmentResults, AssessmentResultsModel, ControlSelection, Finding,
    FindingTarget, ImplementationStatus, ImportAp, ObjectiveStatus, Observation,
    RelatedObservation, ReviewedControls, assessment_results,
};
pub use catalog::{Catalog, CatalogModel, Control, Group, catalog};
pub use mapping::{
    ConfidenceScore, GapSummary, Map, Mapping, MappingCollection, MappingItem, MappingModel,
    MappingProvenance, ResourceReference, SelectControls, mapping_collection,
};

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::assessment::{Assessment, AssessmentDocument};
use crate::mapping::BuiltinFramework;

/// The OSCAL version the exports declare.
pub const OSCAL_VERSION: &str = "1.2.1";

/// The namespace of this crate's own OSCAL property names (principle, topic, …).
pub const NAMESPACE: &str = "https://gbt39204.github.io/ns/oscal";

/// Writes every export into `dir` (created if missing), pretty-printed with a final
/// newline: `catalog.json`, `mapping-<framework ID>.json` for each built-in crosswalk and,
/// when `assessment` is given, `assessment-results.json` for that document and its
/// assessment. Returns the paths written, in that order.
///
/// ```
/// use gbt39204::export::oscal;
///
/// let dir = std::env::temp_dir().join("gbt39204-doctest-oscal");
/// let written = oscal::write_dir(&dir, None)?;
/// assert_eq!(written.len(), 6); // the catalog and the five crosswalks
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
    let mut written = vec![write(dir.join("catalog.json"), &catalog())?];
    for builtin in BuiltinFramework::ALL {
        let model = mapping_collection(builtin.framework(), builtin.mapping_set());
        written.push(write(dir.join(format!("mapping-{builtin}.json")), &model)?);
    }
    if let Some((doc, assessment)) = assessment {
        let model = assessment_results(doc, assessment);
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
    /// Metadata with the crate's usual fields.
    #[must_use]
    pub fn new(title: String, date: &str, version: &str) -> Self {
        Metadata {
            title,
            last_modified: timestamp(date),
            version: version.to_owned(),
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
