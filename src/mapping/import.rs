//! Importing others' mapping sets: an OSCAL 1.2 mapping collection
//! ([`MappingSet::from_oscal`]) or a CISO Assistant mapping library
//! ([`MappingSet::from_ciso`]) between GB/T 39204 and a built-in or user framework.
//!
//! Each document is read into typed structs, turned into the rows of our JSON mapping
//! set format and checked by the same loader as [`MappingSet::from_json`] — unknown
//! requirement and control IDs with did-you-mean, unknown relationships, duplicate and
//! contradictory rows, missing rationales — with every problem's pointer moved back to
//! the place in the imported document.
//!
//! - **OSCAL**: every `map` of every `mapping`, one row per source × target. A map whose
//!   sources are GB/T 39204 requirements (`7.4.c` or this crate's `req-7.4.c`) is read
//!   as is; one whose only targets are is turned round (`subset-of` ↔ `superset-of`).
//!   `confidence-score` `category` is the confidence (a `percentage` of at least 0.8 is
//!   high, 0.5 medium, less low; none is low); `remarks` is the rationale. Requirement
//!   IDs listed in a `source-gap-summary` become gaps, with the reason from this crate's
//!   `gap` props where there is one.
//! - **CISO Assistant**: the set whose source is GB/T 39204 (or else the first set,
//!   turned round). Relationships `equal` → `equivalent-to`, `subset` → `subset-of`,
//!   `superset` → `superset-of`, `intersect` → `intersects-with`, `not_related` →
//!   `no-relationship`; `strength_of_relationship` 7–10 is high, 4–6 medium, else low;
//!   `annotation` is the rationale. A node is named by its urn's last part, matched
//!   leniently (`…:a.5.19` is `A.5.19`).
//!
//! ```
//! use gbt39204::export::{ciso, oscal};
//! use gbt39204::mapping::{BuiltinFramework, MappingSet};
//!
//! let iso = BuiltinFramework::Iso27001_2022;
//! // Our own exports read back into the same set.
//! let json = serde_json::to_string(&oscal::mapping_collection(iso.framework(), iso.mapping_set())).unwrap();
//! let from_oscal = MappingSet::from_oscal(&json, iso.framework())?;
//! assert_eq!(from_oscal.mappings().count(), iso.mapping_set().mappings().count());
//! let yaml = ciso::mapping_library(iso).contents;
//! let from_ciso = MappingSet::from_ciso(&yaml, iso.framework())?;
//! assert_eq!(from_ciso.mappings().count(), iso.mapping_set().mappings().count());
//!
//! let bad = json.replace(r#""id-ref": "A.5.20""#, r#""id-ref": "A.5.200""#)
//!     .replace(r#""id-ref":"A.5.20""#, r#""id-ref":"A.5.200""#);
//! let errors = MappingSet::from_oscal(&bad, iso.framework()).unwrap_err();
//! assert!(errors.0[0].pointer().ends_with("/targets/0/id-ref"), "{}", errors.0[0]);
//! assert!(errors.to_string().contains("did you mean `A.5.20`"));
//! # Ok::<(), gbt39204::mapping::LoadErrors>(())
//! ```

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::mapping::load::{LoadError, LoadErrors};
use crate::mapping::{Framework, MappingSet};
use crate::model::RequirementId;

/// Where each field of a converted row came from in the imported document.
struct Origin {
    row: String,
    requirement: String,
    control: String,
    relationship: String,
    confidence: String,
    rationale: String,
}

/// Rows in our format plus their origins, loaded with [`MappingSet::from_json`] and the
/// errors moved back to the imported document.
fn load(
    entries: Vec<(Value, Origin)>,
    provenance: &str,
    framework: &Framework,
) -> Result<MappingSet, LoadErrors> {
    let (rows, origins): (Vec<Value>, Vec<Origin>) = entries.into_iter().unzip();
    let doc = json!({ "framework": framework.id(), "provenance": provenance, "entries": rows });
    MappingSet::from_json(&doc.to_string(), framework).map_err(|errors| {
        LoadErrors(
            errors
                .0
                .into_iter()
                .map(|e| relocate(e, &origins))
                .collect(),
        )
    })
}

