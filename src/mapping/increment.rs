//! The increment: what GB/T 39204 asks beyond a programme that fully implements another
//! framework — above all "beyond MLPS level 3" (关保在等保三级之上的增量), the first
//! question of an operator who already holds an MLPS level-3 result.
//!
//! For each of the 111 items, the programme **covers** it (a covering row, no hard number
//! left), **partly covers** it (only `superset-of` / `intersects-with` rows, or a hard
//! number the framework does not set — what is left is in the rows' rationales and in
//! [`IncrementItem::hard_numbers_left`]) or **does not cover** it (a gap, or no row).
//! A hard number is never taken as met by a framework that lacks it: no built-in row is
//! covering on an item with one. The one exception is the MLPS-level floor at 7.1, which
//! a level-3 programme meets by being one ([`beyond_mlps_level3`]).
//!
//! ```
//! use gbt39204::mapping::{self, Coverage};
//! use gbt39204::ObligationKind;
//!
//! let increment = mapping::beyond_mlps_level3();
//! let training = increment.get("7.4.c".parse()?).unwrap();
//! assert_eq!(training.coverage, Coverage::Partial);          // MLPS trains, sets no hours
//! assert_eq!(training.hard_numbers_left[0].kind(), ObligationKind::TrainingHours);
//! // Among the hard numbers a level-3 programme does not meet: 30 hours and the lines.
//! let left: Vec<_> = increment.hard_numbers_left().map(|(id, _)| id.as_str()).collect();
//! assert!(left.contains(&"7.4.c") && left.contains(&"7.5.1"));
//! assert!(!left.contains(&"7.1"));                            // MLPS ≥ 3: met by level 3
//! assert_eq!(increment.get("6.1.a".parse()?).unwrap().coverage, Coverage::NotCovered);
//! # Ok::<(), gbt39204::IdError>(())
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::mapping::{BuiltinFramework, Coverage, Crosswalk, Filter, Gap, Mapping, Totals};
use crate::model::{Domain, Obligation, ObligationKind, RequirementId};

/// What a programme that fully implements a framework leaves of one GB/T 39204 item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct IncrementItem<'a> {
    /// The requirement.
    pub requirement: RequirementId,
    /// Its domain.
    pub domain: Domain,
    /// Covered, partly covered or not covered by the programme.
    pub coverage: Coverage,
    /// The rows the coverage rests on (every row but `no-relationship`), covering rows
    /// first. For a partly covered item their rationales say what the item adds.
    pub rows: Vec<&'a Mapping>,
    /// The item's hard numbers the programme does not meet.
    pub hard_numbers_left: Vec<&'static Obligation>,
    /// The set's "no counterpart" entry, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<&'a Gap>,
}

/// What GB/T 39204 asks beyond a framework, item by item ([`Crosswalk::increment`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Increment<'a> {
    /// The framework's ID.
    pub framework: &'a str,
    /// Hard-number kinds taken as met by the programme itself (for MLPS level 3, the
    /// MLPS-level floor).
    pub met_by_programme: Vec<ObligationKind>,
    /// One entry per requirement, all 111, in the standard's order.
    pub requirements: Vec<IncrementItem<'a>>,
    /// Totals over all 111 requirements.
    pub totals: Totals,
}

impl<'a> Increment<'a> {
    /// The entry for requirement `id`.
    #[must_use]
    pub fn get(&self, id: RequirementId) -> Option<&IncrementItem<'a>> {
        self.requirements.iter().find(|r| r.requirement == id)
    }

    /// The items with the given coverage, in the standard's order.
    pub fn with(&self, coverage: Coverage) -> impl Iterator<Item = &IncrementItem<'a>> + '_ {
        self.requirements
            .iter()
            .filter(move |r| r.coverage == coverage)
    }

    /// Every hard number the programme does not meet, with its requirement.
    pub fn hard_numbers_left(
        &self,
    ) -> impl Iterator<Item = (RequirementId, &'static Obligation)> + '_ {
        self.requirements
            .iter()
            .flat_map(|r| r.hard_numbers_left.iter().map(|o| (r.requirement, *o)))
    }
}

impl<'a> Crosswalk<'a> {
    /// What GB/T 39204 asks beyond a programme that implements every control of this
    /// framework, taking the hard-number kinds in `met_by_programme` as met (see the
    /// [module documentation](self)).
    #[must_use]
    pub fn increment(&self, met_by_programme: &[ObligationKind]) -> Increment<'a> {
        let mut totals = Totals::default();
        let requirements = crate::catalog::requirements()
            .iter()
            .map(|r| {
                let mut rows: Vec<&'a Mapping> = self
                    .forward(r.id, Filter::ANY)
                    .filter(|m| m.coverage() != Coverage::NotCovered)
                    .collect();
                rows.sort_by_key(|m| std::cmp::Reverse(m.coverage()));
                let hard_numbers_left: Vec<&'static Obligation> = r
                    .obligations
                    .iter()
                    .filter(|o| !met_by_programme.contains(&o.kind()))
                    .collect();
                let best = rows.first().map_or(Coverage::NotCovered, |m| m.coverage());
                let coverage = if hard_numbers_left.is_empty() {
                    best
                } else {
                    best.min(Coverage::Partial)
                };
                totals.add(coverage);
                IncrementItem {
                    requirement: r.id,
                    domain: r.id.domain(),
                    coverage,
                    rows,
                    hard_numbers_left,
                    gap: self.gap(r.id),
                }
            })
            .collect();
        Increment {
            framework: self.framework().id(),
            met_by_programme: met_by_programme.to_vec(),
            requirements,
            totals,
        }
    }
}

/// What GB/T 39204 asks beyond an MLPS 2.0 level-3 programme: the `mlps-2019-l3`
/// crosswalk's increment, with the MLPS-level floor at 7.1 taken as met (a level-3
/// programme is at level 3). Every other hard number is left.
#[must_use]
pub fn beyond_mlps_level3() -> Increment<'static> {
    BuiltinFramework::Mlps2019L3
        .crosswalk()
        .increment(&[ObligationKind::MlpsLevel])
}
