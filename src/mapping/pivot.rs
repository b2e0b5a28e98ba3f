//! Inference through a pivot framework: results of an assessment against a user's own
//! framework (a sector rule, a group standard) carried to GB/T 39204 through a framework
//! both are mapped to — typically MLPS 2.0 level 3, which most Chinese rules already
//! cite.
//!
//! A [`PivotSet`] maps controls of the pivot framework to controls of the user's
//! framework, read "PIVOT CONTROL rel USER CONTROL" (`8.1.8.3 subset-of R2`: R2 asks
//! everything 8.1.8.3 asks). [`Crosswalk::via`] joins it to the crosswalk from GB/T
//! 39204 to the pivot, and [`Pivot::infer`] proposes results with two-hop paths, each no
//! better than its weakest hop, under the rules of [`inference`].
//!
//! The JSON format, loaded with every problem reported at once at its JSON pointer
//! (unknown controls on either side with did-you-mean, unknown relationships,
//! duplicate or contradictory rows, missing rationales):
//!
//! ```json
//! { "pivot": "mlps-2019-l3", "framework": "acme-grid-rule", "provenance": "curated",
//!   "entries": [ {"pivot_control": "8.1.8.3", "control": "R2",
//!                 "relationship": "subset-of", "confidence": "high", "rationale": "…"} ] }
//! ```
//!
//! ```
//! use gbt39204::mapping::{self, ControlResult, Framework, InferredStatus, PivotSet};
//!
//! let rule = Framework::from_json(r#"{
//!     "id": "acme-grid-rule", "version": "2024",
//!     "name": {"zh": "某电网安全规则", "en": "ACME grid security rule"},
//!     "publisher": {"zh": "某集团", "en": "ACME group"},
//!     "controls": [{"id": "R1", "title": {"zh": "供应商协议", "en": "Supplier agreements"}},
//!                  {"id": "R2", "title": {"zh": "人员培训", "en": "Staff training"}}]
//! }"#)?;
//! let mlps = mapping::crosswalk("mlps")?;
//! let set = PivotSet::from_json(r#"{
//!     "pivot": "mlps-2019-l3", "framework": "acme-grid-rule", "provenance": "curated",
//!     "entries": [
//!       {"pivot_control": "8.1.9.10", "control": "R1", "relationship": "subset-of",
//!        "confidence": "high", "rationale": "R1 asks supplier security agreements with duties, as 8.1.9.10 does, and more."},
//!       {"pivot_control": "8.1.8.3", "control": "R2", "relationship": "equivalent-to",
//!        "confidence": "medium", "rationale": "R2 restates awareness and post training with skills tests."}]
//! }"#, mlps.framework(), &rule)?;
//! let pivot = mlps.via(&set, &rule)?;
//! let report = pivot.infer([("R1", ControlResult::Fail), ("R2", ControlResult::Pass)])?;
//! // 7.9.g ⊇ 8.1.9.10 ⊆ R1: a fail carried through MLPS, not met, flagged for review.
//! let g = report.get("7.9.g".parse()?).unwrap();
//! assert_eq!(g.status, InferredStatus::NotMet);
//! assert_eq!(g.paths[0].hops.len(), 2);
//! // 7.4.c ⊇ 8.1.8.3 ≡ R2: a pass, but the 30 hours are beyond MLPS: partially met.
//! let training = report.get("7.4.c".parse()?).unwrap();
//! assert_eq!(training.status, InferredStatus::PartiallyMet);
//! assert!(training.needs_review && training.paths[0].crosses_hard_number);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::mapping::inference::{self, Hop, InferenceReport, Path};
use crate::mapping::load::{LoadError, LoadErrors};
use crate::mapping::{
    Confidence, ControlResult, Coverage, Crosswalk, Filter, Framework, InputErrors, Provenance,
    Relationship,
};
use crate::model::names::ParseNameError;

/// One row of a pivot set: "pivot control REL control".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct PivotMapping {
    /// The control of the pivot framework (the source).
    pub pivot_control: Cow<'static, str>,
    /// The control of the user's framework (the target).
    pub control: Cow<'static, str>,
    /// "`pivot_control` REL `control`".
    pub relationship: Relationship,
    /// How sure the row's author is.
    pub confidence: Confidence,
    /// Why, in one sentence.
    pub rationale: Cow<'static, str>,
}

/// A mapping from a pivot framework's controls to a user framework's controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PivotSet {
    pivot: String,
    framework: String,
    provenance: Provenance,
    entries: Vec<PivotMapping>,
}

impl PivotSet {
    /// The pivot framework's ID.
    #[must_use]
    pub fn pivot(&self) -> &str {
        &self.pivot
    }

