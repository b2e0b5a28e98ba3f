//! # gbt39204
//!
//! A typed, compiled-in model of **GB/T 39204-2022** *Information security technology —
//! Cybersecurity requirements for critical information infrastructure protection*
//! (信息安全技术 关键信息基础设施安全保护要求, "关保"): its 3 basic principles, 6 aspects
//! (domains), 28 sub-clauses, 10 sub-sub-clauses and 111 security requirements, for
//! compliance tools to embed.
//!
//! Titles and statements are this project's own bilingual summaries, never the standard's
//! wording. The numbering follows a third-party transcription of the standard's text: 82
//! requirements are transcribed there, 20 implied and 9 reconstructed; see
//! [`catalog::provenance`].
//!
//! ```
//! use gbt39204::{catalog, Lang, ObligationKind};
//!
//! let r = catalog::get("7.4c")?;
//! println!("{} {}", r.id, r.title(Lang::Zh));
//! assert!(r.obligation(ObligationKind::TrainingHours).is_some());
//!
//! for r in catalog::requirements().iter().filter(|r| !r.obligations.is_empty()) {
//!     println!("{}: {}", r.id, r.obligations[0].describe(Lang::En));
//! }
//! # Ok::<(), gbt39204::IdError>(())
//! ```
//!
//! Layout: [`model`] holds the types, [`catalog`] the static data and its lookups,
//! [`export`] the documents the crate writes, [`query`] filters and full-text search,
//! [`mapping`] the crosswalks to MLPS 2.0, NIST CSF 2.0, ISO/IEC 27001:2022, the CII
//! Regulation and the Cybersecurity Law, [`overlay`] the official-text overlay,
//! [`assessment`] reads, checks and scores an operator's self-assessment (the crate's
//! main job) and [`report`] renders the result.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod assessment;
pub mod catalog;
#[cfg(feature = "cli")]
pub mod cli;
mod encoding;
pub mod export;
pub mod json;
pub mod mapping;
pub mod model;
pub mod overlay;
pub mod query;
pub mod report;
#[cfg(feature = "xlsx")]
pub mod spreadsheet;
mod suggest;

pub use model::{
    Bound, Certainty, Clause, Domain, IdError, Lang, Measure, Obligation, ObligationKind,
    ParseNameError, Party, Principle, Requirement, RequirementId, RuleSource, SourceRef, Text,
    Topic,
};
pub use query::{Query, search};

/// The README's Rust examples, compiled and run as doctests so the README stays true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
