//! Questions to the catalog: a [`Query`] builder over structured filters and free text,
//! and bilingual ranked full-text [`search`](fn@search).
//!
//! Filters combine with AND; giving one filter several values (calling it again) ORs
//! them. Results come in the standard's order as `&'static Requirement`. A query with
//! only structured filters works on a 128-bit [`RequirementSet`] and allocates nothing.
//!
//! ```
//! use gbt39204::query::{IdPrefix, Query};
//! use gbt39204::{Domain, Measure, ObligationKind, Topic};
//!
//! // Technical measures of active defense.
//! let q = Query::new().domain(Domain::ActiveDefense).measure(Measure::Technical);
//! let ids: Vec<&str> = q.requirements().map(|r| r.id.as_str()).collect();
//! assert_eq!(ids, ["10.1.a", "10.2.a", "10.2.b", "10.2.c", "10.2.d"]);
//!
//! // Data or supply-chain topics, under sub-clause 7.9 or 7.10.
//! let q = Query::new()
//!     .topic(Topic::Data)
//!     .topic(Topic::SupplyChain)
//!     .id_prefix("7.9".parse::<IdPrefix>()?)
//!     .id_prefix("7.10".parse::<IdPrefix>()?);
//! assert_eq!(q.count(), 16);
//!
//! // Requirements with a yearly deadline, ranked by a text search.
//! let hits = Query::new()
//!     .obligation(ObligationKind::PlanRevisionInterval)
//!     .obligation(ObligationKind::EvaluationInterval)
//!     .text("保护计划")?
//!     .search();
//! assert_eq!(hits[0].requirement.id.to_string(), "7.2.a");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(test)]
mod generate;
#[cfg_attr(
    not(test),
    allow(dead_code, reason = "read when the index is generated, by a test")
)]
mod glossary;
mod index;
mod prefix;
mod scan;
mod search;
mod set;
mod terms;

use strum::EnumCount;

pub use prefix::{IdPrefix, PrefixError};
pub use search::{
    Field, Hit, MAX_QUERY_CHARS, MAX_TERMS, Match, SearchError, SpanIter, Spans, search, search_top,
};
pub use set::{RequirementSet, Requirements};

use crate::model::{Clause, Domain, Measure, ObligationKind, Party, Principle, Requirement, Topic};
use search::TextQuery;

/// A question to the catalog: structured filters (AND between filters, OR within one)
/// and optional free text.
///
/// Build it by value; each method adds one value to one filter. [`Query::requirements`]
/// answers in the standard's order, [`Query::search`] ranks by the text.
#[derive(Debug, Clone, Default)]
pub struct Query {
    domains: Option<RequirementSet>,
    clauses: Option<RequirementSet>,
    prefixes: Option<RequirementSet>,
    principles: Mask,
    topics: Mask,
    measures: Mask,
    parties: Mask,
    obligation_kinds: Mask,
    any_obligation: bool,
    text: Option<TextQuery>,
}

/// A set of enum variants by discriminant; empty means "no filter".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Mask(u32);

impl Mask {
    /// The bit of discriminant `index`; `None` past the 32 a mask holds.
    fn bit(index: usize) -> Option<u32> {
        u32::try_from(index).ok().and_then(|i| 1u32.checked_shl(i))
    }

    fn with(self, index: usize) -> Mask {
        Mask(self.0 | Mask::bit(index).unwrap_or(0))
    }

    fn is_set(self) -> bool {
        self.0 != 0
    }

    fn has(self, index: usize) -> bool {
        Mask::bit(index).is_some_and(|bit| self.0 & bit != 0)
    }

    /// No filter, or one of `values` is in the mask.
    fn admits(self, values: impl IntoIterator<Item = usize>) -> bool {
        !self.is_set() || values.into_iter().any(|v| self.has(v))
    }
}

// Every vocabulary must fit a 32-bit mask.
const _: () = assert!(
    Principle::COUNT <= 32
        && Topic::COUNT <= 32
        && Measure::COUNT <= 32
        && Party::COUNT <= 32
        && ObligationKind::COUNT <= 32
);

fn or_into(filter: &mut Option<RequirementSet>, set: RequirementSet) {
    *filter = Some(filter.unwrap_or(RequirementSet::EMPTY) | set);
}

impl Query {
    /// A query with no filters: it matches every requirement.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps requirements of `domain` (or of the other domains given).
    #[must_use]
    pub fn domain(mut self, domain: Domain) -> Self {
        or_into(&mut self.domains, RequirementSet::of_domain(domain));
        self
    }

    /// Keeps requirements of sub-clause `clause` (or of the other sub-clauses given).
    #[must_use]
    pub fn clause(mut self, clause: Clause) -> Self {
        or_into(&mut self.clauses, RequirementSet::of_clause(clause));
        self
    }

