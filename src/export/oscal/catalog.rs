//! The catalog as an OSCAL catalog: groups for domains, sub-clauses and sub-sub-clauses,
//! a control per requirement with statement parts in both languages and props for
//! certainty, source, principles, topics and obligations; and any other framework as a
//! flat OSCAL catalog of its controls, so that mapping collections point at something.

use std::fmt::Write as _;

use serde::Serialize;
use strum::IntoEnumIterator;

use super::{Metadata, Part, Property, content_uuid, one_line};
use crate::catalog;
use crate::mapping::Framework;
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
    /// Derived from the content ([`content_uuid`]).
    pub uuid: String,
    /// Document metadata.
    pub metadata: Metadata,
    /// One group per domain (GB/T 39204).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Every control, flat, parents first (another framework).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
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
    /// `req-7.4.c`, or [`control_token`] of another framework's control ID.
    pub id: String,
    /// `requirement`, or `framework-control` for another framework's.
    pub class: &'static str,
    /// Bilingual title.
    pub title: String,
    /// `label`, `sort-id`, and the crate's certainty, source, principle, topic, measure,
    /// party and obligation props.
    pub props: Vec<Property>,
    /// Statement parts, Chinese then English (none for another framework's controls,
    /// whose text this crate does not carry).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// The OSCAL control ID of a requirement: `req-7.4.c`.
pub(crate) fn control_id(id: crate::RequirementId) -> String {
    format!("req-{id}")
}

/// An OSCAL token (`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`) naming another framework's
/// control ID, one to one: ASCII letters, digits, `.` and `-` stay, `_` is doubled, any
/// other character becomes `_x` + its hex code + `_` (so the token is ASCII and no Unicode
/// category question arises), and a `_` goes in front when the result would not start
/// with a letter or `_` (`8.1.10.2` → `_8.1.10.2`).
///
/// ```
/// use gbt39204::export::oscal::control_token;
///
/// assert_eq!(control_token("A.5.19"), "A.5.19");
/// assert_eq!(control_token("8.1.10.2"), "_8.1.10.2");
/// assert_eq!(control_token("Art. 21"), "Art._x20_21");
/// assert_eq!(control_token("a_b"), "a__b");
/// assert_eq!(control_token("第1条"), "_x7b2c_1_x6761_");
/// ```
#[must_use]
pub fn control_token(id: &str) -> String {
    let mut token = String::with_capacity(id.len() + 1);
    for c in id.chars() {
        match c {
            '_' => token.push_str("__"),
            '.' | '-' => token.push(c),
            c if c.is_ascii_alphanumeric() => token.push(c),
            c => {
                let _ = write!(token, "_x{:x}_", u32::from(c));
            }
        }
    }
    if !token.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic()) {
        token.insert(0, '_');
    }
    token
}

fn bilingual(zh: &str, en: &str) -> String {
    format!("{zh} — {en}")
}

fn part_id(id: &str, name: &str, lang: Lang) -> String {
    format!("{id}_{name}.{lang}")
}

/// The ID of a requirement's statement part in `lang`: `req-7.4.c_statement.zh`.
pub(crate) fn statement_id(id: crate::RequirementId, lang: Lang) -> String {
    part_id(&control_id(id), "statement", lang)
}

fn language_parts(id: &str, name: &'static str, text: &Text) -> Vec<Part> {
    Lang::iter()
        .map(|lang| Part {
            id: part_id(id, name, lang),
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
        &format!(
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
    with_content_uuid(Catalog {
        uuid: String::new(),
        metadata,
        groups: Domain::iter().map(domain_group).collect(),
        controls: Vec::new(),
    })
}

fn with_content_uuid(mut catalog: Catalog) -> CatalogModel {
    catalog.uuid = content_uuid("catalog", &catalog);
    CatalogModel { catalog }
}

/// Another framework as an OSCAL catalog: one control per control or grouping level, flat
/// and in the framework's order, with its ID ([`control_token`]) and title, a `label`
/// prop holding the framework's own ID and a `parent` prop naming the level above. The
/// mapping collections point their targets at it.
#[must_use]
pub fn framework_catalog(framework: &Framework) -> CatalogModel {
    let controls = framework
        .controls()
        .iter()
        .map(|c| {
            let mut props: Vec<Property> = one_line(&c.id)
                .map(|label| Property::oscal("label", label))
                .into_iter()
                .collect();
            if let Some(parent) = &c.parent {
                props.push(Property::ours("parent", control_token(parent)));
            }
            Control {
                id: control_token(&c.id),
                class: "framework-control",
                title: text_title(c.title.get(Lang::Zh), c.title.get(Lang::En)),
                props,
                parts: Vec::new(),
            }
        })
        .collect();
    let mut metadata = Metadata::new(
        &format!(
            "{} (control list for gbt39204 crosswalks)",
            framework.name(Lang::En)
        ),
        catalog::VERSION_DATE,
        framework.version(),
    );
    metadata.props = one_line(framework.id())
        .map(|id| Property::ours("framework", id))
        .into_iter()
        .collect();
    metadata.remarks = Some(format!(
        "The controls of {} ({}), published by {}, with titles in the gbt39204 project's own words, not the framework's text.",
        framework.name(Lang::En),
        framework.version(),
        framework.publisher(Lang::En)
    ));
    with_content_uuid(Catalog {
        uuid: String::new(),
        metadata,
        groups: Vec::new(),
        controls,
    })
}

/// A one-line title from bilingual text whose Chinese may be empty.
fn text_title(zh: &str, en: &str) -> String {
    let title = match one_line(zh) {
        Some(zh) => bilingual(&zh, en),
        None => en.to_owned(),
    };
    one_line(&title).unwrap_or_else(|| "Untitled".to_owned())
}
