//! Inference: from per-control results of an assessment against another framework,
//! propose a GB/T 39204 result for each requirement, with the paths that justify it.
//!
//! A path is a list of hops from the requirement to an assessed control: one hop for a
//! result on the crosswalk's own framework, two through a pivot framework
//! ([`Pivot::infer`](crate::mapping::Pivot::infer): a user's sector rule mapped to MLPS,
//! MLPS mapped to 39204). A path carries no more than its weakest hop
//! ([`Path::coverage`]), and it **needs review** unless every hop covers fully and the
//! requirement has no hard number ([`Path::needs_review`]).
//!
//! Every result that reaches a requirement contributes a path, and every path is kept.
//! The rules, all built on [`Relationship::coverage`](crate::mapping::Relationship::coverage),
//! let the most restrictive evidence win:
//!
//! 1. A `fail` through any path gives **not met**; a `partial` through any path gives at
//!    most **partially met**.
//! 2. Otherwise a `pass` through a path that covers fully and crosses no hard number gives
//!    **met**.
//! 3. Otherwise a `pass` through a partial path, or across a hard number, gives at most
//!    **partially met** — it is never a pass.
//! 4. A requirement with mapped controls but no assessed result is **not assessed**; one
//!    with no mapping (or only a gap) is **not covered**. Neither is ever a pass.
//!
//! The proposal needs review when a path that decides it needs review, or when a fully
//! covering pass is contradicted by a fail.
//!
//! ```
//! use gbt39204::mapping::{self, ControlResult, InferredStatus};
//!
//! let iso = mapping::crosswalk("iso27001-2022")?;
//! let report = iso.infer([
//!     ("A.5.20", ControlResult::Fail),  // 7.9.g subset-of A.5.20
//!     ("A.6.3", ControlResult::Pass),   // 7.4.c superset-of A.6.3 (30 hours not in ISO)
//! ])?;
//! let g = report.get("7.9.g".parse()?).unwrap();
//! assert_eq!(g.status, InferredStatus::NotMet);
//! let training = report.get("7.4.c".parse()?).unwrap();
//! assert_eq!(training.status, InferredStatus::PartiallyMet);
//! assert!(training.needs_review);
//! assert_eq!(training.paths[0].hops[0].control, "A.6.3");
//! let gap = report.get("7.8.a".parse()?).unwrap();   // no counterpart in Annex A
//! assert_eq!(gap.status, InferredStatus::NotCovered);
//! let unassessed = report.get("7.1".parse()?).unwrap(); // mapped, no result given
//! assert_eq!(unassessed.status, InferredStatus::NotAssessed);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Serialize;
use strum::IntoEnumIterator;

use crate::mapping::{
    Confidence, Coverage, Crosswalk, Filter, Framework, Gap, InputError, InputErrors, Provenance,
    Relationship,
};
use crate::model::{Domain, Lang, RequirementId};

crate::model::names::vocabulary_enum! {
    /// The result of one control in an assessment against another framework.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum ControlResult {
        /// The control is implemented and effective.
        Pass,
        /// The control is implemented in part.
        Partial,
        /// The control is not implemented or not effective.
        Fail,
        /// The control was not assessed; it is no evidence either way.
        NotAssessed,
    }
}

impl ControlResult {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ControlResult::Pass => &["passed", "satisfied", "compliant", "met", "符合"],
            ControlResult::Partial => &["partially_satisfied", "partly", "部分符合"],
            ControlResult::Fail => &["failed", "not_satisfied", "non_compliant", "不符合"],
            ControlResult::NotAssessed => &["unknown", "skipped", "not_tested", "未测评"],
        }
    }
}

crate::model::names::lenient_from_str!(ControlResult, "control result");

crate::model::names::vocabulary_enum! {
    /// The GB/T 39204 result proposed for a requirement.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum InferredStatus {
        /// Every fully covering control passed.
        Met,
        /// Met in part: a covering control was partial, or only partial paths had results.
        PartiallyMet,
        /// A mapped control failed.
        NotMet,
        /// Mapped, but none of the mapped controls has a result.
        NotAssessed,
        /// No counterpart in the framework: nothing can be carried over. Never a pass.
        NotCovered,
    }
}