    /// Keeps requirements under `prefix` (or under the other prefixes given): `7.` for
    /// clause 7, `7.9` for sub-clause 7.9 (not 7.10 for `7.1`), `7.9.c` for one requirement.
    #[must_use]
    pub fn id_prefix(mut self, prefix: IdPrefix) -> Self {
        let set = match prefix {
            IdPrefix::Domain(d) => RequirementSet::of_domain(d),
            IdPrefix::Clause(c) => RequirementSet::of_clause(c),
            IdPrefix::Requirement(id) => RequirementSet::of(id),
        };
        or_into(&mut self.prefixes, set);
        self
    }

    /// Keeps requirements tagged with `principle` (or with the other principles given).
    #[must_use]
    pub fn principle(mut self, principle: Principle) -> Self {
        self.principles = self.principles.with(principle as usize);
        self
    }

    /// Keeps requirements with `topic` (or with the other topics given).
    #[must_use]
    pub fn topic(mut self, topic: Topic) -> Self {
        self.topics = self.topics.with(topic as usize);
        self
    }

    /// Keeps management or technical measures.
    #[must_use]
    pub fn measure(mut self, measure: Measure) -> Self {
        self.measures = self.measures.with(measure as usize);
        self
    }

    /// Keeps requirements that fall on `party` (or on the other parties given).
    #[must_use]
    pub fn responsible(mut self, party: Party) -> Self {
        self.parties = self.parties.with(party as usize);
        self
    }

    /// Keeps requirements with a quantitative obligation of `kind` (or of the other kinds
    /// given, or of any kind after [`Query::with_obligation`]).
    #[must_use]
    pub fn obligation(mut self, kind: ObligationKind) -> Self {
        self.obligation_kinds = self.obligation_kinds.with(kind as usize);
        self
    }

    /// Keeps requirements with any quantitative obligation.
    #[must_use]
    pub fn with_obligation(mut self) -> Self {
        self.any_obligation = true;
        self
    }

    /// Keeps requirements that match the free `text` (see [`search`](fn@search)), and ranks
    /// [`Query::search`] by it. Giving text again replaces the earlier text.
    ///
    /// # Errors
    /// [`SearchError`] when the text is empty, too long or has nothing to search for.
    pub fn text(mut self, text: &str) -> Result<Self, SearchError> {
        self.text = Some(TextQuery::parse(text)?);
        Ok(self)
    }

    /// Whether the query has free text.
    #[must_use]
    pub fn has_text(&self) -> bool {
        self.text.is_some()
    }

    /// The requirements the structured filters admit, ignoring the text. Allocates nothing.
    #[must_use]
    pub fn structured(&self) -> RequirementSet {
        let mut set = RequirementSet::all();
        for filter in [self.domains, self.clauses, self.prefixes]
            .into_iter()
            .flatten()
        {
            set &= filter;
        }
        let facets = [
            self.principles,
            self.topics,
            self.measures,
            self.parties,
            self.obligation_kinds,
        ];
        if !facets.iter().any(|m| m.is_set()) && !self.any_obligation {
            return set;
        }
        set.retain(|_, r| self.admits(r))
    }

    fn admits(&self, r: &Requirement) -> bool {
        self.principles
            .admits(r.principles.iter().map(|&p| p as usize))
            && self.topics.admits(r.topics.iter().map(|&t| t as usize))
            && self.measures.admits([r.measure as usize])
            && self.parties.admits([r.responsible as usize])
            && self.admits_obligations(r)
    }

    fn admits_obligations(&self, r: &Requirement) -> bool {
        if !self.any_obligation && !self.obligation_kinds.is_set() {
            return true;
        }
        (self.any_obligation && !r.obligations.is_empty())
            || r.obligations
                .iter()
                .any(|o| self.obligation_kinds.has(o.kind() as usize))
    }

    /// Every requirement the query matches (filters and text), as a set.
    #[must_use]
    pub fn matching(&self) -> RequirementSet {
        let set = self.structured();
        match &self.text {
            Some(text) if !set.is_empty() => set & text.matching(),
            _ => set,
        }
    }

    /// The matching requirements in the standard's order (use [`Query::search`] for
    /// ranked results).
    #[must_use]
    pub fn requirements(&self) -> Requirements {
        self.matching().iter()
    }

    /// How many requirements match.
    #[must_use]
    pub fn count(&self) -> usize {
        self.matching().len()
    }

    /// The matching requirements ranked by the text, best first, ties in the standard's
    /// order. Without text every match is a hit with score 0, in the standard's order.
    #[must_use]
    pub fn search(&self) -> Vec<Hit> {
        self.search_top(usize::MAX)
    }

