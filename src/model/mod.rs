//! The typed model of GB/T 39204-2022: principles, domains, sub-clauses, requirement IDs,
//! requirements and their facets. The data itself lives in [`crate::catalog`].
//!
//! ```
//! use gbt39204::model::{Clause, Domain, RequirementId};
//!
//! let id: RequirementId = "10.1.a".parse().unwrap();
//! assert_eq!(id.clause(), Clause::ExposureReduction);
//! assert_eq!(id.domain(), Domain::ActiveDefense);
//! let id: RequirementId = "11.3.2.e".parse().unwrap();
//! assert_eq!(id.clause(), Clause::IncidentRecovery);
//! assert_eq!(id.sub_clause(), Clause::ResponseHandling);
//! ```

mod clause;
mod domain;
mod facets;
mod id;
mod lang;
pub(crate) mod names;
mod obligation;
mod principle;
mod requirement;

pub use clause::Clause;
pub use domain::Domain;
pub use facets::{Certainty, Measure, Party, Topic};
pub(crate) use id::Parts;
pub use id::{IdError, RequirementId};
pub use lang::{Lang, Text};
pub use names::ParseNameError;
pub use obligation::{Bound, Obligation, ObligationKind, RuleSource};
pub use principle::Principle;
pub use requirement::{Requirement, SourceRef};
