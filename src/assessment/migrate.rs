//! Moving a catalog 0.1 document onto catalog 0.2.
//!
//! [`parse`](super::parse) calls [`migrate`] on every document whose `catalog_version`
//! is `0.1.x`: each result is moved to the 0.2 requirement(s) that carry its duty
//! ([`crate::catalog::migration`]), and the document records what happened in
//! [`AssessmentDocument::migration`], from which validation reports one diagnostic per
//! moved result, per combination and per result with no new home.
//!
//! **Rules.**
//! - A result whose 0.1 requirement is carried by several 0.2 items is copied to each.
//! - Where several 0.1 results land on one 0.2 item, they combine: the **weakest status
//!   wins** (not implemented < not assessed < partially implemented < implemented; not
//!   applicable counts only when every one is not applicable), evidence is merged in
//!   document order without exact duplicates, notes and justifications are joined (each
//!   prefixed with its 0.1 ID), the remediation with the earliest due date is kept, and
//!   extension keys are merged (a key two results both set is kept from the first and
//!   the other's stored as `key@0.1:<old ID>`).
//! - A result whose 0.1 requirement has no 0.2 home, or whose ID was no 0.1 ID, is kept
//!   in [`Migration::results`] and reported; it is never dropped silently.
//! - The migrated document lists its results in the 0.2 catalog's order and records
//!   catalog version [`crate::catalog::VERSION`]; diagnostics about moves point into the
//!   document as written (`/results/3/requirement`), the others into the migrated one.
//!
//! ```
//! use gbt39204::assessment::{assess, parse, AssessOptions, DiagnosticCode, Status};
//!
//! let doc = parse(r#"{
//!   "metadata": {
//!     "organisation": "Example Grid Co.", "cii_name": "Dispatch system",
//!     "cii_identifier": "CII-0001", "scope": "Dispatch control", "assessor": "Li Wei",
//!     "assessment_date": "2025-06-30", "catalog_version": "0.1.0"
//!   },
//!   "results": [
//!     { "requirement": "7.6.c", "status": "implemented",
//!       "evidence": [{ "kind": "configuration", "reference": "SIEM retention policy" }] },
//!     { "requirement": "7.4.a", "status": "implemented",
//!       "evidence": [{ "kind": "record", "reference": "Vetting file" }] },
//!     { "requirement": "7.4.b", "status": "partially_implemented" },
//!     { "requirement": "7.6.g", "status": "implemented" }
//!   ]
//! }"#)?;
//! assert_eq!(doc.metadata.catalog_version, gbt39204::catalog::VERSION);
//! // 0.1's 7.6.c (log retention) is 0.2's 7.5.4.
//! assert!(doc.results.iter().any(|r| r.requirement == "7.5.4"));
//! // 0.1's 7.4.a and 7.4.b both land on 7.4.a: the weaker status counts.
//! let key_posts = doc.results.iter().find(|r| r.requirement == "7.4.a").unwrap();
//! assert_eq!(key_posts.status, Status::PartiallyImplemented);
//!
//! let a = assess(&doc, &AssessOptions::default());
//! assert!(a.diagnostics_with(DiagnosticCode::MigratedRequirement).count() >= 2);
//! assert_eq!(a.diagnostics_with(DiagnosticCode::MigrationCombined).count(), 1);
//! // 0.1's 7.6.g (trusted verification) has no home in 0.2: reported, not dropped.
//! let unplaced = a.diagnostics_with(DiagnosticCode::MigrationUnplaced).next().unwrap();
//! assert_eq!(unplaced.pointer, "/results/3/requirement");
//! # Ok::<(), gbt39204::assessment::ParseError>(())
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::value::RawValue;

use super::document::{AssessmentDocument, Evidence, Extensions, RequirementResult, Status};
use crate::catalog::migration::{self, LegacyIdError, Move};
use crate::model::RequirementId;

/// What [`migrate`] did to a document: every result as it was written, and where it went.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration<'a> {
    /// The catalog version the document was written against, as written.
    pub from_version: String,
    /// Every result of the document as written, in its order.
    pub results: Vec<MigratedResult<'a>>,
}

impl Migration<'_> {
    /// The same record owning all its text.
    #[must_use]
    pub fn into_owned(self) -> Migration<'static> {
        Migration {
            from_version: self.from_version,
            results: self
                .results
                .into_iter()
                .map(|r| MigratedResult {
                    pointer: r.pointer,
                    original: r.original.into_owned(),
                    lookup: r.lookup,
                })
                .collect(),
        }
    }
}

/// One result of a migrated document, as written, and where it went.
#[derive(Debug, Clone, PartialEq)]
pub struct MigratedResult<'a> {
    /// Its JSON pointer in the document as written, e.g. `/results/3`.
    pub pointer: String,
    /// The result as written.
    pub original: RequirementResult<'a>,
    /// Its 0.1 requirement and the move, or why its ID is no 0.1 ID.
    pub lookup: Result<&'static Move, LegacyIdError>,
}

impl MigratedResult<'_> {
    /// The 0.2 requirements the result now counts for (none when it has no home).
    #[must_use]
    pub fn targets(&self) -> &'static [RequirementId] {
        self.lookup.as_ref().map_or(&[], |m| m.new)
    }
}

