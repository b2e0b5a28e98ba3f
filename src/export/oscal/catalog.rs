//! The catalog as an OSCAL catalog: groups for domains, sub-clauses and sub-sub-clauses,
//! a control per requirement with statement parts in both languages and props for
//! certainty, source, principles, topics and obligations.

use serde::Serialize;
use strum::IntoEnumIterator;

use super::{Metadata, Part, Property, uuid};
use crate::catalog;
use crate::model::{Clause, Domain, Lang, Requirement, Text};

/// The top-level OSCAL catalog document: `{"catalog": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogModel {
    /// The catalog.
    pub catalog: Catalog,
}

/// OSCAL `catalog`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Catalog {
    /// Name-based UUID.
    pub uuid: String,
    /// Document metadata.
    pub metadata: Metadata,
    /// One group per domain.
    pub groups: Vec<Group>,
}

/// OSCAL `group`: a domain, a sub-clause or a sub-sub-clause.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// `dom-7` or `cl-7.4`.
    pub id: String,
    /// `domain` or `clause`.
    pub class: &'static str,
    /// Bilingual title.
    pub title: String,
    /// `label` and, for clauses, `heading-seen`.
    pub props: Vec<Property>,
    /// The domain's role, in both languages (domains only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Sub-clause groups (domains) or sub-sub-clause groups (7.5, 7.6, 11.3).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Requirement controls (clauses without sub-sub-clauses).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
}

/// OSCAL `control`: one requirement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Control {
    /// `req-7.4.c`.
    pub id: String,
    /// Always `requirement`.
    pub class: &'static str,
    /// Bilingual title.
    pub title: String,
    /// `label`, `sort-id`, and the crate's certainty, source, principle, topic, measure,
    /// party and obligation props.
    pub props: Vec<Property>,
    /// Statement parts, Chinese then English.
    pub parts: Vec<Part>,
}

/// The OSCAL control ID of a requirement: `req-7.4.c`.
pub(crate) fn control_id(id: crate::RequirementId) -> String {
    format!("req-{id}")
}

fn bilingual(zh: &str, en: &str) -> String {
    format!("{zh} — {en}")
}

fn language_parts(id: &str, name: &'static str, text: &Text) -> Vec<Part> {
    Lang::iter()
        .map(|lang| Part {
            id: format!("{id}_{name}.{lang}"),
            name,
            class: Some(match lang {
                Lang::Zh => "zh-CN",
                Lang::En => "en",
            }),
            props: Vec::new(),
            prose: text.get(lang).to_owned(),
        })
        .collect()
}

fn control(r: &Requirement) -> Control {
    let id = control_id(r.id);
    let mut props = vec![
        Property::oscal("label", r.id.to_string()),
        Property::oscal("sort-id", sort_id(r.id)),
        Property::ours("certainty", r.certainty.to_string()),
        Property::ours("measure", r.measure.to_string()),
        Property::ours("responsible-party", r.responsible.to_string()),
    ];
    if let Some(source) = r.source() {
        props.push(Property {
            remarks: Some(format!(
                "third-party transcription, {}@{}",
                source.repository(),
                catalog::SOURCE.commit
            )),
            ..Property::ours("source", source.path())
        });
    }
    props.extend(r.principles.iter().map(|p| Property {
        class: Some("curated".to_owned()),
        remarks: Some(p.name(Lang::En).to_owned()),
        ..Property::ours("principle", p.code())
    }));
    props.extend(
        r.topics
            .iter()
            .map(|t| Property::ours("topic", t.to_string())),
    );
    props.extend(r.obligations.iter().map(|o| Property {
        remarks: Some(format!(
            "{} / {}",
            o.describe(Lang::Zh),
            o.describe(Lang::En)
        )),
        ..Property::ours("obligation", o.kind().to_string())
    }));
    Control {
        class: "requirement",
        title: bilingual(r.title(Lang::Zh), r.title(Lang::En)),
        props,
        parts: language_parts(&id, "statement", &r.statement),
        id,
    }
}

/// A sort key that orders controls as the standard does: `07.05.02.c`, `07.01.00.0`.
fn sort_id(id: crate::RequirementId) -> String {
    let [major, minor, sub] = id.clause().path();
    format!(
        "{major:02}.{minor:02}.{sub:02}.{}",
        id.item().unwrap_or('0')
    )
}

fn clause_group(c: Clause) -> Group {
    let children = c.children();
    Group {
        id: format!("cl-{c}"),
        class: if c.depth() == 2 {
            "clause"
        } else {
            "sub-clause"
        },
        title: bilingual(c.name(Lang::Zh), c.name(Lang::En)),
        props: vec![
            Property::oscal("label", c.number()),
            Property::ours("heading-seen", c.heading_seen().to_string()),
        ],
        parts: Vec::new(),
        groups: children.iter().copied().map(clause_group).collect(),
        controls: if children.is_empty() {
            c.requirements().iter().map(control).collect()
        } else {
            Vec::new()
        },
    }
}

fn domain_group(d: Domain) -> Group {
    let id = format!("dom-{}", d.number());
    Group {
        title: bilingual(d.name(Lang::Zh), d.name(Lang::En)),
        class: "domain",
        props: vec![Property::oscal("label", d.number().to_string())],
        parts: language_parts(
            &id,
            "overview",
            &Text::new(d.role(Lang::Zh), d.role(Lang::En)),
        ),
        groups: d.clauses().iter().copied().map(clause_group).collect(),
        controls: Vec::new(),
        id,
    }
}

/// The built-in catalog as an OSCAL catalog.
#[must_use]
pub fn catalog() -> CatalogModel {
    let provenance = catalog::provenance();
    let mut metadata = Metadata::new(
        format!(
            "{} {} (gbt39204 summaries)",
            catalog::STANDARD,
            catalog::TITLE.get(Lang::Zh)
        ),
        catalog::VERSION_DATE,
        catalog::VERSION,
    );
    metadata.props = vec![Property::ours("standard", catalog::STANDARD)];
    metadata.remarks = Some(format!(
        "{}\n\n{}",
        provenance.statement.get(Lang::En),
        provenance.statement.get(Lang::Zh)
    ));
    CatalogModel {
        catalog: Catalog {
            uuid: uuid("catalog"),
            metadata,
            groups: Domain::iter().map(domain_group).collect(),
        },
    }
}
