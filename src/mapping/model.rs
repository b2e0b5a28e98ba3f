//! The mapping model: frameworks and their controls, relationships, confidence,
//! provenance, and the rows of a mapping set.
//!
//! Relationships use the OSCAL 1.2 control-mapping vocabulary (NIST IR 8477 set theory),
//! read "SOURCE rel TARGET" with the GB/T 39204 requirement as the source. What a
//! relationship lets you conclude is decided in exactly one place,
//! [`Relationship::coverage`].
//!
//! ```
//! use gbt39204::mapping::{Coverage, Relationship};
//!
//! // 39204 item ⊆ target control: the target covers everything the item asks.
//! assert_eq!(Relationship::SubsetOf.coverage(), Coverage::Covered);
//! // 39204 item ⊇ target control: the target covers only part of the item.
//! assert_eq!(Relationship::SupersetOf.coverage(), Coverage::Partial);
//! assert_eq!("superset-of".parse::<Relationship>().unwrap(), Relationship::SupersetOf);
//! assert_eq!(Relationship::IntersectsWith.to_string(), "intersects-with");
//! ```

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Lang, RequirementId, Text};

crate::model::names::vocabulary_enum! {
    /// How a GB/T 39204 requirement (the source) relates to a control of another framework
    /// (the target), in the OSCAL 1.2 / NIST IR 8477 vocabulary, read "SOURCE rel TARGET".
    ///
    /// `Display`, `FromStr` and serde use OSCAL's own spelling (`subset-of`); parsing also
    /// accepts `subset_of`, `SubsetOf` and other case and separator variants.
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    pub enum Relationship {
        /// Same intent in different words: each side asks what the other asks.
        EquivalentTo,
        /// Same text. Practically never used between different documents.
        EqualTo,
        /// Everything the 39204 requirement asks is inside the target control: the target
        /// fully covers the requirement (and may ask more).
        SubsetOf,
        /// The 39204 requirement asks more than the target control: the target covers only
        /// part of it.
        SupersetOf,
        /// Each side asks something the other lacks; they overlap in part.
        IntersectsWith,
        /// Explicitly unrelated.
        NoRelationship,
    }
}

impl Relationship {
    /// Every relationship, in the vocabulary's order.
    pub const ALL: [Relationship; 6] = [
        Relationship::EquivalentTo,
        Relationship::EqualTo,
        Relationship::SubsetOf,
        Relationship::SupersetOf,
        Relationship::IntersectsWith,
        Relationship::NoRelationship,
    ];

    /// What the relationship lets a result carried across the mapping claim. **The one
    /// place where the honesty rule lives**; coverage and inference both call it.
    ///
    /// - `equal-to`, `equivalent-to`, `subset-of`: the target covers the whole requirement,
    ///   so its result can be carried over without review ([`Coverage::Covered`]).
    /// - `superset-of`, `intersects-with`: the target covers part of the requirement at
    ///   most; anything carried over is partial and needs review ([`Coverage::Partial`]).
    /// - `no-relationship`: nothing can be carried over ([`Coverage::NotCovered`]).
    ///
    /// The reference notes in `frameworks.md` list `superset-of` among the covering
    /// relationships; under the set-theory reading "SOURCE rel TARGET" it is `subset-of`
    /// (source ⊆ target) that means full cover, and the crate follows set theory.
    #[must_use]
    pub const fn coverage(self) -> Coverage {
        match self {
            Relationship::EquivalentTo | Relationship::EqualTo | Relationship::SubsetOf => {
                Coverage::Covered
            }
            Relationship::SupersetOf | Relationship::IntersectsWith => Coverage::Partial,
            Relationship::NoRelationship => Coverage::NotCovered,
        }
    }

    /// Whether a result on the target can be carried over to the requirement without review.
    #[must_use]
    pub const fn carries_result(self) -> bool {
        matches!(self.coverage(), Coverage::Covered)
    }

