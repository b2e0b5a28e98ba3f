//! Crosswalks from GB/T 39204-2022 to other frameworks, with coverage and inference.
//!
//! Five frameworks are built in, each with its control catalog and a mapping set from the
//! 111 requirements: MLPS 2.0 level 3 (`mlps-2019-l3`), NIST CSF 2.0 (`nist-csf-2.0`),
//! ISO/IEC 27001:2022 Annex A (`iso27001-2022`), the CII Regulation
//! (`cii-regulation-2021`) and the Cybersecurity Law (`cybersecurity-law-2016`). **All
//! five mapping sets are curated by this project, not official.** Every requirement is
//! accounted for in every set: mapped, or an explicit [`Gap`] saying why there is no
//! counterpart.
//!
//! **Relationships** use the OSCAL 1.2 names, read "SOURCE rel TARGET" with the 39204
//! requirement as the source (NIST IR 8477 set theory):
//!
//! | relationship | meaning | carries a result |
//! |---|---|---|
//! | `equal-to`, `equivalent-to` | same content | yes, without review |
//! | `subset-of` | requirement ⊆ control: the control fully covers it | yes, without review |
//! | `superset-of` | requirement ⊇ control: the control covers only part | at most partial, review |
//! | `intersects-with` | partial overlap | at most partial, review |
//! | `no-relationship`, or unmapped | — | never; "not covered" |
//!
//! The project's reference notes listed `superset-of` as "target fully covers source";
//! under set theory with this reading that is `subset-of`, and the crate (and its data)
//! follow set theory. The rule lives in one place, [`Relationship::coverage`].
//!
//! ```
//! use gbt39204::mapping::{self, Coverage, Filter};
//!
//! let iso = mapping::crosswalk("iso27001-2022")?;
//! for m in iso.forward("7.9.g".parse()?, Filter::ANY) {
//!     println!("{} {} {} ({}): {}", m.requirement, m.relationship, m.control, m.confidence, m.rationale);
//! }
//! let report = iso.coverage(["A.5.19", "A.5.20", "A.5.21"])?;
//! println!("{} covered, {} partial", report.totals.covered, report.totals.partial);
//! assert!(report.requirements.iter().all(|r| r.coverage != Coverage::Covered
//!     || r.contributing.iter().any(|m| m.relationship.carries_result())));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Layout: the types ([`Framework`], [`Control`], [`Relationship`], [`Mapping`],
//! [`MappingSet`]…); [`Crosswalk`] for lookups, [coverage](Crosswalk::coverage) and
//! [inference](Crosswalk::infer); loading of user data ([`Framework::from_json`],
//! [`MappingSet::from_json`]); and the data files under `src/mapping/data/`, one per
//! framework.

pub mod coverage;
mod data;
pub mod import;
pub mod increment;
pub mod inference;
pub mod load;
pub mod lookup;
pub mod model;
pub mod pivot;

pub use coverage::{CoverageReport, DomainTotals, RequirementCoverage, Totals};
pub use increment::{Increment, IncrementItem, beyond_mlps_level3};
pub use inference::{
    ControlResult, DomainStatusTotals, Hop, InferenceReport, InferredStatus, Path,
    RequirementInference, StatusTotals,
};
pub use load::{LoadError, LoadErrors};
pub use lookup::{Crosswalk, Filter, Forward, InputError, InputErrors, Reverse};
pub use model::{
    Confidence, Control, Coverage, Entry, Framework, Gap, Mapping, MappingSet, Provenance,
    Relationship, UnknownControl,
};
pub use pivot::{Pivot, PivotMapping, PivotSet};

use crate::model::ParseNameError;

crate::model::names::vocabulary_enum! {
    /// One of the five built-in frameworks.
    ///
    /// `Display`, `FromStr` and serde use the framework ID (`iso27001-2022`); parsing also
    /// accepts short names such as `iso`, `27001`, `csf`, `mlps`, `等保`, `条例`, `csl`.
    pub enum BuiltinFramework {
        /// GB/T 22239-2019 (MLPS 2.0) level-3 general requirements.
        #[serde(rename = "mlps-2019-l3")]
        #[strum(serialize = "mlps-2019-l3")]
        Mlps2019L3,
        /// NIST Cybersecurity Framework 2.0.
        #[serde(rename = "nist-csf-2.0")]
        #[strum(serialize = "nist-csf-2.0")]
        NistCsf2,
        /// ISO/IEC 27001:2022 Annex A.
        #[serde(rename = "iso27001-2022")]
        #[strum(serialize = "iso27001-2022")]
        Iso27001_2022,
        /// The CII Security Protection Regulation (2021).
        #[serde(rename = "cii-regulation-2021")]
        #[strum(serialize = "cii-regulation-2021")]
        CiiRegulation2021,
        /// The Cybersecurity Law of the PRC (2016 text).
        #[serde(rename = "cybersecurity-law-2016")]
        #[strum(serialize = "cybersecurity-law-2016")]
        CybersecurityLaw2016,
    }
}

