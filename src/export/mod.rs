//! Documents the crate writes for other programs: the catalog as one JSON document
//! ([`CatalogDocument`]), OSCAL 1.2 exports ([`oscal`]), CISO Assistant libraries
//! ([`ciso`]) and JSON Schemas ([`schemas`]).
//!
//! ```
//! use gbt39204::export::{oscal, CatalogDocument};
//!
//! let doc = serde_json::to_value(CatalogDocument::new()).unwrap();
//! assert_eq!(doc["version"], gbt39204::catalog::VERSION);
//! let catalog = serde_json::to_value(oscal::catalog()).unwrap();
//! assert_eq!(catalog["catalog"]["metadata"]["oscal-version"], oscal::OSCAL_VERSION);
//! ```

pub mod ciso;
mod document;
pub mod oscal;
pub mod schemas;

pub use document::{CatalogDocument, ClauseEntry, DomainEntry, PrincipleEntry};