impl InferredStatus {
    /// The display name in `lang`.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (InferredStatus::Met, Lang::Zh) => "符合",
            (InferredStatus::Met, Lang::En) => "met",
            (InferredStatus::PartiallyMet, Lang::Zh) => "部分符合",
            (InferredStatus::PartiallyMet, Lang::En) => "partially met",
            (InferredStatus::NotMet, Lang::Zh) => "不符合",
            (InferredStatus::NotMet, Lang::En) => "not met",
            (InferredStatus::NotAssessed, Lang::Zh) => "未评估",
            (InferredStatus::NotAssessed, Lang::En) => "not assessed",
            (InferredStatus::NotCovered, Lang::Zh) => "未覆盖",
            (InferredStatus::NotCovered, Lang::En) => "not covered",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            InferredStatus::Met => &["pass"],
            InferredStatus::PartiallyMet => &["partial"],
            InferredStatus::NotMet => &["fail"],
            InferredStatus::NotAssessed => &["unknown"],
            InferredStatus::NotCovered => &["unmapped"],
        }
    }
}

crate::model::names::lenient_from_str!(InferredStatus, "inferred status");

/// One step of a path: from a requirement (or, when chaining, a pivot control) to a
/// control of a framework, through one mapping row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Hop<'a> {
    /// Where the hop starts: a requirement ID, or a pivot framework's control ID.
    pub from: &'a str,
    /// The framework the hop arrives in.
    pub framework: &'a str,
    /// The control it arrives at.
    pub control: &'a str,
    /// "from REL control".
    pub relationship: Relationship,
    /// How sure the row's author is.
    pub confidence: Confidence,
    /// The row's rationale.
    pub rationale: &'a str,
}

/// How a result reaches a requirement: the hops, and the result at the end.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Path<'a> {
    /// The hops, starting at the requirement.
    pub hops: Vec<Hop<'a>>,
    /// The assessed result of the last hop's control.
    pub result: ControlResult,
    /// What the path can carry: the weakest hop's coverage.
    pub coverage: Coverage,
    /// Whether the path starts at a requirement with a hard number (30 hours, six
    /// months, …), which no mapped control can be taken to meet.
    pub crosses_hard_number: bool,
    /// Whether a person must review what the path carries: it does not cover fully, or
    /// it crosses a hard number.
    pub needs_review: bool,
}

impl<'a> Path<'a> {
    /// A path through `hops` ending in `result`. An empty path carries nothing. The first
    /// hop starts at a GB/T 39204 requirement; whether it has a hard number is read from
    /// the catalog.
    #[must_use]
    pub fn new(hops: Vec<Hop<'a>>, result: ControlResult) -> Self {
        let coverage = hops
            .iter()
            .map(|h| h.relationship.coverage())
            .min()
            .unwrap_or(Coverage::NotCovered);
        let crosses_hard_number = hops
            .first()
            .and_then(|h| h.from.parse::<RequirementId>().ok())
            .is_some_and(|id| !id.requirement().obligations.is_empty());
        Path {
            hops,
            result,
            coverage,
            crosses_hard_number,
            needs_review: coverage != Coverage::Covered || crosses_hard_number,
        }
    }

    /// What the path claims for its requirement, or `None` for no evidence, and whether
    /// the claim restricts (a fail or a partial result) rather than supports.
    fn claim(&self) -> Option<(InferredStatus, bool)> {
        match (self.result, self.coverage) {
            (_, Coverage::NotCovered) | (ControlResult::NotAssessed, _) => None,
            (ControlResult::Fail, _) => Some((InferredStatus::NotMet, true)),
            (ControlResult::Partial, _) => Some((InferredStatus::PartiallyMet, true)),
            (ControlResult::Pass, _) if self.needs_review => {
                Some((InferredStatus::PartiallyMet, false))
            }
            (ControlResult::Pass, _) => Some((InferredStatus::Met, false)),
        }
    }
}

