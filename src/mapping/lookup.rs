//! A framework and its mapping set together: forward and reverse lookups with filters.
//!
//! ```
//! use gbt39204::mapping::{self, Confidence, Filter, Relationship};
//!
//! let iso = mapping::crosswalk("iso27001-2022")?;
//! let id = "7.9.g".parse()?; // confidentiality agreements with providers
//! let at_least_medium = Filter::ANY.min_confidence(Confidence::Medium);
//! assert!(iso.forward(id, at_least_medium).any(|m| m.control == "A.5.20"));
//!
//! let back = iso.reverse("A.5.20", Filter::ANY)?;
//! assert!(back.mappings.iter().any(|m| m.requirement == id));
//!
//! // 7.9.g is subset-of A.5.20 and intersects-with A.6.6: only A.5.20 covers it.
//! let covering = Filter::covering();
//! let full: Vec<_> = iso.forward(id, covering).map(|m| m.control.as_ref()).collect();
//! assert_eq!(full, ["A.5.20"]);
//! assert!(!covering.accepts_relationship(Relationship::SupersetOf));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::mapping::load::{self, LoadErrors};
use crate::mapping::{
    Confidence, Control, Framework, Gap, Mapping, MappingSet, Relationship, UnknownControl,
};
use crate::model::RequirementId;

/// A framework paired with the mapping set that targets it; every query goes through it.
///
/// The built-in pairs come from [`crate::mapping::crosswalk`] or
/// [`BuiltinFramework::crosswalk`](crate::mapping::BuiltinFramework::crosswalk); user
/// pairs from [`Crosswalk::new`], which checks that they fit together.
#[derive(Debug, Clone, Copy)]
pub struct Crosswalk<'a> {
    framework: &'a Framework,
    set: &'a MappingSet,
}

impl<'a> Crosswalk<'a> {
    /// Pairs a framework with a mapping set, after checking that every row fits the
    /// framework: same framework ID, every control exists, no duplicate or contradictory
    /// rows, every row has a rationale.
    ///
    /// # Errors
    /// Every problem found, each with its JSON pointer into the set (`/entries/3/control`).
    pub fn new(framework: &'a Framework, set: &'a MappingSet) -> Result<Self, LoadErrors> {
        let problems = load::check_set(framework, set);
        if problems.is_empty() {
            Ok(Crosswalk { framework, set })
        } else {
            Err(LoadErrors::new(problems))
        }
    }

    /// Pairs data the crate has already checked (the built-in sets, checked by tests).
    pub(crate) const fn trusted(framework: &'a Framework, set: &'a MappingSet) -> Self {
        Crosswalk { framework, set }
    }

    /// The target framework.
    #[must_use]
    pub const fn framework(&self) -> &'a Framework {
        self.framework
    }

    /// The mapping set.
    #[must_use]
    pub const fn mapping_set(&self) -> &'a MappingSet {
        self.set
    }

    /// The mapping rows from requirement `id` that pass `filter`, in the set's order.
    pub fn forward(
        &self,
        id: RequirementId,
        filter: Filter,
    ) -> impl Iterator<Item = &'a Mapping> + 'a {
        self.set
            .mappings()
            .filter(move |m| m.requirement == id && filter.accepts(m))
    }

    /// The explicit "no counterpart" entry for requirement `id`, if the set has one.
    #[must_use]
    pub fn gap(&self, id: RequirementId) -> Option<&'a Gap> {
        self.set.gaps().find(|g| g.requirement == id)
    }

    /// Everything the set says about requirement `id`, as one serialisable answer.
    #[must_use]
    pub fn lookup(&self, id: RequirementId, filter: Filter) -> Forward<'a> {
        Forward {
            requirement: id,
            framework: self.framework.id(),
            mappings: self.forward(id, filter).collect(),
            gap: self.gap(id),
        }
    }

    /// The mapping rows that target `control` (matched leniently) and pass `filter`,
    /// in the standard's requirement order.
    ///
    /// # Errors
    /// [`UnknownControl`], with the nearest real ID, when the framework has no such control.
    pub fn reverse(&self, control: &str, filter: Filter) -> Result<Reverse<'a>, UnknownControl> {
        let control = self.framework.find(control)?;
        let mut mappings: Vec<&Mapping> = self
            .set
            .mappings()
            .filter(|m| m.control == control.id && filter.accepts(m))
            .collect();
        mappings.sort_by_key(|m| m.requirement);
        Ok(Reverse {
            framework: self.framework.id(),
            control,
            mappings,
        })
    }
}

/// What a mapping set says about one requirement ([`Crosswalk::lookup`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Forward<'a> {
    /// The requirement.
    pub requirement: RequirementId,
    /// The target framework's ID.
    pub framework: &'a str,
    /// The rows that passed the filter.
    pub mappings: Vec<&'a Mapping>,
    /// The "no counterpart" entry, if the set has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<&'a Gap>,
}

