//! The catalog: the standard's 3 principles, 6 domains, 28 sub-clauses and 111
//! requirements, compiled in. Reading it allocates nothing and parses nothing.
//!
//! The requirement rows live in [`requirements.rs`](self) (one row per requirement, in
//! the standard's order); the sub-clause table lives with [`Clause`]. This module holds
//! the lookups over them, computed at compile time, and the catalog's provenance.
//!
//! ```
//! use gbt39204::{catalog, Clause, Domain, Lang};
//!
//! assert_eq!(catalog::requirements().len(), 111);
//! assert_eq!(catalog::STANDARD, "GB/T 39204-2022");
//! let r = catalog::get("7.6c").unwrap();
//! assert_eq!(r.id.to_string(), "7.6.c");
//! assert_eq!(Clause::ComputingEnvironment.requirements().len(), 8);
//! assert_eq!(Domain::SecurityProtection.requirements().len(), 58);
//! println!("{}", catalog::provenance().statement.get(Lang::En));
//! ```

mod requirements;

use schemars::JsonSchema;
use serde::Serialize;
use strum::EnumCount;

use crate::model::{Certainty, Clause, Domain, IdError, Requirement, RequirementId, Text};
use requirements::{ID_TEXT, REQUIREMENTS};

/// The standard's identifier.
pub const STANDARD: &str = "GB/T 39204-2022";

/// The standard's title in Chinese and English.
pub const TITLE: Text = Text::new(
    "信息安全技术 关键信息基础设施安全保护要求",
    "Information security technology — Cybersecurity requirements for critical information infrastructure protection",
);

/// The version of the catalog data, bumped whenever a row changes. Assessment documents
/// record the version they were written against.
pub const VERSION: &str = "0.1.0";

/// The date of catalog [`VERSION`] (ISO 8601); exports use it as their timestamp so
/// that they are reproducible byte for byte.
pub const VERSION_DATE: &str = "2026-11-21";

/// Every requirement, in the standard's order.
#[must_use]
pub fn requirements() -> &'static [Requirement] {
    &REQUIREMENTS
}

/// The requirement named by `id`.
#[must_use]
pub fn requirement(id: RequirementId) -> &'static Requirement {
    &REQUIREMENTS[index_of(id)]
}

/// The requirement named by `text`, parsed leniently (`7.4c`, `7.4 c)`, …).
///
/// ```
/// use gbt39204::{catalog, IdError};
///
/// assert_eq!(catalog::get("7.4 c)")?.id.as_str(), "7.4.c");
/// let err = catalog::get("7.4.z").unwrap_err();
/// assert!(matches!(err, IdError::NoSuchRequirement { .. }));
/// println!("{err}"); // names the sub-clause's items and the closest real ID
/// # Ok::<(), IdError>(())
/// ```
///
/// # Errors
/// The [`IdError`] of the parse, with a did-you-mean where a real ID is close.
pub fn get(text: &str) -> Result<&'static Requirement, IdError> {
    text.parse().map(requirement)
}

/// Every sub-clause, in the standard's order.
#[must_use]
pub fn clauses() -> &'static [Clause] {
    &Clause::ALL
}

/// Every requirement ID, in the standard's order.
#[must_use]
pub fn ids() -> impl ExactSizeIterator<Item = RequirementId> + Clone {
    REQUIREMENTS.iter().map(|r| r.id)
}

pub(crate) fn requirements_of_clause(clause: Clause) -> &'static [Requirement] {
    let i = clause.index();
    &REQUIREMENTS[usize::from(INDEX.clause_start[i])..usize::from(INDEX.clause_start[i + 1])]
}

pub(crate) fn requirements_of_domain(domain: Domain) -> &'static [Requirement] {
    let clauses = clauses_of(domain);
    let first = clauses[0].index();
    let last = clauses[clauses.len() - 1].index();
    &REQUIREMENTS[usize::from(INDEX.clause_start[first])..usize::from(INDEX.clause_start[last + 1])]
}

pub(crate) fn clauses_of(domain: Domain) -> &'static [Clause] {
    let d = domain as usize;
    &Clause::ALL[usize::from(INDEX.domain_start[d])..usize::from(INDEX.domain_start[d + 1])]
}

pub(crate) fn item_count(clause: Clause) -> u8 {
    let i = clause.index();
    INDEX.clause_start[i + 1] - INDEX.clause_start[i]
}

pub(crate) fn id_text(id: RequirementId) -> &'static str {
    ID_TEXT[index_of(id)]
}

/// The position of `id` in [`requirements`](fn@requirements) (0 to 110), for tables
/// indexed by requirement.
///
/// ```
/// use gbt39204::{catalog, RequirementId};
///
/// let id: RequirementId = "7.6.c".parse()?;
/// assert_eq!(catalog::requirements()[catalog::position(id)].id, id);
/// assert_eq!(catalog::position("6.1.a".parse()?), 0);
/// # Ok::<(), gbt39204::IdError>(())
/// ```
#[must_use]
pub fn position(id: RequirementId) -> usize {
    index_of(id)
}