/// The proposed result for one requirement and what justifies it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RequirementInference<'a> {
    /// The requirement.
    pub requirement: RequirementId,
    /// Its domain.
    pub domain: Domain,
    /// The proposed result.
    pub status: InferredStatus,
    /// Whether a person must review the proposal before relying on it.
    pub needs_review: bool,
    /// Every path from the requirement to a control that has a result in the input,
    /// deciding or not.
    pub paths: Vec<Path<'a>>,
    /// The set's "no counterpart" entry, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<&'a Gap>,
}

/// Counts of requirements by proposed result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct StatusTotals {
    /// Met.
    pub met: usize,
    /// Partially met.
    pub partially_met: usize,
    /// Not met.
    pub not_met: usize,
    /// Mapped but not assessed.
    pub not_assessed: usize,
    /// Not covered by the framework.
    pub not_covered: usize,
    /// Of all the above, how many need review.
    pub needs_review: usize,
}

impl StatusTotals {
    fn add(&mut self, r: &RequirementInference<'_>) {
        match r.status {
            InferredStatus::Met => self.met += 1,
            InferredStatus::PartiallyMet => self.partially_met += 1,
            InferredStatus::NotMet => self.not_met += 1,
            InferredStatus::NotAssessed => self.not_assessed += 1,
            InferredStatus::NotCovered => self.not_covered += 1,
        }
        self.needs_review += usize::from(r.needs_review);
    }

    /// How many requirements were counted.
    #[must_use]
    pub const fn total(&self) -> usize {
        self.met + self.partially_met + self.not_met + self.not_assessed + self.not_covered
    }
}

/// The totals of one domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct DomainStatusTotals {
    /// The domain.
    pub domain: Domain,
    /// Its counts.
    #[serde(flatten)]
    pub totals: StatusTotals,
}

/// Proposed GB/T 39204 results inferred from an assessment against another framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct InferenceReport<'a> {
    /// The assessed framework's ID.
    pub framework: &'a str,
    /// The pivot framework the results were carried through, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<&'a str>,
    /// Who stands behind the mapping set the proposals rest on.
    pub provenance: Provenance,
    /// One proposal per requirement, all 111, in the standard's order.
    pub requirements: Vec<RequirementInference<'a>>,
    /// Totals per domain, in the standard's order.
    pub domains: Vec<DomainStatusTotals>,
    /// Totals over all 111 requirements.
    pub totals: StatusTotals,
}

impl<'a> InferenceReport<'a> {
    /// The proposal for requirement `id`.
    #[must_use]
    pub fn get(&self, id: RequirementId) -> Option<&RequirementInference<'a>> {
        self.requirements.iter().find(|r| r.requirement == id)
    }

    /// The totals of `domain`.
    #[must_use]
    pub fn domain(&self, domain: Domain) -> StatusTotals {
        self.domains
            .iter()
            .find(|d| d.domain == domain)
            .map(|d| d.totals)
            .unwrap_or_default()
    }
}