    /// What the relationship means, in our words.
    #[must_use]
    pub const fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Relationship::EquivalentTo, Lang::Zh) => "意图相同、表述不同",
            (Relationship::EquivalentTo, Lang::En) => "same intent, different wording",
            (Relationship::EqualTo, Lang::Zh) => "文本相同",
            (Relationship::EqualTo, Lang::En) => "same text",
            (Relationship::SubsetOf, Lang::Zh) => "目标控制完全覆盖该要求",
            (Relationship::SubsetOf, Lang::En) => "the target fully covers the requirement",
            (Relationship::SupersetOf, Lang::Zh) => "该要求多于目标控制，目标仅覆盖一部分",
            (Relationship::SupersetOf, Lang::En) => {
                "the requirement asks more; the target covers part of it"
            }
            (Relationship::IntersectsWith, Lang::Zh) => "部分重叠，双方各有对方没有的内容",
            (Relationship::IntersectsWith, Lang::En) => {
                "partial overlap; each asks something the other lacks"
            }
            (Relationship::NoRelationship, Lang::Zh) => "无关",
            (Relationship::NoRelationship, Lang::En) => "unrelated",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Relationship::EquivalentTo => &["equivalentto", "equivalent", "≡"],
            Relationship::EqualTo => &["equalto", "equal", "="],
            Relationship::SubsetOf => &["subsetof", "subset", "⊆"],
            Relationship::SupersetOf => &["supersetof", "superset", "⊇"],
            Relationship::IntersectsWith => &["intersectswith", "intersects", "overlaps"],
            Relationship::NoRelationship => &["norelationship", "none", "unrelated"],
        }
    }
}

crate::model::names::lenient_from_str!(Relationship, "relationship");

crate::model::names::vocabulary_enum! {
    /// How much of a GB/T 39204 requirement something on the other side of a mapping covers.
    ///
    /// Ordered from least to most: `NotCovered < Partial < Covered`.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Coverage {
        /// Not covered: no mapping, only `no-relationship`, or the mapped controls are absent.
        /// Never a pass.
        NotCovered,
        /// Partially covered: only `superset-of` / `intersects-with` paths; needs review.
        Partial,
        /// Covered: an `equal-to`, `equivalent-to` or `subset-of` path.
        Covered,
    }
}

impl Coverage {
    /// Whether a person must review the result before relying on it.
    #[must_use]
    pub const fn needs_review(self) -> bool {
        matches!(self, Coverage::Partial)
    }

    /// The display name in `lang`.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Coverage::NotCovered, Lang::Zh) => "未覆盖",
            (Coverage::NotCovered, Lang::En) => "not covered",
            (Coverage::Partial, Lang::Zh) => "部分覆盖（需复核）",
            (Coverage::Partial, Lang::En) => "partially covered (needs review)",
            (Coverage::Covered, Lang::Zh) => "已覆盖",
            (Coverage::Covered, Lang::En) => "covered",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Coverage::NotCovered => &["none", "uncovered"],
            Coverage::Partial => &["partially_covered", "partly"],
            Coverage::Covered => &["full", "fully_covered"],
        }
    }
}

crate::model::names::lenient_from_str!(Coverage, "coverage");

crate::model::names::vocabulary_enum! {
    /// How sure the author of a mapping row is of it. Ordered `Low < Medium < High`.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Confidence {
        /// A plausible reading that a reviewer may well reject.
        Low,
        /// A sound reading with some room for judgement.
        Medium,
        /// Clear from both texts.
        High,
    }
}

impl Confidence {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Confidence::Low => &["l", "低"],
            Confidence::Medium => &["m", "med", "中"],
            Confidence::High => &["h", "高"],
        }
    }
}

crate::model::names::lenient_from_str!(Confidence, "confidence");

crate::model::names::vocabulary_enum! {
    /// Who stands behind a mapping set.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Provenance {
        /// Published by an authority (a standards body or regulator).
        Official,
        /// Written by this project or by a user; not endorsed by any authority.
        Curated,
    }
}

