//! Coverage: given the controls an organisation has implemented in another framework,
//! how much of each GB/T 39204 requirement they cover.
//!
//! The rule is [`Relationship::coverage`](crate::mapping::Relationship::coverage): a
//! requirement is **covered** only through an implemented control it is `equal-to`,
//! `equivalent-to` or `subset-of`; **partially covered (needs review)** when the only
//! implemented controls are `superset-of` or `intersects-with` it (several partial
//! controls never add up to "covered"); **not covered** otherwise — unmapped, a gap, or
//! no mapped control implemented.
//!
//! ```
//! use gbt39204::mapping::{self, Coverage};
//! use gbt39204::Domain;
//!
//! let iso = mapping::crosswalk("iso27001-2022")?;
//! let report = iso.coverage(["A.5.19", "A.5.20", "A.5.21"])?;
//! let g = report.get("7.9.g".parse()?).unwrap();
//! assert_eq!(g.coverage, Coverage::Covered); // 7.9.g subset-of A.5.20
//! let c = report.get("7.9.c".parse()?).unwrap();
//! assert_eq!(c.coverage, Coverage::Partial); // 7.9.c intersects-with A.5.21 only
//! assert!(c.needs_review);
//! let gap = report.get("7.8.a".parse()?).unwrap();
//! assert_eq!(gap.coverage, Coverage::NotCovered); // no counterpart in Annex A
//! assert!(gap.gap.is_some());
//! assert_eq!(report.domain(Domain::SecurityProtection).total(), 45);
//!
//! let err = iso.coverage(["A.5.199"]).unwrap_err();
//! assert!(err.to_string().contains("did you mean"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::JsonSchema;
use serde::Serialize;
use strum::IntoEnumIterator;

use crate::mapping::{Coverage, Crosswalk, Filter, Gap, InputErrors, Mapping, Provenance};
use crate::model::{Domain, RequirementId};

/// How far implemented controls of another framework cover GB/T 39204.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CoverageReport<'a> {
    /// The other framework's ID.
    pub framework: &'a str,
    /// Who stands behind the mapping set the report rests on.
    pub provenance: Provenance,
    /// The implemented controls, canonical IDs, in the order given, without repeats.
    pub implemented: Vec<&'a str>,
    /// One entry per requirement, all 111, in the standard's order.
    pub requirements: Vec<RequirementCoverage<'a>>,
    /// Totals per domain, in the standard's order.
    pub domains: Vec<DomainTotals>,
    /// Totals over all 111 requirements.
    pub totals: Totals,
}

/// The coverage of one requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RequirementCoverage<'a> {
    /// The requirement.
    pub requirement: RequirementId,
    /// Its domain.
    pub domain: Domain,
    /// Covered, partially covered or not covered.
    pub coverage: Coverage,
    /// Whether a person must review the result (true exactly when partially covered).
    pub needs_review: bool,
    /// The rows through implemented controls that cover the requirement in whole or in
    /// part, covering rows first.
    pub contributing: Vec<&'a Mapping>,
    /// The rows through controls not implemented: what is left to do on the other side.
    pub missing: Vec<&'a Mapping>,
    /// The set's "no counterpart" entry, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<&'a Gap>,
}

/// Counts of requirements by coverage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Totals {
    /// Covered.
    pub covered: usize,
    /// Partially covered, needing review.
    pub partial: usize,
    /// Not covered.
    pub not_covered: usize,
}

impl Totals {
    /// Counts one more requirement with `coverage`.
    pub fn add(&mut self, coverage: Coverage) {
        match coverage {
            Coverage::Covered => self.covered += 1,
            Coverage::Partial => self.partial += 1,
            Coverage::NotCovered => self.not_covered += 1,
        }
    }

    /// How many requirements were counted.
    #[must_use]
    pub const fn total(&self) -> usize {
        self.covered + self.partial + self.not_covered
    }
}

/// The totals of one domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct DomainTotals {
    /// The domain.
    pub domain: Domain,
    /// Its counts.
    #[serde(flatten)]
    pub totals: Totals,
}

impl<'a> CoverageReport<'a> {
    /// The entry for requirement `id` (a report built by [`Crosswalk::coverage`] has
    /// one for every requirement).
    #[must_use]
    pub fn get(&self, id: RequirementId) -> Option<&RequirementCoverage<'a>> {
        self.requirements.iter().find(|r| r.requirement == id)
    }

    /// The totals of `domain`.
    #[must_use]
    pub fn domain(&self, domain: Domain) -> Totals {
        self.domains
            .iter()
            .find(|d| d.domain == domain)
            .map(|d| d.totals)
            .unwrap_or_default()
    }
}

impl<'a> Crosswalk<'a> {
    /// Coverage of all 111 requirements by the `implemented` controls of this framework.
    ///
    /// IDs are matched leniently (case, surrounding space, full-width forms); repeats are
    /// ignored. A grouping level (e.g. `A.5`) counts only for rows that target it.
    ///
    /// # Errors
    /// [`InputErrors`] listing every unknown control ID with its position and a did-you-mean.
    pub fn coverage<I, S>(&self, implemented: I) -> Result<CoverageReport<'a>, InputErrors>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let (controls, errors) = self.resolve(implemented);
        if !errors.is_empty() {
            return Err(InputErrors(errors));
        }
        let mut implemented: Vec<&'a str> = Vec::with_capacity(controls.len());
        for c in controls {
            if !implemented.contains(&&*c.id) {
                implemented.push(&c.id);
            }
        }

        let mut requirements = Vec::with_capacity(crate::catalog::requirements().len());
        let mut per_domain: Vec<DomainTotals> = Domain::iter()
            .map(|domain| DomainTotals {
                domain,
                totals: Totals::default(),
            })
            .collect();
        let mut totals = Totals::default();
        for id in crate::catalog::ids() {
            let (mut contributing, missing): (Vec<&Mapping>, Vec<&Mapping>) = self
                .forward(id, Filter::ANY)
                .filter(|m| m.coverage() != Coverage::NotCovered)
                .partition(|m| implemented.contains(&&*m.control));
            contributing.sort_by_key(|m| std::cmp::Reverse(m.coverage()));
            let coverage = contributing
                .first()
                .map_or(Coverage::NotCovered, |m| m.coverage());
            totals.add(coverage);
            if let Some(d) = per_domain.iter_mut().find(|d| d.domain == id.domain()) {
                d.totals.add(coverage);
            }
            requirements.push(RequirementCoverage {
                requirement: id,
                domain: id.domain(),
                coverage,
                needs_review: coverage.needs_review(),
                contributing,
                missing,
                gap: self.gap(id),
            });
        }
        Ok(CoverageReport {
            framework: self.framework().id(),
            provenance: self.mapping_set().provenance(),
            implemented,
            requirements,
            domains: per_domain,
            totals,
        })
    }
}