/// The requirements mapped to one control ([`Crosswalk::reverse`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Reverse<'a> {
    /// The framework's ID.
    pub framework: &'a str,
    /// The control.
    pub control: &'a Control,
    /// The rows that target it and passed the filter, in requirement order.
    pub mappings: Vec<&'a Mapping>,
}

/// Which mapping rows a query returns: a set of relationships and a minimum confidence.
///
/// `Copy` and `const`: build it inline.
///
/// ```
/// use gbt39204::mapping::{Confidence, Filter, Relationship};
///
/// let f = Filter::only(&[Relationship::SubsetOf, Relationship::EquivalentTo])
///     .min_confidence(Confidence::Medium);
/// assert!(f.accepts_relationship(Relationship::SubsetOf));
/// assert!(!f.accepts_relationship(Relationship::IntersectsWith));
/// assert!(Filter::ANY.accepts_relationship(Relationship::IntersectsWith));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Filter {
    relationships: u8,
    min_confidence: Confidence,
}

impl Filter {
    /// Every row.
    pub const ANY: Filter = Filter {
        relationships: u8::MAX,
        min_confidence: Confidence::Low,
    };

    /// Rows whose relationship is one of `relationships`, at any confidence.
    #[must_use]
    pub const fn only(relationships: &[Relationship]) -> Filter {
        let mut mask = 0u8;
        let mut i = 0;
        while i < relationships.len() {
            mask |= bit(relationships[i]);
            i += 1;
        }
        Filter {
            relationships: mask,
            min_confidence: Confidence::Low,
        }
    }

    /// Rows whose relationship carries a result over without review
    /// (`equal-to`, `equivalent-to`, `subset-of`).
    #[must_use]
    pub const fn covering() -> Filter {
        let mut mask = 0u8;
        let mut i = 0;
        while i < Relationship::ALL.len() {
            if Relationship::ALL[i].carries_result() {
                mask |= bit(Relationship::ALL[i]);
            }
            i += 1;
        }
        Filter {
            relationships: mask,
            min_confidence: Confidence::Low,
        }
    }

    /// The same filter, keeping only rows of at least `confidence`.
    #[must_use]
    pub const fn min_confidence(self, confidence: Confidence) -> Filter {
        Filter {
            min_confidence: confidence,
            ..self
        }
    }

    /// Whether rows with this relationship pass.
    #[must_use]
    pub const fn accepts_relationship(&self, relationship: Relationship) -> bool {
        self.relationships & bit(relationship) != 0
    }

    /// Whether `mapping` passes.
    #[must_use]
    pub fn accepts(&self, mapping: &Mapping) -> bool {
        self.accepts_relationship(mapping.relationship) && mapping.confidence >= self.min_confidence
    }
}

impl Default for Filter {
    fn default() -> Self {
        Filter::ANY
    }
}

const fn bit(r: Relationship) -> u8 {
    1 << (r as u8)
}

/// A problem with a list of control IDs or results given to
/// [`Crosswalk::coverage`] or [`Crosswalk::infer`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The framework has no such control.
    #[error("/{index}: {error}")]
    UnknownControl {
        /// The 0-based position in the input.
        index: usize,
        /// The control that was not found, with a did-you-mean.
        error: UnknownControl,
    },
    /// The same control was given two different results.
    #[error(
        "/{index}: control `{control}` already has the result `{first}` at /{first_index}, \
         now `{second}`; give one result per control"
    )]
    ConflictingResults {
        /// The 0-based position of the second result.
        index: usize,
        /// The 0-based position of the first result.
        first_index: usize,
        /// The control's canonical ID.
        control: String,
        /// The first result given.
        first: crate::mapping::ControlResult,
        /// The second result given.
        second: crate::mapping::ControlResult,
    },
}

/// Every problem found in the input of [`Crosswalk::coverage`] or [`Crosswalk::infer`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} problem(s) in the control list:{}", .0.len(), crate::mapping::load::lines(.0))]
pub struct InputErrors(pub Vec<InputError>);

impl<'a> Crosswalk<'a> {
    /// Resolves control IDs leniently to the framework's controls, collecting every
    /// unknown ID.
    pub(crate) fn resolve<I, S>(&self, ids: I) -> (Vec<&'a Control>, Vec<InputError>)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut found = Vec::new();
        let mut errors = Vec::new();
        for (index, id) in ids.into_iter().enumerate() {
            match self.framework.find(id.as_ref()) {
                Ok(c) => found.push(c),
                Err(error) => errors.push(InputError::UnknownControl { index, error }),
            }
        }
        (found, errors)
    }
}
