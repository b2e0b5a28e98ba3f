//! The catalog as one JSON document.
//!
//! [`CatalogDocument`] is the whole catalog as one JSON document: the standard's
//! identifier, the catalog version, the provenance statement, and every principle,
//! domain, clause (sub-clause and sub-sub-clause) and requirement with their names in
//! both languages.
//!
//! ```
//! let doc = gbt39204::export::CatalogDocument::new();
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["standard"], "GB/T 39204-2022");
//! assert_eq!(json["requirements"].as_array().unwrap().len(), 111);
//! assert_eq!(json["clauses"][8]["id"], "7.5");
//! assert_eq!(json["clauses"][9]["id"], "7.5.1");
//! assert_eq!(json["clauses"][9]["parent"], "7.5");
//! assert_eq!(json["requirements"][8]["certainty"], "reconstructed"); // 6.4
//! ```

use schemars::JsonSchema;
use serde::Serialize;
use strum::IntoEnumIterator;

use crate::catalog::{self, Provenance};
use crate::model::{Clause, Domain, Lang, Principle, Requirement, Text};

/// The catalog as one document (`cargo run --example catalog -- --json`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CatalogDocument {
    /// The standard's identifier, `GB/T 39204-2022`.
    pub standard: &'static str,
    /// The standard's title.
    pub title: Text,
    /// The catalog data version.
    pub version: &'static str,
    /// Where the data comes from and how sure we are of it.
    pub provenance: &'static Provenance,
    /// The three basic principles.
    pub principles: Vec<PrincipleEntry>,
    /// The six domains (aspects).
    pub domains: Vec<DomainEntry>,
    /// The 28 sub-clauses and 10 sub-sub-clauses, each sub-clause followed by its
    /// sub-sub-clauses.
    pub clauses: Vec<ClauseEntry>,
    /// The 111 requirements.
    pub requirements: &'static [Requirement],
}

/// A principle in the catalog document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PrincipleEntry {
    /// The principle.
    pub id: Principle,
    /// Its code, `P1` to `P3`.
    pub code: &'static str,
    /// Its name.
    pub name: Text,
    /// What it asks, in our words.
    pub description: Text,
}

/// A domain in the catalog document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DomainEntry {
    /// The domain.
    pub id: Domain,
    /// Its clause number, 6 to 11.
    pub number: u8,
    /// Its name.
    pub name: Text,
    /// Its role, in our words.
    pub role: Text,
    /// Its sub-clauses (two-number clauses).
    pub clauses: &'static [Clause],
}

/// A clause in the catalog document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ClauseEntry {
    /// The clause number, e.g. `7.4` or `7.5.2`.
    pub id: Clause,
    /// The domain it belongs to.
    pub domain: Domain,
    /// The sub-clause a sub-sub-clause stands under; absent for a sub-clause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Clause>,
    /// Its heading.
    pub name: Text,
    /// Whether the heading appears in the third-party transcription.
    pub heading_seen: bool,
    /// Whether it is one paragraph without lettered items (its ID is the clause number).
    pub paragraph: bool,
    /// How many requirements it holds (for 7.5, 7.6 and 11.3, those of its sub-sub-clauses).
    pub requirement_count: usize,
}

fn both(f: impl Fn(Lang) -> &'static str) -> Text {
    Text::new(f(Lang::Zh), f(Lang::En))
}

impl CatalogDocument {
    /// The document for the built-in catalog.
    #[must_use]
    pub fn new() -> Self {
        CatalogDocument {
            standard: catalog::STANDARD,
            title: catalog::TITLE,
            version: catalog::VERSION,
            provenance: catalog::provenance(),
            principles: Principle::iter()
                .map(|p| PrincipleEntry {
                    id: p,
                    code: p.code(),
                    name: both(|l| p.name(l)),
                    description: both(|l| p.description(l)),
                })
                .collect(),
            domains: Domain::iter()
                .map(|d| DomainEntry {
                    id: d,
                    number: d.number(),
                    name: both(|l| d.name(l)),
                    role: both(|l| d.role(l)),
                    clauses: d.clauses(),
                })
                .collect(),
            clauses: Clause::iter()
                .map(|c| ClauseEntry {
                    id: c,
                    domain: c.domain(),
                    parent: c.parent(),
                    name: both(|l| c.name(l)),
                    heading_seen: c.heading_seen(),
                    paragraph: catalog::is_paragraph(c),
                    requirement_count: c.requirements().len(),
                })
                .collect(),
            requirements: catalog::requirements(),
        }
    }
}

impl Default for CatalogDocument {
    fn default() -> Self {
        Self::new()
    }
}