    /// The first `limit` hits of [`Query::search`], for a result page; only those have
    /// their spans built (see [`search_top`]).
    #[must_use]
    pub fn search_top(&self, limit: usize) -> Vec<Hit> {
        let set = self.structured();
        match &self.text {
            Some(text) => text.hits(set, limit),
            None => set
                .iter()
                .take(limit)
                .map(|requirement| Hit {
                    requirement,
                    score: 0.0,
                    matched: Spans::default(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    fn ids(q: &Query) -> Vec<&'static str> {
        q.requirements().map(|r| r.id.as_str()).collect()
    }

    /// The same filter, written as a plain scan over the catalog.
    fn scan(keep: impl Fn(&Requirement) -> bool) -> Vec<&'static str> {
        catalog::requirements()
            .iter()
            .filter(|r| keep(r))
            .map(|r| r.id.as_str())
            .collect()
    }

    #[test]
    fn no_filter_is_everything() {
        assert_eq!(Query::new().count(), catalog::requirements().len());
        assert_eq!(Query::new().structured(), RequirementSet::all());
    }

    #[test]
    fn each_filter_agrees_with_a_scan() {
        use strum::IntoEnumIterator;
        for d in Domain::iter() {
            assert_eq!(ids(&Query::new().domain(d)), scan(|r| r.domain() == d));
        }
        for c in Clause::ALL {
            assert_eq!(
                ids(&Query::new().clause(c)),
                scan(|r| r.clause() == c || r.clause().parent() == Some(c))
            );
        }
        for p in Principle::iter() {
            assert_eq!(
                ids(&Query::new().principle(p)),
                scan(|r| r.principles.contains(&p))
            );
        }
        for t in Topic::iter() {
            assert_eq!(ids(&Query::new().topic(t)), scan(|r| r.topics.contains(&t)));
        }
        for m in Measure::iter() {
            assert_eq!(ids(&Query::new().measure(m)), scan(|r| r.measure == m));
        }
        for p in Party::iter() {
            assert_eq!(
                ids(&Query::new().responsible(p)),
                scan(|r| r.responsible == p)
            );
        }
        for k in ObligationKind::iter() {
            assert_eq!(
                ids(&Query::new().obligation(k)),
                scan(|r| r.obligation(k).is_some())
            );
        }
        assert_eq!(
            ids(&Query::new().with_obligation()),
            scan(|r| !r.obligations.is_empty())
        );
    }

    #[test]
    fn values_or_and_filters_and() {
        let q = Query::new()
            .domain(Domain::ActiveDefense)
            .domain(Domain::IncidentHandling)
            .measure(Measure::Technical);
        assert_eq!(
            ids(&q),
            scan(
                |r| matches!(r.domain(), Domain::ActiveDefense | Domain::IncidentHandling)
                    && r.measure == Measure::Technical
            )
        );
        let none = Query::new()
            .domain(Domain::ActiveDefense)
            .clause(Clause::Personnel);
        assert_eq!(none.count(), 0);
        let kinds = Query::new()
            .obligation(ObligationKind::TrainingHours)
            .obligation(ObligationKind::LogRetention);
        assert_eq!(ids(&kinds), ["7.4.c", "7.5.4"]);
        assert_eq!(
            kinds.with_obligation().count(),
            Query::new().with_obligation().count()
        );
    }

    #[test]
    fn prefixes_follow_the_numbering() {
        let p = |s: &str| s.parse::<IdPrefix>().unwrap();
        assert_eq!(ids(&Query::new().id_prefix(p("7.1"))), ["7.1"]);
        assert_eq!(
            ids(&Query::new().id_prefix(p("7.5.3"))),
            ["7.5.3.a", "7.5.3.b"]
        );
        assert_eq!(
            Query::new().id_prefix(p("7.")).count(),
            Domain::SecurityProtection.requirements().len()
        );
        let two = Query::new().id_prefix(p("7.4.c")).id_prefix(p("10.1"));
        assert_eq!(ids(&two), ["7.4.c", "10.1.a", "10.1.b", "10.1.c"]);
    }

    #[test]
    fn text_filters_and_ranks() {
        let q = Query::new()
            .domain(Domain::SecurityProtection)
            .text("日志")
            .unwrap();
        let in_order = ids(&q);
        assert!(in_order.contains(&"7.5.4"));
        assert!(in_order.iter().all(|id| id.starts_with("7.")));
        let hits = q.search();
        assert_eq!(hits.len(), in_order.len());
        assert_eq!(hits[0].requirement.id.as_str(), "7.5.4");
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn search_without_text_lists_in_order() {
        let hits = Query::new().clause(Clause::MlpsFoundation).search();
        let listed: Vec<&str> = hits.iter().map(|h| h.requirement.id.as_str()).collect();
        assert_eq!(listed, ["7.1"]);
        assert!(hits.iter().all(|h| h.score == 0.0 && h.matched.is_empty()));
    }
}