/// `/entries/3/control` → the imported document's pointer for that field.
fn moved(pointer: &str, origins: &[Origin]) -> String {
    let mut parts = pointer.trim_start_matches('/').splitn(3, '/');
    let (Some("entries"), Some(index)) = (parts.next(), parts.next()) else {
        return pointer.to_owned();
    };
    let Some(origin) = index.parse::<usize>().ok().and_then(|i| origins.get(i)) else {
        return pointer.to_owned();
    };
    match parts.next() {
        Some("requirement") => origin.requirement.clone(),
        Some("control") => origin.control.clone(),
        Some("relationship") => origin.relationship.clone(),
        Some("confidence") => origin.confidence.clone(),
        Some("rationale" | "reason") => origin.rationale.clone(),
        _ => origin.row.clone(),
    }
}

fn relocate(error: LoadError, origins: &[Origin]) -> LoadError {
    let m = |p: String| moved(&p, origins);
    match error {
        LoadError::WrongType { pointer, expected } => LoadError::WrongType {
            pointer: m(pointer),
            expected,
        },
        LoadError::MissingField { pointer } => LoadError::MissingField {
            pointer: m(pointer),
        },
        LoadError::UnknownField {
            pointer,
            field,
            expected,
            suggestion,
        } => LoadError::UnknownField {
            pointer: m(pointer),
            field,
            expected,
            suggestion,
        },
        LoadError::InvalidValue { pointer, message } => LoadError::InvalidValue {
            pointer: m(pointer),
            message,
        },
        LoadError::UnknownRequirement { pointer, error } => LoadError::UnknownRequirement {
            pointer: m(pointer),
            error,
        },
        LoadError::UnknownControl { pointer, error } => LoadError::UnknownControl {
            pointer: m(pointer),
            error,
        },
        LoadError::DuplicateControl { pointer, first, id } => LoadError::DuplicateControl {
            pointer: m(pointer),
            first: m(first),
            id,
        },
        LoadError::DuplicateRow {
            pointer,
            first,
            what,
        } => LoadError::DuplicateRow {
            pointer: m(pointer),
            first: m(first),
            what,
        },
        LoadError::ContradictoryRow {
            pointer,
            first,
            detail,
        } => LoadError::ContradictoryRow {
            pointer: m(pointer),
            first: m(first),
            detail,
        },
        LoadError::MissingRationale { pointer } => LoadError::MissingRationale {
            pointer: m(pointer),
        },
        LoadError::FrameworkMismatch {
            pointer,
            expected,
            found,
        } => LoadError::FrameworkMismatch {
            pointer: m(pointer),
            expected,
            found,
        },
        e @ (LoadError::Syntax { .. } | LoadError::TooLarge { .. }) => e,
    }
}

/// Whether `id` names a GB/T 39204 requirement (`7.4.c` or `req-7.4.c`).
fn requirement_id(id: &str) -> Option<&str> {
    let id = id.trim();
    let bare = id.strip_prefix("req-").unwrap_or(id);
    bare.parse::<RequirementId>().is_ok().then_some(bare)
}

/// `subset-of` ↔ `superset-of` for a row turned round; the others read both ways.
fn turned(relationship: &str) -> String {
    match relationship.trim() {
        "subset-of" => "superset-of".to_owned(),
        "superset-of" => "subset-of".to_owned(),
        other => other.to_owned(),
    }
}

fn mapping_row(
    requirement: &str,
    control: &str,
    relationship: &str,
    confidence: &str,
    rationale: Option<&str>,
) -> Value {
    json!({
        "kind": "mapping", "requirement": requirement, "control": control,
        "relationship": relationship, "confidence": confidence, "rationale": rationale,
    })
}

