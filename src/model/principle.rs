//! The three basic principles of clause 4 (安全保护基本原则).
//!
//! ```
//! use gbt39204::{Lang, Principle};
//! use strum::IntoEnumIterator;
//!
//! assert_eq!(Principle::iter().count(), 3);
//! let p: Principle = "P2".parse().unwrap();
//! assert_eq!(p, Principle::RiskDriven);
//! assert_eq!(p.to_string().parse::<Principle>().unwrap(), p);
//! assert_eq!(p.name(Lang::Zh), "以风险管理为导向的动态防护");
//! ```

use crate::model::Lang;

crate::model::names::vocabulary_enum! {
    /// One of the three basic principles of protection (clause 4).
    ///
    /// The standard does not tag requirements with principles; the crate's
    /// [`Requirement::principles`](crate::Requirement::principles) are a curated annotation.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Principle {
        /// P1 以关键业务为核心的整体防控: protect the critical business as one whole.
        BusinessCentred,
        /// P2 以风险管理为导向的动态防护: protection that follows the changing risk.
        RiskDriven,
        /// P3 以信息共享为基础的协同联防: joint defense built on information sharing.
        CollaborativeDefense,
    }
}

impl Principle {
    /// The short code used in the outline: `P1`, `P2`, `P3`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Principle::BusinessCentred => "P1",
            Principle::RiskDriven => "P2",
            Principle::CollaborativeDefense => "P3",
        }
    }

    /// The principle's name (the Chinese is the standard's heading; the English is ours).
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Principle::BusinessCentred, Lang::Zh) => "以关键业务为核心的整体防控",
            (Principle::BusinessCentred, Lang::En) => {
                "Whole-system protection centred on critical business"
            }
            (Principle::RiskDriven, Lang::Zh) => "以风险管理为导向的动态防护",
            (Principle::RiskDriven, Lang::En) => "Dynamic protection guided by risk management",
            (Principle::CollaborativeDefense, Lang::Zh) => "以信息共享为基础的协同联防",
            (Principle::CollaborativeDefense, Lang::En) => {
                "Collaborative defense based on information sharing"
            }
        }
    }

    /// What the principle asks of an operator, in our own words.
    #[must_use]
    pub const fn description(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Principle::BusinessCentred, Lang::Zh) => {
                "以保障关键业务为目标，把关键业务涉及的各网络和信息系统作为一个整体统筹设计安全防护，而不是逐个系统孤立防护。"
            }
            (Principle::BusinessCentred, Lang::En) => {
                "Take the continuity of critical business as the goal and design protection for all networks and systems the business spans as one whole, not system by system."
            }
            (Principle::RiskDriven, Lang::Zh) => {
                "持续跟踪威胁和风险态势，动态调整防护措施，使防护随风险变化而不是停留在固定清单上。"
            }
            (Principle::RiskDriven, Lang::En) => {
                "Keep track of threats and risk continuously and adjust controls as they change, so that protection follows the risk rather than a fixed checklist."
            }
            (Principle::CollaborativeDefense, Lang::Zh) => {
                "与保护工作部门、行业机构、供应商等相关方共享信息、协同配合，共同应对大规模网络攻击。"
            }
            (Principle::CollaborativeDefense, Lang::En) => {
                "Share information and coordinate with authorities, sector bodies and suppliers so that large-scale attacks are met jointly."
            }
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Principle::BusinessCentred => {
                &["P1", "business-centered", "以关键业务为核心的整体防控"]
            }
            Principle::RiskDriven => &["P2", "以风险管理为导向的动态防护"],
            Principle::CollaborativeDefense => {
                &["P3", "collaborative-defence", "以信息共享为基础的协同联防"]
            }
        }
    }
}

crate::model::names::lenient_from_str!(Principle, "principle");
