//! A crosswalk as an OSCAL mapping collection: one map per mapping row, with OSCAL's
//! relationship name, the confidence as a category and the rationale as remarks; the
//! requirements without a counterpart in a source gap summary, with their reasons. The
//! source and target catalogs are back-matter resources linking to the files they are
//! exported to ([`CATALOG_FILE`], [`framework_catalog_file`]).

use serde::Serialize;

use super::catalog::{control_id, control_token};
use super::{BackMatter, Metadata, Property, Resource, Rlink, content_uuid, one_line, uuid};
use crate::catalog;
use crate::mapping::{Framework, MappingSet};
use crate::model::Lang;

/// The top-level OSCAL document: `{"mapping-collection": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct MappingModel {
    /// The mapping collection.
    pub mapping_collection: MappingCollection,
}

/// OSCAL `mapping-collection`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct MappingCollection {
    /// Derived from the content ([`content_uuid`]).
    pub uuid: String,
    /// Document metadata.
    pub metadata: Metadata,
    /// How the mappings were made.
    pub provenance: MappingProvenance,
    /// The one mapping: GB/T 39204 to the target framework.
    pub mappings: Vec<Mapping>,
    /// The two catalogs, as resources linking to their files.
    pub back_matter: BackMatter,
}

/// OSCAL mapping `provenance`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct MappingProvenance {
    /// `human`: every row was written and reviewed by people.
    pub method: &'static str,
    /// `semantic`: rows relate the meaning of the requirements.
    pub matching_rationale: &'static str,
    /// `draft` for curated sets.
    pub status: &'static str,
    /// Who made the mapping and how.
    pub mapping_description: String,
}

/// OSCAL `mapping`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Mapping {
    /// Name-based UUID.
    pub uuid: String,
    /// The GB/T 39204 catalog.
    pub source_resource: ResourceReference,
    /// The target framework.
    pub target_resource: ResourceReference,
    /// One map per mapping row.
    pub maps: Vec<Map>,
    /// One `gap` prop per requirement without a counterpart, with the reason as remarks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Property>,
    /// The requirements without a counterpart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_gap_summary: Option<GapSummary>,
}

/// OSCAL mapping resource reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResourceReference {
    /// `catalog`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `#` and the UUID of the back-matter resource for the catalog.
    pub href: String,
    /// The resource's name.
    pub remarks: String,
}

/// OSCAL `map`: one relationship between a source and a target control.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Map {
    /// Name-based UUID.
    pub uuid: String,
    /// The OSCAL relationship name, read "source REL target".
    pub relationship: &'static str,
    /// The requirement.
    pub sources: Vec<MappingItem>,
    /// The control.
    pub targets: Vec<MappingItem>,
    /// The confidence as a category (`high`, `medium`, `low`).
    pub confidence_score: ConfidenceScore,
    /// The rationale.
    pub remarks: String,
}

/// OSCAL mapping item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MappingItem {
    /// `control`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The control's ID in its catalog: `req-7.4.c`, or [`control_token`] of the other
    /// framework's ID.
    #[serde(rename = "id-ref")]
    pub id_ref: String,
}

/// OSCAL confidence score, as a category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfidenceScore {
    /// `high`, `medium` or `low`.
    pub category: String,
}

/// OSCAL gap summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct GapSummary {
    /// Name-based UUID.
    pub uuid: String,
    /// The unmapped controls, by ID.
    pub unmapped_controls: Vec<SelectControls>,
}

/// OSCAL `select-control-by-id`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SelectControls {
    /// Control IDs.
    pub with_ids: Vec<String>,
}

fn item(id_ref: String) -> Vec<MappingItem> {
    vec![MappingItem {
        kind: "control",
        id_ref,
    }]
}

/// The file the GB/T 39204 catalog ([`super::catalog`](fn@super::catalog)) is exported to, beside
/// the mapping collections that link to it.
pub const CATALOG_FILE: &str = "catalog.json";