    /// The user framework's ID.
    #[must_use]
    pub fn framework(&self) -> &str {
        &self.framework
    }

    /// Who stands behind the set.
    #[must_use]
    pub const fn provenance(&self) -> Provenance {
        self.provenance
    }

    /// The rows, in the order given.
    #[must_use]
    pub fn entries(&self) -> &[PivotMapping] {
        &self.entries
    }

    /// Loads a pivot set from JSON (see the [module documentation](self)) against the
    /// pivot framework and the user's framework. Control IDs are matched leniently and
    /// stored canonically.
    ///
    /// # Errors
    /// [`LoadErrors`] with every problem found, each at its JSON pointer.
    pub fn from_json(
        json: &str,
        pivot: &Framework,
        user: &Framework,
    ) -> Result<PivotSet, LoadErrors> {
        let doc: PivotDocument =
            crate::json::from_str(json).map_err(|e| crate::mapping::import::parse_error(&e))?;
        let rows = doc.entries.iter().map(|r| RawRow {
            pivot_control: &r.pivot_control,
            control: &r.control,
            relationship: &r.relationship,
            confidence: &r.confidence,
            rationale: r.rationale.as_deref(),
        });
        let provenance = doc
            .provenance
            .parse::<Provenance>()
            .map_err(|e: ParseNameError| invalid("/provenance", e.to_string()));
        let (entries, mut errors) = check_rows(rows, pivot, user, |i| format!("/entries/{i}"));
        for (pointer, found, expected) in [
            ("/pivot", &doc.pivot, pivot.id()),
            ("/framework", &doc.framework, user.id()),
        ] {
            if found.trim() != expected {
                errors.insert(
                    0,
                    LoadError::FrameworkMismatch {
                        pointer: pointer.to_owned(),
                        expected: expected.to_owned(),
                        found: found.clone(),
                    },
                );
            }
        }
        match provenance {
            Ok(provenance) if errors.is_empty() => Ok(PivotSet {
                pivot: pivot.id().to_owned(),
                framework: user.id().to_owned(),
                provenance,
                entries,
            }),
            Ok(_) => Err(LoadErrors(errors)),
            Err(e) => {
                errors.insert(0, e);
                Err(LoadErrors(errors))
            }
        }
    }
}

/// The JSON document, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PivotDocument {
    pivot: String,
    framework: String,
    provenance: String,
    entries: Vec<PivotRowDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PivotRowDocument {
    pivot_control: String,
    control: String,
    relationship: String,
    confidence: String,
    rationale: Option<String>,
}

/// One row before its meaning is checked.
struct RawRow<'r> {
    pivot_control: &'r str,
    control: &'r str,
    relationship: &'r str,
    confidence: &'r str,
    rationale: Option<&'r str>,
}

fn invalid(pointer: &str, message: String) -> LoadError {
    LoadError::InvalidValue {
        pointer: pointer.to_owned(),
        message,
    }
}

/// The semantic pass over rows between two frameworks: both controls exist (with
/// did-you-mean), the relationship and confidence are known names, a rationale is there,
/// no pair twice. `at(i)` is the pointer of row `i`. Linear in the rows.
fn check_rows<'r>(
    rows: impl Iterator<Item = RawRow<'r>>,
    source: &Framework,
    target: &Framework,
    at: impl Fn(usize) -> String,
) -> (Vec<PivotMapping>, Vec<LoadError>) {
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut seen: HashMap<(String, String), (usize, Relationship, Confidence)> = HashMap::new();
    for (i, row) in rows.enumerate() {
        let here = at(i);
        let control = |framework: &Framework, id: &str, key: &str, errors: &mut Vec<LoadError>| {
            framework
                .find(id)
                .map(|c| c.id.to_string())
                .map_err(|error| {
                    errors.push(LoadError::UnknownControl {
                        pointer: format!("{here}/{key}"),
                        error,
                    });
                })
                .ok()
        };
        let from = control(source, row.pivot_control, "pivot_control", &mut errors);
        let to = control(target, row.control, "control", &mut errors);
        let relationship = row
            .relationship
            .parse::<Relationship>()
            .map_err(|e| errors.push(invalid(&format!("{here}/relationship"), e.to_string())))
            .ok();
        let confidence = row
            .confidence
            .parse::<Confidence>()
            .map_err(|e| errors.push(invalid(&format!("{here}/confidence"), e.to_string())))
            .ok();
        let rationale = row.rationale.map(str::trim).filter(|r| !r.is_empty());
        if rationale.is_none() {
            errors.push(LoadError::MissingRationale {
                pointer: format!("{here}/rationale"),
            });
        }
        let (Some(from), Some(to), Some(relationship), Some(confidence), Some(rationale)) =
            (from, to, relationship, confidence, rationale)
        else {
            continue;
        };
        let what = format!("{from} → {to}");
        match seen.get(&(from.clone(), to.clone())) {
            Some(&(first, r, c)) if r == relationship && c == confidence => {
                errors.push(LoadError::DuplicateRow {
                    pointer: here,
                    first: at(first),
                    what,
                });
            }
            Some(&(first, r, c)) => errors.push(LoadError::ContradictoryRow {
                pointer: here,
                first: at(first),
                detail: format!(
                    "{what} is `{r}` ({c}) there and `{relationship}` ({confidence}) here"
                ),
            }),
            None => {
                seen.insert((from.clone(), to.clone()), (i, relationship, confidence));
                entries.push(PivotMapping {
                    pivot_control: Cow::Owned(from),
                    control: Cow::Owned(to),
                    relationship,
                    confidence,
                    rationale: Cow::Owned(rationale.to_owned()),
                });
            }
        }
    }
    (entries, errors)
}

