//! Quantitative obligations: the standard's hard numbers, as typed values a program can
//! check facts against.
//!
//! ```
//! use gbt39204::{Bound, Lang, Obligation, ObligationKind};
//!
//! let training = "7.4.c".parse::<gbt39204::RequirementId>().unwrap().requirement()
//!     .obligation(ObligationKind::TrainingHours).unwrap();
//! assert_eq!(training, &Obligation::TrainingHours { min_hours_per_person_year: 30 });
//! assert_eq!(training.bound(), Some(Bound::AtLeast(30)));
//! assert!(!training.bound().unwrap().admits(24));
//! assert_eq!(training.describe(Lang::En), "at least 30 training hours per person per year");
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// A quantitative obligation attached to a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Obligation {
    /// Protect the CII at no less than this MLPS level (7.1.b: level 3).
    MlpsLevel {
        /// The lowest acceptable MLPS level.
        min_level: u8,
    },
    /// Review the protection plan and policies at least this often (7.2.c: 12 months).
    PolicyReviewInterval {
        /// The longest acceptable time between reviews, in months.
        max_months: u8,
    },
    /// Staff each key duty with at least this many people (7.4.b: 2).
    KeyDutyStaffing {
        /// The fewest people per key duty.
        min_people: u8,
    },
    /// Train each person at least this many class hours a year (7.4.c: 30).
    TrainingHours {
        /// The fewest class hours per person per year.
        min_hours_per_person_year: u16,
    },
    /// Keep network logs at least this long (7.6.c: 6 months).
    LogRetention {
        /// The shortest acceptable retention, in months.
        min_months: u8,
    },
    /// Perform operations and maintenance inside the country (7.8.a).
    OnshoreOperations,
    /// Store personal information and important data inside the country; transfer abroad
    /// only after a security assessment (7.10.c).
    OnshoreDataStorage,
    /// Test and evaluate the CII at least this often (8.1.b: 12 months).
    EvaluationInterval {
        /// The longest acceptable time between evaluations, in months.
        max_months: u8,
    },
    /// Run emergency drills at least this often (11.2.a: 12 months).
    DrillInterval {
        /// The longest acceptable time between drills, in months.
        max_months: u8,
    },
}

crate::model::names::vocabulary_enum! {
    /// The kind of a quantitative obligation, without its value; for filtering.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum ObligationKind {
        /// See [`Obligation::MlpsLevel`].
        MlpsLevel,
        /// See [`Obligation::PolicyReviewInterval`].
        PolicyReviewInterval,
        /// See [`Obligation::KeyDutyStaffing`].
        KeyDutyStaffing,
        /// See [`Obligation::TrainingHours`].
        TrainingHours,
        /// See [`Obligation::LogRetention`].
        LogRetention,
        /// See [`Obligation::OnshoreOperations`].
        OnshoreOperations,
        /// See [`Obligation::OnshoreDataStorage`].
        OnshoreDataStorage,
        /// See [`Obligation::EvaluationInterval`].
        EvaluationInterval,
        /// See [`Obligation::DrillInterval`].
        DrillInterval,
    }
}

impl ObligationKind {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ObligationKind::MlpsLevel => &["mlps", "等级保护"],
            ObligationKind::PolicyReviewInterval => &["policy-review", "制度评审"],
            ObligationKind::KeyDutyStaffing => &["staffing", "key-duty", "关键岗位"],
            ObligationKind::TrainingHours => &["training", "培训学时"],
            ObligationKind::LogRetention => &["logs", "日志留存"],
            ObligationKind::OnshoreOperations => &["onshore-om", "境内运维"],
            ObligationKind::OnshoreDataStorage => &["onshore-data", "数据境内存储"],
            ObligationKind::EvaluationInterval => &["evaluation", "检测评估"],
            ObligationKind::DrillInterval => &["drill", "应急演练"],
        }
    }
}

crate::model::names::lenient_from_str!(ObligationKind, "obligation kind");

/// A numeric limit an operator's fact must respect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The fact must be at least this value.
    AtLeast(u16),
    /// The fact must be at most this value.
    AtMost(u16),
}

impl Bound {
    /// Whether `value` satisfies the bound.
    #[must_use]
    pub const fn admits(self, value: u16) -> bool {
        match self {
            Bound::AtLeast(min) => value >= min,
            Bound::AtMost(max) => value <= max,
        }
    }
}