fn index_of(id: RequirementId) -> usize {
    usize::from(INDEX.clause_start[id.clause().index()] + id.item_index())
}

/// Where each sub-clause's requirements and each domain's sub-clauses start; computed
/// at compile time, which also checks that the rows are complete and in order.
struct Index {
    clause_start: [u8; Clause::COUNT + 1],
    domain_start: [u8; Domain::COUNT + 1],
}

const INDEX: Index = Index::build();

impl Index {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a const fn cannot use `u8::try_from`; the assert below proves every offset fits"
    )]
    const fn build() -> Index {
        let rows = &REQUIREMENTS;
        assert!(
            rows.len() <= u8::MAX as usize,
            "row offsets are stored as u8"
        );
        let mut clause_start = [0u8; Clause::COUNT + 1];
        let mut row = 0;
        let mut c = 0;
        while c < Clause::COUNT {
            clause_start[c] = row as u8;
            let mut item = 0;
            while row < rows.len() && rows[row].id.clause().index() == c {
                assert!(
                    rows[row].id.item_index() == item,
                    "requirement rows must be in order, items a, b, c… without gaps"
                );
                item += 1;
                row += 1;
            }
            assert!(
                item > 0,
                "every sub-clause must have at least one requirement"
            );
            c += 1;
        }
        assert!(
            row == rows.len(),
            "requirement rows must follow the sub-clause order"
        );
        clause_start[Clause::COUNT] = row as u8;

        let mut domain_start = [0u8; Domain::COUNT + 1];
        let mut c = 0;
        let mut d = 0;
        while d < Domain::COUNT {
            domain_start[d] = c as u8;
            while c < Clause::COUNT && Clause::ALL[c].domain() as usize == d {
                c += 1;
            }
            d += 1;
        }
        assert!(c == Clause::COUNT, "sub-clauses must be grouped by domain");
        domain_start[Domain::COUNT] = c as u8;
        Index {
            clause_start,
            domain_start,
        }
    }
}

/// Parses a requirement ID written canonically (`"7.4.c"`) at compile time; for the rows.
pub(crate) const fn const_id(text: &'static str) -> RequirementId {
    let bytes = text.as_bytes();
    assert!(bytes.len() >= 5, "requirement ID too short");
    let (clause, rest) = bytes.split_at(bytes.len() - 2);
    assert!(
        rest[0] == b'.' && rest[1].is_ascii_lowercase(),
        "write IDs as `7.4.c`"
    );
    let mut c = 0;
    while c < Clause::COUNT {
        if eq(Clause::ALL[c].number().as_bytes(), clause) {
            return RequirementId::from_parts(Clause::ALL[c], rest[1] - b'a');
        }
        c += 1;
    }
    panic!("unknown sub-clause in a requirement row");
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where the catalog's data comes from and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Provenance {
    /// The overall statement, in both languages.
    pub statement: Text,
    /// How sure we are of each level of the structure.
    pub levels: &'static [ProvenanceLevel],
}

/// One level of the catalog's structure and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProvenanceLevel {
    /// What the level is.
    pub what: Text,
    /// How sure we are of it.
    pub certainty: Certainty,
}

static PROVENANCE: Provenance = Provenance {
    statement: Text::new(
        "本目录中的标题和要求陈述均为本项目自行撰写的摘要，并非标准原文。子条款结构已确认或高置信度；各子条款下的条目划分与字母编号系根据标准公开的主要义务和《关键信息基础设施安全保护条例》重建，须对照官方文本核实。原则标注、主题、措施类型和责任方为本项目的整理标注（curated）。持有官方文本的用户可通过覆盖层按要求编号附加原文。",
        "Every title and statement in this catalog is a summary written by this project, never the standard's wording. The sub-clause structure is confirmed or high-confidence; the split of each sub-clause into lettered items was reconstructed from the standard's published obligations and the CII Security Protection Regulation and must be checked against the official text. Principle tags, topics, measure kinds and responsible parties are this project's curated annotations. Users who hold the official text can attach it by requirement ID through an overlay.",
    ),
    levels: &[
        ProvenanceLevel {
            what: Text::new(
                "第4章、第5章、6.1至6.4，以及第7章以网络安全等级保护（7.1）开篇",
                "Clauses 4 and 5, sub-clauses 6.1 to 6.4, and clause 7 opening with MLPS (7.1)",
            ),
            certainty: Certainty::Confirmed,
        },
        ProvenanceLevel {
            what: Text::new("其余子条款标题", "The other sub-clause headings"),
            certainty: Certainty::High,
        },
        ProvenanceLevel {
            what: Text::new(
                "111项要求的条目划分、字母编号和各条要点",
                "The split of the 111 requirements into lettered items, and each item's gist",
            ),
            certainty: Certainty::Unverified,
        },
    ],
};

/// The catalog's provenance statement.
#[must_use]
pub fn provenance() -> &'static Provenance {
    &PROVENANCE
}