/// The file `framework`'s catalog ([`super::framework_catalog`]) is exported to, beside
/// the mapping collection that links to it: `catalog-<id>.json` when the framework's ID
/// is safe in a file name and a URI (ASCII letters, digits, `.`, `-`, `_`), else
/// `catalog-<uuid of the id>.json`.
#[must_use]
pub fn framework_catalog_file(framework: &Framework) -> String {
    let id = framework.id();
    let safe = !id.is_empty()
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if safe {
        format!("catalog-{id}.json")
    } else {
        format!("catalog-{}.json", uuid(&format!("framework-file:{id}")))
    }
}

/// A back-matter resource for a catalog exported to the file `href`.
pub(super) fn catalog_resource(key: &str, title: String, href: String) -> Resource {
    Resource {
        uuid: uuid(&format!("catalog-resource:{key}")),
        title,
        description: None,
        rlinks: vec![Rlink {
            href,
            media_type: "application/oscal.catalog+json",
        }],
    }
}

/// `framework`'s crosswalk (`set`) as an OSCAL mapping collection. Its back matter links
/// the source to [`CATALOG_FILE`] and the target to [`framework_catalog_file`]; every
/// `id-ref` names a control of one of them.
#[must_use]
pub fn mapping_collection(framework: &Framework, set: &MappingSet) -> MappingModel {
    let fw = framework.id();
    let maps = set
        .mappings()
        .map(|m| Map {
            uuid: uuid(&format!("map:{fw}:{}:{}", m.requirement, m.control)),
            relationship: m.relationship.into(),
            sources: item(control_id(m.requirement)),
            targets: item(control_token(&m.control)),
            confidence_score: ConfidenceScore {
                category: m.confidence.to_string(),
            },
            remarks: m.rationale.to_string(),
        })
        .collect();
    let gap_ids: Vec<String> = set.gaps().map(|g| control_id(g.requirement)).collect();
    let props = set
        .gaps()
        .map(|g| Property {
            remarks: Some(g.reason.to_string()),
            ..Property::ours("gap", control_id(g.requirement))
        })
        .collect();
    let title = format!(
        "{} → {} ({} crosswalk)",
        catalog::STANDARD,
        framework.name(Lang::En),
        set.provenance()
    );
    let mut metadata = Metadata::new(&title, catalog::VERSION_DATE, catalog::VERSION);
    metadata.props = vec![Property::ours("provenance", set.provenance().to_string())];
    let source = catalog_resource(
        "gbt39204",
        catalog::STANDARD.to_owned(),
        CATALOG_FILE.to_owned(),
    );
    let target = catalog_resource(
        &format!("framework:{fw}"),
        one_line(&format!(
            "{} ({})",
            framework.name(Lang::En),
            framework.version()
        ))
        .unwrap_or_else(|| "Target framework".to_owned()),
        framework_catalog_file(framework),
    );
    let mut collection = MappingCollection {
        uuid: String::new(),
        metadata,
        provenance: MappingProvenance {
            method: "human",
            matching_rationale: "semantic",
            status: "draft",
            mapping_description: format!(
                "{} mapping from {} to {fw}, written by the gbt39204 project in its own words; not an official crosswalk. Relationships read \"source REL target\" with the GB/T 39204 requirement as the source (NIST IR 8477 set theory).",
                set.provenance(),
                catalog::STANDARD
            ),
        },
        mappings: vec![Mapping {
            uuid: uuid(&format!("mapping:{fw}")),
            source_resource: ResourceReference {
                kind: "catalog",
                href: format!("#{}", source.uuid),
                remarks: source.title.clone(),
            },
            target_resource: ResourceReference {
                kind: "catalog",
                href: format!("#{}", target.uuid),
                remarks: target.title.clone(),
            },
            maps,
            props,
            source_gap_summary: (!gap_ids.is_empty()).then(|| GapSummary {
                uuid: uuid(&format!("gaps:{fw}")),
                unmapped_controls: vec![SelectControls { with_ids: gap_ids }],
            }),
        }],
        back_matter: BackMatter {
            resources: vec![source, target],
        },
    };
    collection.uuid = content_uuid("mapping-collection", &collection);
    MappingModel {
        mapping_collection: collection,
    }
}