fn syntax(line: usize, column: usize, message: String) -> LoadErrors {
    LoadErrors(vec![LoadError::Syntax {
        line,
        column,
        message,
    }])
}

/// A document that does not parse into its typed structs: a format error at its
/// pointer, or a syntax error (not JSON, truncated, too large).
pub(crate) fn parse_error(e: &crate::json::ParseError) -> LoadErrors {
    match e {
        crate::json::ParseError::Format { pointer, .. } => {
            LoadErrors(vec![LoadError::InvalidValue {
                pointer: pointer.clone(),
                message: e.to_string(),
            }])
        }
        _ => syntax(e.line(), e.column(), e.to_string()),
    }
}

#[derive(Deserialize)]
struct OscalDocument {
    #[serde(rename = "mapping-collection")]
    collection: OscalCollection,
}

#[derive(Deserialize)]
struct OscalCollection {
    #[serde(default)]
    mappings: Vec<OscalMapping>,
}

#[derive(Deserialize)]
struct OscalMapping {
    #[serde(default)]
    maps: Vec<OscalMap>,
    #[serde(default)]
    props: Vec<OscalProp>,
    #[serde(rename = "source-gap-summary")]
    gaps: Option<OscalGapSummary>,
}

#[derive(Deserialize)]
struct OscalMap {
    relationship: String,
    #[serde(default)]
    sources: Vec<OscalItem>,
    #[serde(default)]
    targets: Vec<OscalItem>,
    #[serde(rename = "confidence-score")]
    confidence: Option<OscalScore>,
    remarks: Option<String>,
}

#[derive(Deserialize)]
struct OscalItem {
    #[serde(rename = "id-ref")]
    id_ref: String,
}

#[derive(Deserialize)]
struct OscalScore {
    category: Option<String>,
    percentage: Option<f64>,
}

#[derive(Deserialize)]
struct OscalProp {
    name: String,
    value: String,
    remarks: Option<String>,
}

#[derive(Deserialize)]
struct OscalGapSummary {
    #[serde(rename = "unmapped-controls", default)]
    unmapped: Vec<OscalSelect>,
}

#[derive(Deserialize)]
struct OscalSelect {
    #[serde(rename = "with-ids", default)]
    with_ids: Vec<String>,
}

fn oscal_confidence(score: Option<&OscalScore>) -> String {
    match score {
        Some(OscalScore {
            category: Some(c), ..
        }) => c.clone(),
        Some(OscalScore {
            percentage: Some(p),
            ..
        }) if *p >= 0.8 => "high".to_owned(),
        Some(OscalScore {
            percentage: Some(p),
            ..
        }) if *p >= 0.5 => "medium".to_owned(),
        _ => "low".to_owned(),
    }
}

