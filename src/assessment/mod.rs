//! Assessment documents — the crate's main job: read an operator's self-assessment
//! against GB/T 39204-2022, say what is wrong with the document, check the standard's
//! hard numbers against the operator's facts, score it and list the gaps.
//!
//! - [`document`](AssessmentDocument): the JSON format, read by [`parse`];
//! - [`validate`](fn@validate): every finding at once, as [`Diagnostic`]s;
//! - [`check_facts`]: the facts against the catalog's typed obligations;
//! - [`Scores`]: per sub-clause, domain, principle and overall, with coverage;
//! - the gap report ([`DomainGaps`]), most urgent first;
//! - [`assess`] does all of it and returns one [`Assessment`], which
//!   [`crate::report`] renders as JSON, Markdown or HTML.
//!
//! Date checks (future dates, time since the last plan revision, overdue remediation) use
//! [`AssessOptions::today`], which defaults to the document's own assessment date, so
//! the same document always gives the same result.
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions, DiagnosticCode};
//!
//! let doc = parse(r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.2.0"
//!   },
//!   "results": [
//!     { "requirement": "7.5.4", "status": "implemented",
//!       "evidence": [{ "kind": "configuration", "reference": "SIEM retention policy" }] }
//!   ],
//!   "facts": { "log_retention_months": 3 }
//! }"#)?;
//! let assessment = assess(&doc, &AssessOptions::default());
//! assert!(assessment.diagnostics.iter().any(|d| d.code == DiagnosticCode::FactContradictsStatus));
//! // 7.5.4 counts 0 (its fact check failed); the other 110 are not assessed.
//! assert_eq!(assessment.scores.overall.points(), 0.0);
//! assert_eq!(assessment.scores.overall.assessed(), 1);
//! # Ok::<(), gbt39204::assessment::ParseError>(())
//! ```

mod document;
mod facts;
mod gaps;
pub mod migrate;
mod read;
mod score;
mod validate;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

pub use crate::json::{MAX_DOCUMENT_BYTES, ParseError};
pub use document::{
    AssessmentDocument, Evidence, EvidenceKind, Extensions, Facts, Location, MAX_EXTENSION_DEPTH,
    Metadata, PostStaffing, Remediation, RequirementResult, Status,
};
pub use facts::{FactCheck, FactOutcome, check_facts};
pub use gaps::{DomainGaps, Gap, GapPriority};
pub use migrate::{MigratedResult, Migration, migrate};

/// Reads an assessment document from JSON text (through [`crate::json`]). A document
/// written against catalog 0.1 is moved onto catalog 0.2 ([`migrate()`]). A leading
/// byte-order mark is skipped and recorded ([`AssessmentDocument::byte_order_mark`]).
/// The document borrows the results' free text from `json` where it has no escapes;
/// [`AssessmentDocument::into_owned`] detaches it.
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format, in the document's
/// terms ("the document must be an object with `metadata` and `results`").
pub fn parse(json: &str) -> Result<AssessmentDocument<'_>, ParseError> {
    let bom = json.starts_with('\u{FEFF}');
    read::finish(crate::json::from_str(json), bom)
}

/// Reads an assessment document from JSON bytes, as [`parse`]. The bytes must be UTF-8;
/// UTF-16 and GBK files are refused with [`ParseError::Encoding`] ("save it as UTF-8").
///
/// # Errors
/// A [`ParseError`] naming the place the document breaks the format.
pub fn parse_slice(json: &[u8]) -> Result<AssessmentDocument<'_>, ParseError> {
    let bom = json.starts_with(crate::encoding::BOM);
    read::finish(crate::json::from_slice(json), bom)
}
pub use score::{ClauseScore, DomainScore, PrincipleScore, RequirementScore, Scores, Tally};
pub use validate::{Diagnostic, DiagnosticCode, Severity};

use crate::model::RequirementId;

/// The day GB/T 39204-2022 was published (2022-10-12). Assessments dated earlier are
/// refused as impossible; evidence dated earlier is flagged.
pub const STANDARD_PUBLISHED: Date = jiff::civil::date(2022, 10, 12);

/// How to assess.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AssessOptions {
    /// The day the checks are made as of: future dates, time since the last review,
    /// evaluation and drill, overdue remediation. `None` (the default) uses the
    /// document's assessment date, which makes the result reproducible.
    pub today: Option<Date>,
}

impl AssessOptions {
    /// The day the checks of `doc` are made as of.
    #[must_use]
    pub fn today_for(&self, doc: &AssessmentDocument) -> Date {
        self.today.unwrap_or(doc.metadata.assessment_date)
    }
}

