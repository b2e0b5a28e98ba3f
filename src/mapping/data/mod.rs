//! The built-in frameworks and mapping sets: one file per framework, holding its
//! control catalog (`c!` rows) and the curated mapping set from GB/T 39204 to it
//! (`m!` and `gap!` rows), one row per line.
//!
//! **Provenance.** Every title and rationale is this project's own wording; no row copies
//! a standard's or a law's text. All five mapping sets are curated by this project, not
//! published by any authority. Rows read "SOURCE rel TARGET" with the GB/T 39204
//! requirement as the source, in the OSCAL 1.2 / NIST IR 8477 set-theory sense.
//!
//! Row layout:
//! - `c!(id, parent, title_en, title_zh)` — `parent` is `""` for a top-level group;
//! - `m!(requirement, control, Relationship, Confidence, "rationale")`;
//! - `gap!(requirement, "why there is no counterpart")`.
//!
//! ```
//! use gbt39204::mapping::{BuiltinFramework, Provenance};
//!
//! for b in BuiltinFramework::ALL {
//!     let set = b.mapping_set();
//!     assert_eq!(set.provenance(), Provenance::Curated);
//!     assert_eq!(set.unaccounted().count(), 0, "{b}: all 111 accounted for");
//!     println!("{b}: {} controls, {} rows, {} gaps",
//!         b.framework().controls().len(), set.mappings().count(), set.gaps().count());
//! }
//! ```

/// A control row: `c!("A.5.19", "A.5", "English title", "中文标题")`.
macro_rules! c {
    ($id:literal, $parent:literal, $en:literal, $zh:literal) => {
        $crate::mapping::Control {
            id: ::std::borrow::Cow::Borrowed($id),
            parent: $crate::mapping::data::parent($parent),
            title: $crate::model::Text::new($zh, $en),
        }
    };
}

/// A mapping row: `m!("7.9.g", "A.5.20", SubsetOf, Medium, "rationale")`.
macro_rules! m {
    ($req:literal, $control:literal, $rel:ident, $conf:ident, $why:literal) => {
        $crate::mapping::Entry::Mapping($crate::mapping::Mapping {
            requirement: $crate::catalog::known_id($req),
            control: ::std::borrow::Cow::Borrowed($control),
            relationship: $crate::mapping::Relationship::$rel,
            confidence: $crate::mapping::Confidence::$conf,
            rationale: ::std::borrow::Cow::Borrowed($why),
        })
    };
}

/// A "no counterpart" row: `gap!("7.8.a", "reason")`.
macro_rules! gap {
    ($req:literal, $why:literal) => {
        $crate::mapping::Entry::Gap($crate::mapping::Gap {
            requirement: $crate::catalog::known_id($req),
            reason: ::std::borrow::Cow::Borrowed($why),
        })
    };
}

pub(crate) mod cii_regulation_2021;
pub(crate) mod cybersecurity_law_2016;
pub(crate) mod iso27001_2022;
pub(crate) mod mlps_2019_l3;
pub(crate) mod nist_csf_2_0;

/// The parent of a control row: `""` means a top-level group.
pub(crate) const fn parent(id: &'static str) -> Option<std::borrow::Cow<'static, str>> {
    if id.is_empty() {
        None
    } else {
        Some(std::borrow::Cow::Borrowed(id))
    }
}