/// A crosswalk from GB/T 39204 to a pivot framework, joined to a pivot set onto a user
/// framework ([`Crosswalk::via`]).
#[derive(Debug, Clone, Copy)]
pub struct Pivot<'a> {
    crosswalk: Crosswalk<'a>,
    set: &'a PivotSet,
    framework: &'a Framework,
}

impl<'a> Crosswalk<'a> {
    /// Joins this crosswalk (GB/T 39204 → pivot framework) to a pivot set from the pivot
    /// framework onto `framework`.
    ///
    /// # Errors
    /// [`LoadErrors`] when the set does not join: its pivot is not this crosswalk's
    /// framework, or its target is not `framework`.
    pub fn via(
        &self,
        set: &'a PivotSet,
        framework: &'a Framework,
    ) -> Result<Pivot<'a>, LoadErrors> {
        let mut errors = Vec::new();
        for (pointer, found, expected) in [
            ("/pivot", set.pivot(), self.framework().id()),
            ("/framework", set.framework(), framework.id()),
        ] {
            if found != expected {
                errors.push(LoadError::FrameworkMismatch {
                    pointer: pointer.to_owned(),
                    expected: expected.to_owned(),
                    found: found.to_owned(),
                });
            }
        }
        if errors.is_empty() {
            Ok(Pivot {
                crosswalk: *self,
                set,
                framework,
            })
        } else {
            Err(LoadErrors(errors))
        }
    }
}

impl<'a> Pivot<'a> {
    /// Proposes a GB/T 39204 result for every requirement from per-control `results` of
    /// an assessment against the user's framework, carried through the pivot. Every
    /// result that reaches a requirement contributes a two-hop path; the rules are those
    /// of [`Crosswalk::infer`].
    ///
    /// # Errors
    /// [`InputErrors`] listing every unknown control ID of the user's framework (with a
    /// did-you-mean) and every control given two different results.
    pub fn infer<I, S>(&self, results: I) -> Result<InferenceReport<'a>, InputErrors>
    where
        I: IntoIterator<Item = (S, ControlResult)>,
        S: AsRef<str>,
    {
        let known = inference::resolve_results(self.framework, results)?;
        let mut by_pivot: HashMap<&str, Vec<&'a PivotMapping>> = HashMap::new();
        for row in &self.set.entries {
            if row.relationship.coverage() != Coverage::NotCovered {
                by_pivot.entry(&row.pivot_control).or_default().push(row);
            }
        }
        let walk = self.crosswalk;
        let pivot_id = walk.framework().id();
        let user_id = self.framework.id();
        let provenance = match (walk.mapping_set().provenance(), self.set.provenance) {
            (Provenance::Official, Provenance::Official) => Provenance::Official,
            _ => Provenance::Curated,
        };
        Ok(inference::report(
            user_id,
            Some(pivot_id),
            provenance,
            |id| walk.gap(id),
            |id| {
                let mut mapped = false;
                let mut paths = Vec::new();
                for m in walk.forward(id, Filter::ANY) {
                    if m.coverage() == Coverage::NotCovered {
                        continue;
                    }
                    for row in by_pivot.get(&*m.control).into_iter().flatten() {
                        mapped = true;
                        if let Some(&result) = known.get(&*row.control) {
                            let second = Hop {
                                from: &row.pivot_control,
                                framework: user_id,
                                control: &row.control,
                                relationship: row.relationship,
                                confidence: row.confidence,
                                rationale: &row.rationale,
                            };
                            paths.push(Path::new(
                                vec![Hop::of(id.as_str(), pivot_id, m), second],
                                result,
                            ));
                        }
                    }
                }
                (mapped, paths)
            },
        ))
    }
}
