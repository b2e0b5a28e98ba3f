//! The six aspects of protection (clauses 6 to 11), called domains in this crate.
//!
//! ```
//! use gbt39204::{Clause, Domain, Lang};
//!
//! let d: Domain = "active-defense".parse().unwrap();
//! assert_eq!(d, Domain::ActiveDefense);
//! assert_eq!(d.number(), 10);
//! assert_eq!(d.name(Lang::Zh), "主动防御");
//! assert_eq!(d.clauses().first(), Some(&Clause::ExposureReduction));
//! assert_eq!(d.requirements().len(), 12);
//! assert_eq!("10".parse::<Domain>().unwrap(), d);
//! ```

use crate::model::{Clause, Lang, Requirement};

crate::model::names::vocabulary_enum! {
    /// One of the six aspects of CII protection (关键信息基础设施安全保护的六个方面).
    #[serde(rename_all = "snake_case")]
    #[strum(serialize_all = "snake_case")]
    pub enum Domain {
        /// Clause 6 分析识别: identify business, assets and risks.
        AnalysisIdentification,
        /// Clause 7 安全防护: management and technical protection measures.
        SecurityProtection,
        /// Clause 8 检测评估: test and evaluate the protection.
        DetectionEvaluation,
        /// Clause 9 监测预警: monitoring, early warning and information reporting.
        MonitoringWarning,
        /// Clause 10 主动防御: reduce exposure, detect and block attacks, exercises, intelligence.
        ActiveDefense,
        /// Clause 11 事件处置: incident response, drills, recovery and re-identification.
        IncidentHandling,
    }
}

impl Domain {
    /// The clause number of the domain in the standard (6 to 11).
    #[must_use]
    pub const fn number(self) -> u8 {
        self as u8 + 6
    }

    /// The domain's name (the Chinese is the standard's heading; the English is ours).
    #[must_use]
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Domain::AnalysisIdentification, Lang::Zh) => "分析识别",
            (Domain::AnalysisIdentification, Lang::En) => "Analysis and identification",
            (Domain::SecurityProtection, Lang::Zh) => "安全防护",
            (Domain::SecurityProtection, Lang::En) => "Security protection",
            (Domain::DetectionEvaluation, Lang::Zh) => "检测评估",
            (Domain::DetectionEvaluation, Lang::En) => "Detection and evaluation",
            (Domain::MonitoringWarning, Lang::Zh) => "监测预警",
            (Domain::MonitoringWarning, Lang::En) => "Monitoring and early warning",
            (Domain::ActiveDefense, Lang::Zh) => "主动防御",
            (Domain::ActiveDefense, Lang::En) => "Active defense",
            (Domain::IncidentHandling, Lang::Zh) => "事件处置",
            (Domain::IncidentHandling, Lang::En) => "Incident handling",
        }
    }

    /// The domain's role among the six aspects, in our own words.
    #[must_use]
    pub const fn role(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Domain::AnalysisIdentification, Lang::Zh) => {
                "识别关键业务、资产和风险，是其他各项活动的基础。"
            }
            (Domain::AnalysisIdentification, Lang::En) => {
                "Identify the critical business, its assets and risks; the basis of every other activity."
            }
            (Domain::SecurityProtection, Lang::Zh) => {
                "根据识别出的业务、资产和风险，落实管理和技术防护措施。"
            }
            (Domain::SecurityProtection, Lang::En) => {
                "Put management and technical measures in place for the identified business, assets and risks."
            }
            (Domain::DetectionEvaluation, Lang::Zh) => "检验防护措施的有效性，发现安全隐患。",
            (Domain::DetectionEvaluation, Lang::En) => {
                "Test how effective the protection is and find latent risks."
            }
            (Domain::MonitoringWarning, Lang::Zh) => "开展安全监测，及时预警并通报信息。",
            (Domain::MonitoringWarning, Lang::En) => {
                "Monitor, warn early and report information through the official channels."
            }
            (Domain::ActiveDefense, Lang::Zh) => {
                "收敛暴露面，发现、溯源和阻断攻击，开展攻防演练，运用威胁情报。"
            }
            (Domain::ActiveDefense, Lang::En) => {
                "Shrink the exposure surface; find, trace and block attackers; run exercises; use threat intelligence."
            }
            (Domain::IncidentHandling, Lang::Zh) => {
                "报告和处置安全事件，恢复业务，并重新识别风险。"
            }
            (Domain::IncidentHandling, Lang::En) => {
                "Report and handle incidents, restore the business, then identify risks again."
            }
        }
    }

    /// The domain's sub-clauses, in the standard's order.
    #[must_use]
    pub fn clauses(self) -> &'static [Clause] {
        crate::catalog::clauses_of(self)
    }

    /// The domain's requirements, in the standard's order.
    #[must_use]
    pub fn requirements(self) -> &'static [Requirement] {
        crate::catalog::requirements_of_domain(self)
    }

    /// The domain with clause number `number` (6 to 11).
    #[must_use]
    pub const fn from_number(number: u8) -> Option<Domain> {
        match number {
            6 => Some(Domain::AnalysisIdentification),
            7 => Some(Domain::SecurityProtection),
            8 => Some(Domain::DetectionEvaluation),
            9 => Some(Domain::MonitoringWarning),
            10 => Some(Domain::ActiveDefense),
            11 => Some(Domain::IncidentHandling),
            _ => None,
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Domain::AnalysisIdentification => &["6", "分析识别", "identification"],
            Domain::SecurityProtection => &["7", "安全防护", "protection"],
            Domain::DetectionEvaluation => &["8", "检测评估", "evaluation"],
            Domain::MonitoringWarning => &["9", "监测预警", "monitoring"],
            Domain::ActiveDefense => &["10", "主动防御", "active-defence"],
            Domain::IncidentHandling => &["11", "事件处置", "incident-response"],
        }
    }
}

crate::model::names::lenient_from_str!(Domain, "domain");