impl MappingSet {
    /// Reads an OSCAL 1.2 mapping collection between GB/T 39204 and `framework` (see
    /// the [module documentation](self)). The set is [`Provenance::Curated`](crate::mapping::Provenance::Curated).
    ///
    /// # Errors
    /// [`LoadErrors`] with every problem found, each at its JSON pointer in the document.
    pub fn from_oscal(json: &str, framework: &Framework) -> Result<MappingSet, LoadErrors> {
        let doc: OscalDocument = crate::json::from_str(json).map_err(|e| parse_error(&e))?;
        let mut entries = Vec::new();
        for (i, mapping) in doc.collection.mappings.iter().enumerate() {
            let base = format!("/mapping-collection/mappings/{i}");
            for (j, map) in mapping.maps.iter().enumerate() {
                let here = format!("{base}/maps/{j}");
                let forward = map
                    .sources
                    .iter()
                    .any(|s| requirement_id(&s.id_ref).is_some())
                    || !map
                        .targets
                        .iter()
                        .any(|t| requirement_id(&t.id_ref).is_some());
                let (reqs, controls, req_key, control_key) = if forward {
                    (&map.sources, &map.targets, "sources", "targets")
                } else {
                    (&map.targets, &map.sources, "targets", "sources")
                };
                let relationship = if forward {
                    map.relationship.clone()
                } else {
                    turned(&map.relationship)
                };
                for (a, r) in reqs.iter().enumerate() {
                    for (b, c) in controls.iter().enumerate() {
                        let requirement = requirement_id(&r.id_ref).unwrap_or(&r.id_ref);
                        entries.push((
                            mapping_row(
                                requirement,
                                &c.id_ref,
                                &relationship,
                                &oscal_confidence(map.confidence.as_ref()),
                                map.remarks.as_deref(),
                            ),
                            Origin {
                                row: here.clone(),
                                requirement: format!("{here}/{req_key}/{a}/id-ref"),
                                control: format!("{here}/{control_key}/{b}/id-ref"),
                                relationship: format!("{here}/relationship"),
                                confidence: format!("{here}/confidence-score"),
                                rationale: format!("{here}/remarks"),
                            },
                        ));
                    }
                }
            }
            let reasons: HashMap<&str, &str> = mapping
                .props
                .iter()
                .filter(|p| p.name == "gap")
                .filter_map(|p| Some((p.value.as_str(), p.remarks.as_deref()?)))
                .collect();
            for (k, select) in mapping
                .gaps
                .iter()
                .flat_map(|g| g.unmapped.iter())
                .enumerate()
            {
                for (n, id) in select.with_ids.iter().enumerate() {
                    let reason = reasons
                        .get(id.as_str())
                        .copied()
                        .unwrap_or("Listed as unmapped in the OSCAL source-gap-summary.");
                    let here =
                        format!("{base}/source-gap-summary/unmapped-controls/{k}/with-ids/{n}");
                    entries.push((
                        json!({ "kind": "gap", "requirement": requirement_id(id).unwrap_or(id), "reason": reason }),
                        Origin { row: here.clone(), requirement: here.clone(), control: here.clone(), relationship: here.clone(), confidence: here.clone(), rationale: here },
                    ));
                }
            }
        }
        load(entries, "curated", framework)
    }
}

/// The library's typed structs: YAML first (syntax errors have a line and column), then
/// the structs (format errors have a path). Refuses documents over the JSON size limit.
fn read_ciso(yaml: &str) -> Result<CisoLibrary, LoadErrors> {
    if yaml.len() > crate::json::MAX_DOCUMENT_BYTES {
        return Err(syntax(
            1,
            1,
            format!(
                "the document is {} bytes, over the limit of {}",
                yaml.len(),
                crate::json::MAX_DOCUMENT_BYTES
            ),
        ));
    }
    let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(yaml).map_err(|e| {
        let (line, column) = e.location().map_or((1, 1), |at| (at.line(), at.column()));
        syntax(line, column, e.to_string())
    })?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = e.path().iter().fold(String::new(), |mut p, s| {
            p.push('/');
            p.push_str(&crate::json::escape_token(&s.to_string()));
            p
        });
        LoadErrors(vec![LoadError::InvalidValue {
            pointer,
            message: e.into_inner().to_string(),
        }])
    })
}

#[derive(Deserialize)]
struct CisoLibrary {
    objects: CisoObjects,
}

#[derive(Deserialize)]
struct CisoObjects {
    requirement_mapping_sets: Option<Vec<CisoSet>>,
    requirement_mapping_set: Option<CisoSet>,
}

#[derive(Deserialize)]
struct CisoSet {
    #[serde(default)]
    requirement_mappings: Vec<CisoRow>,
}

#[derive(Deserialize)]
struct CisoRow {
    source_requirement_urn: String,
    target_requirement_urn: String,
    relationship: String,
    strength_of_relationship: Option<i64>,
    annotation: Option<String>,
}

