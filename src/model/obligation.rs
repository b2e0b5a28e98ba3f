//! Quantitative obligations: the standard's hard numbers, as typed values a program can
//! check facts against, each with the rule it comes from.
//!
//! Eight come from GB/T 39204-2022 itself, at the items the third-party transcription
//! puts them: the protection plan revised at least yearly (7.2.a), two people on each key
//! post (7.4.a), 30 training hours (7.4.c), three lines over two carriers (7.5.1), six
//! months of logs (7.5.4), onshore O&M (7.8.a), ten-year supplier IP licences (7.9.h) and
//! onshore storage (7.10.c). Two are not in this standard and say where they come from
//! ([`RuleSource`]): MLPS level 3 or higher (the Ministry of Public Security's 2020
//! guidance), kept at 7.1, and yearly testing and risk evaluation (the CII Security
//! Protection Regulation, Art. 17), kept at the reconstructed 8.1.b.
//!
//! ```
//! use gbt39204::{Bound, Lang, Obligation, ObligationKind, RuleSource};
//!
//! let training = "7.4.c".parse::<gbt39204::RequirementId>().unwrap().requirement()
//!     .obligation(ObligationKind::TrainingHours).unwrap();
//! assert_eq!(training, &Obligation::TrainingHours { min_hours_per_person_year: 30 });
//! assert_eq!(training.bound(), Some(Bound::AtLeast(30)));
//! assert!(!training.bound().unwrap().admits(24));
//! assert_eq!(training.describe(Lang::En), "at least 30 training hours per person per year");
//! assert_eq!(training.kind().source(), RuleSource::Standard);
//! assert_eq!(ObligationKind::MlpsLevel.source(), RuleSource::MpsGuidance2020);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// A quantitative obligation attached to a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Obligation {
    /// Revise the cybersecurity protection plan at least this often (7.2.a: 12 months).
    PlanRevisionInterval {
        /// The longest acceptable time between revisions, in months.
        max_months: u8,
    },
    /// Staff each key post with at least this many people (7.4.a: 2).
    KeyPostStaffing {
        /// The fewest people per key post.
        min_people: u8,
    },
    /// Train each person at least this many class hours a year (7.4.c: 30).
    TrainingHours {
        /// The fewest class hours per person per year.
        min_hours_per_person_year: u16,
    },
    /// Protect communication lines as "one main, two backups" over several carriers
    /// (7.5.1: at least 3 lines, at least 2 carriers).
    LineRedundancy {
        /// The fewest communication lines (one main and two backups: 3).
        min_lines: u8,
        /// The fewest telecommunication carriers the lines run over.
        min_carriers: u8,
    },
    /// Keep network logs at least this long (7.5.4: 6 months).
    LogRetention {
        /// The shortest acceptable retention, in months.
        min_months: u8,
    },
    /// Perform operations and maintenance inside the country (7.8.a).
    OnshoreOperations,
    /// Suppliers hold licences to the patents and other IP in what they supply for at
    /// least this long, or for the whole service life (7.9.h: 10 years).
    SupplierIpLicence {
        /// The shortest acceptable licence term, in years, unless it covers the whole
        /// service life.
        min_years: u8,
    },
    /// Store personal information and important data inside the country; transfer abroad
    /// only after a security assessment (7.10.c).
    OnshoreDataStorage,
    /// Protect the CII at no less than this MLPS level (level 3). Not in GB/T 39204-2022:
    /// from the Ministry of Public Security's 2020 guidance; kept at 7.1.
    MlpsLevel {
        /// The lowest acceptable MLPS level.
        min_level: u8,
    },
    /// Test and evaluate the CII at least this often (12 months). Not seen in GB/T
    /// 39204-2022's transcription: from the CII Security Protection Regulation, Art. 17;
    /// kept at the reconstructed 8.1.b.
    EvaluationInterval {
        /// The longest acceptable time between evaluations, in months.
        max_months: u8,
    },
}