/// Moves the results of a catalog 0.1 document onto catalog 0.2 (see the module docs);
/// documents of other versions are returned unchanged.
#[must_use]
pub fn migrate(mut doc: AssessmentDocument<'_>) -> AssessmentDocument<'_> {
    if !migration::applies_to(&doc.metadata.catalog_version) {
        return doc;
    }
    let written: Vec<MigratedResult<'_>> = std::mem::take(&mut doc.results)
        .into_iter()
        .enumerate()
        .map(|(i, original)| MigratedResult {
            pointer: format!("/results/{i}"),
            lookup: migration::lookup(&original.requirement),
            original,
        })
        .collect();
    // For each 0.2 requirement (catalog order), the 0.1 results that now speak for it.
    let mut sources: Vec<Vec<&MigratedResult<'_>>> =
        vec![Vec::new(); crate::catalog::requirements().len()];
    for result in &written {
        for &id in result.targets() {
            sources[crate::catalog::position(id)].push(result);
        }
    }
    doc.results = crate::catalog::ids()
        .zip(&sources)
        .filter(|(_, from)| !from.is_empty())
        .map(|(id, from)| combine(id, from))
        .collect();
    let from_version = std::mem::replace(
        &mut doc.metadata.catalog_version,
        crate::catalog::VERSION.to_owned(),
    );
    doc.migration = Some(Migration {
        from_version,
        results: written,
    });
    doc
}

/// How weak a status is when results combine: lower wins.
const fn weakness_rank(status: Status) -> u8 {
    match status {
        Status::NotImplemented => 0,
        Status::NotAssessed => 1,
        Status::PartiallyImplemented => 2,
        Status::Implemented => 3,
        Status::NotApplicable => 4,
    }
}

/// The weakest status of `statuses` (not applicable only when all are).
pub(crate) fn weakest(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses
        .into_iter()
        .min_by_key(|&s| weakness_rank(s))
        .unwrap_or(Status::NotAssessed)
}

fn old_id<'r>(result: &'r MigratedResult<'_>) -> &'r str {
    result
        .lookup
        .as_ref()
        .map_or(&result.original.requirement, |m| m.old)
}

/// One 0.2 result from the 0.1 results that land on `id`.
fn combine<'a>(id: RequirementId, from: &[&MigratedResult<'a>]) -> RequirementResult<'a> {
    if let [only] = from {
        return RequirementResult {
            requirement: Cow::Borrowed(id.as_str()),
            ..only.original.clone()
        };
    }
    let mut evidence: Vec<Evidence<'a>> = Vec::new();
    for e in from.iter().flat_map(|r| &r.original.evidence) {
        if !evidence.contains(e) {
            evidence.push(e.clone());
        }
    }
    let joined = |field: for<'r> fn(&'r RequirementResult<'a>) -> Option<&'r Cow<'a, str>>| {
        let parts: Vec<String> = from
            .iter()
            .filter_map(|r| field(&r.original).map(|t| format!("[0.1 {}] {t}", old_id(r))))
            .collect();
        (!parts.is_empty()).then(|| Cow::Owned(parts.join("\n")))
    };
    let remediation = from
        .iter()
        .filter_map(|r| r.original.remediation.as_ref())
        .min_by_key(|r| r.due_date.map_or((1, None), |d| (0, Some(d))))
        .cloned();
    // The objects are merged (keys in sorted order, a repeated key renamed after its 0.1
    // result); each value is kept as the text it was written in.
    let mut merged: BTreeMap<String, Box<RawValue>> = BTreeMap::new();
    for r in from {
        let fields = r.original.extensions.as_ref().map(|x| {
            serde_json::from_str::<BTreeMap<String, Box<RawValue>>>(x.get()).unwrap_or_default()
        });
        for (key, value) in fields.unwrap_or_default() {
            let key = if merged.contains_key(&key) {
                format!("{key}@0.1:{}", old_id(r))
            } else {
                key
            };
            merged.insert(key, value);
        }
    }
    let extensions = (!merged.is_empty())
        .then(|| serde_json::to_string(&merged).ok())
        .flatten()
        .and_then(|json| Extensions::from_json(&json).ok());
    RequirementResult {
        requirement: Cow::Borrowed(id.as_str()),
        status: weakest(from.iter().map(|r| r.original.status)),
        evidence,
        notes: joined(|r| r.notes.as_ref()),
        justification: joined(|r| r.justification.as_ref()),
        remediation,
        extensions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weakest_status_wins_and_not_applicable_only_alone() {
        use Status::*;
        assert_eq!(
            weakest([Implemented, PartiallyImplemented]),
            PartiallyImplemented
        );
        assert_eq!(
            weakest([Implemented, NotAssessed, PartiallyImplemented]),
            NotAssessed
        );
        assert_eq!(weakest([NotAssessed, NotImplemented]), NotImplemented);
        assert_eq!(weakest([NotApplicable, Implemented]), Implemented);
        assert_eq!(weakest([NotApplicable, NotApplicable]), NotApplicable);
    }
}