impl Provenance {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Provenance::Official => &["authoritative", "官方"],
            Provenance::Curated => &["unofficial", "整理"],
        }
    }
}

crate::model::names::lenient_from_str!(Provenance, "provenance");

/// A control (or a grouping level, such as a category or chapter) of a framework.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Control {
    /// The control's ID in the framework's own notation, e.g. `A.5.19`, `PR.AT-01`,
    /// `8.1.10.5`, `Art.17`.
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub id: Cow<'static, str>,
    /// The ID of the grouping level above, or `None` for a top-level group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Cow<'static, str>>,
    /// A short title in our own words (never the framework's official title). The
    /// Chinese may be empty only where there is none.
    pub title: Text,
}

/// Another framework GB/T 39204 is mapped to: its identity and its controls.
///
/// Built-in frameworks borrow static data; frameworks loaded from JSON
/// ([`Framework::from_json`]) own theirs and have passed the same checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Framework {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub(crate) id: Cow<'static, str>,
    pub(crate) name: Text,
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub(crate) version: Cow<'static, str>,
    pub(crate) publisher: Text,
    pub(crate) controls: Cow<'static, [Control]>,
}

impl Framework {
    /// The framework's ID, e.g. `iso27001-2022`.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The framework's name.
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }

    /// The edition or version, e.g. `2022` or `GB/T 22239-2019`.
    #[must_use]
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Who publishes the framework.
    #[must_use]
    pub fn publisher(&self, lang: Lang) -> &str {
        self.publisher.get(lang)
    }

    /// Every control and grouping level, parents before children, in the framework's order.
    #[must_use]
    pub fn controls(&self) -> &[Control] {
        &self.controls
    }

    /// The control with exactly this ID.
    #[must_use]
    pub fn control(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.id == id)
    }

    /// The control named by `input`, matched leniently (surrounding space, letter case and
    /// full-width characters are ignored), or an error with the nearest real ID.
    ///
    /// # Errors
    /// [`UnknownControl`] when no control matches.
    pub fn find(&self, input: &str) -> Result<&Control, UnknownControl> {
        if let Some(c) = self.control(input) {
            return Ok(c);
        }
        let wanted = fold(input);
        self.controls
            .iter()
            .find(|c| fold(&c.id) == wanted)
            .ok_or_else(|| UnknownControl {
                framework: self.id.to_string(),
                input: input.to_owned(),
                suggestion: self.suggest(input),
            })
    }

    /// The nearest real control ID to `input`, if one is close: one pass over the
    /// controls, each compared only when its length is within reach of the input's
    /// (see [`crate::suggest::closest`], which bounds both sides).
    pub(crate) fn suggest(&self, input: &str) -> Option<String> {
        let wanted = fold(input);
        let folded: Vec<String> = self.controls.iter().map(|c| fold(&c.id)).collect();
        let hit = crate::suggest::closest(&wanted, folded.iter().map(String::as_str))?;
        let index = folded.iter().position(|f| std::ptr::eq(f.as_str(), hit))?;
        Some(self.controls.get(index)?.id.to_string())
    }

    /// The direct children of the control `id`.
    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Control> + 'a {
        self.controls
            .iter()
            .filter(move |c| c.parent.as_deref() == Some(id))
    }

    /// Whether `control` is a grouping level (has children) rather than a leaf control.
    #[must_use]
    pub fn is_group(&self, control: &Control) -> bool {
        self.children(&control.id).next().is_some()
    }

    /// The top-level groups (functions, themes, categories, chapters).
    pub fn top_level(&self) -> impl Iterator<Item = &Control> + '_ {
        self.controls.iter().filter(|c| c.parent.is_none())
    }

    /// The leaf controls (control points, subcategories, Annex A controls, articles).
    pub fn leaves(&self) -> impl Iterator<Item = &Control> + '_ {
        self.controls.iter().filter(|c| !self.is_group(c))
    }
}