crate::model::names::vocabulary_enum! {
    /// The kind of a quantitative obligation, without its value; for filtering.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum ObligationKind {
        /// See [`Obligation::PlanRevisionInterval`].
        PlanRevisionInterval,
        /// See [`Obligation::KeyPostStaffing`].
        KeyPostStaffing,
        /// See [`Obligation::TrainingHours`].
        TrainingHours,
        /// See [`Obligation::LineRedundancy`].
        LineRedundancy,
        /// See [`Obligation::LogRetention`].
        LogRetention,
        /// See [`Obligation::OnshoreOperations`].
        OnshoreOperations,
        /// See [`Obligation::SupplierIpLicence`].
        SupplierIpLicence,
        /// See [`Obligation::OnshoreDataStorage`].
        OnshoreDataStorage,
        /// See [`Obligation::MlpsLevel`].
        MlpsLevel,
        /// See [`Obligation::EvaluationInterval`].
        EvaluationInterval,
    }
}

impl ObligationKind {
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ObligationKind::PlanRevisionInterval => &["plan-revision", "计划修订"],
            ObligationKind::KeyPostStaffing => &["staffing", "key-post", "关键岗位"],
            ObligationKind::TrainingHours => &["training", "培训学时"],
            ObligationKind::LineRedundancy => &["lines", "一主双备", "线路冗余"],
            ObligationKind::LogRetention => &["logs", "日志留存"],
            ObligationKind::OnshoreOperations => &["onshore-om", "境内运维"],
            ObligationKind::SupplierIpLicence => &["ip-licence", "ip-license", "知识产权授权"],
            ObligationKind::OnshoreDataStorage => &["onshore-data", "数据境内存储"],
            ObligationKind::MlpsLevel => &["mlps", "等级保护"],
            ObligationKind::EvaluationInterval => &["evaluation", "检测评估"],
        }
    }

    /// The rule the obligation comes from.
    #[must_use]
    pub const fn source(self) -> RuleSource {
        match self {
            ObligationKind::MlpsLevel => RuleSource::MpsGuidance2020,
            ObligationKind::EvaluationInterval => RuleSource::CiiRegulationArt17,
            ObligationKind::PlanRevisionInterval
            | ObligationKind::KeyPostStaffing
            | ObligationKind::TrainingHours
            | ObligationKind::LineRedundancy
            | ObligationKind::LogRetention
            | ObligationKind::OnshoreOperations
            | ObligationKind::SupplierIpLicence
            | ObligationKind::OnshoreDataStorage => RuleSource::Standard,
        }
    }
}

crate::model::names::lenient_from_str!(ObligationKind, "obligation kind");

crate::model::names::vocabulary_enum! {
    /// Where a hard number comes from. A fact check that fails names it, so that a report
    /// never attributes a rule to the wrong text.
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum RuleSource {
        /// GB/T 39204-2022 itself, at the item that carries the obligation.
        Standard,
        /// The Ministry of Public Security's 2020 guidance on carrying out the MLPS and CII
        /// protection schemes (公网安〔2020〕1960号), which places CII at MLPS level 3 or
        /// higher.
        MpsGuidance2020,
        /// The CII Security Protection Regulation (2021), Art. 17: testing and risk
        /// evaluation at least once a year.
        CiiRegulationArt17,
    }
}

impl RuleSource {
    /// The rule's name in `lang`.
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (RuleSource::Standard, _) => "GB/T 39204-2022",
            (RuleSource::MpsGuidance2020, Lang::Zh) => {
                "公安部《贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的指导意见》（2020）"
            }
            (RuleSource::MpsGuidance2020, Lang::En) => {
                "Ministry of Public Security guidance on the MLPS and CII protection schemes (2020)"
            }
            (RuleSource::CiiRegulationArt17, Lang::Zh) => {
                "《关键信息基础设施安全保护条例》第十七条"
            }
            (RuleSource::CiiRegulationArt17, Lang::En) => {
                "CII Security Protection Regulation, Art. 17"
            }
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            RuleSource::Standard => &["gbt39204", "GB/T 39204-2022"],
            RuleSource::MpsGuidance2020 => &["mps-2020", "1960"],
            RuleSource::CiiRegulationArt17 => &["cii-regulation-17", "条例第十七条"],
        }
    }
}