/// Everything found about one document: its diagnostics, fact checks, scores and gaps.
/// Serialise it for the JSON report.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Assessment {
    /// The standard, `GB/T 39204-2022`.
    pub standard: &'static str,
    /// The catalog version the document was assessed with.
    pub catalog_version: &'static str,
    /// What the catalog's text is: our summaries, and how many items follow the
    /// third-party transcription (82), are implied (20) or reconstructed (9).
    pub provenance: &'static crate::catalog::Provenance,
    /// The document's metadata.
    pub metadata: Metadata,
    /// The day the checks were made as of.
    pub today: Date,
    /// How many diagnostics of each severity, and how many gaps.
    pub summary: Summary,
    /// The scores.
    pub scores: Scores,
    /// Each catalog requirement's status as counted, in the standard's order.
    pub requirements: Vec<RequirementScore>,
    /// Every fact check, in the standard's order.
    pub fact_checks: Vec<FactCheck>,
    /// The gaps, by domain, most urgent first.
    pub gaps: Vec<DomainGaps>,
    /// Everything wrong with the document.
    pub diagnostics: Vec<Diagnostic>,
}

/// Counts for the head of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Summary {
    /// Diagnostics of severity error.
    pub errors: usize,
    /// Diagnostics of severity warning.
    pub warnings: usize,
    /// Diagnostics of severity info.
    pub infos: usize,
    /// Gaps in the gap report.
    pub gaps: usize,
    /// Fact checks that failed.
    pub failed_fact_checks: usize,
}

impl Assessment {
    /// The diagnostics with `code`.
    pub fn diagnostics_with(&self, code: DiagnosticCode) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.code == code)
    }

    /// Every gap, domain by domain.
    pub fn all_gaps(&self) -> impl Iterator<Item = &Gap> {
        self.gaps.iter().flat_map(|d| &d.gaps)
    }
}

/// Everything wrong with `doc`, all at once: IDs, missing and duplicate results,
/// justifications, evidence, dates, remediation, catalog version and fact checks.
#[must_use]
pub fn validate(doc: &AssessmentDocument, options: &AssessOptions) -> Vec<Diagnostic> {
    Run::new(doc, *options).diagnostics
}

/// Validates, checks the facts, scores and lists the gaps of `doc`.
#[must_use]
pub fn assess(doc: &AssessmentDocument, options: &AssessOptions) -> Assessment {
    let run = Run::new(doc, *options);
    let scores = Scores::compute(&run.requirements);
    let gaps = gaps::gap_report(doc, &run.requirements, &run.fact_checks);
    let count = |s: Severity| run.diagnostics.iter().filter(|d| d.severity == s).count();
    let summary = Summary {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        gaps: gaps.iter().map(|d| d.gaps.len()).sum(),
        failed_fact_checks: run
            .fact_checks
            .iter()
            .filter(|c| c.outcome == FactOutcome::NotMet)
            .count(),
    };
    Assessment {
        standard: crate::catalog::STANDARD,
        catalog_version: crate::catalog::VERSION,
        provenance: crate::catalog::provenance(),
        metadata: doc.metadata.clone(),
        today: run.today,
        summary,
        scores,
        requirements: run.requirements,
        fact_checks: run.fact_checks,
        gaps,
        diagnostics: run.diagnostics,
    }
}

/// The shared pass behind [`validate`](fn@validate) and [`assess`].
struct Run {
    today: Date,
    requirements: Vec<RequirementScore>,
    fact_checks: Vec<FactCheck>,
    diagnostics: Vec<Diagnostic>,
}

impl Run {
    fn new(doc: &AssessmentDocument, options: AssessOptions) -> Run {
        let today = options.today_for(doc);
        let mut diagnostics = Vec::new();
        validate::check_migration(doc, &mut diagnostics);
        validate::check_encoding(doc, &mut diagnostics);
        let resolution = validate::resolve(doc, &mut diagnostics);
        validate::check_results(doc, &resolution.ids, today, &mut diagnostics);
        let status_of = |id: RequirementId| {
            resolution.slots[crate::catalog::position(id)]
                .and_then(|i| doc.results.get(i))
                .map_or(Status::NotAssessed, |r| r.status)
        };
        let fact_checks = check_facts(&doc.facts, today);
        facts::diagnose(&doc.facts, &fact_checks, today, status_of, &mut diagnostics);
        // Errors first; within a severity, in the order found (document order).
        diagnostics.sort_by_key(|d| d.severity);
        let mut fact_failed = vec![false; resolution.slots.len()];
        for check in &fact_checks {
            if check.outcome == FactOutcome::NotMet {
                fact_failed[crate::catalog::position(check.requirement)] = true;
            }
        }
        let requirements = crate::catalog::ids()
            .zip(fact_failed)
            .map(|(id, fact_failed)| RequirementScore {
                requirement: id,
                certainty: id.requirement().certainty,
                status: status_of(id),
                fact_failed,
                result: resolution.slots[crate::catalog::position(id)],
            })
            .collect();
        Run {
            today,
            requirements,
            fact_checks,
            diagnostics,
        }
    }
}