/// The comparison form of a control ID: trimmed, width-folded, ASCII upper case.
pub(crate) fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .map(crate::model::names::fold_width)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A control ID that the framework does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{framework} has no control `{input}`{}; list the framework's controls with `Framework::controls`",
    crate::model::names::did_you_mean(suggestion.as_deref())
)]
pub struct UnknownControl {
    /// The framework's ID.
    pub framework: String,
    /// The ID as given.
    pub input: String,
    /// The nearest real control ID, when one is close.
    pub suggestion: Option<String>,
}

/// One row of a mapping set: a GB/T 39204 requirement, a target control and how they
/// relate, with a one-line rationale a reviewer can check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Mapping {
    /// The source: a GB/T 39204 requirement.
    pub requirement: RequirementId,
    /// The target control's ID in the other framework.
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub control: Cow<'static, str>,
    /// "requirement REL control".
    pub relationship: Relationship,
    /// How sure the author is.
    pub confidence: Confidence,
    /// Why, in one sentence of our own words.
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub rationale: Cow<'static, str>,
}

impl Mapping {
    /// How much of the requirement this row's target covers ([`Relationship::coverage`]).
    #[must_use]
    pub const fn coverage(&self) -> Coverage {
        self.relationship.coverage()
    }
}

/// An explicit statement that a requirement has no counterpart in the other framework.
/// It accounts for the requirement in the set, and always means "not covered".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Gap {
    /// The GB/T 39204 requirement without a counterpart.
    pub requirement: RequirementId,
    /// Why there is none, in one sentence.
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub reason: Cow<'static, str>,
}

/// One entry of a mapping set, serialised with a `"kind"` of `"mapping"` or `"gap"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[schemars(deny_unknown_fields)]
pub enum Entry {
    /// A requirement mapped to a control.
    Mapping(Mapping),
    /// A requirement with no counterpart.
    Gap(Gap),
}

impl Entry {
    /// The requirement the entry is about.
    #[must_use]
    pub const fn requirement(&self) -> RequirementId {
        match self {
            Entry::Mapping(m) => m.requirement,
            Entry::Gap(g) => g.requirement,
        }
    }
}

/// The mapping of GB/T 39204 to one other framework: its rows and who stands behind them.
///
/// Built-in sets are all [`Provenance::Curated`]. Sets loaded from JSON
/// ([`MappingSet::from_json`]) have passed the same checks as the built-in ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MappingSet {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub(crate) framework: Cow<'static, str>,
    pub(crate) provenance: Provenance,
    pub(crate) entries: Cow<'static, [Entry]>,
}

impl MappingSet {
    /// The ID of the target framework.
    #[must_use]
    pub fn framework(&self) -> &str {
        &self.framework
    }

    /// Who stands behind the set.
    #[must_use]
    pub const fn provenance(&self) -> Provenance {
        self.provenance
    }

    /// Every entry, in the order given.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The mapping rows.
    pub fn mappings(&self) -> impl Iterator<Item = &Mapping> + '_ {
        self.entries.iter().filter_map(|e| match e {
            Entry::Mapping(m) => Some(m),
            Entry::Gap(_) => None,
        })
    }

    /// The explicit "no counterpart" entries.
    pub fn gaps(&self) -> impl Iterator<Item = &Gap> + '_ {
        self.entries.iter().filter_map(|e| match e {
            Entry::Gap(g) => Some(g),
            Entry::Mapping(_) => None,
        })
    }

    /// Whether the set says something about `id`: a mapping row or a gap.
    #[must_use]
    pub fn accounts_for(&self, id: RequirementId) -> bool {
        self.entries.iter().any(|e| e.requirement() == id)
    }

    /// The requirements the set says nothing about (none, for the built-in sets).
    pub fn unaccounted(&self) -> impl Iterator<Item = RequirementId> + '_ {
        crate::catalog::ids().filter(|&id| !self.accounts_for(id))
    }
}