impl Obligation {
    /// The kind of obligation.
    #[must_use]
    pub const fn kind(&self) -> ObligationKind {
        match self {
            Obligation::MlpsLevel { .. } => ObligationKind::MlpsLevel,
            Obligation::PolicyReviewInterval { .. } => ObligationKind::PolicyReviewInterval,
            Obligation::KeyDutyStaffing { .. } => ObligationKind::KeyDutyStaffing,
            Obligation::TrainingHours { .. } => ObligationKind::TrainingHours,
            Obligation::LogRetention { .. } => ObligationKind::LogRetention,
            Obligation::OnshoreOperations => ObligationKind::OnshoreOperations,
            Obligation::OnshoreDataStorage => ObligationKind::OnshoreDataStorage,
            Obligation::EvaluationInterval { .. } => ObligationKind::EvaluationInterval,
            Obligation::DrillInterval { .. } => ObligationKind::DrillInterval,
        }
    }

    /// The numeric limit, for the obligations that have one (the onshore ones do not).
    #[must_use]
    pub const fn bound(&self) -> Option<Bound> {
        match *self {
            Obligation::MlpsLevel { min_level: n }
            | Obligation::KeyDutyStaffing { min_people: n }
            | Obligation::LogRetention { min_months: n } => Some(Bound::AtLeast(n as u16)),
            Obligation::TrainingHours {
                min_hours_per_person_year: n,
            } => Some(Bound::AtLeast(n)),
            Obligation::PolicyReviewInterval { max_months: n }
            | Obligation::EvaluationInterval { max_months: n }
            | Obligation::DrillInterval { max_months: n } => Some(Bound::AtMost(n as u16)),
            Obligation::OnshoreOperations | Obligation::OnshoreDataStorage => None,
        }
    }

    /// A one-line description of the obligation with its value.
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Obligation::MlpsLevel { min_level }, Lang::Zh) => {
                format!("网络安全保护等级不低于第{min_level}级")
            }
            (Obligation::MlpsLevel { min_level }, Lang::En) => {
                format!("MLPS protection level {min_level} or higher")
            }
            (Obligation::PolicyReviewInterval { max_months }, Lang::Zh) => {
                format!("保护计划和管理制度至少每{max_months}个月评审一次")
            }
            (Obligation::PolicyReviewInterval { max_months }, Lang::En) => {
                format!("plan and policies reviewed at least every {max_months} months")
            }
            (Obligation::KeyDutyStaffing { min_people }, Lang::Zh) => {
                format!("每个关键岗位职责至少配备{min_people}人")
            }
            (Obligation::KeyDutyStaffing { min_people }, Lang::En) => {
                format!("at least {min_people} people for each key duty")
            }
            (
                Obligation::TrainingHours {
                    min_hours_per_person_year,
                },
                Lang::Zh,
            ) => format!("网络安全教育培训每人每年不少于{min_hours_per_person_year}学时"),
            (
                Obligation::TrainingHours {
                    min_hours_per_person_year,
                },
                Lang::En,
            ) => format!("at least {min_hours_per_person_year} training hours per person per year"),
            (Obligation::LogRetention { min_months }, Lang::Zh) => {
                format!("网络日志留存不少于{min_months}个月")
            }
            (Obligation::LogRetention { min_months }, Lang::En) => {
                format!("network logs kept for at least {min_months} months")
            }
            (Obligation::OnshoreOperations, Lang::Zh) => "运维操作在境内实施".to_owned(),
            (Obligation::OnshoreOperations, Lang::En) => {
                "operations and maintenance performed onshore".to_owned()
            }
            (Obligation::OnshoreDataStorage, Lang::Zh) => {
                "个人信息和重要数据境内存储，出境须经安全评估".to_owned()
            }
            (Obligation::OnshoreDataStorage, Lang::En) => {
                "personal information and important data stored onshore; export only after a security assessment".to_owned()
            }
            (Obligation::EvaluationInterval { max_months }, Lang::Zh) => {
                format!("检测评估至少每{max_months}个月开展一次")
            }
            (Obligation::EvaluationInterval { max_months }, Lang::En) => {
                format!("testing and evaluation at least every {max_months} months")
            }
            (Obligation::DrillInterval { max_months }, Lang::Zh) => {
                format!("应急演练至少每{max_months}个月开展一次")
            }
            (Obligation::DrillInterval { max_months }, Lang::En) => {
                format!("emergency drill at least every {max_months} months")
            }
        }
    }
}