/// Applies the rules in the module documentation to the paths of one requirement.
/// `mapped` says whether the requirement has any row that can carry something.
fn decide(paths: &[Path<'_>], mapped: bool) -> (InferredStatus, bool) {
    let claims: Vec<(&Path<'_>, InferredStatus, bool)> = paths
        .iter()
        .filter_map(|p| p.claim().map(|(status, restricts)| (p, status, restricts)))
        .collect();
    let full_pass = claims.iter().any(|(_, s, _)| *s == InferredStatus::Met);
    // Restricting claims and full passes are strong evidence; a weak pass (partial path
    // or hard number) counts only when there is nothing stronger.
    let strong = |&(_, s, restricts): &(&Path<'_>, InferredStatus, bool)| {
        restricts || s == InferredStatus::Met
    };
    let any_strong = claims.iter().any(strong);
    let status = claims
        .iter()
        .filter(|c| strong(c))
        .map(|(_, s, _)| *s)
        .min_by_key(|s| restriction(*s))
        .or_else(|| claims.first().map(|_| InferredStatus::PartiallyMet));
    let Some(status) = status else {
        let status = if mapped {
            InferredStatus::NotAssessed
        } else {
            InferredStatus::NotCovered
        };
        return (status, false);
    };
    let deciding_needs_review = claims
        .iter()
        .filter(|c| c.1 == status && (strong(c) || !any_strong))
        .any(|(p, _, _)| p.needs_review);
    let contradicted = status == InferredStatus::NotMet && full_pass;
    (status, deciding_needs_review || contradicted)
}

/// How restrictive a claim is: lower wins.
const fn restriction(status: InferredStatus) -> u8 {
    match status {
        InferredStatus::NotMet => 0,
        InferredStatus::PartiallyMet => 1,
        InferredStatus::Met => 2,
        InferredStatus::NotAssessed | InferredStatus::NotCovered => 3,
    }
}

impl<'a> Crosswalk<'a> {
    /// Proposes a GB/T 39204 result for every requirement from per-control `results` of
    /// an assessment against this framework (see the module documentation for the rules).
    ///
    /// Control IDs are matched leniently; giving a control the same result twice is fine.
    ///
    /// # Errors
    /// [`InputErrors`] listing every unknown control ID (with a did-you-mean) and every
    /// control given two different results, each with its position in the input.
    pub fn infer<I, S>(&self, results: I) -> Result<InferenceReport<'a>, InputErrors>
    where
        I: IntoIterator<Item = (S, ControlResult)>,
        S: AsRef<str>,
    {
        let known = resolve_results(self.framework(), results)?;
        let framework = self.framework().id();
        Ok(report(
            framework,
            None,
            self.mapping_set().provenance(),
            |id| self.gap(id),
            |id| {
                let mut mapped = false;
                let mut paths = Vec::new();
                for m in self.forward(id, Filter::ANY) {
                    if m.coverage() == Coverage::NotCovered {
                        continue;
                    }
                    mapped = true;
                    if let Some(&result) = known.get(&*m.control) {
                        paths.push(Path::new(vec![Hop::of(id.as_str(), framework, m)], result));
                    }
                }
                (mapped, paths)
            },
        ))
    }
}

impl<'a> Hop<'a> {
    /// The hop through one mapping row, from `from` into `framework`.
    pub(crate) fn of(from: &'a str, framework: &'a str, m: &'a crate::mapping::Mapping) -> Self {
        Hop {
            from,
            framework,
            control: &m.control,
            relationship: m.relationship,
            confidence: m.confidence,
            rationale: &m.rationale,
        }
    }
}

/// Per-control results resolved against `framework`: canonical ID → result.
pub(crate) fn resolve_results<'f, I, S>(
    framework: &'f Framework,
    results: I,
) -> Result<HashMap<&'f str, ControlResult>, InputErrors>
where
    I: IntoIterator<Item = (S, ControlResult)>,
    S: AsRef<str>,
{
    let mut known: HashMap<&'f str, (ControlResult, usize)> = HashMap::new();
    let mut errors = Vec::new();
    for (index, (id, result)) in results.into_iter().enumerate() {
        let control = match framework.find(id.as_ref()) {
            Ok(c) => c,
            Err(error) => {
                errors.push(InputError::UnknownControl { index, error });
                continue;
            }
        };
        match known.get(&*control.id) {
            Some(&(first, first_index)) if first != result => {
                errors.push(InputError::ConflictingResults {
                    index,
                    first_index,
                    control: control.id.to_string(),
                    first,
                    second: result,
                });
            }
            Some(_) => {}
            None => {
                known.insert(&control.id, (result, index));
            }
        }
    }
    if errors.is_empty() {
        Ok(known
            .into_iter()
            .map(|(id, (result, _))| (id, result))
            .collect())
    } else {
        Err(InputErrors(errors))
    }
}

/// The report over all 111 requirements, from each requirement's gap and its
/// (mapped, paths).
pub(crate) fn report<'a>(
    framework: &'a str,
    via: Option<&'a str>,
    provenance: Provenance,
    gap: impl Fn(RequirementId) -> Option<&'a Gap>,
    mut paths_of: impl FnMut(RequirementId) -> (bool, Vec<Path<'a>>),
) -> InferenceReport<'a> {
    let mut requirements = Vec::with_capacity(crate::catalog::requirements().len());
    let mut domains: Vec<DomainStatusTotals> = Domain::iter()
        .map(|domain| DomainStatusTotals {
            domain,
            totals: StatusTotals::default(),
        })
        .collect();
    let mut totals = StatusTotals::default();
    for id in crate::catalog::ids() {
        let (mapped, paths) = paths_of(id);
        let (status, needs_review) = decide(&paths, mapped);
        let inference = RequirementInference {
            requirement: id,
            domain: id.domain(),
            status,
            needs_review,
            paths,
            gap: gap(id),
        };
        totals.add(&inference);
        if let Some(d) = domains.iter_mut().find(|d| d.domain == id.domain()) {
            d.totals.add(&inference);
        }
        requirements.push(inference);
    }
    InferenceReport {
        framework,
        via,
        provenance,
        requirements,
        domains,
        totals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(relationship: Relationship, result: ControlResult) -> Path<'static> {
        Path::new(
            vec![Hop {
                from: "7.9.c",
                framework: "test",
                control: "X",
                relationship,
                confidence: Confidence::High,
                rationale: "test row",
            }],
            result,
        )
    }

    use ControlResult::{Fail, NotAssessed, Partial, Pass};
    use InferredStatus as S;
    use Relationship::{IntersectsWith, SubsetOf, SupersetOf};

    #[test]
    fn covering_fail_is_not_met_without_review() {
        assert_eq!(decide(&[path(SubsetOf, Fail)], true), (S::NotMet, false));
        // Contradicted by another covering pass: still not met, but review it.
        let both = [path(SubsetOf, Fail), path(Relationship::EquivalentTo, Pass)];
        assert_eq!(decide(&both, true), (S::NotMet, true));
    }

    #[test]
    fn partial_paths_never_give_a_pass() {
        for rel in [SupersetOf, IntersectsWith] {
            assert_eq!(decide(&[path(rel, Pass)], true), (S::PartiallyMet, true));
            assert_eq!(decide(&[path(rel, Partial)], true), (S::PartiallyMet, true));
            assert_eq!(decide(&[path(rel, Fail)], true), (S::NotMet, true));
        }
        // Two partial passes do not add up to met.
        let two = [path(SupersetOf, Pass), path(IntersectsWith, Pass)];
        assert_eq!(decide(&two, true), (S::PartiallyMet, true));
    }

    #[test]
    fn covering_paths_decide_when_nothing_failed() {
        assert_eq!(decide(&[path(SubsetOf, Pass)], true), (S::Met, false));
        let mixed = [path(SubsetOf, Pass), path(Relationship::EqualTo, Partial)];
        assert_eq!(decide(&mixed, true), (S::PartiallyMet, false));
        // A covering pass is not weakened by a partial path's pass.
        let plus = [path(SubsetOf, Pass), path(IntersectsWith, Pass)];
        assert_eq!(decide(&plus, true), (S::Met, false));
        // A partial path's fail still counts against it.
        let against = [path(SubsetOf, Pass), path(SupersetOf, Fail)];
        assert_eq!(decide(&against, true), (S::NotMet, true));
    }

    #[test]
    fn no_evidence_is_never_a_pass() {
        assert_eq!(decide(&[], true), (S::NotAssessed, false));
        assert_eq!(
            decide(&[path(SubsetOf, NotAssessed)], true),
            (S::NotAssessed, false)
        );
        assert_eq!(decide(&[], false), (S::NotCovered, false));
    }

    #[test]
    fn a_path_carries_what_its_weakest_hop_carries() {
        let mut p = path(SubsetOf, Pass);
        assert_eq!(p.coverage, Coverage::Covered);
        p.hops.push(p.hops[0].clone());
        p.hops[1].relationship = IntersectsWith;
        let chained = Path::new(p.hops, Pass);
        assert_eq!(chained.coverage, Coverage::Partial);
        assert_eq!(Path::new(Vec::new(), Pass).coverage, Coverage::NotCovered);
    }
}