/// The node a urn names: its last part.
fn urn_node(urn: &str) -> &str {
    urn.rsplit(':').next().unwrap_or(urn)
}

fn ciso_relationship(relationship: &str, turned_round: bool) -> String {
    match (relationship.trim(), turned_round) {
        ("equal", _) => "equivalent-to",
        ("subset", false) | ("superset", true) => "subset-of",
        ("superset", false) | ("subset", true) => "superset-of",
        ("intersect", _) => "intersects-with",
        ("not_related", _) => "no-relationship",
        (other, _) => other,
    }
    .to_owned()
}

const fn ciso_confidence(strength: Option<i64>) -> &'static str {
    match strength {
        Some(7..=10) => "high",
        Some(4..=6) => "medium",
        _ => "low",
    }
}

impl MappingSet {
    /// Reads a CISO Assistant mapping library (YAML) between GB/T 39204 and `framework`
    /// (see the [module documentation](self)). The set is
    /// [`Provenance::Curated`](crate::mapping::Provenance::Curated).
    ///
    /// # Errors
    /// [`LoadErrors`] with every problem found, each at its path in the document written
    /// as a JSON pointer (`/objects/requirement_mapping_sets/0/requirement_mappings/4/relationship`).
    pub fn from_ciso(yaml: &str, framework: &Framework) -> Result<MappingSet, LoadErrors> {
        let library = read_ciso(yaml)?;
        let (sets, key) = match (
            library.objects.requirement_mapping_sets,
            library.objects.requirement_mapping_set,
        ) {
            (Some(sets), _) => (sets, "requirement_mapping_sets"),
            (None, Some(set)) => (vec![set], "requirement_mapping_set"),
            (None, None) => {
                return Err(LoadErrors(vec![LoadError::MissingField {
                    pointer: "/objects/requirement_mapping_sets".to_owned(),
                }]));
            }
        };
        let from_39204 = |set: &CisoSet| {
            let sources = set
                .requirement_mappings
                .iter()
                .filter(|r| requirement_id(urn_node(&r.source_requirement_urn)).is_some())
                .count();
            let targets = set
                .requirement_mappings
                .iter()
                .filter(|r| requirement_id(urn_node(&r.target_requirement_urn)).is_some())
                .count();
            sources >= targets
        };
        let index = sets.iter().position(from_39204).unwrap_or(0);
        let Some(set) = sets.get(index) else {
            return Err(LoadErrors(vec![LoadError::MissingField {
                pointer: format!("/objects/{key}/0"),
            }]));
        };
        let turned_round = !from_39204(set);
        let base = if key == "requirement_mapping_set" {
            format!("/objects/{key}")
        } else {
            format!("/objects/{key}/{index}")
        };
        let entries = set
            .requirement_mappings
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let here = format!("{base}/requirement_mappings/{i}");
                let (req, control, req_key, control_key) = if turned_round {
                    (
                        &row.target_requirement_urn,
                        &row.source_requirement_urn,
                        "target_requirement_urn",
                        "source_requirement_urn",
                    )
                } else {
                    (
                        &row.source_requirement_urn,
                        &row.target_requirement_urn,
                        "source_requirement_urn",
                        "target_requirement_urn",
                    )
                };
                (
                    mapping_row(
                        urn_node(req),
                        urn_node(control),
                        &ciso_relationship(&row.relationship, turned_round),
                        ciso_confidence(row.strength_of_relationship),
                        row.annotation.as_deref(),
                    ),
                    Origin {
                        requirement: format!("{here}/{req_key}"),
                        control: format!("{here}/{control_key}"),
                        relationship: format!("{here}/relationship"),
                        confidence: format!("{here}/strength_of_relationship"),
                        rationale: format!("{here}/annotation"),
                        row: here,
                    },
                )
            })
            .collect();
        load(entries, "curated", framework)
    }
}