impl BuiltinFramework {
    /// Every built-in framework.
    pub const ALL: [BuiltinFramework; 5] = [
        BuiltinFramework::Mlps2019L3,
        BuiltinFramework::NistCsf2,
        BuiltinFramework::Iso27001_2022,
        BuiltinFramework::CiiRegulation2021,
        BuiltinFramework::CybersecurityLaw2016,
    ];

    /// The framework ID, e.g. `"iso27001-2022"`.
    #[must_use]
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The framework and its controls.
    #[must_use]
    pub fn framework(self) -> &'static Framework {
        match self {
            BuiltinFramework::Mlps2019L3 => &data::mlps_2019_l3::FRAMEWORK,
            BuiltinFramework::NistCsf2 => &data::nist_csf_2_0::FRAMEWORK,
            BuiltinFramework::Iso27001_2022 => &data::iso27001_2022::FRAMEWORK,
            BuiltinFramework::CiiRegulation2021 => &data::cii_regulation_2021::FRAMEWORK,
            BuiltinFramework::CybersecurityLaw2016 => &data::cybersecurity_law_2016::FRAMEWORK,
        }
    }

    /// The curated mapping set from GB/T 39204-2022 to the framework.
    #[must_use]
    pub fn mapping_set(self) -> &'static MappingSet {
        match self {
            BuiltinFramework::Mlps2019L3 => &data::mlps_2019_l3::MAPPINGS,
            BuiltinFramework::NistCsf2 => &data::nist_csf_2_0::MAPPINGS,
            BuiltinFramework::Iso27001_2022 => &data::iso27001_2022::MAPPINGS,
            BuiltinFramework::CiiRegulation2021 => &data::cii_regulation_2021::MAPPINGS,
            BuiltinFramework::CybersecurityLaw2016 => &data::cybersecurity_law_2016::MAPPINGS,
        }
    }

    /// The framework and its mapping set, ready for queries.
    #[must_use]
    pub fn crosswalk(self) -> Crosswalk<'static> {
        Crosswalk::trusted(self.framework(), self.mapping_set())
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            BuiltinFramework::Mlps2019L3 => &[
                "mlps",
                "mlps2",
                "mlps-2.0",
                "gb/t 22239-2019",
                "22239",
                "等保",
                "等级保护",
            ],
            BuiltinFramework::NistCsf2 => &["csf", "csf2", "csf-2.0", "nist-csf", "nist"],
            BuiltinFramework::Iso27001_2022 => &["iso", "iso27001", "iso-27001", "27001"],
            BuiltinFramework::CiiRegulation2021 => &[
                "cii-regulation",
                "regulation",
                "decree-745",
                "条例",
                "关键信息基础设施安全保护条例",
            ],
            BuiltinFramework::CybersecurityLaw2016 => &["csl", "cybersecurity-law", "网络安全法"],
        }
    }
}

crate::model::names::lenient_from_str!(BuiltinFramework, "framework");

/// The five built-in frameworks, in the order of [`BuiltinFramework::ALL`].
pub fn frameworks() -> impl ExactSizeIterator<Item = &'static Framework> {
    BuiltinFramework::ALL
        .into_iter()
        .map(BuiltinFramework::framework)
}

/// The built-in crosswalk to the framework named `id` (leniently: `iso27001-2022`,
/// `iso`, `csf`, `mlps`, …).
///
/// ```
/// use gbt39204::mapping;
///
/// let csf = mapping::crosswalk("csf")?;
/// assert_eq!(csf.framework().id(), "nist-csf-2.0");
/// let err = mapping::crosswalk("iso27001-2013").unwrap_err();
/// assert_eq!(err.suggestion, Some("iso27001-2022"));
/// # Ok::<(), gbt39204::ParseNameError>(())
/// ```
///
/// # Errors
/// [`ParseNameError`] listing the framework IDs, with a did-you-mean.
pub fn crosswalk(id: &str) -> Result<Crosswalk<'static>, ParseNameError> {
    id.parse::<BuiltinFramework>()
        .map(BuiltinFramework::crosswalk)
}