crate::model::names::lenient_from_str!(RuleSource, "rule source");

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
            Obligation::PlanRevisionInterval { .. } => ObligationKind::PlanRevisionInterval,
            Obligation::KeyPostStaffing { .. } => ObligationKind::KeyPostStaffing,
            Obligation::TrainingHours { .. } => ObligationKind::TrainingHours,
            Obligation::LineRedundancy { .. } => ObligationKind::LineRedundancy,
            Obligation::LogRetention { .. } => ObligationKind::LogRetention,
            Obligation::OnshoreOperations => ObligationKind::OnshoreOperations,
            Obligation::SupplierIpLicence { .. } => ObligationKind::SupplierIpLicence,
            Obligation::OnshoreDataStorage => ObligationKind::OnshoreDataStorage,
            Obligation::MlpsLevel { .. } => ObligationKind::MlpsLevel,
            Obligation::EvaluationInterval { .. } => ObligationKind::EvaluationInterval,
        }
    }

    /// The rule the obligation comes from.
    #[must_use]
    pub const fn source(&self) -> RuleSource {
        self.kind().source()
    }

    /// The one numeric limit, for the obligations that have exactly one (the onshore ones
    /// have none; [`Obligation::LineRedundancy`] has two, see its fields).
    #[must_use]
    pub const fn bound(&self) -> Option<Bound> {
        match *self {
            Obligation::MlpsLevel { min_level: n }
            | Obligation::KeyPostStaffing { min_people: n }
            | Obligation::LogRetention { min_months: n }
            | Obligation::SupplierIpLicence { min_years: n } => Some(Bound::AtLeast(n as u16)),
            Obligation::TrainingHours {
                min_hours_per_person_year: n,
            } => Some(Bound::AtLeast(n)),
            Obligation::PlanRevisionInterval { max_months: n }
            | Obligation::EvaluationInterval { max_months: n } => Some(Bound::AtMost(n as u16)),
            Obligation::LineRedundancy { .. }
            | Obligation::OnshoreOperations
            | Obligation::OnshoreDataStorage => None,
        }
    }

    /// A one-line description of the obligation with its value.
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Obligation::PlanRevisionInterval { max_months }, Lang::Zh) => {
                format!("网络安全保护计划至少每{max_months}个月修订一次")
            }
            (Obligation::PlanRevisionInterval { max_months }, Lang::En) => {
                format!("protection plan revised at least every {max_months} months")
            }
            (Obligation::KeyPostStaffing { min_people }, Lang::Zh) => {
                format!("每个关键岗位至少配备{min_people}人")
            }
            (Obligation::KeyPostStaffing { min_people }, Lang::En) => {
                format!("at least {min_people} people on each key post")
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
            (
                Obligation::LineRedundancy {
                    min_lines,
                    min_carriers,
                },
                Lang::Zh,
            ) => format!("通信线路不少于{min_lines}条（一主双备），分属不少于{min_carriers}家电信运营商"),
            (
                Obligation::LineRedundancy {
                    min_lines,
                    min_carriers,
                },
                Lang::En,
            ) => format!(
                "at least {min_lines} communication lines (one main, two backups) over at least {min_carriers} carriers"
            ),
            (Obligation::LogRetention { min_months }, Lang::Zh) => {
                format!("网络日志留存不少于{min_months}个月")
            }
            (Obligation::LogRetention { min_months }, Lang::En) => {
                format!("network logs kept for at least {min_months} months")
            }
            (Obligation::OnshoreOperations, Lang::Zh) => "运维在境内实施".to_owned(),
            (Obligation::OnshoreOperations, Lang::En) => {
                "operations and maintenance performed onshore".to_owned()
            }
            (Obligation::SupplierIpLicence { min_years }, Lang::Zh) => {
                format!("供应方的知识产权授权不少于{min_years}年或覆盖整个服务期")
            }
            (Obligation::SupplierIpLicence { min_years }, Lang::En) => format!(
                "supplier IP licences for at least {min_years} years or the whole service life"
            ),
            (Obligation::OnshoreDataStorage, Lang::Zh) => {
                "个人信息和重要数据境内存储，出境须经安全评估".to_owned()
            }
            (Obligation::OnshoreDataStorage, Lang::En) => {
                "personal information and important data stored onshore; export only after a security assessment".to_owned()
            }
            (Obligation::MlpsLevel { min_level }, Lang::Zh) => {
                format!("网络安全保护等级不低于第{min_level}级")
            }
            (Obligation::MlpsLevel { min_level }, Lang::En) => {
                format!("MLPS protection level {min_level} or higher")
            }
            (Obligation::EvaluationInterval { max_months }, Lang::Zh) => {
                format!("检测评估至少每{max_months}个月开展一次")
            }
            (Obligation::EvaluationInterval { max_months }, Lang::En) => {
                format!("testing and evaluation at least every {max_months} months")
            }
        }
    }
}
